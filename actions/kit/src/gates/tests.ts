import { relative } from 'node:path'
import type { GateAnnotation, GateReport } from '../check-run/check-run.js'
import { escapeCell, markdownTable } from '../summary.js'
import { readCoverageFiles, type CoverageResult } from '../test-reports/coverage.js'
import { findFiles } from '../test-reports/files.js'
import { emptyJUnitResult, MAX_PLAUSIBLE_SECONDS, readJUnitFile, type JUnitResult, type TestFailure } from '../test-reports/junit.js'
import { toRepoPath } from '../test-reports/location.js'

/**
 * The test gate shared by unit-tests and integration-tests: read the JUnit reports and the
 * coverage files, decide, and render the check run and the job summary. The actions add
 * what runs before it (the command, waiting for endpoints); the decision is made here once.
 */
export interface TestGateSettings {
  checkName: string
  /** JUnit XML globs, relative to `cwd`. */
  reports: string[]
  /** Coverage globs (lcov, Cobertura, json-summary), relative to `cwd`. */
  coverage: string[]
  /** Percent; 0 disables the threshold. */
  minCoverage: number
  maxDurationMs: number
  failOnDuration: boolean
  failOnEmpty: boolean
  /** Absolute folder the tests ran in. */
  cwd: string
  workspace: string
}

export interface CommandOutcome {
  exitCode: number
  durationMs: number
  /** The last lines of its output, for the summary when it failed. */
  tail: string
}

export interface TestGateResult {
  conclusion: 'success' | 'failure'
  total: number
  passed: number
  failed: number
  skipped: number
  /** Line coverage in percent (two decimals), undefined when no coverage file was given. */
  coverage: number | undefined
  durationMs: number
  durationSource: 'command' | 'reports'
  /** Why the gate failed; empty on success. */
  problems: string[]
  /** Worth saying, not failing on (a slow run when fail-on-duration is off). */
  warnings: string[]
  junit: JUnitResult
  coverageResult: CoverageResult | undefined
  command: CommandOutcome | undefined
}

/** Reads every matched report and decides. `problems` are failures found before (e.g. endpoints that never came up). */
export async function collectTestGate(settings: TestGateSettings, command?: CommandOutcome, earlier: string[] = []): Promise<TestGateResult> {
  const problems = [...earlier]
  const junit = emptyJUnitResult()
  const reportFiles = settings.reports.length > 0 ? await findFiles(settings.reports, settings.cwd) : []
  for (const file of reportFiles) {
    try {
      await readJUnitFile(file, junit)
    } catch (error) {
      problems.push(`${repoPath(file, settings)}: ${(error as Error).message.replace(`${file} `, '')}`)
    }
  }
  for (const t of junit.implausibleTimes) t.reportFile = repoPath(t.reportFile, settings)
  let coverageResult: CoverageResult | undefined
  if (settings.coverage.length > 0) {
    const coverageFiles = await findFiles(settings.coverage, settings.cwd)
    try {
      coverageResult = await readCoverageFiles(coverageFiles)
    } catch (error) {
      problems.push(`coverage: ${(error as Error).message}`)
    }
    if (coverageFiles.length === 0) problems.push(`no coverage file matched ${settings.coverage.join(', ')}`)
  }
  return evaluateTestGate(settings, { junit, reportFiles, coverageResult, command, problems })
}

/** The decision, pure: failures, coverage, emptiness, duration, and the command's exit code. */
export function evaluateTestGate(
  settings: Pick<TestGateSettings, 'reports' | 'minCoverage' | 'maxDurationMs' | 'failOnDuration' | 'failOnEmpty'>,
  found: {
    junit: JUnitResult
    reportFiles: readonly string[]
    coverageResult: CoverageResult | undefined
    command: CommandOutcome | undefined
    problems: readonly string[]
  },
): TestGateResult {
  const { junit, coverageResult, command } = found
  const problems = [...found.problems]
  const warnings: string[] = []
  if (junit.failed > 0) problems.push(`${junit.failed} of ${junit.total} test${junit.total === 1 ? '' : 's'} failed`)
  if (found.reportFiles.length === 0) {
    const message = `no JUnit report matched ${settings.reports.join(', ') || '(no reports input)'}`
    if (settings.failOnEmpty) problems.push(message)
    else warnings.push(message)
  } else if (junit.total === 0) {
    const message = `the JUnit reports hold no test case (${found.reportFiles.length} file${found.reportFiles.length === 1 ? '' : 's'} read)`
    if (settings.failOnEmpty) problems.push(message)
    else warnings.push(message)
  }
  const coverage = coverageResult?.percent
  if (settings.minCoverage > 0) {
    if (coverage === undefined) {
      if (coverageResult) problems.push(`coverage is required to be at least ${settings.minCoverage}%, but the coverage files measured no line`)
      else if (!found.problems.some((p) => p.startsWith('no coverage file') || p.startsWith('coverage:')))
        problems.push(`coverage is required to be at least ${settings.minCoverage}%, but no coverage file was given`)
    } else if (coverage < settings.minCoverage) {
      problems.push(`line coverage ${coverage.toFixed(2)}% is under the minimum of ${settings.minCoverage}%`)
    }
  }
  const durationMs = command ? command.durationMs : Math.round(junit.time * 1000)
  for (const t of junit.implausibleTimes) {
    warnings.push(
      `${t.reportFile} gives times no test run can take (up to ${formatDuration(t.seconds * 1000)}, over ${MAX_PLAUSIBLE_SECONDS / 86_400} days), as a tool writing nanoseconds or milliseconds where JUnit means seconds would: ` +
        `its times are not used for the duration${settings.maxDurationMs > 0 && !command ? ' and max-duration is not checked' : ''}`,
    )
  }
  // Without the command's own clock, a duration that leaves out a report is not the run's.
  const durationKnown = command !== undefined || junit.implausibleTimes.length === 0
  if (durationKnown && settings.maxDurationMs > 0 && durationMs > settings.maxDurationMs) {
    const message = `the tests took ${formatDuration(durationMs)}, over the maximum of ${formatDuration(settings.maxDurationMs)}`
    if (settings.failOnDuration) problems.push(message)
    else warnings.push(message)
  }
  if (command && command.exitCode !== 0 && junit.failed === 0) problems.push(`the command exited with code ${command.exitCode}`)
  return {
    conclusion: problems.length > 0 ? 'failure' : 'success',
    total: junit.total,
    passed: junit.passed,
    failed: junit.failed,
    skipped: junit.skipped,
    coverage,
    durationMs,
    durationSource: command ? 'command' : 'reports',
    problems,
    warnings,
    junit,
    coverageResult,
    command,
  }
}

