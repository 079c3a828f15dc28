import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import { InputError, UserError } from '@cna/kit'
import { publishGateReport } from '@cna/kit/check-run'
import { addedLines, type SonarGate } from '@cna/kit/lint'
import { fakeRest } from '@cna/kit/testing'
import { getInputs } from '../src/inputs.js'
import { run, type CodeQualityDeps } from '../src/run.js'

// The runner's log lines (core.info, notices) are silenced, not mocked: a module mock of
// @actions/core would reach the kit's check-run module, which this file loads for real and the
// unit tier shares between files (isolate: false), and silence check-run.test.ts's own output.
let silence: MockInstance<typeof process.stdout.write>
beforeEach(() => {
  silence = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => silence.mockRestore())

const ROOT = '/work/repo'
const HEAD = 'h'.repeat(40)

/** `eslint -f json`: an error on an added line of a changed file, a warning elsewhere in it, an error in an untouched file. */
const ESLINT = JSON.stringify([
  {
    filePath: `${ROOT}/src/a.js`,
    messages: [
      { ruleId: 'no-undef', severity: 2, message: "'x' is not defined.", line: 2, endLine: 2 },
      { ruleId: 'no-unused-vars', severity: 1, message: "'y' is assigned a value but never used.", line: 10 },
    ],
  },
  { filePath: `${ROOT}/src/b.js`, messages: [{ ruleId: 'eqeqeq', severity: 2, message: "Expected '===' and instead saw '=='.", line: 5 }] },
])
const ESLINT_WARNING_ONLY = JSON.stringify([
  { filePath: `${ROOT}/src/a.js`, messages: [{ ruleId: 'no-unused-vars', severity: 1, message: 'unused', line: 10 }] },
])
const ESLINT_CLEAN = JSON.stringify([{ filePath: `${ROOT}/src/a.js`, messages: [] }])
const CHECKSTYLE = `<?xml version="1.0"?>
<checkstyle version="4.3"><file name="scripts/deploy.sh">
  <error line="3" column="1" severity="warning" message="Double quote to prevent globbing." source="ShellCheck.SC2086"/>
  <error line="7" column="1" severity="info" message="Not following: ./env" source="ShellCheck.SC1091"/>
</file></checkstyle>`

/** SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html): one error, one suppressed error, one note. */
const sarif = (opts: { executionSuccessful?: boolean } = {}) =>
  JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Semgrep', rules: [{ id: 'sql-injection' }] } },
        ...(opts.executionSuccessful === false
          ? {
              invocations: [
                {
                  executionSuccessful: false,
                  toolExecutionNotifications: [
                    {
                      level: 'error',
                      message: { text: 'Syntax error' },
                      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 4 } } }],
                    },
                  ],
                },
              ],
            }
          : {}),
        results: [
          {
            ruleId: 'sql-injection',
            level: 'error',
            message: { text: 'query built from input' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3 } } }],
          },
          {
            ruleId: 'sql-injection',
            level: 'error',
            message: { text: 'reviewed' },
            suppressions: [{ kind: 'inSource' }],
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/b.js' }, region: { startLine: 1 } } }],
          },
          {
            ruleId: 'style',
            level: 'note',
            message: { text: 'a note' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 9 } } }],
          },
        ],
      },
    ],
  })

/** The pull request adds lines 2–3 of src/a.js and changes only that file. */
const DIFF = 'diff --git a/src/a.js b/src/a.js\n--- a/src/a.js\n+++ b/src/a.js\n@@ -1,0 +2,2 @@\n+x\n+y\n'

const SONAR_OK: SonarGate = { status: 'OK', analysisId: 'A1', conditions: [], polls: 1 }
const SONAR_ERROR: SonarGate = {
  status: 'ERROR',
  analysisId: 'A1',
  dashboardUrl: 'https://sonar.example.com/dashboard?id=app',
  conditions: [{ status: 'ERROR', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '41.2' }],
  polls: 2,
}

interface World {
  /** Report files in the workspace by path; a value of `Error` makes reading it fail. */
  files?: Record<string, string | Error>
  pullRequest?: boolean
  sonar?: SonarGate
}

