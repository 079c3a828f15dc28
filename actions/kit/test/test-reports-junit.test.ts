import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { emptyJUnitResult, MAX_PLAUSIBLE_SECONDS, parseJUnit, readJUnitFile, type JUnitResult } from '../src/test-reports/junit.js'
import { findLocation, toRepoPath } from '../src/test-reports/location.js'

const TOOLS = fileURLToPath(new URL('../../../tools/parts/report-tools/', import.meta.url))
const WS = '/home/runner/work/app/app'

async function read(file: string): Promise<JUnitResult> {
  return readJUnitFile(join(TOOLS, file))
}

function counts(r: JUnitResult) {
  return { total: r.total, passed: r.passed, failed: r.failed, skipped: r.skipped, flaky: r.flaky.length }
}

describe('JUnit dialects, as each tool writes them', () => {
  // Known counts: what each tool printed when it ran (see tools/parts/report-tools/README.md).
  test.each([
    // pytest: 10 items: 3 failures + 1 setup error = 4 failed; skip + xfail = 2 skipped.
    ['pytest.xml', { total: 10, passed: 4, failed: 4, skipped: 2, flaky: 0 }],
    ['pytest-xunit2.xml', { total: 10, passed: 4, failed: 4, skipped: 2, flaky: 0 }],
    // PHPUnit: "Tests: 7, Errors: 1, Failures: 1, Skipped: 1", in three levels of nested suites.
    ['phpunit.xml', { total: 7, passed: 4, failed: 2, skipped: 1, flaky: 0 }],
    ['vitest.xml', { total: 4, passed: 1, failed: 2, skipped: 1, flaky: 0 }],
    // Surefire with reruns: flakyNetwork passed on a rerun; divides failed every time; parses errored.
    ['shapes/TEST-com.example.CalculatorTest.xml', { total: 5, passed: 2, failed: 2, skipped: 1, flaky: 1 }],
    ['shapes/gradle-merge-reruns.xml', { total: 3, passed: 2, failed: 1, skipped: 0, flaky: 1 }],
    ['shapes/jest-junit.xml', { total: 4, passed: 2, failed: 1, skipped: 1, flaky: 0 }],
    ['shapes/go-junit-report.xml', { total: 4, passed: 1, failed: 2, skipped: 1, flaky: 0 }],
    // gotestsum --rerun-fails: TestFlakyConnect F,P and TestEvict F,F,P are one passed test each;
    // TestBroken failed all three attempts and stays three failures (no pass follows).
    ['shapes/gotestsum-rerun-fails.xml', { total: 7, passed: 3, failed: 3, skipped: 1, flaky: 2 }],
    // pytest-rerunfailures 10 (Debian) writes only the last attempt: "2 failed, 4 passed, 5 rerun".
    ['pytest-rerunfailures.xml', { total: 6, passed: 4, failed: 2, skipped: 0, flaky: 0 }],
    // GoogleTest: GTEST_SKIP (result="skipped", a <skipped> child) and DISABLED_ (status="notrun", no child).
    ['gtest.xml', { total: 4, passed: 1, failed: 1, skipped: 2, flaky: 0 }],
    // CTest --output-junit: the DISABLED test has status="disabled" and no <skipped> child.
    ['ctest.xml', { total: 3, passed: 1, failed: 1, skipped: 1, flaky: 0 }],
    // mocha 11 + mocha-junit-reporter (includePending): "3 passing, 1 pending, 2 failing"; an empty Root Suite.
    ['mocha-junit-reporter.xml', { total: 6, passed: 3, failed: 2, skipped: 1, flaky: 0 }],
    ['shapes/ansible-lint-junit.xml', { total: 3, passed: 1, failed: 2, skipped: 0, flaky: 0 }],
    ['shapes/nanosecond-times.xml', { total: 3, passed: 3, failed: 0, skipped: 0, flaky: 0 }],
  ])('%s', async (file, expected) => {
    expect(counts(await read(file))).toEqual(expected)
  })

  test('nested suites are counted once per test case, never by summing suite attributes', () => {
    // The outer suites repeat the inner totals (as PHPUnit writes them): summing would say 6.
    const r = parseJUnit(`<testsuites><testsuite name="" tests="2" failures="1"><testsuite name="unit" tests="2" failures="1">
      <testsuite name="A" tests="2" failures="1"><testcase name="a"/><testcase name="b"><failure>x</failure></testcase></testsuite>
    </testsuite></testsuite></testsuites>`)
    expect(counts(r)).toEqual({ total: 2, passed: 1, failed: 1, skipped: 0, flaky: 0 })
  })

  test('counts come from the test cases even when the suite attributes are wrong', () => {
    const r = parseJUnit(
      '<testsuite name="s" tests="99" failures="0" errors="0" skipped="7"><testcase name="a"/><testcase name="b"><error message="boom"/></testcase></testsuite>',
    )
    expect(counts(r)).toEqual({ total: 2, passed: 1, failed: 1, skipped: 0, flaky: 0 })
    expect(r.failures[0]).toMatchObject({ kind: 'error', message: 'boom' })
  })

  test('a bare <testsuite> root, missing time attributes and CDATA', () => {
    const r = parseJUnit('<?xml version="1.0"?><testsuite><testcase name="t" classname="C"><failure><![CDATA[a < b & c]]></failure></testcase></testsuite>')
    expect(r.total).toBe(1)
    expect(r.time).toBe(0)
    expect(r.failures[0]!.details).toBe('a < b & c')
    expect(r.failures[0]!.message).toBe('a < b & c')
  })

  test('several files add up in one result', async () => {
    const r = emptyJUnitResult()
    await readJUnitFile(join(TOOLS, 'pytest.xml'), r)
    await readJUnitFile(join(TOOLS, 'phpunit.xml'), r)
    expect(counts(r)).toEqual({ total: 17, passed: 8, failed: 6, skipped: 3, flaky: 0 })
    expect(r.files).toHaveLength(2)
  })

  test('time: the root time, else the top-level suites, else the test cases', () => {
    expect(parseJUnit('<testsuites time="5"><testsuite time="2"><testcase time="1"/></testsuite></testsuites>').time).toBe(5)
    expect(parseJUnit('<testsuites><testsuite time="2"><testcase time="1"/></testsuite><testsuite time="1.5"/></testsuites>').time).toBe(3.5)
    expect(parseJUnit('<testsuites><testsuite><testcase time="1"/><testcase time="0.25"/><testcase/></testsuite></testsuites>').time).toBe(1.25)
  })

  test('the slowest tests, slowest first', async () => {
    const r = parseJUnit(`<testsuite>${[3, 9, 1, 7, 5].map((t) => `<testcase name="t${t}" time="${t}"/>`).join('')}</testsuite>`, 'x.xml', { slowest: 3 })
    expect(r.slowest.map((t) => t.name)).toEqual(['t9', 't7', 't5'])
  })

  test('refuses what is not JUnit XML, naming the file', () => {
    expect(() => parseJUnit('<coverage/>', 'cov.xml')).toThrow('cov.xml is not a JUnit XML report (root element <coverage>)')
    expect(() => parseJUnit('<testsuite><testcase></testsuite>', 'bad.xml')).toThrow(/bad.xml is not well-formed XML/)
    expect(() => parseJUnit('', 'empty.xml')).toThrow(/^empty.xml is not well-formed XML: document must contain a root element/)
  })
})