/** `1m 05s`, `12.3s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`
  const minutes = Math.floor(ms / 60_000)
  const rest = Math.round((ms % 60_000) / 1000)
  return `${minutes}m ${String(rest).padStart(2, '0')}s`
}

/** The `coverage` output: two decimals, or '' when nothing was measured. */
export function coverageOutput(result: Pick<TestGateResult, 'coverage'>): string {
  return result.coverage === undefined ? '' : result.coverage.toFixed(2)
}

/** The `duration` output: seconds, three decimals. */
export function durationOutput(result: Pick<TestGateResult, 'durationMs'>): string {
  return (result.durationMs / 1000).toFixed(3)
}

export interface AnnotationContext {
  workspace: string
  cwd: string
  /** Whether a repository-relative path exists (to pick between candidate source paths). */
  exists(repoPath: string): boolean
}

/** One failure annotation per failed test, on the file and line the failure points at. */
export function failureAnnotations(failures: readonly TestFailure[], ctx: AnnotationContext): GateAnnotation[] {
  return failures.map((f) => {
    const { path, line } = failurePlace(f, ctx)
    const title = `${f.classname || f.suite ? `${f.classname || f.suite} › ` : ''}${f.name}`
    const details = f.details.split('\n').slice(0, 30).join('\n')
    return {
      path,
      start_line: line,
      end_line: line,
      annotation_level: 'failure' as const,
      title: `${f.kind === 'error' ? 'Error' : 'Failed'}: ${title}`,
      message: f.message === details || details === '' ? f.message : `${f.message}\n\n${details}`,
      ...(f.details ? { raw_details: f.details } : {}),
    }
  })
}

function failurePlace(f: TestFailure, ctx: AnnotationContext): { path: string; line: number } {
  const base = relative(ctx.workspace, ctx.cwd).split('\\').join('/')
  if (f.location) {
    const candidates = [toRepoPath(f.location.file, ctx.workspace, base), toRepoPath(f.location.file, ctx.workspace)]
    // A Java frame gives the package path of the source; Maven and Gradle keep tests here.
    if (/\.(java|kt|scala|groovy)$/.test(f.location.file) && !f.location.file.startsWith('/')) {
      for (const root of ['src/test/java', 'src/test/kotlin', 'src/main/java', 'src/main/kotlin', 'src/test/scala', 'src/test/groovy']) {
        candidates.push(toRepoPath(`${root}/${f.location.file}`, ctx.workspace, base))
      }
    }
    // go-junit-report names the package as classname and a bare file name in the message:
    // the file sits in the package's folder, found from the end of the import path.
    if (!f.location.file.includes('/') && f.classname.includes('/')) {
      const parts = f.classname.split('/')
      for (let i = 1; i < parts.length; i++) candidates.push(toRepoPath(`${parts.slice(i).join('/')}/${f.location.file}`, ctx.workspace, base))
    }
    const path = candidates.find((c) => ctx.exists(c)) ?? candidates[0]!
    return { path, line: f.location.line }
  }
  if (f.file) return { path: toRepoPath(f.file, ctx.workspace, base), line: 1 }
  // Nothing names a source file: the report itself, so the annotation still links somewhere.
  return { path: toRepoPath(f.reportFile, ctx.workspace), line: 1 }
}

function repoPath(file: string, settings: Pick<TestGateSettings, 'workspace'>): string {
  return toRepoPath(file, settings.workspace)
}

// --------------------------------------------------------------------------------------
// Rendering: the same table in the check run and the job summary.

