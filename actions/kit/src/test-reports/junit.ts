import { createReadStream } from 'node:fs'
import { findLocation, sameFile, type SourceLocation } from './location.js'
import { XmlError, XmlScanner, decodeEntities } from './xml-scan.js'

/**
 * A streaming JUnit XML reader for the dialects real tools write: a `<testsuites>` root or a
 * bare `<testsuite>` root, nested suites (PHPUnit), Surefire and Gradle reruns
 * (`<flakyFailure>`, `<rerunFailure>`), reruns written as repeated `<testcase>` elements
 * (gotestsum --rerun-fails, pytest-rerunfailures), pytest, jest-junit, go-junit-report.
 * Counts come from the `<testcase>` elements, never from the totals a tool wrote on its
 * suites, and only what a report needs is kept (counts, failures, the slowest tests), so
 * large files stay cheap.
 */
export type TestStatus = 'passed' | 'failed' | 'skipped'

export interface TestFailure {
  suite: string
  classname: string
  name: string
  /** `failure` (an assertion) or `error` (an unexpected exception); both count as failed. */
  kind: 'failure' | 'error'
  message: string
  /** The failure's text (stack trace), cut to `detailsLimit`. */
  details: string
  /** Where the failure points: the `file`/`line` attributes, else the stack trace or message. */
  location?: SourceLocation
  /** The `file` attribute of the test case or its suite, if any. */
  file?: string
  time: number
  reportFile: string
}

export interface TestTiming {
  suite: string
  classname: string
  name: string
  time: number
  /** For a flaky test written as repeated test cases: how many attempts it took. */
  attempts?: number
}

/** A report whose times cannot be seconds (a tool that writes nanoseconds): they are not used. */
export interface ImplausibleTime {
  reportFile: string
  /** The largest time it wrote, as written (seconds by the format). */
  seconds: number
}

export interface JUnitResult {
  total: number
  passed: number
  failed: number
  skipped: number
  /** Passed only on a rerun (counted in `passed`). */
  flaky: TestTiming[]
  failures: TestFailure[]
  /** The slowest test cases, slowest first. */
  slowest: TestTiming[]
  /** Seconds: the root's `time`, else the top-level suites' `time`, else the sum over test cases (plausible reports only). */
  time: number
  files: string[]
  /** Reports whose times were left out of `time` and `slowest`. */
  implausibleTimes: ImplausibleTime[]
}

export interface JUnitOptions {
  /** How many of the slowest tests to keep (default 10). */
  slowest?: number
  /** Failures kept with their details (default 5000); the rest are only counted. */
  maxFailures?: number
  /** Bytes of a failure's text kept (default 8 KiB). */
  detailsLimit?: number
}

export class ReportError extends Error {
  override name = 'ReportError'
}

export function emptyJUnitResult(): JUnitResult {
  return { total: 0, passed: 0, failed: 0, skipped: 0, flaky: [], failures: [], slowest: [], time: 0, files: [], implausibleTimes: [] }
}

/**
 * No test run takes longer than a job may (five days on a self-hosted runner): a larger
 * `time` is a tool writing another unit (nanoseconds make 2 s read as 63 years).
 */
export const MAX_PLAUSIBLE_SECONDS = 5 * 24 * 3600

// Skip-like values of `status` (CTest, GoogleTest's `status`/`result`, NUnit and xUnit transforms).
const SKIPPED_STATUS = /^(disabled|notrun|not[ _-]run|skipped|skip|ignored|pending|suppressed|excluded|inconclusive)$/i

/**
 * The attempts of one test written as separate test cases (suite, class and name alike).
 * `seq` holds one letter per attempt: F failed, P passed, S skipped.
 */
interface AttemptGroup {
  seq: string
  failures: TestFailure[]
  last?: TestTiming
}
/** Beyond this many attempts a group is not a rerun but a repeated name. */
const MAX_ATTEMPTS = 32
/** Failures then one pass: a rerun that passed. Anything else stays distinct tests. */
const RERUN_PASSED = /^F+P$/

