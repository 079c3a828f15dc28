import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, READ_TOKEN, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'

/**
 * unit-tests, from its committed bundle: the reports real tools wrote (tools/parts/report-tools),
 * the GitHub emulator for the check run, and the example service's own vitest run.
 */
const TOOLS = fileURLToPath(new URL('../tools/parts/report-tools/', import.meta.url))
const SENSOR_API = fileURLToPath(new URL('../examples/sensor-api/', import.meta.url))
const REPO = 'octo-org/sensor-api'
const PLACEHOLDER = '/home/runner/work/app/app'

let ws: string
let emu: GitHubEmulator
let headSha: string

/** A workspace holding every fixture report, with the runner's workspace path replaced by this one. */
async function makeWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unit-tests-ws-'))
  await mkdir(join(dir, 'reports'))
  const copy = async (from: string, to: string): Promise<void> => {
    const text = await readFile(from, 'utf8')
    await writeFile(to, text.split(PLACEHOLDER).join(dir))
  }
  for (const name of await readdir(TOOLS)) if (/\.(xml|info|json)$/.test(name)) await copy(join(TOOLS, name), join(dir, 'reports', name))
  for (const name of await readdir(join(TOOLS, 'shapes'))) await copy(join(TOOLS, 'shapes', name), join(dir, 'reports', name))
  await cp(join(TOOLS, 'src'), dir, { recursive: true })
  await writeFile(
    join(dir, 'reports', 'passing.xml'),
    '<testsuites><testsuite name="s"><testcase name="a" time="0.1"/><testcase name="b" time="0.2"/></testsuite></testsuites>',
  )
  await writeFile(join(dir, 'reports', 'no-tests.xml'), '<testsuites name="none" tests="0"></testsuites>')
  return dir
}

function gate(inputs: Record<string, string>, opts: { token?: string; eventName?: string; event?: unknown } = {}): Promise<ActionRun> {
  return runAction({
    action: 'unit-tests',
    cwd: ws,
    inputs: { 'github-token': opts.token ?? '', ...inputs },
    github: { token: opts.token ?? '', apiUrl: emu.url, repository: REPO, sha: headSha, runId: '7' },
    ...(opts.eventName ? { eventName: opts.eventName } : {}),
    ...(opts.event ? { event: opts.event } : {}),
  })
}

/** The `::error::` lines that are not annotations on a file: the gate's own verdict. */
function verdict(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error' && !a.properties.file).map((a) => a.message)
}

function counts(run: ActionRun) {
  const { conclusion, total, passed, failed, skipped } = run.outputs
  return { exit: run.exitCode, conclusion, total, passed, failed, skipped }
}

beforeAll(async () => {
  ;[ws, emu] = await Promise.all([makeWorkspace(), startGitHubEmulator()])
  emu.state.addRepo(REPO)
  headSha = emu.state.commit(REPO, { files: { 'README.md': 'x' }, message: 'main' })
})
afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await emu?.stop()
  if (ws) await rm(ws, { recursive: true, force: true })
})