export function headline(result: TestGateResult, checkName: string): string {
  const j = result.junit
  if (result.conclusion === 'success') return `${checkName}: ${j.passed} passed${j.skipped ? `, ${j.skipped} skipped` : ''}${coverageText(result)}`
  if (j.failed > 0) return `${checkName}: ${j.failed} of ${j.total} failed${coverageText(result)}`
  return `${checkName}: ${result.problems[0] ?? 'failed'}`
}

function coverageText(result: TestGateResult): string {
  return result.coverage === undefined ? '' : `, ${result.coverage.toFixed(2)}% lines covered`
}

export function resultsTable(result: TestGateResult, settings: Pick<TestGateSettings, 'minCoverage' | 'maxDurationMs'>): string {
  const cov = result.coverage === undefined ? '–' : `${result.coverage.toFixed(2)}%${settings.minCoverage > 0 ? ` (min ${settings.minCoverage}%)` : ''}`
  const dur = `${formatDuration(result.durationMs)}${settings.maxDurationMs > 0 ? ` (max ${formatDuration(settings.maxDurationMs)})` : ''}`
  return markdownTable(
    ['Result', 'Tests', 'Passed', 'Failed', 'Skipped', 'Flaky', 'Line coverage', 'Duration'],
    [
      [
        result.conclusion === 'success' ? '✅ passed' : '❌ failed',
        result.total,
        result.passed,
        result.failed,
        result.skipped,
        result.junit.flaky.length,
        cov,
        dur,
      ],
    ],
  )
}

function problemsBlock(result: TestGateResult): string {
  const lines: string[] = []
  if (result.problems.length > 0) lines.push('**Why the gate failed**', '', ...result.problems.map((p) => `- ${p}`), '')
  if (result.warnings.length > 0) lines.push('**Warnings**', '', ...result.warnings.map((w) => `- ${w}`), '')
  return lines.join('\n')
}

function failuresTable(result: TestGateResult, annotations: readonly GateAnnotation[], limit: number): string {
  const failures = result.junit.failures
  if (failures.length === 0) return ''
  const rows = failures.slice(0, limit).map((f, i) => {
    const a = annotations[i]
    return [`${f.classname || f.suite ? `${f.classname || f.suite} › ` : ''}${f.name}`, a ? `\`${a.path}:${a.start_line}\`` : '', firstLine(f.message)]
  })
  const more = result.failed - Math.min(limit, failures.length)
  return [`#### Failed tests`, '', markdownTable(['Test', 'Where', 'Message'], rows), more > 0 ? `\n…and ${more} more.` : '', ''].join('\n')
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

/** The check run: summary (table, reasons, failures), text (each failure's details), annotations. */
export function testGateReport(result: TestGateResult, settings: TestGateSettings, annotations: GateAnnotation[]): GateReport {
  const summary = [resultsTable(result, settings), '', problemsBlock(result), failuresTable(result, annotations, 100)].join('\n')
  const text =
    result.junit.failures.length > 0
      ? result.junit.failures.map((f) => `#### ${escapeCell(f.name)}\n\n\`\`\`\n${f.details || f.message}\n\`\`\``).join('\n\n')
      : undefined
  return {
    checkName: settings.checkName,
    conclusion: result.conclusion,
    title: headline(result, settings.checkName),
    summary,
    ...(text ? { text } : {}),
    annotations,
  }
}

/** The job summary: the same table, the reasons, the failures, the slowest tests, and the command's tail on failure. */
export function testGateSummary(result: TestGateResult, settings: TestGateSettings, annotations: readonly GateAnnotation[]): string {
  const parts = [
    `### ${result.conclusion === 'success' ? '✅' : '❌'} ${escapeCell(headline(result, settings.checkName))}`,
    '',
    resultsTable(result, settings),
    '',
    problemsBlock(result),
  ]
  parts.push(failuresTable(result, annotations, 500))
  if (result.junit.flaky.length > 0) {
    const rows = result.junit.flaky.slice(0, 100).map((t) => [`${t.classname || t.suite} › ${t.name}`, t.attempts ?? '–'])
    parts.push('#### Flaky tests (passed on a rerun)', '', markdownTable(['Test', 'Attempts'], rows), '')
  }
  if (result.junit.slowest.length > 0) {
    parts.push(
      '#### Slowest tests',
      '',
      markdownTable(
        ['Test', 'Time'],
        result.junit.slowest.map((t) => [`${t.classname || t.suite ? `${t.classname || t.suite} › ` : ''}${t.name}`, formatDuration(t.time * 1000)]),
      ),
      '',
    )
  }
  if (result.coverageResult && result.coverageResult.files.length > 0) {
    const rows = result.coverageResult.files.map((f) => [toRepoPath(f.path, settings.workspace), f.format, f.covered, f.valid])
    parts.push('#### Coverage files', '', markdownTable(['File', 'Format', 'Lines covered', 'Lines'], rows), '')
  }
  if (result.conclusion === 'failure' && result.command && result.command.tail.trim()) {
    parts.push(`#### Command output (last lines, exit code ${result.command.exitCode})`, '', '```', result.command.tail.replace(/```/g, "'''"), '```', '')
  }
  return parts.join('\n')
}