describe('what a report says beyond pass and fail', () => {
  test.each([
    // status, result → skipped?
    ['disabled', undefined, true],
    ['notrun', 'suppressed', true],
    ['NotRun', undefined, true],
    ['ignored', undefined, true],
    ['run', 'skipped', true],
    ['run', 'completed', false],
    ['fail', undefined, false],
  ])('status="%s" result="%s": skipped %s', (status, result, skipped) => {
    const r = parseJUnit(`<testsuite><testcase name="t" status="${status}"${result ? ` result="${result}"` : ''}/></testsuite>`)
    expect([r.skipped, r.passed]).toEqual(skipped ? [1, 0] : [0, 1])
  })

  test('a failure with a status that looks skipped is still a failure', () => {
    expect(counts(parseJUnit('<testsuite><testcase name="t" status="disabled"><failure/></testcase></testsuite>'))).toMatchObject({ failed: 1, skipped: 0 })
  })

  test('file and line on <failure>/<error> place the failure, over any frame in its text', async () => {
    const r = await read('shapes/ansible-lint-junit.xml')
    expect(r.failures.map((f) => f.location)).toEqual([
      { file: 'playbooks/deploy.yml', line: 21 },
      { file: 'roles/web/tasks/main.yml', line: 7 },
    ])
    // A line without a file is on the test case's file; a file without a line takes a frame in it, else line 1.
    const x = parseJUnit(`<testsuite><testcase name="a" file="src/a.ts" line="3"><error line="9" message="m"/></testcase>
      <testcase name="b"><failure file="src/b.ts">at src/b.ts:12:4</failure></testcase>
      <testcase name="c"><failure file="src/c.ts" line="0"/></testcase></testsuite>`)
    expect(x.failures.map((f) => f.location)).toEqual([
      { file: 'src/a.ts', line: 9 },
      { file: 'src/b.ts', line: 12 },
      { file: 'src/c.ts', line: 1 },
    ])
  })

  test('GoogleTest: the failing line from the message, the file from the test case', async () => {
    const r = await read('gtest.xml')
    expect(r.failures.map((f) => [f.classname, f.name, f.location])).toEqual([['Calc', 'AddsWrong', { file: `${WS}/cpp/calc_test.cc`, line: 9 }]])
  })

  test('times no test run can take are detected and left out of the time and the slowest tests', async () => {
    const r = emptyJUnitResult()
    await readJUnitFile(join(TOOLS, 'shapes/nanosecond-times.xml'), r)
    await readJUnitFile(join(TOOLS, 'vitest.xml'), r)
    expect(r.implausibleTimes).toEqual([{ reportFile: join(TOOLS, 'shapes/nanosecond-times.xml'), seconds: 1967986371 }])
    expect(r.time).toBe(parseJUnit(readFileSync(join(TOOLS, 'vitest.xml'), 'utf8')).time)
    expect(r.slowest.map((t) => t.name)).not.toContain('lists sensors')
    expect(r.slowest.length).toBeGreaterThan(0)
    // Five days is the longest a job can run: just under it is believed.
    expect(parseJUnit(`<testsuite><testcase name="t" time="${MAX_PLAUSIBLE_SECONDS}"/></testsuite>`).implausibleTimes).toEqual([])
    expect(parseJUnit(`<testsuite><testcase name="t" time="${MAX_PLAUSIBLE_SECONDS + 1}"/></testsuite>`).implausibleTimes).toHaveLength(1)
  })
})