interface OpenCase {
  suite: string
  classname: string
  name: string
  file?: string
  line?: number
  time: number
  failure?: { kind: 'failure' | 'error'; message: string; text: string; file?: string; line?: number }
  skipped: boolean
  flaky: boolean
  /** Collecting character data of this child (failure/error/flakyFailure…). */
  collecting?: 'failure' | 'other'
}

interface OpenSuite {
  name: string
  file?: string
  time?: number
  caseTime: number
  depth: number
}

/** Parses one JUnit XML text incrementally: `write` chunks, then `close`. */
export class JUnitReader {
  private readonly scanner: XmlScanner
  private readonly suites: OpenSuite[] = []
  private current: OpenCase | undefined
  private depth = 0
  private rootTime: number | undefined
  private topSuiteTime = 0
  private topSuiteTimed = false
  private caseTimeTotal = 0
  private sawRoot = false
  /** The largest time in this file, to detect a unit that cannot be seconds. */
  private maxTime = 0
  /** Slowest of this file, merged into the result at close when its times are plausible. */
  private readonly slowest: TestTiming[] = []
  /** Tests that failed at least once with no pass before, by key: candidates for a rerun. */
  private readonly attempts = new Map<string, AttemptGroup>()
  /** Hashes of tests that passed outside a group: a later failure of one is not a rerun. */
  private readonly passed = new Set<number>()
  private readonly slowestN: number
  private readonly maxFailures: number
  private readonly detailsLimit: number

  constructor(
    private readonly result: JUnitResult,
    private readonly reportFile: string,
    options: JUnitOptions = {},
  ) {
    this.slowestN = options.slowest ?? 10
    this.maxFailures = options.maxFailures ?? 5000
    this.detailsLimit = options.detailsLimit ?? 8192
    this.scanner = new XmlScanner({
      open: (name, attrs) => this.openTag(name, attrs),
      close: (name) => this.closeTag(name),
      text: (raw) => this.text(raw, true),
      cdata: (text) => this.text(text, false),
    })
  }

  write(chunk: string): void {
    try {
      this.scanner.write(chunk)
    } catch (error) {
      throw this.wrap(error)
    }
  }

  private wrap(error: unknown): unknown {
    return error instanceof XmlError ? new ReportError(`${this.reportFile} is not well-formed XML: ${error.message}`) : error
  }

  close(): void {
    try {
      this.scanner.close()
    } catch (error) {
      throw this.wrap(error)
    }
    if (!this.sawRoot) throw new ReportError(`${this.reportFile} is not a JUnit XML report (the root element is not <testsuites> or <testsuite>)`)
    this.mergeReruns()
    if (this.maxTime > MAX_PLAUSIBLE_SECONDS) {
      this.result.implausibleTimes.push({ reportFile: this.reportFile, seconds: this.maxTime })
    } else {
      this.result.time += this.rootTime ?? (this.topSuiteTimed ? this.topSuiteTime : this.caseTimeTotal)
      for (const t of this.slowest) insertSlowest(this.result.slowest, t, this.slowestN)
    }
    this.result.files.push(this.reportFile)
  }

  /** Every group of attempts shaped failures-then-a-pass becomes one passed, flaky test. */
  private mergeReruns(): void {
    const r = this.result
    const dropped = new Set<TestFailure>()
    for (const group of this.attempts.values()) {
      if (!RERUN_PASSED.test(group.seq)) continue
      const failedAttempts = group.seq.length - 1
      r.total -= failedAttempts
      r.failed -= failedAttempts
      for (const f of group.failures) dropped.add(f)
      r.flaky.push({ ...group.last!, attempts: group.seq.length })
    }
    if (dropped.size > 0) r.failures = r.failures.filter((f) => !dropped.has(f))
  }