describe('counts and conclusions for each dialect', () => {
  test.each([
    ['pytest.xml', { total: '10', passed: '4', failed: '4', skipped: '2' }],
    ['pytest-xunit2.xml', { total: '10', passed: '4', failed: '4', skipped: '2' }],
    ['phpunit.xml', { total: '7', passed: '4', failed: '2', skipped: '1' }],
    ['vitest.xml', { total: '4', passed: '1', failed: '2', skipped: '1' }],
    ['TEST-com.example.CalculatorTest.xml', { total: '5', passed: '2', failed: '2', skipped: '1' }],
    ['gradle-merge-reruns.xml', { total: '3', passed: '2', failed: '1', skipped: '0' }],
    ['jest-junit.xml', { total: '4', passed: '2', failed: '1', skipped: '1' }],
    ['go-junit-report.xml', { total: '4', passed: '1', failed: '2', skipped: '1' }],
    // status="notrun" (GoogleTest's DISABLED_) and status="disabled" (CTest) are skipped, not passed.
    ['gtest.xml', { total: '4', passed: '1', failed: '1', skipped: '2' }],
    ['ctest.xml', { total: '3', passed: '1', failed: '1', skipped: '1' }],
    ['mocha-junit-reporter.xml', { total: '6', passed: '3', failed: '2', skipped: '1' }],
  ])('%s', async (file, expected) => {
    const run = await gate({ reports: `reports/${file}` })
    expect(counts(run)).toEqual({ exit: 1, conclusion: 'failure', ...expected })
    expect(verdict(run)).toEqual([expect.stringMatching(new RegExp(`^unit-tests failed: ${expected.failed} of ${expected.total} tests failed`))])
    // Every failed test becomes one annotation on a file of the repository.
    expect(run.annotations.filter((a) => a.level === 'error' && a.properties.file)).toHaveLength(Number(expected.failed))
  })

  test('gotestsum --rerun-fails: a test that passed on a rerun is one passed, flaky test', async () => {
    const run = await gate({ reports: 'reports/gotestsum-rerun-fails.xml' })
    // TestBroken failed all three attempts: the gate fails on it alone.
    expect(counts(run)).toEqual({ exit: 1, conclusion: 'failure', total: '7', passed: '3', failed: '3', skipped: '1' })
    expect(run.outputs.flaky).toBe('2')
    expect(run.summary).toContain('#### Flaky tests (passed on a rerun)')
    expect(run.summary).toContain('| example.com/app/store › TestFlakyConnect | 2 |')
    expect(run.summary).toContain('| example.com/app/cache › TestEvict | 3 |')
  })

  test('file and line on <failure> place the annotation', async () => {
    const run = await gate({ reports: 'reports/ansible-lint-junit.xml' })
    const places = run.annotations.filter((a) => a.properties.file).map((a) => `${a.properties.file}:${a.properties.line}`)
    expect(places).toEqual(['playbooks/deploy.yml:21', 'roles/web/tasks/main.yml:7'])
  })

  test('times in nanoseconds are detected and not held against max-duration', async () => {
    const run = await gate({ reports: 'reports/nanosecond-times.xml', 'max-duration': '1m', 'fail-on-duration': 'true' })
    expect(counts(run)).toEqual({ exit: 0, conclusion: 'success', total: '3', passed: '3', failed: '0', skipped: '0' })
    expect(run.warnings).toEqual([
      expect.stringMatching(
        /^reports\/nanosecond-times\.xml gives times no test run can take \(up to 32799772m 51s, over 5 days\).*max-duration is not checked$/,
      ),
    ])
    // Neither the duration nor the slowest tests use them; the warning says why.
    expect(run.outputs.duration).toBe('0.000')
    expect(run.summary.split('\n').filter((l) => l.includes('32799772m'))).toEqual([expect.stringMatching(/^- reports\/nanosecond-times\.xml gives times/)])
  })

  test('annotations point at the failing line, workspace stripped', async () => {
    const run = await gate({ reports: 'reports/phpunit.xml\nreports/pytest.xml' })
    const places = run.annotations.filter((a) => a.properties.file).map((a) => `${a.properties.file}:${a.properties.line}`)
    expect(places).toEqual(
      expect.arrayContaining(['php/tests/CalculatorTest.php:19', 'php/tests/CalculatorTest.php:29', 'tests/test_calc.py:13', 'tests/test_calc.py:17']),
    )
    expect(counts(run)).toMatchObject({ total: '17', failed: '6' })
    expect(run.notices.join('\n')).toContain('No GitHub token')
  })

  test('a passing report passes, with the summary table and the slowest tests', async () => {
    const run = await gate({ reports: 'reports/passing.xml' })
    expect(counts(run)).toEqual({ exit: 0, conclusion: 'success', total: '2', passed: '2', failed: '0', skipped: '0' })
    expect(run.outputs.duration).toBe('0.300')
    expect(run.summary).toContain('| ✅ passed | 2 | 2 | 0 | 0 | 0 | – |')
    expect(run.summary).toContain('#### Slowest tests')
  })
})

describe('coverage formats', () => {
  test.each([
    ['reports/lcov-vitest.info', '98.96'],
    ['reports/coverage-summary-vitest.json', '98.96'],
    ['reports/cobertura-python.xml', '84.85'],
    ['reports/cobertura-c8.xml', '86.36'],
    // Summed: (191 + 28) / (193 + 33).
    ['reports/lcov-vitest.info\nreports/cobertura-python.xml', '96.90'],
  ])('%s → %s', async (coverage, percent) => {
    const run = await gate({ reports: 'reports/passing.xml', coverage })
    expect([run.exitCode, run.outputs.coverage]).toEqual([0, percent])
  })

  test('under min-coverage fails the gate', async () => {
    const run = await gate({ reports: 'reports/passing.xml', coverage: 'reports/cobertura-python.xml', 'min-coverage': '90' })
    expect([run.exitCode, run.outputs.conclusion, run.outputs.coverage]).toEqual([1, 'failure', '84.85'])
    expect(verdict(run)).toEqual(['unit-tests failed: line coverage 84.85% is under the minimum of 90%.'])
  })
})

