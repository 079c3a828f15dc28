import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { startSonarServer, type SonarServer } from '../tools/parts/sonar-server.js'

/**
 * code-quality from its committed bundle: ESLint JSON written by the real ESLint, Checkstyle
 * XML, the pull request's added lines from the GitHub emulator's diff (and from git when the
 * API refuses a large diff), and a local server speaking SonarQube's endpoints.
 */
const run = promisify(execFile)
const REPO = 'octo-org/sensor-api'
const ESLINT = join(process.cwd(), 'node_modules', 'eslint', 'bin', 'eslint.js')
let emu: GitHubEmulator
let big: GitHubEmulator
let sonar: SonarServer
let work: string

const BASE_APP = "var unusedOld = 1\nconsole.log('old')\nexport const x = 0\n"
const HEAD_APP = "var unusedOld = 1\nconsole.log('old')\nconsole.log('new')\nexport const x = 0\n"
const APP_PATCH = "@@ -1,3 +1,4 @@\n var unusedOld = 1\n console.log('old')\n+console.log('new')\n export const x = 0"
const LEGACY = 'var unusedLegacy = 2\nexport {}\n'

/** A workspace with the head's files, and the real ESLint's JSON report of them. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(work, 'ws-'))
  await mkdir(join(dir, 'src'))
  await mkdir(join(dir, 'reports'))
  await writeFile(join(dir, 'src/app.js'), HEAD_APP)
  await writeFile(join(dir, 'src/legacy.js'), LEGACY)
  await writeFile(join(dir, 'eslint.config.mjs'), "export default [{ files: ['src/**/*.js'], rules: { 'no-unused-vars': 'error', 'no-console': 'warn' } }]\n")
  const out = await run(process.execPath, [ESLINT, '-f', 'json', '-o', 'reports/eslint.json', 'src'], { cwd: dir }).catch((e: { code?: number }) => {
    if (e.code !== 1) throw e // 1: lint errors found, which is the point
  })
  void out
  return dir
}

const CHECKSTYLE = (dir: string) => `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="10.12.5">
<file name="${dir}/src/main/java/App.java">
<error line="3" column="5" severity="error" message="Missing a Javadoc comment." source="com.puppycrawl.tools.checkstyle.checks.javadoc.MissingJavadocMethodCheck"/>
<error line="9" severity="warning" message="Line is longer than 100 characters (found 131)." source="com.puppycrawl.tools.checkstyle.checks.sizes.LineLengthCheck"/>
</file>
<file name="${dir}/src/main/java/Old.java">
<error line="1" severity="error" message="Old.java: unused import." source="com.puppycrawl.tools.checkstyle.checks.imports.UnusedImportsCheck"/>
</file>
</checkstyle>
`

