import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { GateReport, PublishResult } from '../src/check-run/check-run.js'
import { emptyJUnitResult, parseJUnit, type JUnitResult } from '../src/test-reports/junit.js'
import { runTestGate } from '../src/gates/test-run.js'
import {
  coverageOutput,
  durationOutput,
  evaluateTestGate,
  failureAnnotations,
  formatDuration,
  testGateReport,
  testGateSummary,
  type TestGateSettings,
} from '../src/gates/tests.js'

const TOOLS = fileURLToPath(new URL('../../../tools/parts/report-tools/', import.meta.url))
const WS = '/home/runner/work/app/app'

const base = { reports: ['**/junit.xml'], minCoverage: 0, maxDurationMs: 300_000, failOnDuration: false, failOnEmpty: true }

function junit(xml: string): JUnitResult {
  return parseJUnit(xml)
}
const PASSING = junit('<testsuite><testcase name="a" time="1"/><testcase name="b" time="2"/></testsuite>')
const FAILING = junit('<testsuite><testcase name="a"/><testcase name="b"><failure message="no">at /w/a.ts:3:1</failure></testcase></testsuite>')

describe('the gate decision', () => {
  test.each([
    ['all passed', {}, PASSING, ['r.xml'], undefined, undefined, 'success', []],
    ['a test failed', {}, FAILING, ['r.xml'], undefined, undefined, 'failure', ['1 of 2 tests failed']],
    ['no report matched', {}, emptyJUnitResult(), [], undefined, undefined, 'failure', ['no JUnit report matched **/junit.xml']],
    ['no report matched, fail-on-empty off', { failOnEmpty: false }, emptyJUnitResult(), [], undefined, undefined, 'success', []],
    ['reports without a test case', {}, emptyJUnitResult(), ['r.xml'], undefined, undefined, 'failure', ['the JUnit reports hold no test case (1 file read)']],
    [
      'coverage under the minimum',
      { minCoverage: 80 },
      PASSING,
      ['r.xml'],
      { valid: 10, covered: 7, files: [], percent: 70 },
      undefined,
      'failure',
      ['line coverage 70.00% is under the minimum of 80%'],
    ],
    ['coverage at the minimum', { minCoverage: 70 }, PASSING, ['r.xml'], { valid: 10, covered: 7, files: [], percent: 70 }, undefined, 'success', []],
    [
      'minimum without coverage files',
      { minCoverage: 70 },
      PASSING,
      ['r.xml'],
      undefined,
      undefined,
      'failure',
      ['coverage is required to be at least 70%, but no coverage file was given'],
    ],
    ['slow, only a warning', { maxDurationMs: 1000 }, PASSING, ['r.xml'], undefined, { exitCode: 0, durationMs: 5000, tail: '' }, 'success', []],
    [
      'slow, failing on it',
      { maxDurationMs: 1000, failOnDuration: true },
      PASSING,
      ['r.xml'],
      undefined,
      { exitCode: 0, durationMs: 5000, tail: '' },
      'failure',
      ['the tests took 5.0s, over the maximum of 1.0s'],
    ],
    [
      'the command failed although the reports pass',
      {},
      PASSING,
      ['r.xml'],
      undefined,
      { exitCode: 2, durationMs: 10, tail: 'crash' },
      'failure',
      ['the command exited with code 2'],
    ],
  ] as const)('%s', (_name, over, j, files, cov, command, conclusion, problems) => {
    const r = evaluateTestGate(
      { ...base, ...over },
      { junit: j, reportFiles: files, coverageResult: cov ? { ...cov, files: [] } : undefined, command, problems: [] },
    )
    expect(r.conclusion).toBe(conclusion)
    expect(r.problems).toEqual(problems)
  })

  test('a slow run without fail-on-duration is a warning', () => {
    const r = evaluateTestGate(
      { ...base, maxDurationMs: 1000 },
      { junit: PASSING, reportFiles: ['r.xml'], coverageResult: undefined, command: undefined, problems: [] },
    )
    expect(r.durationMs).toBe(3000)
    expect(r.durationSource).toBe('reports')
    expect(r.warnings).toEqual(['the tests took 3.0s, over the maximum of 1.0s'])
  })

  test('implausible report times: max-duration is not checked on them, the command clock still is', () => {
    const slow = junit('<testsuite><testcase name="a" time="2000000000"/></testsuite>')
    const settings = { ...base, maxDurationMs: 1000, failOnDuration: true }
    const fromReports = evaluateTestGate(settings, { junit: slow, reportFiles: ['r.xml'], coverageResult: undefined, command: undefined, problems: [] })
    expect([fromReports.conclusion, fromReports.problems, fromReports.durationMs]).toEqual(['success', [], 0])
    expect(fromReports.warnings).toEqual([
      expect.stringMatching(
        /^report\.xml gives times no test run can take \(up to 33333333m 20s, over 5 days\).*: its times are not used for the duration and max-duration is not checked$/,
      ),
    ])
    const fromCommand = evaluateTestGate(settings, {
      junit: slow,
      reportFiles: ['r.xml'],
      coverageResult: undefined,
      command: { exitCode: 0, durationMs: 5000, tail: '' },
      problems: [],
    })
    expect(fromCommand.problems).toEqual(['the tests took 5.0s, over the maximum of 1.0s'])
  })

  test('outputs: coverage with two decimals, duration in seconds', () => {
    expect(coverageOutput({ coverage: 98.5 })).toBe('98.50')
    expect(coverageOutput({ coverage: undefined })).toBe('')
    expect(durationOutput({ durationMs: 1234 })).toBe('1.234')
    expect([formatDuration(250), formatDuration(12_340), formatDuration(65_000)]).toEqual(['250ms', '12.3s', '1m 05s'])
  })
})