/** The collaborators `run` takes: an in-memory workspace, the diff above, and the real check-run reporter over a fake GitHub. */
function world(w: World = {}) {
  const files = w.files ?? { 'reports/eslint.json': ESLINT }
  const asked = { addedLines: 0, changedFiles: 0 }
  const github = fakeRest({
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': () => ({ total_count: 0, check_runs: [] }),
    'POST /repos/{owner}/{repo}/check-runs': () => ({ id: 77 }),
  })
  const deps: CodeQualityDeps = {
    root: ROOT,
    isPullRequest: w.pullRequest ?? true,
    findFiles: async () => Object.keys(files).map((f) => join(ROOT, f)),
    readText: async (path) => {
      const content = files[path.slice(ROOT.length + 1)]
      if (content instanceof Error) throw content
      if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })
      return content
    },
    addedLines: async () => {
      asked.addedLines++
      return { added: addedLines(DIFF), via: 'api' }
    },
    changedFiles: async () => {
      asked.changedFiles++
      return new Set(['src/a.js'])
    },
    ...(w.sonar ? { sonar: async () => w.sonar! } : {}),
    publish: (report) => publishGateReport(report, { client: github, owner: 'octo', repo: 'app', headSha: HEAD }),
  }
  /** What the check run was created with. */
  const checkRun = () => {
    const posts = github.callsTo('POST /repos/{owner}/{repo}/check-runs')
    expect(posts).toHaveLength(1)
    return posts[0]!
  }
  return { deps, asked, checkRun }
}

const inputs = (values: Record<string, string> = {}) => getInputs((name) => ({ reports: 'reports/*', ...values })[name])

describe('run: what fails the gate', () => {
  const rows: Array<{
    name: string
    inputs?: Record<string, string>
    world?: World
    conclusion: 'success' | 'failure'
    errors: number
    warnings: number
    reasons: string[]
  }> = [
    {
      name: 'fail-on error, filter all: every error in the reports',
      inputs: { filter: 'all' },
      conclusion: 'failure',
      errors: 2,
      warnings: 1,
      reasons: ['2 error(s)'],
    },
    {
      name: 'fail-on error: warnings alone pass',
      inputs: { filter: 'all' },
      world: { files: { 'reports/eslint.json': ESLINT_WARNING_ONLY } },
      conclusion: 'success',
      errors: 0,
      warnings: 1,
      reasons: [],
    },
    {
      name: 'fail-on warning: a warning fails',
      inputs: { filter: 'all', 'fail-on': 'warning' },
      world: { files: { 'reports/eslint.json': ESLINT_WARNING_ONLY } },
      conclusion: 'failure',
      errors: 0,
      warnings: 1,
      reasons: ['1 warning(s) (fail-on: warning)'],
    },
    { name: 'fail-on none: errors do not fail', inputs: { filter: 'all', 'fail-on': 'none' }, conclusion: 'success', errors: 2, warnings: 1, reasons: [] },
    {
      name: 'max-warnings 0 with fail-on none: one warning is one too many',
      inputs: { filter: 'all', 'fail-on': 'none', 'max-warnings': '0' },
      conclusion: 'failure',
      errors: 2,
      warnings: 1,
      reasons: ['1 warning(s), more than max-warnings 0'],
    },
    {
      name: 'max-warnings 1: one warning is allowed',
      inputs: { filter: 'all', 'fail-on': 'none', 'max-warnings': '1' },
      conclusion: 'success',
      errors: 2,
      warnings: 1,
      reasons: [],
    },
    {
      name: 'filter added: only the error on an added line',
      inputs: { filter: 'added' },
      conclusion: 'failure',
      errors: 1,
      warnings: 0,
      reasons: ['1 error(s) on added lines'],
    },
    { name: 'filter added is the default on a pull request', conclusion: 'failure', errors: 1, warnings: 0, reasons: ['1 error(s) on added lines'] },
    {
      name: 'filter added: max-warnings counts only added lines',
      inputs: { filter: 'added', 'fail-on': 'none', 'max-warnings': '0' },
      conclusion: 'success',
      errors: 1,
      warnings: 0,
      reasons: [],
    },
    {
      name: 'filter file: the changed file, whatever its lines',
      inputs: { filter: 'file', 'fail-on': 'warning' },
      conclusion: 'failure',
      errors: 1,
      warnings: 1,
      reasons: ['1 error(s) in changed files', '1 warning(s) in changed files (fail-on: warning)'],
    },
    {
      name: 'no pull request: every finding gates (filter all is the default)',
      world: { pullRequest: false },
      conclusion: 'failure',
      errors: 2,
      warnings: 1,
      reasons: ['2 error(s)'],
    },
    {
      name: 'no pull request: filter added falls back to all',
      inputs: { filter: 'added' },
      world: { pullRequest: false },
      conclusion: 'failure',
      errors: 2,
      warnings: 1,
      reasons: ['2 error(s)'],
    },
    {
      name: 'Checkstyle XML: a warning counts, info never does',
      inputs: { filter: 'all', 'fail-on': 'warning' },
      world: { files: { 'build/checkstyle.xml': CHECKSTYLE } },
      conclusion: 'failure',
      errors: 0,
      warnings: 1,
      reasons: ['1 warning(s) (fail-on: warning)'],
    },
    {
      name: 'SARIF: an error counts, a suppressed result and a note do not',
      inputs: { filter: 'all' },
      world: { files: { 'reports/semgrep.sarif': sarif() } },
      conclusion: 'failure',
      errors: 1,
      warnings: 0,
      reasons: ['1 error(s)'],
    },
    {
      name: 'SARIF: the error is on an added line',
      inputs: { filter: 'added' },
      world: { files: { 'reports/semgrep.sarif': sarif() } },
      conclusion: 'failure',
      errors: 1,
      warnings: 0,
      reasons: ['1 error(s) on added lines'],
    },
    {
      name: 'SARIF from a tool that did not finish fails even when nothing gates',
      inputs: { filter: 'all', 'fail-on': 'none' },
      world: { files: { 'reports/semgrep.sarif': sarif({ executionSuccessful: false }) } },
      conclusion: 'failure',
      errors: 1,
      warnings: 0,
      reasons: ['Semgrep did not finish (reports/semgrep.sarif): Syntax error (src/a.js:4)'],
    },
    {
      name: 'reports from several tools add up',
      inputs: { filter: 'all', 'fail-on': 'warning' },
      world: { files: { 'reports/eslint.json': ESLINT, 'build/checkstyle.xml': CHECKSTYLE, 'reports/semgrep.sarif': sarif() } },
      conclusion: 'failure',
      errors: 3,
      warnings: 2,
      reasons: ['3 error(s)', '2 warning(s) (fail-on: warning)'],
    },
    {
      name: 'Sonar quality gate ERROR fails a clean lint',
      inputs: { filter: 'all' },
      world: { files: { 'reports/eslint.json': ESLINT_CLEAN }, sonar: SONAR_ERROR },
      conclusion: 'failure',
      errors: 0,
      warnings: 0,
      reasons: ['the SonarQube quality gate is ERROR'],
    },
    {
      name: 'Sonar quality gate OK passes',
      inputs: { filter: 'all' },
      world: { files: { 'reports/eslint.json': ESLINT_CLEAN }, sonar: SONAR_OK },
      conclusion: 'success',
      errors: 0,
      warnings: 0,
      reasons: [],
    },
    {
      name: 'Sonar ERROR adds to the lint reasons',
      inputs: { filter: 'all' },
      world: { sonar: SONAR_ERROR },
      conclusion: 'failure',
      errors: 2,
      warnings: 1,
      reasons: ['2 error(s)', 'the SonarQube quality gate is ERROR'],
    },
  ]

  test.each(rows)('$name', async (row) => {
    const { deps, checkRun } = world(row.world)
    const result = await run(inputs(row.inputs), deps)
    expect({ conclusion: result.conclusion, errors: result.errors, warnings: result.warnings, reasons: result.reasons }).toEqual({
      conclusion: row.conclusion,
      errors: row.errors,
      warnings: row.warnings,
      reasons: row.reasons,
    })
    // The check run says the same: its conclusion, and a title that names the reasons on failure.
    const posted = checkRun()
    expect(posted).toMatchObject({ name: 'code-quality', head_sha: HEAD, conclusion: row.conclusion })
    expect(posted.output?.title).toEqual(
      row.conclusion === 'failure' ? `Failed: ${row.reasons.join('; ')}` : expect.stringContaining(`${row.errors} error(s), ${row.warnings} warning(s)`),
    )
  })
})