beforeAll(async () => {
  ;[emu, big, sonar] = await Promise.all([startGitHubEmulator(), startGitHubEmulator({ diffMaxFiles: 1 }), startSonarServer()])
  work = await mkdtemp(join(tmpdir(), 'code-quality-'))
  emu.state.addRepo(REPO, { files: { 'src/app.js': BASE_APP, 'src/legacy.js': LEGACY } })
  big.state.addRepo(REPO)
})
afterEach(() => {
  assertNoViolations(emu)
  assertNoViolations(big)
})
afterAll(async () => {
  await Promise.all([emu?.stop(), big?.stop(), sonar?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

let n = 0
function pullWith(files: Array<{ filename: string; patch: string }>, on = emu) {
  const branch = `lint-${++n}`
  on.state.commit(REPO, { branch, files: { 'src/app.js': HEAD_APP } })
  return on.state.addPull(REPO, { head: branch, user: 'alice', files: files.map((f) => ({ status: 'modified' as const, additions: 1, deletions: 0, ...f })) })
}

function quality(
  cwd: string,
  inputs: Record<string, string>,
  opts: { pull?: { number: number; head: { sha: string }; base: { sha: string } }; emulator?: GitHubEmulator; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const pull = opts.pull
  const emulator = opts.emulator ?? emu
  return runAction({
    action: 'code-quality',
    cwd,
    inputs,
    eventName: pull ? 'pull_request' : 'push',
    event: pull ? { pull_request: { number: pull.number, head: { sha: pull.head.sha, ref: 'x' }, base: { sha: pull.base.sha, ref: 'main' } } } : {},
    github: { token: WRITE_TOKEN, apiUrl: emulator.url, repository: REPO, sha: pull?.head.sha ?? emulator.state.repo(REPO).git.refs.get('refs/heads/main')! },
    ...(opts.env ? { env: opts.env } : {}),
  })
}

const check = (name: string, on = emu) =>
  on.state
    .repo(REPO)
    .checkRuns.filter((c) => c.name === name)
    .at(-1)

describe('counts ESLint (real output) and Checkstyle reports', () => {
  test('filter all: every error and warning gates', async () => {
    const dir = await workspace()
    const result = await quality(dir, { reports: 'reports/eslint.json', 'check-name': 'quality-all' })
    expect(result.exitCode).toBe(1)
    // no-unused-vars: unusedOld (app.js:1), unusedLegacy (legacy.js:1); no-console: app.js:2, app.js:3
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '2', conclusion: 'failure', 'quality-gate': '' })
    expect(result.errors).toEqual(['Code quality gate failed: 2 error(s).'])
    const annotations = check('quality-all')!.annotations
    expect(
      annotations
        .filter((a) => a.annotation_level === 'failure')
        .map((a) => `${a.path}:${a.start_line}`)
        .sort(),
    ).toEqual(['src/app.js:1', 'src/legacy.js:1'])
  })

  test('SARIF from a linter that could not parse a file (the real ESLint SARIF formatter) fails the gate, naming the tool', async () => {
    const dir = await workspace()
    await writeFile(join(dir, 'src/broken.js'), 'const a = (\n')
    const formatter = join(process.cwd(), 'node_modules', '@microsoft', 'eslint-formatter-sarif', 'sarif.js')
    await run(process.execPath, [ESLINT, '-f', formatter, '-o', 'reports/eslint.sarif', 'src'], { cwd: dir }).catch((e: { code?: number }) => {
      if (e.code !== 1) throw e
    })
    // fail-on none: only the unfinished run can fail it.
    const result = await quality(dir, { reports: 'reports/eslint.sarif', 'fail-on': 'none', 'check-name': 'quality-unfinished' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ conclusion: 'failure' })
    expect(result.errors).toEqual([
      'Code quality gate failed: ESLint did not finish (reports/eslint.sarif): ESL0999: Parsing error: Unexpected token (src/broken.js:2).',
    ])
    expect(check('quality-unfinished')).toMatchObject({ conclusion: 'failure' })
  })

  test('Checkstyle XML with fail-on warning and max-warnings', async () => {
    const dir = await mkdtemp(join(work, 'cs-'))
    await writeFile(join(dir, 'checkstyle-result.xml'), CHECKSTYLE(dir))
    const strict = await quality(dir, { reports: '*.xml', 'fail-on': 'none', 'max-warnings': '0', 'check-name': 'quality-cs' })
    expect(strict.outputs).toMatchObject({ errors: '2', warnings: '1', conclusion: 'failure' })
    expect(strict.errors[0]).toContain('1 warning(s), more than max-warnings 0')
    const lax = await quality(dir, { reports: '*.xml', 'fail-on': 'none', 'check-name': 'quality-cs' })
    expect(lax.exitCode, lax.stdout).toBe(0)
    expect(lax.summary).toContain('`src/main/java/App.java:3`')
  })
})

describe('filter added: only lines the pull request adds gate', () => {
  test('the default on pull requests, from the API diff', async () => {
    const dir = await workspace()
    const pull = pullWith([{ filename: 'src/app.js', patch: APP_PATCH }])
    const result = await quality(dir, { reports: 'reports/*.json', 'check-name': 'quality-added' }, { pull })
    expect(result.exitCode, result.stdout).toBe(0)
    // Only app.js:3 is added; it has a warning and no error.
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '1', conclusion: 'success' })
    expect(result.summary).toContain('(diff from the GitHub API)')
    expect(result.summary).toMatch(/in the reports \| 2 \| 2/)
    expect(check('quality-added')).toMatchObject({ conclusion: 'success', head_sha: pull.head.sha })
    expect(check('quality-added')!.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['src/app.js:3'])

    const capped = await quality(dir, { reports: 'reports/*.json', 'max-warnings': '0', 'check-name': 'quality-added' }, { pull })
    expect(capped.outputs).toMatchObject({ warnings: '1', conclusion: 'failure' })
  })

  test('filter file: changed files gate whole', async () => {
    const dir = await workspace()
    const pull = pullWith([{ filename: 'src/app.js', patch: APP_PATCH }])
    const result = await quality(dir, { reports: 'reports/eslint.json', filter: 'file', 'check-name': 'quality-file' }, { pull })
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '2', conclusion: 'failure' })
  })

  test('a diff the API refuses (406) comes from git diff of base and head', async () => {
    const dir = await workspace()
    const git = (...args: string[]) => run('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args])
    await git('init', '-q', '-b', 'main')
    await writeFile(join(dir, 'src/app.js'), BASE_APP)
    await git('add', 'src')
    await git('commit', '-q', '-m', 'base')
    const base = (await git('rev-parse', 'HEAD')).stdout.trim()
    await writeFile(join(dir, 'src/app.js'), HEAD_APP)
    await git('commit', '-q', '-am', 'head')
    const head = (await git('rev-parse', 'HEAD')).stdout.trim()
    big.state.commit(REPO, { branch: 'wide', sha: head, files: { 'src/app.js': HEAD_APP } })
    const pull = big.state.addPull(REPO, {
      head: 'wide',
      files: [
        { filename: 'src/app.js', patch: APP_PATCH },
        { filename: 'other.txt', patch: '@@ -0,0 +1 @@\n+x' },
      ],
    })
    const result = await quality(
      dir,
      { reports: 'reports/eslint.json', 'check-name': 'quality-406' },
      { pull: { number: pull.number, head: { sha: head }, base: { sha: base } }, emulator: big },
    )
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.stdout).toContain('GitHub refused the pull request diff as too large (406)')
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '1', conclusion: 'success' })
    expect(result.summary).toContain('(diff from git)')
    // Asked once: a 406 is final, never retried with back-off.
    expect(big.requests.filter((r) => r.operation === 'pulls/get').map((r) => r.status)).toEqual([406])
  })
})

