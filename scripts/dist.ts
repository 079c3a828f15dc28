/**
 * The action bundles (actions/<name>/dist/): build them, check them against a fresh build,
 * and tell which ones may be stale. Used by `pnpm build [name...]`, `pnpm check-dist
 * [name...]`, the check-dist test and the integration tier's setup.
 *
 *   pnpm build                 every action's bundle
 *   pnpm build promote notify  only these
 *   pnpm check-dist promote    fresh build into a temp dir, compared with the committed dist/
 */
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = promisify(execFile)

/** Every action folder: those under actions/ with an action.yml (the kit has none). */
export function listActions(): string[] {
  return readdirSync(join(ROOT, 'actions'))
    .filter((name) => existsSync(join(ROOT, 'actions', name, 'action.yml')))
    .sort()
}

/** The names given, checked against the actions that exist (all of them when none is given). */
export function pickActions(names: readonly string[]): string[] {
  const all = listActions()
  const unknown = names.filter((n) => !all.includes(n))
  if (unknown.length > 0) throw new Error(`unknown action ${unknown.join(', ')}: expected one of ${all.join(', ')}`)
  return names.length > 0 ? [...names] : all
}

/** What to run to fix a stale bundle: the one-action build and the commit. */
export function fixHint(name: string): string {
  return `run \`pnpm build ${name}\`, then \`git add actions/${name}/dist/\` (new chunk files too) and commit`
}

async function files(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)))
  }
  return out.sort()
}

/** Builds one action's bundle into `out` with the same ncc arguments as its own build script. */
export async function buildInto(name: string, out: string): Promise<void> {
  const dir = join(ROOT, 'actions', name)
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts: { build: string } }
  const args = pkg.scripts.build.split(' ').slice(1)
  args[args.indexOf('-o') + 1] = out
  await run(join(ROOT, 'node_modules', '.bin', 'ncc'), args, { cwd: dir })
}

/** The files of `actions/<name>/dist/` that a fresh build in `fresh` adds, drops or changes. */
export async function distDifferences(name: string, fresh: string): Promise<string[]> {
  const committed = join(ROOT, 'actions', name, 'dist')
  const ours = await files(committed)
  const theirs = await files(fresh)
  const diffs = [...ours.filter((f) => !theirs.includes(f)), ...theirs.filter((f) => !ours.includes(f))]
  for (const file of theirs.filter((f) => ours.includes(f))) {
    const [a, b] = await Promise.all([readFile(join(fresh, file)), readFile(join(committed, file))])
    if (!a.equals(b)) diffs.push(file)
  }
  return diffs.sort()
}

/** Fresh build into a temp dir, compared with the committed dist/; the temp dir is removed. */
export async function checkDist(name: string): Promise<string[]> {
  const temp = await mkdtemp(join(tmpdir(), `check-dist-${name}-`))
  try {
    await buildInto(name, temp)
    return await distDifferences(name, temp)
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

// ---- which bundles can be stale: the local sources each bundle is built from ----

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'([^']+)'/g

/** Resolves `@cna/kit[/x]` through the kit's package.json exports, the way ncc does. */
function resolveKit(specifier: string): string | undefined {
  const kit = join(ROOT, 'actions', 'kit')
  const exports = (JSON.parse(readFileSync(join(kit, 'package.json'), 'utf8')) as { exports?: Record<string, string> }).exports ?? {}
  const sub = '.' + specifier.slice('@cna/kit'.length)
  if (typeof exports[sub] === 'string') return join(kit, exports[sub])
  for (const [key, target] of Object.entries(exports)) {
    if (!key.includes('*') || typeof target !== 'string') continue
    const [head = '', tail = ''] = key.split('*')
    if (sub.startsWith(head) && sub.endsWith(tail)) return join(kit, target.replace('*', sub.slice(head.length, sub.length - tail.length)))
  }
  return undefined
}

function resolveLocal(from: string, specifier: string): string | undefined {
  let path: string | undefined
  if (specifier === '@cna/kit' || specifier.startsWith('@cna/kit/')) path = resolveKit(specifier)
  else if (specifier.startsWith('.')) path = resolve(dirname(from), specifier)
  if (path === undefined) return undefined
  for (const candidate of [path, path.replace(/\.js$/, '.ts'), `${path}.ts`, join(path, 'index.ts')]) {
    if (/\.(ts|json|js|mjs)$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

/** The repository files one bundle is built from: its import graph inside the repo, and its package.json. */
export function bundleInputs(name: string): string[] {
  const dir = join(ROOT, 'actions', name)
  const seen = new Set<string>()
  const queue = [join(dir, 'src', 'index.ts')]
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    if (!file.endsWith('.ts')) continue
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = match[1] === undefined ? undefined : resolveLocal(file, match[1])
      if (target !== undefined && !target.includes('node_modules')) queue.push(target)
    }
  }
  return [join(dir, 'package.json'), ...[...seen].sort()].map((f) => relative(ROOT, f))
}

/** Paths git reports as changed or untracked against HEAD. */
export function changedPaths(): Set<string> {
  const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--no-renames'], { cwd: ROOT, encoding: 'utf8' })
  return new Set(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3)),
  )
}

/**
 * Actions whose bundle may differ from their sources: a file the bundle is built from, or
 * the bundle itself, differs from HEAD. (A committed mismatch is check-dist's to catch.)
 */
export function suspects(names: readonly string[], changed: Set<string>): string[] {
  return names.filter((name) => {
    const dist = `actions/${name}/dist/`
    return [...changed].some((p) => p.startsWith(dist)) || bundleInputs(name).some((f) => changed.has(f))
  })
}

/** A fingerprint of what a bundle was checked against: its inputs and its dist/ files. */
export async function fingerprint(name: string): Promise<string> {
  const hash = createHash('sha256')
  const dist = join(ROOT, 'actions', name, 'dist')
  const paths = [...bundleInputs(name), ...(await files(dist)).map((f) => relative(ROOT, join(dist, f)))]
  for (const path of paths)
    hash
      .update(path)
      .update('\0')
      .update(await readFile(join(ROOT, path)))
      .update('\0')
  return hash.digest('hex')
}

async function main(argv: string[]): Promise<number> {
  const [command, ...names] = argv
  if (command === 'build') {
    const picked = pickActions(names)
    const filters = names.length > 0 ? picked.flatMap((n) => ['--filter', `./actions/${n}`]) : ['--filter', './actions/*', '--filter', '!@cna/kit']
    // ncc writes a chunk per dynamic import with a numeric name that changes as the code does;
    // an old chunk left behind would be committed and differ from a fresh build.
    for (const name of picked) rmSync(join(ROOT, 'actions', name, 'dist'), { recursive: true, force: true })
    execFileSync('pnpm', ['-r', ...filters, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' })
    console.log(`built ${picked.join(', ')}: git add ${picked.map((n) => `actions/${n}/dist/`).join(' ')} (new chunk files too) and commit with your change`)
    return 0
  }
  if (command === 'check') {
    let failed = 0
    for (const name of pickActions(names)) {
      const diffs = await checkDist(name)
      if (diffs.length === 0) console.log(`ok ${name}: dist/ equals a fresh build`)
      else {
        failed++
        console.log(`::error::actions/${name}/dist/ differs from a fresh build (${diffs.join(', ')}): ${fixHint(name)}`)
      }
    }
    return failed > 0 ? 1 : 0
  }
  console.error('usage: tsx scripts/dist.ts build|check [action...]')
  return 2
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`::error::${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