describe('a gate that passes on nothing is a hole', () => {
  test('no report matched fails', async () => {
    const run = await gate({ reports: 'reports/missing-*.xml' })
    expect(counts(run)).toEqual({ exit: 1, conclusion: 'failure', total: '0', passed: '0', failed: '0', skipped: '0' })
    expect(verdict(run)).toEqual(['unit-tests failed: no JUnit report matched reports/missing-*.xml.'])
  })

  test('a report without test cases fails', async () => {
    const run = await gate({ reports: 'reports/no-tests.xml' })
    expect(verdict(run)).toEqual(['unit-tests failed: the JUnit reports hold no test case (1 file read).'])
  })

  test('fail-on-empty: false lets it pass with a warning', async () => {
    const run = await gate({ reports: 'reports/missing-*.xml', 'fail-on-empty': 'false' })
    expect([run.exitCode, run.outputs.conclusion]).toEqual([0, 'success'])
    expect(run.warnings).toEqual(['no JUnit report matched reports/missing-*.xml'])
  })

  test('bad input: one error line naming the input and the accepted form', async () => {
    const run = await gate({ 'min-coverage': 'lots' })
    expect(run.exitCode).toBe(1)
    expect(verdict(run)).toEqual(['Input "min-coverage" has an invalid value "lots". Expected a percentage from 0 to 100, such as 80 or 72.5.'])
    expect(run.stdout).not.toMatch(/\n\s+at /)
  })
})