describe('run: the diff is asked only when it decides something', () => {
  test.each([
    { filter: 'added', files: { 'reports/eslint.json': ESLINT }, addedLines: 1, changedFiles: 0, diffVia: 'api' },
    { filter: 'file', files: { 'reports/eslint.json': ESLINT }, addedLines: 0, changedFiles: 1, diffVia: undefined },
    { filter: 'all', files: { 'reports/eslint.json': ESLINT }, addedLines: 0, changedFiles: 0, diffVia: undefined },
    // Nothing to filter: a large pull request's diff is not fetched for nothing.
    { filter: 'added', files: { 'reports/eslint.json': ESLINT_CLEAN }, addedLines: 0, changedFiles: 0, diffVia: undefined },
  ])('row $#, filter $filter: the diff asked $addedLines time(s), the file list $changedFiles time(s)', async (row) => {
    const { deps, asked } = world({ files: row.files })
    const result = await run(inputs({ filter: row.filter }), deps)
    expect(asked).toEqual({ addedLines: row.addedLines, changedFiles: row.changedFiles })
    expect(result.diffVia).toBe(row.diffVia)
  })
})

describe('run: reports that cannot be read are one error naming the input', () => {
  test.each<{ name: string; files: Record<string, string | Error>; error: new (...args: never[]) => Error; message: string | RegExp }>([
    {
      name: 'globs that match no file',
      files: {},
      error: InputError,
      message:
        'Input "reports" matched no files (reports/*). Expected globs that match the ESLint JSON, Checkstyle XML or SARIF reports the linters wrote, relative to the workspace.',
    },
    {
      name: 'a file that is neither XML nor JSON',
      files: { 'reports/eslint.json': 'Oops, ESLint crashed' },
      error: UserError,
      message:
        /^Input "reports" matched reports\/eslint\.json is neither XML nor JSON \(.*\)\. Expected ESLint JSON \(-f json\), Checkstyle XML or SARIF 2\.1\.0\.$/,
    },
    {
      name: 'JSON that is not ESLint JSON',
      files: { 'reports/eslint.json': '{"results": []}' },
      error: UserError,
      message:
        'Input "reports" matched reports/eslint.json is not ESLint JSON (an array of results). Expected ESLint JSON (-f json), Checkstyle XML or SARIF 2.1.0.',
    },
    {
      name: 'XML that is not Checkstyle',
      files: { 'build/junit.xml': '<testsuite name="x"></testsuite>' },
      error: UserError,
      message: 'Input "reports" matched build/junit.xml is XML without a <checkstyle> root. Expected ESLint JSON (-f json), Checkstyle XML or SARIF 2.1.0.',
    },
    {
      name: 'a file that cannot be read',
      files: { 'reports/eslint.json': Object.assign(new Error("EACCES: permission denied, open '/work/repo/reports/eslint.json'"), { code: 'EACCES' }) },
      error: UserError,
      message: /^Input "reports" matched reports\/eslint\.json, which cannot be read \(EACCES: permission denied.*\)\. Expected/,
    },
  ])('$name', async (row) => {
    const { deps } = world({ files: row.files })
    const error = await run(inputs({ filter: 'all' }), deps).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(row.error)
    expect((error as Error).message).toMatch(row.message)
  })
})

