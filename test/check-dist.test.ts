import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, test } from 'vitest'
import { listActions, ROOT } from './harness/actions.js'

const run = promisify(execFile)

async function files(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)))
  }
  return out.sort()
}

/**
 * check-dist: the committed bundles are exactly what a fresh build produces, so the code
 * users run is the code that was reviewed and tested. The fresh build goes to a temp dir
 * (the other tests are running the committed bundles meanwhile).
 */
describe('check-dist', () => {
  const temp = mkdtemp(join(tmpdir(), 'check-dist-'))
  afterAll(async () => rm(await temp, { recursive: true, force: true }))

  test('git sees no changed or untracked file under any actions/*/dist', async () => {
    const { stdout } = await run('git', ['status', '--porcelain', '--untracked-files=all', '--', 'actions/*/dist/**'], { cwd: ROOT })
    expect(stdout).toBe('')
  })

  test.each(listActions())('a fresh build of %s equals its committed dist/', async (name) => {
    const out = join(await temp, name)
    const dir = join(ROOT, 'actions', name)
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts: { build: string } }
    const args = pkg.scripts.build.split(' ').slice(1)
    args[args.indexOf('-o') + 1] = out
    await run(join(ROOT, 'node_modules', '.bin', 'ncc'), args, { cwd: dir })
    const committed = join(dir, 'dist')
    expect(await files(out)).toEqual(await files(committed))
    for (const file of await files(out)) {
      const fresh = await readFile(join(out, file))
      const ours = await readFile(join(committed, file))
      expect(fresh.equals(ours), `${name}/dist/${file} differs from a fresh build: run pnpm build and commit`).toBe(true)
    }
  }, 180_000)
})