describe('annotations', () => {
  test('one per failure on the repository path and line, Java frames placed under src/test/java', () => {
    const r = parseJUnit(
      `<testsuite><testcase classname="com.example.FooTest" name="bar"><failure message="boom">x
	at com.example.FooTest.bar(FooTest.java:42)</failure></testcase>
      <testcase classname="t" name="js"><failure>Error: no
    at /home/runner/work/app/app/svc/a.test.ts:7:3</failure></testcase>
      <testcase classname="t" name="nowhere"><error message="lost"/></testcase></testsuite>`,
      `${WS}/svc/reports/junit.xml`,
    )
    const existing = new Set(['svc/src/test/java/com/example/FooTest.java'])
    const a = failureAnnotations(r.failures, { workspace: WS, cwd: `${WS}/svc`, exists: (p) => existing.has(p) })
    expect(a.map((x) => [x.path, x.start_line, x.annotation_level])).toEqual([
      ['svc/src/test/java/com/example/FooTest.java', 42, 'failure'],
      ['svc/a.test.ts', 7, 'failure'],
      ['svc/reports/junit.xml', 1, 'failure'],
    ])
    expect(a[0]!.title).toBe('Failed: com.example.FooTest › bar')
    expect(a[2]!.title).toBe('Error: t › nowhere')
  })

  test('go: the bare file name is found in the package folder', () => {
    const r = parseJUnit(
      '<testsuite><testcase classname="example.com/app/calc" name="TestDiv"><failure message="Failed">    calc_test.go:14: want 2</failure></testcase></testsuite>',
    )
    const a = failureAnnotations(r.failures, { workspace: WS, cwd: WS, exists: (p) => p === 'calc/calc_test.go' })
    expect([a[0]!.path, a[0]!.start_line]).toEqual(['calc/calc_test.go', 14])
  })
})