describe('reruns written as repeated test cases', () => {
  test('gotestsum: a failure followed by a pass of the same test is one passed, flaky test', async () => {
    const r = await read('shapes/gotestsum-rerun-fails.xml')
    expect(r.flaky.map((t) => [t.classname, t.name, t.attempts])).toEqual([
      ['example.com/app/store', 'TestFlakyConnect', 2],
      ['example.com/app/cache', 'TestEvict', 3],
    ])
    // Only the attempts of tests that never passed remain as failures.
    expect(r.failures.map((f) => f.name)).toEqual(['TestBroken', 'TestBroken', 'TestBroken'])
  })

  const tc = (name: string, outcome: 'P' | 'F' | 'S', classname = 'C') =>
    outcome === 'P'
      ? `<testcase classname="${classname}" name="${name}"/>`
      : `<testcase classname="${classname}" name="${name}">${outcome === 'F' ? '<failure message="x"/>' : '<skipped/>'}</testcase>`

  test.each([
    // attempts of one name, in report order → counts
    ['F P', { total: 1, passed: 1, failed: 0, skipped: 0, flaky: 1 }],
    ['F F P', { total: 1, passed: 1, failed: 0, skipped: 0, flaky: 1 }],
    // A pass before the failure: a parameterized test or data provider, not a rerun.
    ['P F', { total: 2, passed: 1, failed: 1, skipped: 0, flaky: 0 }],
    ['P F P', { total: 3, passed: 2, failed: 1, skipped: 0, flaky: 0 }],
    ['F P F', { total: 3, passed: 1, failed: 2, skipped: 0, flaky: 0 }],
    ['F P P', { total: 3, passed: 2, failed: 1, skipped: 0, flaky: 0 }],
    ['F S', { total: 2, passed: 0, failed: 1, skipped: 1, flaky: 0 }],
    ['P P', { total: 2, passed: 2, failed: 0, skipped: 0, flaky: 0 }],
  ])('%s', (shape, expected) => {
    const xml = `<testsuite name="s">${shape
      .split(' ')
      .map((o) => tc('t', o as 'P' | 'F'))
      .join('')}</testsuite>`
    expect(counts(parseJUnit(xml))).toEqual(expected)
  })

  test('attempts are grouped by suite, class and name: the same name elsewhere is another test', () => {
    const xml = `<testsuites><testsuite name="a">${tc('t', 'F')}${tc('t', 'F', 'D')}</testsuite><testsuite name="b">${tc('t', 'P')}</testsuite></testsuites>`
    expect(counts(parseJUnit(xml))).toEqual({ total: 3, passed: 1, failed: 2, skipped: 0, flaky: 0 })
  })

  test("jest-junit's repeated titles stay distinct tests", () => {
    // Two `it('adds')` in one describe: jest-junit writes the same classname and name twice.
    const xml = `<testsuites name="jest tests"><testsuite name="cart" tests="3" failures="1">
      <testcase classname="cart adds" name="cart adds" time="0.002"/>
      <testcase classname="cart adds" name="cart adds" time="0.001"><failure>Error: expect(received).toBe(expected)</failure></testcase>
      <testcase classname="cart adds" name="cart adds" time="0.001"/>
    </testsuite></testsuites>`
    expect(counts(parseJUnit(xml))).toEqual({ total: 3, passed: 2, failed: 1, skipped: 0, flaky: 0 })
  })

  test('in a large report, a test that passed before it failed is not taken for a rerun', () => {
    const many = Array.from({ length: 5000 }, (_, i) => tc(`t${i}`, 'P')).join('')
    const r = parseJUnit(`<testsuite name="s">${many}${tc('t1', 'F')}${tc('x', 'F')}${tc('x', 'P')}</testsuite>`)
    // t1 passed before it failed: two tests; x failed then passed: one flaky test.
    expect(counts(r)).toEqual({ total: 5002, passed: 5001, failed: 1, skipped: 0, flaky: 1 })
  })
})

