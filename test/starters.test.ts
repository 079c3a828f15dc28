// The pull request starter on ordinary repositories, run by the local workflow runner: copied
// from the release tree as a user copies it, with only the lines marked `# EDIT:` changed, into a
// Node.js repository (examples/sensor-api) and a Python one (examples/sensor-py, in a
// subfolder, so working-directory is exercised). The five gates turn green on each; a second pull
// request seeds one failure per gate (a failing unit test, a failing integration test, a
// security finding at the fail-on level, a lint error on an added line, and no approval) and
// each gate turns red for its own seed; a gate whose command is empty fails naming the input.
// One world for the file: a registry, the GitHub emulator, the release tree and the two base
// images; each pull request builds its image once and every gate of it uses that image.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildBaseImage } from '../examples/sensor-api/base/build-base.js'
import { buildPythonBase } from '../examples/sensor-py/base/build-base.js'
import { freePort, startContainer } from '../tools/parts/container.js'
import { buildReleaseTree, type ReleaseTree } from '../scripts/release-tree.js'
import { pullRequestEvent, pullRequestReviewEvent, type PullRef } from '../tools/story/events.js'
import { mirrorToEmulator, WorkflowRunner, type RunReport, type ServiceSpec } from '../tools/workflow-runner/index.js'
import { startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { startGitHubEmulator, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { ROOT } from '../tools/action-harness/actions.js'

const GATES = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review'] as const
const STARTER = 'cloud-native-pull-request.yml'

let work: string
let emu: GitHubEmulator
let registry: RegistryFixture
let release: ReleaseTree
let containersEnv: Record<string, string>
let bases: { node: string; python: string }

/**
 * A starter as a user saves it: GitHub's `$default-branch` replaced, and the value of each named
 * line changed, which must be a line marked `# EDIT:` (its comment is kept).
 */
function editMarked(text: string, edits: Record<string, string | number>): string {
  const lines = text.replaceAll('$default-branch', 'main').split('\n')
  for (const [key, value] of Object.entries(edits)) {
    const at = lines.findIndex((line) => line.trimStart().startsWith(`${key}: `))
    if (at < 0) throw new Error(`the starter has no "${key}:" line`)
    const marked = /^(\s+[\w-]+: ).*?( # EDIT: .*)$/.exec(lines[at]!)
    if (!marked) throw new Error(`"${key}" is not a line marked EDIT: ${lines[at]}`)
    lines[at] = `${marked[1]}${typeof value === 'number' ? value : JSON.stringify(value)}${marked[2]}`
  }
  return lines.join('\n')
}

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=alice', '-c', 'user.email=alice@example.com', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim()

/** The service's sources, not what its tools write. */
const SKIP = new Set(['node_modules', 'dist', 'coverage', 'reports', '__pycache__', '.pytest_cache', '.venv', '.coverage'])
const copySources = (from: string, to: string): void =>
  cpSync(from, to, {
    recursive: true,
    filter: (src) =>
      !src
        .slice(from.length)
        .split('/')
        .some((part) => SKIP.has(part)),
  })

/**
 * ESLint's configs in the Node repository, which the starter's default scanner and linter read:
 * TypeScript's recommended rules, and eslint-plugin-security's (warnings: medium in SARIF), with
 * eval of a computed string an error (high, the starter's fail-on level).
 */
const ESLINT_CONFIG = `import tseslint from 'typescript-eslint'

export default tseslint.config({ files: ['src/**/*.ts'], extends: [tseslint.configs.recommended] })
`
const ESLINT_SECURITY_CONFIG = `import security from 'eslint-plugin-security'
import tseslint from 'typescript-eslint'

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  security.configs.recommended,
  { rules: { 'security/detect-eval-with-expression': 'error' } },
]
`

interface Service {
  name: string
  /** Where the service sits in the user's repository. */
  folder: string
  edits: (port: number) => Record<string, string | number>
  extraFiles: Record<string, string>
  /** One seeded failure per automated gate, each in its own file or test. */
  seeds: Record<string, string | ((old: string) => string)>
}

const SERVICES: Record<'node' | 'python', Service> = {
  node: {
    name: 'sensor-api',
    folder: '.',
    edits: (port) => ({
      image: `${registry.host}/octo/sensor-api`,
      // The dev tools come from the runner machine's tool cache (the monorepo's node_modules);
      // the service has no runtime dependencies, which this checks.
      'install-command': 'npm ls --omit=dev --depth=0',
      'build-command': 'tsc -p tsconfig.json',
      'build-args': `BASE_IMAGE=${bases.node}`,
      'unit-test-command': 'vitest run --project unit --coverage',
      // sensor-api names its integration project in vitest.config.ts, not as an npm script.
      'integration-test-command': 'vitest run --project integration --outputFile.junit=reports/integration.xml',
      'service-port': port,
      // The unit tests (npm test), the scanner and the linter are the starter's own defaults.
    }),
    extraFiles: { 'eslint.config.js': ESLINT_CONFIG, 'eslint-security.config.mjs': ESLINT_SECURITY_CONFIG },
    seeds: {
      'test/seeded.test.ts': `import { expect, test } from 'vitest'\n\ntest('seeded unit failure', () => {\n  expect(1 + 1).toBe(3)\n})\n`,
      'test/integration.test.ts': (old) =>
        `${old}\nit('seeded integration failure: /teapot is a teapot', async () => {\n  expect((await call('/teapot')).status).toBe(418)\n})\n`,
      'src/seeded.ts': `// Seeded: a security finding (eval of a computed string) and a lint error (an explicit any).\nexport function evaluate(expression: string): unknown {\n  return eval(expression)\n}\n\nexport const loose: any = 1\n`,
    },
  },
  python: {
    name: 'sensor-py',
    folder: 'services/sensor-py',
    edits: (port) => ({
      image: `${registry.host}/octo/sensor-py`,
      'working-directory': 'services/sensor-py',
      'node-version': '',
      'python-version': '3.11',
      // A virtual environment over the runner's Python (pytest and coverage.py from Debian):
      // every command below runs from it, so a gate job without the install step fails.
      'install-command': 'python3 -m venv --without-pip --system-site-packages .venv',
      'unit-test-command':
        '.venv/bin/python -m coverage run -m pytest tests/unit --junitxml=reports/junit.xml && .venv/bin/python -m coverage xml -o coverage/coverage.xml',
      coverage: 'coverage/coverage.xml',
      'integration-test-command': '.venv/bin/python -m pytest tests/integration --junitxml=reports/integration.xml',
      'service-port': port,
      'build-command': '',
      'build-args': `BASE_IMAGE=${bases.python}`,
      // Debian's Bandit 1.6 and Pylint 2.16 write JSON; the example's ci/sarif.py turns it into SARIF.
      'security-command': '.venv/bin/python ci/sarif.py reports/security.sarif bandit --recursive sensor',
      'quality-command': '.venv/bin/python ci/sarif.py reports/quality.sarif pylint sensor',
      'quality-reports': 'reports/quality.sarif',
    }),
    extraFiles: {},
    seeds: {
      'tests/unit/test_seeded.py': 'def test_seeded_unit_failure():\n    assert 1 + 1 == 3\n',
      'tests/integration/test_service.py': (old) => `${old}\n\ndef test_seeded_integration_failure_teapot():\n    assert call("/teapot")[0] == 418\n`,
      'sensor/seeded.py':
        '"""Seeded: a security finding (a shell command from a variable) and a lint error (an undefined name)."""\n\nimport subprocess\n\n\ndef run(command):\n    return subprocess.call(command, shell=True)\n\n\ndef broken():\n    return undefined_name\n',
    },
  },
}

let repoCount = 0

/** A user's repository with the service and the pull request starter, edited on its marked lines only. */
function userRepository(service: Service, port: number) {
  const repository = `octo/${service.name}-${++repoCount}`
  const dir = join(work, repository.replace('/', '-'))
  const serviceDir = join(dir, service.folder)
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
  git(dir, 'init', '--quiet', '-b', 'main')
  copySources(join(ROOT, 'examples', service.name), serviceDir)
  for (const [path, text] of Object.entries(service.extraFiles)) writeFileSync(join(serviceDir, path), text)
  if (service.folder !== '.') writeFileSync(join(dir, 'README.md'), `# ${repository}\n`)
  const original = readFileSync(join(release.dir, 'workflow-templates', STARTER), 'utf8')
  const edited = editMarked(original, service.edits(port))
  writeFileSync(join(dir, '.github', 'workflows', STARTER), edited)
  git(dir, 'add', '-A')
  git(dir, 'commit', '--quiet', '-m', `${service.name} with the pull request starter`)
  emu.state.addRepo(repository)
  emu.state.repo(repository).git.refs.clear()
  emu.state.addEnvironment(repository, 'preview')
  for (const person of ['alice', 'bob']) emu.state.addCollaborator(repository, person, 'write')
  const runner = new WorkflowRunner({
    repository,
    repoDir: dir,
    remotes: { 'octo-org/actions': release.dir },
    emulator: { url: emu.url, state: emu.state },
    defaultPermissions: 'restricted',
    workDir: join(work, 'runs', repository.replace('/', '-')),
    startService: startService(),
    // The runner machine: container tools set up for the loopback registry, Debian's python3
    // (with pytest and coverage.py) first, and the Node tools of the monorepo as its tool cache.
    machineEnv: { ...containersEnv, PATH: `/usr/bin:${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
  })
  return { repository, dir, runner, original, edited, base: git(dir, 'rev-parse', 'HEAD') }
}
type UserRepo = ReturnType<typeof userRepository>

/** The integration-tests service: the image with podman on the host's network, at its port. */
function startService(): (spec: ServiceSpec) => Promise<{ stop(): Promise<void> }> {
  return async (spec) => {
    const [host, container] = (spec.ports[0] ?? '').split(':')
    if (!host || host !== container) throw new Error(`service ports "${spec.ports[0]}": give the same port on both sides (N:N)`)
    return startContainer({ image: spec.image, env: containersEnv, port: Number(host) })
  }
}

/** A pull request from `branch` with the given file changes, opened: the starter runs. */
async function openPullRequest(repo: UserRepo, branch: string, changes: Record<string, string | ((old: string) => string)>, folder = '.') {
  git(repo.dir, 'checkout', '--quiet', '-b', branch, 'main')
  for (const [path, change] of Object.entries(changes)) {
    const file = join(repo.dir, folder, path)
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, typeof change === 'string' ? change : change(readFileSync(file, 'utf8')))
  }
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '--quiet', '-m', branch)
  const head = git(repo.dir, 'rev-parse', 'HEAD')
  git(repo.dir, 'checkout', '--quiet', 'main')
  await mirrorToEmulator(emu.state, repo.repository, repo.dir)
  const record = emu.state.addPull(repo.repository, { head: branch, user: 'alice', title: branch })
  const pr: PullRef = { number: record.number, title: branch, author: 'alice', head: { ref: branch, sha: head }, base: { ref: 'main', sha: repo.base } }
  const repoRef = { fullName: repo.repository, defaultBranch: 'main' }
  const [report] = await repo.runner.dispatchEvent({
    event: { name: 'pull_request', payload: pullRequestEvent(repoRef, pr, 'opened') },
    sha: head,
    ref: `refs/pull/${pr.number}/merge`,
  })
  return { pr, head, report: report!, repoRef }
}

const checkRun = (repository: string, sha: string, name: string) =>
  emu.state
    .repo(repository)
    .checkRuns.filter((c) => c.head_sha === sha && c.name === name)
    .at(-1)
const conclusions = (repository: string, sha: string) => Object.fromEntries(GATES.map((g) => [g, checkRun(repository, sha, g)?.conclusion ?? 'missing']))
const logs = (report: RunReport): string =>
  Object.entries(report.jobs)
    .flatMap(([id, j]) => [
      `== ${id}: ${j.result}${j.error ? ` (${j.error})` : ''}`,
      ...j.steps.map((s) => `-- ${s.name ?? s.uses ?? s.run}: ${s.outcome}\n${s.log.slice(-3000)}`),
    ])
    .join('\n')
const checkText = (repository: string, sha: string, name: string): string => {
  const run = checkRun(repository, sha, name)
  return run ? [run.output.title, run.output.summary, run.output.text, ...run.annotations.map((a) => `${a.path}:${a.start_line} ${a.message}`)].join('\n') : ''
}

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  // Under the monorepo, so the Node repository's tools resolve from its node_modules.
  work = mkdtempSync(join(ROOT, '.tmp', 'starters-'))
  ;[emu, registry] = await Promise.all([startGitHubEmulator(), startRegistry()])
  mkdirSync(join(work, 'containers'), { recursive: true })
  const storage = join(work, 'containers', 'storage.conf')
  const registries = join(work, 'containers', 'registries.conf')
  writeFileSync(storage, `[storage]\ndriver = "vfs"\ngraphroot = "${work}/containers/store"\nrunroot = "${work}/containers/run"\n`)
  writeFileSync(registries, `[[registry]]\nlocation = "${registry.host}"\ninsecure = true\n`)
  containersEnv = { CONTAINERS_STORAGE_CONF: storage, CONTAINERS_REGISTRIES_CONF: registries, BUILDAH_ISOLATION: 'chroot' }
  const [tree, node, python] = await Promise.all([
    buildReleaseTree({ source: ROOT, out: join(work, 'octo-org-actions'), version: 'v1.0.0' }),
    buildBaseImage({ registryHost: registry.host, workDir: join(work, 'node-base') }),
    buildPythonBase({ registryHost: registry.host, workDir: join(work, 'python-base') }),
  ])
  release = tree
  bases = { node: node.imageRef, python: python.imageRef }
}, 600_000)

afterAll(async () => {
  await Promise.all([emu?.stop(), registry?.stop()])
  if (work) rmSync(work, { recursive: true, force: true })
})

describe.each([
  ['Node.js', 'node'],
  ['Python', 'python'],
] as const)('the pull request starter on a %s service', (_label, kind) => {
  const service = SERVICES[kind]
  let repo: UserRepo

  beforeAll(async () => {
    repo = userRepository(service, await freePort())
  })

  test('the user changed only lines marked EDIT', () => {
    const before = repo.original.replaceAll('$default-branch', 'main').split('\n')
    const after = repo.edited.split('\n')
    expect(after).toHaveLength(before.length)
    const changed = after.flatMap((line, i) => (line !== before[i] ? [line] : []))
    expect(changed.length).toBeGreaterThan(3)
    for (const line of changed) expect(line).toMatch(/ # EDIT: \S/)
  })

  test('a clean change: the four automated gates pass on the image built once; peer-review waits for an approval, then passes', async () => {
    const { pr, head, report, repoRef } = await openPullRequest(repo, 'clean-change', { 'CHANGES.md': '# Changes\n\n- A clean change.\n' }, service.folder)
    const build = report.jobs['pipeline/build']!
    expect(build.result, logs(report)).toBe('success')
    expect(build.outputs['image-ref']).toMatch(new RegExp(`^${registry.host}/octo/${service.name}@sha256:[0-9a-f]{64}$`))
    expect(conclusions(repo.repository, head), logs(report)).toEqual({
      'unit-tests': 'success',
      'integration-tests': 'success',
      'security-scan': 'success',
      'code-quality': 'success',
      'peer-review': 'failure',
    })
    // The install step ran before the commands of every gate job.
    for (const gate of ['unit-tests', 'integration-tests', 'security-scan', 'code-quality']) {
      const steps = report.jobs[`pipeline/gates/${gate}`]!.steps
      const install = steps.findIndex((s) => s.name === 'Install dependencies')
      expect(steps[install]?.outcome, `${gate}: ${logs(report)}`).toBe('success')
      expect(install).toBeLessThan(steps.findIndex((s) => s.uses?.includes('actions/') && s.uses.includes(gate)))
    }
    expect(checkText(repo.repository, head, 'unit-tests')).toMatch(/passed/)

    // bob approves: the review event runs peer-review alone, and it passes.
    const review = emu.state.addReview(repo.repository, pr.number, { user: 'bob', state: 'APPROVED', commit_id: head })
    const [approved] = await repo.runner.dispatchEvent({
      event: { name: 'pull_request_review', payload: pullRequestReviewEvent(repoRef, pr, { id: review.id, user: 'bob', state: 'approved' }) },
      sha: head,
      ref: `refs/pull/${pr.number}/merge`,
    })
    expect(approved!.jobs['pipeline/build']!.result).toBe('skipped')
    expect(conclusions(repo.repository, head), logs(approved!)).toEqual(Object.fromEntries(GATES.map((g) => [g, 'success'])))
  }, 900_000)

  test('a seeded failure of each gate turns that gate red, each for its own seed', async () => {
    const { head, report } = await openPullRequest(repo, 'seeded-failures', service.seeds, service.folder)
    expect(report.jobs['pipeline/build']!.result, logs(report)).toBe('success')
    expect(conclusions(repo.repository, head), logs(report)).toEqual(Object.fromEntries(GATES.map((g) => [g, 'failure'])))
    expect(checkText(repo.repository, head, 'unit-tests')).toMatch(/seeded.unit.failure/i)
    expect(checkText(repo.repository, head, 'integration-tests')).toMatch(/seeded.integration.failure/i)
    expect(checkText(repo.repository, head, 'security-scan')).toMatch(/seeded\.(ts|py)/)
    const quality = checkRun(repo.repository, head, 'code-quality')!
    // The lint error is on a line the pull request adds.
    expect(
      quality.annotations.map((a) => `${a.path}:${a.annotation_level}`),
      checkText(repo.repository, head, 'code-quality'),
    ).toContain(`${service.folder === '.' ? '' : `${service.folder}/`}${kind === 'node' ? 'src/seeded.ts' : 'sensor/seeded.py'}:failure`)
    expect(checkText(repo.repository, head, 'peer-review')).toMatch(/approv/i)
  }, 900_000)
})

describe('a gate that cannot run', () => {
  test('fails, and its check run says which input to set (never a silent pass)', async () => {
    const repo = userRepository(SERVICES.python, await freePort())
    const unconfigured = (text: string): string => editMarked(text, { 'security-command': '', 'quality-command': '' })
    const { head, report } = await openPullRequest(repo, 'unconfigured', { '.github/workflows/cloud-native-pull-request.yml': unconfigured })
    expect(report.jobs['pipeline/build']!.result, logs(report)).toBe('success')
    expect(conclusions(repo.repository, head), logs(report)).toMatchObject({ 'unit-tests': 'success', 'security-scan': 'failure', 'code-quality': 'failure' })
    expect(checkText(repo.repository, head, 'security-scan')).toMatch(/security-scan is not configured[\s\S]*`security-command`/)
    expect(checkText(repo.repository, head, 'code-quality')).toMatch(/code-quality is not configured[\s\S]*`quality-command`/)
    expect(logs(report)).toContain('security-scan is not configured')
  }, 900_000)

  test('when the image was not built, every automated gate is reported failed, saying so (a required check never hangs pending)', async () => {
    const repo = userRepository(SERVICES.python, await freePort())
    const { head, report } = await openPullRequest(
      repo,
      'broken-build',
      { Containerfile: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY no-such-folder/ /app/\n' },
      SERVICES.python.folder,
    )
    expect(report.jobs['pipeline/build']!.result).toBe('failure')
    expect(conclusions(repo.repository, head)).toEqual({
      'unit-tests': 'failure',
      'integration-tests': 'failure',
      'security-scan': 'failure',
      'code-quality': 'failure',
      'peer-review': 'failure',
    })
    for (const gate of ['unit-tests', 'integration-tests', 'security-scan', 'code-quality']) {
      expect(report.jobs[`pipeline/gates/${gate}`]!.result).toBe('skipped')
      expect(checkText(repo.repository, head, gate)).toMatch(new RegExp(`${gate} did not run[\\s\\S]*image was not built`))
    }
  }, 900_000)
})
