// The release tree: what a release tag points to, so that consumers can write
// `uses: <owner>/actions/build-image@v1`. Built from a commit of main (or a working tree):
//
//   <action>/action.yml, dist/, README.md     every action folder at the root
//   README.md, LICENSE, SECURITY.md, CHANGELOG.md
//   .github/workflows/*.yml                     the reusable workflows (workflows-templates/reusable)
//   workflow-templates/*.yml, *.properties.json the starter workflows (workflows-templates/starter)
//   docs/                                       the guides (publishing, required checks, migrating)
//   setup/                                      what an application team applies without these
//                                               sources: CODEOWNERS, apply.sh, the ruleset and
//                                               environment bodies scripts/*.ts would send
//
// In the sources, workflows name what lives in this repository by local paths:
//   uses: ./actions/<name>                      a sibling action
//   uses: ./.github/workflows/<file>.yml        a reusable workflow (its path in the release tree)
// and the builder pins each to a commit of the release itself, as
//   uses: <owner>/<repo>/<name>@<commit sha> # <version>
// A commit cannot name its own SHA, so the release is a few commits, each adding one layer:
// A (actions, README, LICENSE) ← B (+ reusable workflows pinned to A; one commit per level of
// nesting, a workflow that calls another pinned to the commit that added it) ← C (+ starters pinned to B).
// C is what the tag points to; the folders that A and B pin are byte-identical in C (same git
// tree ids), which verifyReleaseTree checks.
//
//   tsx scripts/release-tree.ts build --version v1.2.3 [--owner octo-org] [--repo actions]
//       [--ref HEAD | --worktree] [--source DIR] [--out .tmp/release-tree] [--no-strict]
//   tsx scripts/release-tree.ts verify [--dir .tmp/release-tree] [--owner octo-org] [--repo actions]
import { execFile } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, posix, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { DEFAULT_ENVIRONMENTS, desiredEnvironment } from './environments.js'
import { desiredRuleset, desiredTagRuleset } from './required-checks.js'

const run = promisify(execFile)

export const DEFAULT_OWNER = 'octo-org'
export const DEFAULT_REPO = 'actions'
/** Where the workflows live in the sources, and where they go in the release tree. */
export const REUSABLE_SOURCE = 'workflows-templates/reusable'
export const STARTER_SOURCE = 'workflows-templates/starter'
export const REUSABLE_TARGET = '.github/workflows'
export const STARTER_TARGET = 'workflow-templates'

const SHA = /^[0-9a-f]{40}$/
const VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

export interface BuildOptions {
  /** A directory holding the sources (a checkout or an extracted commit). */
  source: string
  /** Where the release tree is written; it becomes a git repository. Emptied first. */
  out: string
  /** The release version, vX.Y.Z. */
  version: string
  owner?: string
  repo?: string
  /** Fail when a workflow names a sibling action that has no action.yml (default true). */
  strict?: boolean
  /** Commit date (ISO 8601), so the same sources give the same commits. Default now. */
  date?: string
  /** Recorded in the commit messages: the main commit the tree was built from. */
  sourceCommit?: string
}

export interface LocalReference {
  file: string
  line: number
  kind: 'action' | 'workflow'
  /** Path inside the release tree: `<action>` or `.github/workflows/<file>`. */
  path: string
}

export interface ReleaseTree {
  dir: string
  version: string
  /** The commit the tag points to (C). */
  commit: string
  /** Its git tree id: the content, whatever the commit dates. */
  tree: string
  actionsCommit: string
  /** The last commit of B: what the starters pin. */
  workflowsCommit: string
  /** Every commit of B, oldest first: one per level of nesting of the reusable workflows. */
  workflowCommits: string[]
  actions: string[]
  workflows: string[]
  starters: string[]
  /** Sibling actions that workflows use but the sources do not have (only when not strict). */
  unresolved: LocalReference[]
}

