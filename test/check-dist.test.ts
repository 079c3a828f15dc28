import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { checkDist, fixHint, pickActions, ROOT } from '../scripts/dist.js'

const run = promisify(execFile)

// CHECK_DIST=promote,notify checks only these (the same as `pnpm check-dist promote notify`).
const names = pickActions((process.env.CHECK_DIST ?? '').split(',').filter(Boolean))

/**
 * check-dist: the committed bundles are exactly what a fresh build produces, so the code
 * users run is the code that was reviewed and tested. The fresh build goes to a temp dir
 * (the other tests are running the committed bundles meanwhile).
 */
describe('check-dist', () => {
  test('git sees no changed or untracked file under any actions/*/dist', async () => {
    const { stdout } = await run('git', ['status', '--porcelain', '--untracked-files=all', '--', 'actions/*/dist/**'], { cwd: ROOT })
    const names = [
      ...new Set(
        stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => line.slice(3).split('/')[1] ?? ''),
      ),
    ]
    expect(stdout, `uncommitted bundle files:\n${stdout}${names.map((n) => `actions/${n}: ${fixHint(n)}`).join('\n')}`).toBe('')
  })

  test.each(names)(
    'a fresh build of %s equals its committed dist/',
    async (name) => {
      const differences = await checkDist(name)
      expect(differences, `actions/${name}/dist/ differs from a fresh build in ${differences.join(', ')}: ${fixHint(name)}`).toEqual([])
    },
    180_000,
  )
})