describe('run: outputs and the check run', () => {
  test('errors, warnings and the quality gate are those after the filter; totals stay in the result', async () => {
    const { deps } = world({ sonar: SONAR_OK })
    const result = await run(inputs(), deps)
    expect({
      filter: result.filter,
      errors: result.errors,
      warnings: result.warnings,
      totalErrors: result.totalErrors,
      totalWarnings: result.totalWarnings,
      qualityGate: result.qualityGate,
    }).toEqual({ filter: 'added', errors: 1, warnings: 0, totalErrors: 2, totalWarnings: 1, qualityGate: 'OK' })
    expect(result.files).toEqual([`${ROOT}/reports/eslint.json`])
    expect(result.publish).toEqual({ mode: 'check-run', checkRunId: 77, trimmed: false })
  })

  test('without Sonar the quality-gate output is empty', async () => {
    const { deps } = world()
    expect((await run(inputs(), deps)).qualityGate).toBe('')
  })

  test('annotations: the gated findings only, errors first, with GitHub levels', async () => {
    const { deps, checkRun } = world({ files: { 'reports/eslint.json': ESLINT, 'build/checkstyle.xml': CHECKSTYLE } })
    await run(inputs({ filter: 'file' }), deps)
    // scripts/deploy.sh is not a changed file: its findings are not annotated.
    expect(checkRun().output?.annotations).toEqual([
      { path: 'src/a.js', start_line: 2, end_line: 2, annotation_level: 'failure', title: 'no-undef (ESLint)', message: "'x' is not defined." },
      {
        path: 'src/a.js',
        start_line: 10,
        end_line: 10,
        annotation_level: 'warning',
        title: 'no-unused-vars (ESLint)',
        message: "'y' is assigned a value but never used.",
      },
    ])
  })

  test('an info finding is annotated as a notice and never counted', async () => {
    const { deps, checkRun } = world({ files: { 'build/checkstyle.xml': CHECKSTYLE } })
    const result = await run(inputs({ filter: 'all' }), deps)
    expect(result).toMatchObject({ errors: 0, warnings: 1, conclusion: 'success' })
    expect(checkRun().output?.annotations?.map((a) => [a.annotation_level, a.start_line])).toEqual([
      ['warning', 3],
      ['notice', 7],
    ])
  })

  test('the summary names the Sonar conditions that failed and why the gate failed', async () => {
    const { deps, checkRun } = world({ files: { 'reports/eslint.json': ESLINT_CLEAN }, sonar: SONAR_ERROR })
    await run(inputs({ filter: 'all' }), deps)
    const summary = checkRun().output?.summary ?? ''
    expect(summary).toContain('SonarQube quality gate: **ERROR** ([dashboard](https://sonar.example.com/dashboard?id=app))')
    expect(summary).toContain('| new_coverage | ERROR | 41.2 | LT 80 |')
    expect(summary).toContain('- the SonarQube quality gate is ERROR')
  })
})