describe('rendering', () => {
  const settings: TestGateSettings = { ...base, checkName: 'unit-tests', coverage: [], cwd: WS, workspace: WS }

  test('check run: the table, the reasons and each failure; title says what failed', () => {
    const r = evaluateTestGate(settings, {
      junit: FAILING,
      reportFiles: ['r.xml'],
      coverageResult: { valid: 4, covered: 3, files: [], percent: 75 },
      command: undefined,
      problems: [],
    })
    const report = testGateReport(r, settings, failureAnnotations(r.junit.failures, { workspace: WS, cwd: WS, exists: () => false }))
    expect(report).toMatchObject({ checkName: 'unit-tests', conclusion: 'failure', title: 'unit-tests: 1 of 2 failed, 75.00% lines covered' })
    expect(report.summary).toContain('| ❌ failed | 2 | 1 | 1 | 0 | 0 | 75.00% | 0ms (max 5m 00s) |')
    expect(report.summary).toContain('- 1 of 2 tests failed')
    expect(report.summary).toContain('| b | `/w/a.ts:3` | no |')
    expect(report.text).toContain('at /w/a.ts:3:1')
    expect(report.annotations).toHaveLength(1)
  })

  test('job summary: slowest tests, and the command output when it failed', () => {
    const r = evaluateTestGate(settings, {
      junit: FAILING,
      reportFiles: ['r.xml'],
      coverageResult: undefined,
      command: { exitCode: 1, durationMs: 10, tail: 'line 1\nline 2' },
      problems: [],
    })
    const md = testGateSummary(r, settings, [])
    expect(md).toContain('#### Slowest tests')
    expect(md).toContain('#### Command output (last lines, exit code 1)')
    expect(md).toContain('line 2')
    const ok = testGateSummary(
      evaluateTestGate(settings, {
        junit: PASSING,
        reportFiles: ['r.xml'],
        coverageResult: undefined,
        command: { exitCode: 0, durationMs: 10, tail: 'fine' },
        problems: [],
      }),
      settings,
      [],
    )
    expect(ok).toContain('### ✅ unit-tests: 2 passed')
    expect(ok).toContain('| b | 2.0s |')
    expect(ok).not.toContain('Command output')
  })
})

describe('runTestGate', () => {
  let out: string[]
  beforeEach(() => {
    out = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true))
  })
  afterEach(() => vi.restoreAllMocks())

  const settings: TestGateSettings = {
    ...base,
    checkName: 'unit-tests',
    reports: ['pytest.xml'],
    coverage: ['cobertura-python.xml'],
    cwd: TOOLS,
    workspace: TOOLS,
  }

  test('runs the command, reads what it wrote, publishes and writes the summary', async () => {
    const published: GateReport[] = []
    let summary = ''
    const run = await runTestGate(settings, {
      runCommand: async () => ({ exitCode: 1, durationMs: 1500, tail: 'pytest output' }),
      publish: async (report) => (published.push(report), { mode: 'check-run', checkRunId: 1, trimmed: false }),
      writeSummary: async (md) => void (summary = md),
    })
    expect(run.result).toMatchObject({ conclusion: 'failure', total: 10, failed: 4, coverage: 84.85, durationMs: 1500 })
    expect(published[0]!.annotations.map((a) => [a.path, a.start_line])).toContainEqual(['tests/test_calc.py', 13])
    expect(summary).toContain('pytest output')
  })

  test('a reporting failure falls back to annotations; the result still stands', async () => {
    const run = await runTestGate(settings, {
      publish: async (): Promise<PublishResult> => Promise.reject(new Error('Server Error')),
      writeSummary: async () => undefined,
    })
    expect(run.publish.mode).toBe('annotations-only')
    expect(run.result.conclusion).toBe('failure')
    expect(out.join('')).toContain('::warning::Could not write the "unit-tests" check run: Server Error')
    expect(out.join('')).toContain('::error title=Failed%3A tests.test_calc › test_add_wrong,file=tests/test_calc.py,line=13,endLine=13::assert 4 == 5')
  })

  test('endpoints that never came up: the command is not run and stale reports are not read', async () => {
    let ran = false
    const run = await runTestGate(settings, {
      earlierProblems: ['http://127.0.0.1:1/healthz did not answer'],
      runCommand: async () => ((ran = true), { exitCode: 0, durationMs: 1, tail: '' }),
      publish: async () => ({ mode: 'annotations-only', trimmed: false }),
      writeSummary: async () => undefined,
    })
    expect(ran).toBe(false)
    expect(run.result).toMatchObject({ conclusion: 'failure', total: 0, problems: ['http://127.0.0.1:1/healthz did not answer'] })
  })

  test('an unreadable report fails the gate, naming it', async () => {
    const run = await runTestGate(
      { ...settings, reports: ['README.md'], coverage: [] },
      { publish: async () => ({ mode: 'annotations-only', trimmed: false }), writeSummary: async () => undefined },
    )
    expect(run.result.problems[0]).toMatch(/README.md: is not well-formed XML/)
    expect(join(TOOLS, 'README.md')).toContain('report-tools')
  })
})