  private openTag(name: string, attrs: Record<string, string>): void {
    this.depth++
    if (this.depth === 1) {
      if (name !== 'testsuites' && name !== 'testsuite') throw new ReportError(`${this.reportFile} is not a JUnit XML report (root element <${name}>)`)
      this.sawRoot = true
      if (name === 'testsuites' && attrs.time !== undefined) this.rootTime = this.seconds(attrs.time)
    }
    const c = this.current
    if (c) {
      switch (name) {
        case 'failure':
        case 'error':
          // The first failure or error decides; a second one (rare) only adds text.
          if (!c.failure) {
            const line = attrs.line !== undefined ? Number.parseInt(attrs.line, 10) : Number.NaN
            c.failure = {
              kind: name,
              message: attrs.message ?? attrs.type ?? '',
              text: '',
              // Some tools say exactly where the failure is; that beats any frame in the text.
              ...(attrs.file ? { file: attrs.file } : {}),
              ...(line > 0 ? { line } : {}),
            }
          }
          c.collecting = 'failure'
          return
        case 'skipped':
          c.skipped = true
          return
        case 'flakyFailure':
        case 'flakyError':
          c.flaky = true
          c.collecting = 'other'
          return
        default:
          // rerunFailure/rerunError (failed again), system-out, properties: nothing to count.
          c.collecting = 'other'
          return
      }
    }
    if (name === 'testsuite') {
      const parent = this.suites[this.suites.length - 1]
      const suite: OpenSuite = {
        name: attrs.name ?? parent?.name ?? '',
        caseTime: 0,
        depth: this.depth,
        ...((attrs.file ?? parent?.file) ? { file: attrs.file ?? parent?.file } : {}),
        ...(attrs.time !== undefined ? { time: this.seconds(attrs.time) } : {}),
      }
      this.suites.push(suite)
    } else if (name === 'testcase') {
      const suite = this.suites[this.suites.length - 1]
      const file = attrs.file ?? attrs.filepath ?? suite?.file
      // pytest writes `line` 0-based (its item.location); every other tool 1-based.
      const line = attrs.line !== undefined ? Number.parseInt(attrs.line, 10) + (file?.endsWith('.py') ? 1 : 0) : undefined
      this.current = {
        suite: suite?.name ?? '',
        classname: attrs.classname ?? attrs.class ?? '',
        name: attrs.name ?? '',
        time: this.seconds(attrs.time),
        // status="disabled" (CTest), status="notrun"/result="suppressed" (GoogleTest) and the like: not run.
        skipped: SKIPPED_STATUS.test(attrs.status ?? '') || SKIPPED_STATUS.test(attrs.result ?? ''),
        flaky: false,
        ...(file ? { file } : {}),
        ...(line !== undefined && line > 0 ? { line } : {}),
      }
    }
  }

  private text(t: string, encoded: boolean): void {
    const c = this.current
    // Only a failure's own text is kept, and only then decoded.
    if (c?.collecting === 'failure' && c.failure && c.failure.text.length < this.detailsLimit) {
      c.failure.text += (encoded ? decodeEntities(t) : t).slice(0, this.detailsLimit - c.failure.text.length)
    }
  }

  private closeTag(name: string): void {
    this.depth--
    const c = this.current
    if (c && name !== 'testcase') {
      if (
        name === 'failure' ||
        name === 'error' ||
        name === 'flakyFailure' ||
        name === 'flakyError' ||
        name.startsWith('rerun') ||
        name.startsWith('system-')
      ) {
        c.collecting = undefined
      }
      return
    }
    if (name === 'testcase' && c) {
      this.finishCase(c)
      this.current = undefined
      return
    }
    if (name === 'testsuite') {
      const suite = this.suites.pop()
      if (suite && this.suites.length === 0 && suite.time !== undefined) {
        this.topSuiteTime += suite.time
        this.topSuiteTimed = true
      }
    }
  }