/** Lines of the form `uses: ./actions/<name>` or `uses: ./.github/workflows/<file>`. */
const LOCAL_USES = /^(\s*(?:-\s+)?uses:\s*)(['"]?)\.\/((?:actions\/([a-z0-9][a-z0-9-]*))|(?:\.github\/workflows\/([\w.-]+\.ya?ml)))\2[ \t]*(?:#.*)?$/

export function findLocalReferences(file: string, text: string): LocalReference[] {
  const refs: LocalReference[] = []
  text.split('\n').forEach((line, index) => {
    const m = LOCAL_USES.exec(line)
    if (!m) return
    if (m[4]) refs.push({ file, line: index + 1, kind: 'action', path: m[4] })
    else if (m[5]) refs.push({ file, line: index + 1, kind: 'workflow', path: `${REUSABLE_TARGET}/${m[5]}` })
  })
  return refs
}

/**
 * Pins the local references of one kind to `<owner>/<repo>/<path>@<sha> # <version>`; the
 * other kind is left for the next layer. Pure: the same text and pins give the same text.
 */
export function pinLocalReferences(text: string, kind: LocalReference['kind'], pin: { owner: string; repo: string; sha: string; version: string }): string {
  return text
    .split('\n')
    .map((line) => {
      const m = LOCAL_USES.exec(line)
      if (!m) return line
      const path = m[4] ? m[4] : `${REUSABLE_TARGET}/${m[5]}`
      if ((m[4] ? 'action' : 'workflow') !== kind) return line
      return `${m[1]}${pin.owner}/${pin.repo}/${path}@${pin.sha} # ${pin.version}`
    })
    .join('\n')
}

async function git(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await run('git', args, { cwd: dir, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })
  return stdout.trim()
}

async function yamlFiles(dir: string, suffix = /\.ya?ml$/): Promise<string[]> {
  if (!existsSync(dir)) return []
  return (await readdir(dir)).filter((f) => suffix.test(f)).sort()
}

/** Action folders of the sources: actions/<name> with an action.yml. */
export async function sourceActions(source: string): Promise<string[]> {
  const dir = join(source, 'actions')
  const names = existsSync(dir) ? await readdir(dir) : []
  return names.filter((n) => existsSync(join(dir, n, 'action.yml'))).sort()
}

export async function buildReleaseTree(opts: BuildOptions): Promise<ReleaseTree> {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  if (!VERSION.test(opts.version)) throw new Error(`version "${opts.version}" is not of the form vX.Y.Z`)
  const source = resolve(opts.source)
  const out = resolve(opts.out)
  const actions = await sourceActions(source)

  const reusable = await yamlFiles(join(source, REUSABLE_SOURCE))
  const starterFiles = existsSync(join(source, STARTER_SOURCE)) ? (await readdir(join(source, STARTER_SOURCE))).sort() : []
  const texts = new Map<string, string>()
  for (const f of reusable) texts.set(`${REUSABLE_SOURCE}/${f}`, await readFile(join(source, REUSABLE_SOURCE, f), 'utf8'))
  for (const f of starterFiles.filter((f) => /\.ya?ml$/.test(f))) texts.set(`${STARTER_SOURCE}/${f}`, await readFile(join(source, STARTER_SOURCE, f), 'utf8'))

  const unresolved: LocalReference[] = []
  for (const [file, text] of texts) {
    for (const ref of findLocalReferences(file, text)) {
      const ok = ref.kind === 'action' ? actions.includes(ref.path) : reusable.includes(ref.path.slice(REUSABLE_TARGET.length + 1))
      if (!ok) unresolved.push(ref)
    }
  }
  if (unresolved.length && opts.strict !== false)
    throw new Error(
      `references that resolve to nothing in the sources:\n${unresolved.map((r) => `  ${r.file}:${r.line}: ./${r.kind === 'action' ? 'actions/' : ''}${r.path}`).join('\n')}`,
    )

  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  const date = opts.date ?? new Date().toISOString()
  const env = {
    GIT_AUTHOR_NAME: 'release-tree',
    GIT_AUTHOR_EMAIL: 'release-tree@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'release-tree',
    GIT_COMMITTER_EMAIL: 'release-tree@users.noreply.github.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  }
  await git(out, ['init', '--quiet', '--initial-branch=release'], env)
  const from = opts.sourceCommit ? ` from ${opts.sourceCommit}` : ''
  const commit = async (message: string): Promise<string> => {
    await git(out, ['add', '--all'], env)
    await git(out, ['commit', '--quiet', '--allow-empty', '--no-verify', '--no-gpg-sign', '-m', message], env)
    return git(out, ['rev-parse', 'HEAD'], env)
  }

  // A: the actions (action.yml, README, the committed bundle), README and LICENSE.
  // Markdown is copied with its relative links rewritten to where their targets are in the tree
  // (or to the sources on the repository's main branch, for what the tree does not carry).
  const markdown = async (from: string, to: string): Promise<void> => {
    await mkdir(dirname(join(out, to)), { recursive: true })
    await writeFile(join(out, to), rewriteMarkdownLinks(await readFile(join(source, from), 'utf8'), from, to, { owner, repo }))
  }
  for (const name of actions) {
    const dir = join(source, 'actions', name)
    await mkdir(join(out, name), { recursive: true })
    await cp(join(dir, 'action.yml'), join(out, name, 'action.yml'))
    if (existsSync(join(dir, 'README.md'))) await markdown(`actions/${name}/README.md`, `${name}/README.md`)
    if (existsSync(join(dir, 'dist'))) await cp(join(dir, 'dist'), join(out, name, 'dist'), { recursive: true })
  }
  await markdown('README.md', 'README.md')
  await cp(join(source, 'LICENSE'), join(out, 'LICENSE'))
  for (const f of SHIPPED_MARKDOWN) if (existsSync(join(source, f))) await markdown(f, f)
  // The guides the README links to, and the workflows' README beside the starters.
  for (const f of existsSync(join(source, 'docs')) ? (await readdir(join(source, 'docs'))).filter((f) => f.endsWith('.md')) : [])
    await markdown(`docs/${f}`, `docs/${f}`)
  if (existsSync(join(source, 'workflows-templates', 'README.md'))) await markdown('workflows-templates/README.md', `${STARTER_TARGET}/README.md`)
  if (existsSync(join(source, SETUP))) await writeSetup(join(source, SETUP), join(out, SETUP), { owner, repo })
  if (existsSync(join(source, SETUP, 'README.md'))) await markdown(`${SETUP}/README.md`, `${SETUP}/README.md`)
  const actionsCommit = await commit(`${opts.version}: actions${from}`)

  // B: the reusable workflows, every sibling action pinned to A. A reusable workflow that calls
  // another (pull-request.yml and main.yml call gates.yml) goes in a later commit than the one it
  // calls, pinned to the commit that added it; so B is one commit per level of nesting.
  await mkdir(join(out, REUSABLE_TARGET), { recursive: true })
  let workflowsCommit = actionsCommit
  const workflowCommits: string[] = []
  for (const level of nestingLevels(reusable, texts)) {
    for (const f of level) {
      const text = pinLocalReferences(texts.get(`${REUSABLE_SOURCE}/${f}`)!, 'workflow', { owner, repo, sha: workflowsCommit, version: opts.version })
      await writeFile(join(out, REUSABLE_TARGET, f), pinLocalReferences(text, 'action', { owner, repo, sha: actionsCommit, version: opts.version }))
    }
    const pinnedTo = workflowsCommit === actionsCommit ? `${actionsCommit}` : `${actionsCommit} and ${workflowsCommit}`
    workflowsCommit = await commit(`${opts.version}: reusable workflows ${level.join(', ')} pinned to ${pinnedTo}`)
    workflowCommits.push(workflowsCommit)
  }

  // C: the starter workflows, their reusable workflows pinned to B (and any action to A).
  await mkdir(join(out, STARTER_TARGET), { recursive: true })
  for (const f of starterFiles) {
    const key = `${STARTER_SOURCE}/${f}`
    const text = texts.get(key)
    if (text === undefined) await cp(join(source, STARTER_SOURCE, f), join(out, STARTER_TARGET, f))
    else {
      const pinned = pinLocalReferences(pinLocalReferences(text, 'workflow', { owner, repo, sha: workflowsCommit, version: opts.version }), 'action', {
        owner,
        repo,
        sha: actionsCommit,
        version: opts.version,
      })
      await writeFile(join(out, STARTER_TARGET, f), pinned)
    }
  }
  const head = await commit(`${opts.version}: starter workflows pinned to ${workflowsCommit}`)

  return {
    dir: out,
    version: opts.version,
    commit: head,
    tree: await git(out, ['rev-parse', 'HEAD^{tree}']),
    actionsCommit,
    workflowsCommit,
    workflowCommits,
    actions,
    workflows: reusable,
    starters: starterFiles.filter((f) => /\.ya?ml$/.test(f)),
    unresolved,
  }
}

export const SETUP = 'setup'
/** What users of a release read beside the README: how to report a vulnerability, what changed. */
export const SHIPPED_MARKDOWN = ['SECURITY.md', 'CHANGELOG.md']

/** Where a source path is in the release tree, or undefined when the tree does not carry it. */
export function treePathOf(path: string): string | undefined {
  const m = /^actions\/([a-z0-9][a-z0-9-]*)\/(action\.yml|README\.md|dist(?:\/.*)?)$/.exec(path)
  if (m) return m[1] === 'kit' ? undefined : `${m[1]}/${m[2]}`
  if (/^actions\/[a-z0-9][a-z0-9-]*\/?$/.test(path)) return path.replace(/^actions\//, '').replace(/\/$/, '')
  if (path.startsWith(`${REUSABLE_SOURCE}/`)) return `${REUSABLE_TARGET}/${path.slice(REUSABLE_SOURCE.length + 1)}`
  if (path.startsWith(`${STARTER_SOURCE}/`)) return `${STARTER_TARGET}/${path.slice(STARTER_SOURCE.length + 1)}`
  if (path === 'workflows-templates/README.md') return `${STARTER_TARGET}/README.md`
  if (['README.md', 'LICENSE', ...SHIPPED_MARKDOWN].includes(path) || /^(docs|setup)\//.test(path)) return path
  return undefined
}

/**
 * Rewrites the relative links of a Markdown file copied from `from` (a source path) to `to` (its
 * path in the tree): a target the tree carries is linked there, anything else (sources, examples,
 * services) to the repository's main branch, where the sources are. Pure.
 */
export function rewriteMarkdownLinks(text: string, from: string, to: string, opts: { owner: string; repo: string }): string {
  const fromDir = posix.dirname(from)
  const toDir = posix.dirname(to)
  return text.replace(/\]\(([^)\s#]+)(#[^)\s]*)?\)/g, (all, target: string, anchor: string | undefined) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) return all
    const source = posix.normalize(posix.join(fromDir, target))
    if (source.startsWith('..')) return all
    const inTree = treePathOf(source)
    const link = inTree ? posix.relative(toDir, inTree) || posix.basename(inTree) : `https://github.com/${opts.owner}/${opts.repo}/blob/main/${source}`
    return `](${link}${anchor ?? ''})`
  })
}

/**
 * setup/ as app teams get it: the folder's files (CODEOWNERS, apply.sh, README) and, generated
 * from the same functions the scripts use, the bodies apply.sh sends: the gates ruleset (status
 * checks and the pull request rule), the immutable-tags ruleset and the environments.
 */
async function writeSetup(from: string, to: string, opts: { owner: string; repo: string }): Promise<void> {
  await cp(from, to, { recursive: true })
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`
  await mkdir(join(to, 'rulesets'), { recursive: true })
  await writeFile(join(to, 'rulesets', 'gates.json'), json(desiredRuleset(opts)))
  await writeFile(join(to, 'rulesets', 'release-tags.json'), json(desiredTagRuleset()))
  await writeFile(join(to, 'environments.json'), json({ environments: DEFAULT_ENVIRONMENTS, policies: desiredEnvironment('production', []).policies }))
}

/**
 * The reusable workflows in the order they can be committed: first those that call no other
 * reusable workflow, then those that call only earlier ones, and so on. A cycle is an error.
 */
export function nestingLevels(files: string[], texts: Map<string, string>): string[][] {
  const calls = new Map(
    files.map((f) => [
      f,
      findLocalReferences(f, texts.get(`${REUSABLE_SOURCE}/${f}`) ?? '')
        .filter((r) => r.kind === 'workflow')
        .map((r) => r.path.slice(REUSABLE_TARGET.length + 1)),
    ]),
  )
  const levels: string[][] = []
  const placed = new Set<string>()
  while (placed.size < files.length) {
    const level = files.filter((f) => !placed.has(f) && calls.get(f)!.every((c) => placed.has(c) || !files.includes(c)))
    if (!level.length) throw new Error(`reusable workflows call each other in a cycle: ${files.filter((f) => !placed.has(f)).join(', ')}`)
    level.forEach((f) => placed.add(f))
    levels.push(level)
  }
  return levels
}

export interface Problem {
  file: string
  line?: number
  message: string
}

/** `uses:` values of a workflow, with their lines and any trailing comment. */
export function usesOf(text: string): { line: number; value: string; comment: string }[] {
  const out: { line: number; value: string; comment: string }[] = []
  text.split('\n').forEach((line, index) => {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1[ \t]*(#.*)?$/.exec(line)
    if (m) out.push({ line: index + 1, value: m[2]!, comment: (m[3] ?? '').replace(/^#\s*/, '') })
  })
  return out
}

/**
 * Checks a built release tree: every action's manifest names a bundle that is there and that
 * Node can parse; every `uses:` of this repository is pinned to a commit of the tree's own
 * history, names a path that exists there with exactly the content it has at HEAD; every
 * other `uses:` is pinned to a full SHA with a version comment. Returns the problems found.
 */
export async function verifyReleaseTree(dir: string, opts: { owner?: string; repo?: string } = {}): Promise<Problem[]> {
  const self = `${opts.owner ?? DEFAULT_OWNER}/${opts.repo ?? DEFAULT_REPO}/`.toLowerCase()
  const problems: Problem[] = []
  const status = await git(dir, ['status', '--porcelain', '--untracked-files=all'])
  if (status) problems.push({ file: '.', message: `the tree differs from its HEAD commit:\n${status}` })
  for (const required of ['README.md', 'LICENSE']) if (!existsSync(join(dir, required))) problems.push({ file: required, message: 'missing' })

  const entries = await readdir(dir, { withFileTypes: true })
  const actions = entries.filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'action.yml'))).map((e) => e.name)
  if (!actions.length) problems.push({ file: '.', message: 'no action folder at the root' })
  for (const name of actions) {
    const file = `${name}/action.yml`
    let manifest: { runs?: Record<string, string> }
    try {
      manifest = (parse(await readFile(join(dir, file), 'utf8')) ?? {}) as { runs?: Record<string, string> }
    } catch (error) {
      problems.push({ file, message: `does not parse: ${(error as Error).message.split('\n')[0]}` })
      continue
    }
    const runs = manifest.runs ?? {}
    if (runs.using !== 'node24') problems.push({ file, message: `runs.using is ${runs.using}, expected node24` })
    for (const key of ['pre', 'main', 'post'] as const) {
      const entry = runs[key]
      if (!entry) continue
      const path = join(dir, name, entry)
      if (!existsSync(path)) {
        problems.push({ file, message: `runs.${key} ${entry} is not in the tree` })
        continue
      }
      try {
        await run(process.execPath, ['--check', path])
      } catch (error) {
        problems.push({ file, message: `runs.${key} ${entry} does not parse: ${(error as Error).message.split('\n')[0]}` })
      }
    }
  }

  const workflowDirs = [REUSABLE_TARGET, STARTER_TARGET]
  for (const wdir of workflowDirs) {
    for (const f of await yamlFiles(join(dir, wdir))) {
      const file = `${wdir}/${f}`
      for (const use of usesOf(await readFile(join(dir, file), 'utf8'))) {
        const problem = (message: string): void => void problems.push({ file, line: use.line, message: `${use.value}: ${message}` })
        if (use.value.startsWith('./')) {
          problem('a local path: it would resolve in the caller repository, not in this release')
          continue
        }
        if (use.value.startsWith('docker://')) continue
        const at = use.value.lastIndexOf('@')
        const ref = use.value.slice(at + 1)
        if (at < 0 || !SHA.test(ref)) {
          problem('not pinned to a full commit SHA')
          continue
        }
        if (!/^v\d+(\.\d+){0,2}/.test(use.comment)) problem('no # vX.Y.Z comment after the SHA')
        if (!use.value.toLowerCase().startsWith(self)) continue
        const path = use.value.slice(self.length, at)
        const inCommit = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}:${path}`]).catch(() => '')
        if (!inCommit) {
          problem(`${path} is not in commit ${ref} of the release`)
          continue
        }
        const atHead = await git(dir, ['rev-parse', '--verify', '--quiet', `HEAD:${path}`]).catch(() => '')
        if (inCommit !== atHead) problem(`${path} at ${ref} differs from the tagged tree`)
        const isAncestor = await run('git', ['merge-base', '--is-ancestor', ref, 'HEAD'], { cwd: dir }).then(
          () => true,
          () => false,
        )
        if (!isAncestor) problem(`commit ${ref} is not in the history of the release`)
        if (!path.startsWith('.github/') && !existsSync(join(dir, path, 'action.yml'))) problem(`${path}/action.yml is not in the tree`)
      }
    }
  }
  return problems
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

/** Extracts a commit of the repository at `root` into a fresh directory. */
async function extractCommit(root: string, ref: string): Promise<{ dir: string; commit: string }> {
  const commit = await git(root, ['rev-parse', '--verify', `${ref}^{commit}`])
  const dir = await mkdtemp(join(tmpdir(), 'release-source-'))
  const tar = join(dir, '..', `${commit}.tar`)
  await run('git', ['archive', '--format=tar', '-o', tar, commit], { cwd: root })
  await run('tar', ['-xf', tar, '-C', dir])
  await rm(tar, { force: true })
  return { dir, commit }
}

async function cli(args: string[]): Promise<number> {
  const root = resolve(argValue(args, '--source') ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'))
  const owner = argValue(args, '--owner') ?? process.env.RELEASE_OWNER ?? DEFAULT_OWNER
  const repo = argValue(args, '--repo') ?? DEFAULT_REPO
  const out = resolve(argValue(args, '--out') ?? argValue(args, '--dir') ?? join(root, '.tmp', 'release-tree'))
  if (args[0] === 'build') {
    const version = argValue(args, '--version') ?? ''
    const worktree = args.includes('--worktree')
    const extracted = worktree ? undefined : await extractCommit(root, argValue(args, '--ref') ?? 'HEAD')
    try {
      const date = extracted ? await git(root, ['show', '-s', '--format=%cI', extracted.commit]) : undefined
      const tree = await buildReleaseTree({
        source: extracted?.dir ?? root,
        out,
        version,
        owner,
        repo,
        strict: !args.includes('--no-strict'),
        ...(date ? { date } : {}),
        ...(extracted ? { sourceCommit: extracted.commit } : {}),
      })
      const problems = await verifyReleaseTree(out, { owner, repo })
      const summary = { dir: tree.dir, version: tree.version, commit: tree.commit, tree: tree.tree, actions: tree.actions, problems: problems.length }
      console.log(JSON.stringify(summary, null, 2))
      for (const p of problems) console.error(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)
      if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, `commit=${tree.commit}\ntree=${tree.tree}\ndir=${tree.dir}\n`)
      return problems.length ? 1 : 0
    } finally {
      if (extracted) await rm(extracted.dir, { recursive: true, force: true })
    }
  }
  if (args[0] === 'verify') {
    const problems = await verifyReleaseTree(out, { owner, repo })
    for (const p of problems) console.error(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)
    console.log(problems.length ? `${problems.length} problem(s) in ${out}` : `release tree ${out} verified`)
    return problems.length ? 1 : 0
  }
  console.error(
    'usage: release-tree.ts build --version vX.Y.Z [--owner O] [--repo R] [--ref REF | --worktree] [--source DIR] [--out DIR] [--no-strict]\n       release-tree.ts verify [--dir DIR] [--owner O] [--repo R]',
  )
  return 2
}

// Through a symlink too (argv names the link, import.meta.url the file).
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`release-tree: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
