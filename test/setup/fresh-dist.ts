/**
 * Global setup of the integration tier: the integration tests run the committed bundles
 * (actions/<name>/dist/), so a source edited after its bundle was built would test old code.
 * Refuses to start, naming each such action and what to run.
 *
 * The rule is make's, limited to what differs from HEAD: an action is stale when a file its
 * bundle is built from (its import graph and package.json) is changed or new in the working
 * tree and newer than every file of its dist/. Bundles that match HEAD are check-dist's
 * (test/check-dist.test.ts, also in this tier) to compare with a fresh build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { bundleInputs, changedPaths, fixHint, listActions, ROOT } from '../../scripts/dist.js'

/** A repository file's modification time in ms; 0 when it does not exist (a deleted source). */
export type Mtime = (path: string) => number
const fileMtime: Mtime = (path) => (existsSync(join(ROOT, path)) ? statSync(join(ROOT, path)).mtimeMs : 0)

function distFiles(name: string): string[] {
  const dir = join('actions', name, 'dist')
  if (!existsSync(join(ROOT, dir))) return []
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length + 1))
}

/** One line per action whose bundle is older than a source changed since HEAD. */
export function staleBundles(names: readonly string[], changed: ReadonlySet<string>, mtime: Mtime = fileMtime): string[] {
  const lines: string[] = []
  for (const name of names) {
    const edited = bundleInputs(name).filter((f) => changed.has(f))
    if (edited.length === 0) continue
    const dist = distFiles(name)
    const built = dist.length === 0 ? 0 : Math.min(...dist.map(mtime))
    const later = edited.filter((f) => mtime(f) > built)
    if (later.length > 0) lines.push(`actions/${name}/dist/ is older than ${later.join(', ')}: ${fixHint(name)}`)
  }
  return lines
}

export default function setup(): void {
  if (process.env.SKIP_DIST_CHECK === '1') return
  const stale = staleBundles(listActions(), changedPaths())
  if (stale.length > 0) {
    throw new Error(
      `integration tier: ${stale.length} bundle(s) would test old code.\n  ${stale.join('\n  ')}\n` +
        '(SKIP_DIST_CHECK=1 runs anyway, against the old bundles.)',
    )
  }
}