describe('SonarQube quality gate', () => {
  async function sonarWorkspace(id: string): Promise<string> {
    const dir = await mkdtemp(join(work, 'sonar-'))
    await mkdir(join(dir, '.scannerwork'))
    await writeFile(join(dir, '.scannerwork/report-task.txt'), sonar.reportTask(id))
    return dir
  }
  const sonarInputs = (extra: Record<string, string> = {}) => ({ 'sonar-host-url': sonar.url, 'sonar-token': sonar.token, ...extra })

  test('polls the task until done, then fails on ERROR', async () => {
    sonar.addTask('AY-err', {
      pendingPolls: 2,
      analysisId: 'AN-err',
      gate: 'ERROR',
      conditions: [{ status: 'ERROR', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '61.5' }],
    })
    const result = await quality(await sonarWorkspace('AY-err'), sonarInputs({ 'check-name': 'quality-sonar' }), { env: { CNA_SONAR_POLL_MS: '20' } })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ 'quality-gate': 'ERROR', conclusion: 'failure', errors: '0' })
    expect(result.errors).toEqual(['Code quality gate failed: the SonarQube quality gate is ERROR.'])
    expect(sonar.tasks.get('AY-err')!.polls).toBe(3)
    expect(sonar.requests.every((r) => r.authorized)).toBe(true)
    expect(result.summary).toContain('| new_coverage | ERROR | 61.5 | LT 80 |')
    expect(result.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain(sonar.token)
    expect(result.masks).toContain(sonar.token)
  })

  test('OK and WARN pass', async () => {
    sonar.addTask('AY-warn', { pendingPolls: 1, analysisId: 'AN-warn', gate: 'WARN' })
    const result = await quality(await sonarWorkspace('AY-warn'), sonarInputs(), { env: { CNA_SONAR_POLL_MS: '20' } })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs).toMatchObject({ 'quality-gate': 'WARN', conclusion: 'success' })
  })

  test('an analysis that never finishes times out with a clear error', async () => {
    sonar.addTask('AY-slow', { pendingPolls: Infinity, analysisId: 'AN-slow', gate: 'OK' })
    const result = await quality(await sonarWorkspace('AY-slow'), sonarInputs({ 'sonar-timeout': '1s' }), { env: { CNA_SONAR_POLL_MS: '100' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain('The Sonar analysis was still IN_PROGRESS after 1 s')
  })

  test('a wrong token is named as the input at fault, never printed', async () => {
    sonar.addTask('AY-auth', { pendingPolls: 0, analysisId: 'AN-auth', gate: 'OK' })
    const result = await quality(await sonarWorkspace('AY-auth'), { 'sonar-host-url': sonar.url, 'sonar-token': 'squ_wrong_token_value' })
    expect(result.errors).toEqual([`Input "sonar-token" was refused by ${sonar.url} (401). Expected a token that can browse the project.`])
    expect(result.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('squ_wrong_token_value')
  })
})

describe('inputs', () => {
  test.each([
    [{ reports: 'x.json', filter: 'changed' }, 'Input "filter" has an invalid value "changed". Expected one of: added, file, all.'],
    [{ reports: 'x.json', 'max-warnings': '-5' }, 'Input "max-warnings" has an invalid value "-5".'],
    [{ reports: 'x.json', 'sonar-host-url': 'http://127.0.0.1:9' }, 'Input "sonar-token" is empty while the other Sonar input is set.'],
    [{ reports: 'none/*.json' }, 'Input "reports" matched no files (none/*.json).'],
  ])('%j → one error line', async (inputs, message) => {
    const result = await quality(await mkdtemp(join(work, 'in-')), inputs)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(message)
  })
})
