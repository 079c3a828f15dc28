import { describe, expect, test } from 'vitest'
import { bundleInputs, listActions } from '../../scripts/dist.js'
import { staleBundles } from './fresh-dist.js'

// What the integration tier's setup refuses: bundles older than a source they are built from
// that differs from HEAD. Times are given, so no file is touched.
describe('stale bundles', () => {
  test('a bundle is built from its own sources, the kit files it imports and its package.json, not its tests', () => {
    const inputs = bundleInputs('promote')
    expect(inputs).toEqual(
      expect.arrayContaining([
        'actions/promote/package.json',
        'actions/promote/src/index.ts',
        'actions/promote/src/run.ts',
        'actions/promote/src/gitops/repo.ts',
        'actions/kit/src/registry/copy.ts',
      ]),
    )
    expect(inputs.filter((f) => f.includes('/test/') || f.includes('/dist/'))).toEqual([])
    expect(bundleInputs('notify')).not.toContain('actions/kit/src/registry/copy.ts')
  })

  const mtimes = (edited: number) => (path: string) => (path.includes('/dist/') ? 100 : edited)

  test('a kit file edited after the bundles: exactly the actions that import it, each with the command to run', () => {
    const importers = listActions().filter((name) => bundleInputs(name).includes('actions/kit/src/registry/copy.ts'))
    const lines = staleBundles(listActions(), new Set(['actions/kit/src/registry/copy.ts']), mtimes(200))
    expect(lines).toEqual(
      importers.map(
        (name) =>
          `actions/${name}/dist/ is older than actions/kit/src/registry/copy.ts: run \`pnpm build ${name}\`, then \`git add actions/${name}/dist/\` (new chunk files too) and commit`,
      ),
    )
    expect(importers).toContain('promote')
    expect(importers).not.toContain('notify')
  })

  test.each([
    ['edited before the last build', new Set(['actions/promote/src/run.ts']), 50],
    ['only a test file edited', new Set(['actions/promote/test/run.test.ts']), 200],
    ['nothing edited', new Set<string>(), 200],
  ])('%s: nothing is stale', (_name, changed, edited) => {
    expect(staleBundles(['promote'], changed, mtimes(edited))).toEqual([])
  })
})