describe('where each failure points', () => {
  test('pytest: the failing line in the test file (from the trace, not the 0-based def line)', async () => {
    const r = await read('pytest.xml')
    const byName = Object.fromEntries(r.failures.map((f) => [f.name, f.location]))
    expect(byName.test_add_wrong).toEqual({ file: 'tests/test_calc.py', line: 13 })
    expect(byName.test_div_by_zero).toEqual({ file: 'tests/test_calc.py', line: 17 })
    expect(byName.test_uses_broken_fixture).toEqual({ file: 'tests/test_calc.py', line: 22 })
  })

  test('pytest xunit2 (no file attribute): from the trace', async () => {
    const r = await read('pytest-xunit2.xml')
    expect(r.failures.find((f) => f.name === 'test_add_wrong')!.location).toEqual({ file: 'tests/test_calc.py', line: 13 })
  })

  test('PHPUnit: the line in the test file, mapped out of the workspace', async () => {
    const r = await read('phpunit.xml')
    const fail = r.failures.find((f) => f.name === 'testAddTable with data set #1')!
    expect(fail.location).toEqual({ file: `${WS}/php/tests/CalculatorTest.php`, line: 19 })
    expect(toRepoPath(fail.location!.file, WS)).toBe('php/tests/CalculatorTest.php')
    const error = r.failures.find((f) => f.name === 'testDivByZero')!
    expect(error).toMatchObject({ kind: 'error', location: { file: `${WS}/php/tests/CalculatorTest.php`, line: 29 } })
  })

  test('vitest: the ❯ frame', async () => {
    const r = await read('vitest.xml')
    expect(r.failures.map((f) => f.location)).toEqual([
      { file: 'math.check.ts', line: 11 },
      { file: 'math.check.ts', line: 17 },
    ])
    expect(r.failures[1]!.message).toBe('boom <&> ]]>')
  })

  test("mocha-junit-reporter: the frame in the suite's test file, over the library frame thrown from", async () => {
    const r = await read('mocha-junit-reporter.xml')
    expect(r.failures.map((f) => [f.name, f.location])).toEqual([
      ['cart total rounds to cents', { file: `${WS}/mocha/test/cart.test.js`, line: 12 }],
      ['cart discount throws on an unknown code', { file: `${WS}/mocha/test/cart.test.js`, line: 22 }],
    ])
  })

  test('jest-junit: the test file frame, never node_modules', async () => {
    const r = await read('shapes/jest-junit.xml')
    expect(r.failures[0]!.location).toEqual({ file: `${WS}/src/cart.test.js`, line: 14 })
    expect(r.failures[0]!.message).toBe('Error: expect(received).toBe(expected) // Object.is equality')
  })

  test('Surefire and Gradle: the Java or Kotlin frame of the test class, as a package path', async () => {
    const s = await read('shapes/TEST-com.example.CalculatorTest.xml')
    expect(s.failures.map((f) => [f.name, f.location])).toEqual([
      ['divides', { file: 'com/example/CalculatorTest.java', line: 24 }],
      ['parses', { file: 'com/example/Calculator.java', line: 12 }],
    ])
    expect(s.flaky.map((t) => t.name)).toEqual(['flakyNetwork'])
    const g = await read('shapes/gradle-merge-reruns.xml')
    expect(g.failures[0]!.location).toEqual({ file: 'com/example/RetryTest.kt', line: 25 })
  })

  test('go-junit-report: the file and line in the message', async () => {
    const r = await read('shapes/go-junit-report.xml')
    expect(r.failures.map((f) => f.location)).toEqual([
      { file: 'calc_test.go', line: 14 },
      { file: `${WS}/calc/calc.go`, line: 9 },
    ])
  })

  test.each([
    ['    at Object.<anonymous> (/w/src/a.test.ts:12:5)', { file: '/w/src/a.test.ts', line: 12 }],
    ['  File "/w/tests/test_x.py", line 7, in test_x', { file: '/w/tests/test_x.py', line: 7 }],
    ['at node:internal/process/task_queues:95:5\n    at /w/src/b.ts:3:1', { file: '/w/src/b.ts', line: 3 }],
    ['see https://example.com/x.html:80 for help', undefined],
    ['no location here', undefined],
  ])('findLocation(%j)', (text, expected) => {
    expect(findLocation(text)).toEqual(expected)
  })

  test.each([
    ['/home/runner/work/app/app/src/a.ts', '', 'src/a.ts'],
    ['src/a.ts', 'services/api', 'services/api/src/a.ts'],
    ['./src/a.ts', '', 'src/a.ts'],
    ['/elsewhere/a.ts', '', '/elsewhere/a.ts'],
  ])('toRepoPath(%s, base %j) = %s', (file, base, expected) => {
    expect(toRepoPath(file, WS, base)).toBe(expected)
  })
})

describe('large reports stay cheap', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'junit-big-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  test('20,000 test cases stream through with bounded failure details', async () => {
    const cases = Array.from({ length: 20_000 }, (_, i) =>
      i % 100 === 0
        ? `<testcase classname="c" name="t${i}" time="0.001"><failure message="m${i}">${'x'.repeat(20_000)}</failure></testcase>`
        : `<testcase classname="c" name="t${i}" time="0.001"/>`,
    )
    const file = join(dir, 'big.xml')
    await writeFile(file, `<testsuites><testsuite name="s">${cases.join('\n')}</testsuite></testsuites>`)
    const r = await readJUnitFile(file, undefined, { detailsLimit: 1000 })
    expect(counts(r)).toEqual({ total: 20_000, passed: 19_800, failed: 200, skipped: 0, flaky: 0 })
    expect(Math.max(...r.failures.map((f) => f.details.length))).toBe(1000)
  })
})