  private finishCase(c: OpenCase): void {
    const r = this.result
    r.total++
    this.caseTimeTotal += c.time
    const key = `${c.suite}\0${c.classname}\0${c.name}`
    let group = this.attempts.get(key)
    if (c.failure) {
      r.failed++
      const failure = r.failures.length < this.maxFailures ? this.failureOf(c, c.failure) : undefined
      if (failure) r.failures.push(failure)
      if (!group && !this.passed.has(hashKey(key))) this.attempts.set(key, (group = { seq: '', failures: [] }))
      if (group) {
        group.seq += 'F'
        if (failure) group.failures.push(failure)
      }
    } else if (c.skipped) {
      r.skipped++
      if (group) group.seq += 'S'
    } else {
      r.passed++
      if (c.flaky) r.flaky.push(timingOf(c))
      if (group) {
        group.seq += 'P'
        group.last = timingOf(c)
      } else {
        this.passed.add(hashKey(key))
      }
    }
    // A name repeated this often is a data-driven test, not reruns; stop tracking its text.
    if (group && group.seq.length > MAX_ATTEMPTS) group.seq = 'X'.repeat(MAX_ATTEMPTS)
    insertSlowest(this.slowest, c, this.slowestN)
  }

  private seconds(raw: string | undefined): number {
    const value = seconds(raw)
    if (value > this.maxTime) this.maxTime = value
    return value
  }

  private failureOf(c: OpenCase, f: NonNullable<OpenCase['failure']>): TestFailure {
    const text = f.text.trim()
    const message = f.message.trim() || text.split('\n')[0]?.trim() || f.kind
    // The failing line in the test's own file beats the line the test starts on.
    const found = findLocation(`${text}\n${f.message}`, f.file ?? c.file)
    const location: SourceLocation | undefined = f.file
      ? { file: f.file, line: f.line ?? (found && sameFile(found.file, f.file) ? found.line : 1) }
      : f.line && c.file
        ? { file: c.file, line: f.line }
        : found && c.file && sameFile(found.file, c.file)
          ? found
          : c.file && c.line
            ? { file: c.file, line: c.line }
            : (found ?? (c.file ? { file: c.file, line: 1 } : undefined))
    return {
      suite: own(c.suite),
      classname: own(c.classname),
      name: own(c.name),
      kind: f.kind,
      message: own(message),
      details: own(text),
      time: c.time,
      reportFile: this.reportFile,
      ...(c.file ? { file: own(c.file) } : {}),
      ...(location ? { location: { file: own(location.file), line: location.line } } : {}),
    }
  }
}

/** Keeps `list` the `n` slowest, slowest first. */
function insertSlowest(list: TestTiming[], c: OpenCase | TestTiming, n: number): void {
  if (n === 0) return
  if (list.length >= n && c.time <= list[list.length - 1]!.time) return
  const t = 'skipped' in c ? timingOf(c) : c
  let i = list.length
  while (i > 0 && list[i - 1]!.time < t.time) i--
  list.splice(i, 0, t)
  if (list.length > n) list.pop()
}

/** 53 bits of FNV-1a over the key twice (two seeds): a collision only costs a missed merge. */
function hashKey(key: string): number {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i)
    a = Math.imul(a ^ ch, 0x01000193)
    b = Math.imul(b ^ ch, 0x5bd1e995)
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff)
}

/** Reads one JUnit XML file into `result` (created when not given), streaming. */
export async function readJUnitFile(path: string, result: JUnitResult = emptyJUnitResult(), options: JUnitOptions = {}): Promise<JUnitResult> {
  const reader = new JUnitReader(result, path, options)
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 })
  for await (const chunk of stream) reader.write(chunk as string)
  reader.close()
  return result
}

/** Parses a JUnit XML text held in memory (tests, small reports). */
export function parseJUnit(xml: string, reportFile = 'report.xml', options: JUnitOptions = {}): JUnitResult {
  const result = emptyJUnitResult()
  const reader = new JUnitReader(result, reportFile, options)
  reader.write(xml)
  reader.close()
  return result
}

/** What is kept of a test case that was slow or flaky. */
function timingOf(c: OpenCase): TestTiming {
  return { suite: own(c.suite), classname: own(c.classname), name: own(c.name), time: c.time }
}

/**
 * A copy that does not keep the chunk it was sliced from alive: V8 slices share their
 * parent string, so a kept test name would otherwise hold on to the whole chunk.
 */
function own(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8')
}

function seconds(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0
  // Some tools write thousands separators ("1,234.5").
  const value = raw.indexOf(',') < 0 ? Number(raw) : Number(raw.replace(/,/g, ''))
  return Number.isFinite(value) && value >= 0 ? value : 0
}