describe('the check run', () => {
  test('120 failures: 50 annotations in one write by default (max-annotations), the rest in the summary; a re-run updates the same run', async () => {
    const failures = Array.from(
      { length: 120 },
      (_, i) => `<testcase classname="big" name="t${i}"><failure message="m${i}">at ${ws}/src/big.test.ts:${i + 1}:1</failure></testcase>`,
    )
    await writeFile(join(ws, 'reports', 'big.xml'), `<testsuite name="big">${failures.join('')}<testcase name="ok"/></testsuite>`)
    const prHead = emu.state.commit(REPO, { branch: 'feature', files: { 'src/big.test.ts': 'x' }, message: 'feature' })
    const event = { pull_request: { number: 1, head: { sha: prHead, ref: 'feature' }, base: { ref: 'main' } } }
    const before = emu.requests.length
    const run = await gate({ reports: 'reports/big.xml' }, { token: WRITE_TOKEN, eventName: 'pull_request', event })
    expect(counts(run)).toMatchObject({ exit: 1, conclusion: 'failure', total: '121', failed: '120' })

    const runs = emu.state.repo(REPO).checkRuns.filter((r) => r.name === 'unit-tests')
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ head_sha: prHead, status: 'completed', conclusion: 'failure' })
    expect(runs[0]!.annotations).toHaveLength(50)
    expect(runs[0]!.annotations[49]).toMatchObject({ path: 'src/big.test.ts', start_line: 50, annotation_level: 'failure' })
    expect(runs[0]!.output.title).toBe('unit-tests: 120 of 121 failed')
    expect(runs[0]!.output.summary).toContain('| ❌ failed | 121 | 1 | 120 |')
    expect(runs[0]!.output.summary).toContain('the first 50 of 120 are shown on the files; 70 more are in the job summary')
    // One write: no second-long spacing between writes.
    const writes = emu.requests
      .slice(before)
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.status}`)
    expect(writes).toEqual(['POST 201'])
    expect(run.summary).toContain('| big › t119 |')
    expect(run.annotations.filter((a) => a.level === 'error' && a.properties.file)).toHaveLength(0)

    // The same failures again: the same check run, no duplicate annotations, one write.
    const mid = emu.requests.length
    const again = await gate({ reports: 'reports/big.xml' }, { token: WRITE_TOKEN, eventName: 'pull_request', event })
    expect(again.exitCode).toBe(1)
    const after = emu.state.repo(REPO).checkRuns.filter((r) => r.name === 'unit-tests')
    expect(after).toHaveLength(1)
    expect(after[0]!.annotations).toHaveLength(50)
    expect(
      emu.requests
        .slice(mid)
        .filter((r) => r.method !== 'GET')
        .map((r) => `${r.method} ${r.status}`),
    ).toEqual(['PATCH 200'])
    expect(JSON.stringify(again.outputs) + again.summary + again.stdout.replace(/::add-mask::.*/g, '')).not.toContain(WRITE_TOKEN)
  })

  test('max-annotations raised: every annotation reaches the check run, in batches of 50', async () => {
    const prHead = emu.state.commit(REPO, { branch: 'feature-all', files: { 'src/big.test.ts': 'x' }, message: 'feature' })
    const event = { pull_request: { number: 2, head: { sha: prHead, ref: 'feature-all' }, base: { ref: 'main' } } }
    const before = emu.requests.length
    const run = await gate({ reports: 'reports/big.xml', 'max-annotations': '120' }, { token: WRITE_TOKEN, eventName: 'pull_request', event })
    expect(run.exitCode).toBe(1)
    const check = emu.state.repo(REPO).checkRuns.filter((r) => r.name === 'unit-tests' && r.head_sha === prHead)
    expect(check[0]!.annotations).toHaveLength(120)
    expect(
      emu.requests
        .slice(before)
        .filter((r) => r.method !== 'GET')
        .map((r) => `${r.method} ${r.status}`),
    ).toEqual(['POST 201', 'PATCH 200', 'PATCH 200'])
  })

  test('max-annotations holds without a token too (workflow-command annotations)', async () => {
    const run = await gate({ reports: 'reports/pytest.xml', 'max-annotations': '2' })
    expect(run.annotations.filter((a) => a.level === 'error' && a.properties.file)).toHaveLength(2)
    expect(run.notices.join('\n')).toContain('2 more annotation(s)')
  })

  test('max-annotations: a bad value is one error line naming the input and the accepted form', async () => {
    const run = await gate({ reports: 'reports/passing.xml', 'max-annotations': 'all' })
    expect(verdict(run)).toEqual(['Input "max-annotations" has an invalid value "all". Expected a whole number from 0 to 1000.'])
  })

  test('a read-only token (fork pull request): annotations and the summary, and the gate still decides', async () => {
    const before = emu.state.repo(REPO).checkRuns.length
    const failing = await gate({ reports: 'reports/pytest.xml' }, { token: READ_TOKEN })
    expect(failing.exitCode).toBe(1)
    expect(failing.notices.join('\n')).toMatch(/The token cannot write checks \(403/)
    expect(failing.annotations.filter((a) => a.level === 'error' && a.properties.file === 'tests/test_calc.py')).toHaveLength(4)
    expect(failing.summary).toContain('#### Failed tests')
    const passing = await gate({ reports: 'reports/passing.xml' }, { token: READ_TOKEN })
    expect([passing.exitCode, passing.outputs.conclusion]).toEqual([0, 'success'])
    expect(passing.summary).toContain('✅ unit-tests: 2 passed')
    expect(emu.state.repo(REPO).checkRuns).toHaveLength(before)
  })
})

describe("the example service's own unit tests", () => {
  test('vitest writes JUnit and coverage; the gate reads them', async () => {
    const out = await mkdtemp(join(tmpdir(), 'sensor-api-unit-'))
    try {
      const run = await runAction({
        action: 'unit-tests',
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        inputs: {
          'github-token': '',
          'working-directory': 'examples/sensor-api',
          // The service's own script, with the reports redirected to a folder of this test.
          command: `npx vitest run --project unit --coverage --outputFile.junit=${out}/junit.xml --coverage.reportsDirectory=${out}/coverage`,
          reports: `${out}/junit.xml`,
          coverage: `${out}/coverage/lcov.info`,
          'min-coverage': '90',
        },
        timeoutMs: 120_000,
      })
      expect(run.exitCode, run.stdout.slice(-3000)).toBe(0)
      expect(run.outputs.conclusion).toBe('success')
      expect(Number(run.outputs.total)).toBeGreaterThanOrEqual(80)
      expect(run.outputs.failed).toBe('0')
      expect(Number(run.outputs.coverage)).toBeGreaterThan(90)
      // The command's wall time, in seconds.
      expect(Number(run.outputs.duration)).toBeGreaterThan(0.5)
      const junit = await readFile(`${out}/junit.xml`, 'utf8')
      expect((junit.match(/<testcase /g) ?? []).length).toBe(Number(run.outputs.total))
    } finally {
      await rm(out, { recursive: true, force: true })
    }
    expect(SENSOR_API).toContain('sensor-api')
  })
})
