import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, READ_TOKEN, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import {
  CODEQL_COUNTS,
  codeqlFailedSarif,
  codeqlSarif,
  eslintParseErrorSarif,
  eslintSarif,
  npmAudit,
  osvSarif,
  semgrepSarif,
  trivySarif,
} from '../actions/kit/test/sarif-samples.js'
import { encodeSarif, splitRuns } from '../actions/security-scan/src/upload.js'

/**
 * security-scan from its committed bundle, on SARIF in each scanner's shape and npm audit
 * JSON, reporting to the GitHub emulator (OpenAPI-validated).
 */
const REPO = 'octo-org/sensor-api'
let emu: GitHubEmulator
let work: string
let sha: string

beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addRepo(REPO)
  sha = emu.state.commit(REPO, { files: { 'src/db.js': 'x\n' } })
  work = await mkdtemp(join(tmpdir(), 'security-scan-'))
  await mkdir(join(work, 'results'))
  await mkdir(join(work, 'src'))
  await writeFile(join(work, 'src/db.js'), 'const q = "SELECT " + id\n'.repeat(40))
})
afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await emu?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function scan(files: Record<string, unknown>, inputs: Record<string, string>, opts: { token?: string; dir?: string } = {}): Promise<ActionRun> {
  const dir = opts.dir ?? (await mkdtemp(join(work, 'case-')))
  await mkdir(join(dir, 'results'), { recursive: true })
  await mkdir(join(dir, 'base'), { recursive: true })
  for (const [name, doc] of Object.entries(files)) await writeFile(join(dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc))
  return runAction({
    action: 'security-scan',
    cwd: dir,
    inputs: { sarif: 'results/*', ...inputs },
    github: { token: opts.token ?? WRITE_TOKEN, apiUrl: emu.url, repository: REPO, sha, ref: 'refs/heads/main' },
  })
}

const checkRun = (name: string) =>
  emu.state
    .repo(REPO)
    .checkRuns.filter((c) => c.name === name)
    .at(-1)

describe('severity counts match code scanning across tools', () => {
  test('CodeQL (extension rules, rule-default levels), Trivy, Semgrep, osv-scanner, ESLint and npm audit together', async () => {
    const dir = await mkdtemp(join(work, 'all-'))
    const run = await scan(
      {
        'results/codeql.sarif': codeqlSarif(),
        'results/trivy.sarif': trivySarif(),
        'results/semgrep.sarif': semgrepSarif(),
        'results/osv.sarif': osvSarif(),
        'results/eslint.sarif': eslintSarif(dir),
        'results/npm-audit.json': npmAudit(),
      },
      { 'fail-on': 'none', 'check-name': 'security-all' },
      { dir },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    // codeql 1/2/0/1, trivy 1/1/1/0, semgrep 0/1/0/1, osv 0/1/1/0, eslint 0/1/1/0, npm 1/0/1/0
    expect(run.outputs).toMatchObject({ critical: '3', high: '6', medium: '4', low: '2', new: '15', conclusion: 'success' })
    expect(run.summary).toContain('security-all: ✅ passed')
    expect(run.summary).toContain('Suppressed and ignored (1)')
    const check = checkRun('security-all')!
    expect(check).toMatchObject({ conclusion: 'success', head_sha: sha })
    expect(check.annotations.map((a) => a.path)).toContain('src/eval.js') // ESLint's file:// URI made relative
    expect(check.annotations.find((a) => a.path === 'src/db.js' && a.start_line === 30)?.title).toContain('critical: js/code-injection (CodeQL)')
  })
})

describe('the gate', () => {
  test('fail-on critical (the default) fails on a critical and says so in one error line', async () => {
    const run = await scan({ 'results/trivy.sarif': trivySarif() }, { 'check-name': 'security-default' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ critical: '1', high: '1', medium: '1', low: '0', conclusion: 'failure' })
    expect(run.errors).toEqual(['1 security finding(s) at or above "critical": see the "security-default" check and the job summary.'])
    expect(checkRun('security-default')).toMatchObject({ conclusion: 'failure' })
    expect(
      checkRun('security-default')!
        .annotations.filter((a) => a.annotation_level === 'failure')
        .map((a) => a.path),
    ).toEqual(['pom.xml'])
  })

  test('a scanner that did not finish fails the gate, naming the tool and what it said, even with fail-on none', async () => {
    const dir = await mkdtemp(join(work, 'unfinished-'))
    const run = await scan(
      { 'results/codeql.sarif': codeqlFailedSarif(), 'results/eslint.sarif': eslintParseErrorSarif(dir), 'results/semgrep.sarif': semgrepSarif() },
      { 'check-name': 'security-unfinished', 'fail-on': 'none' },
      { dir },
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ conclusion: 'failure' })
    expect(run.errors).toEqual([
      'CodeQL did not finish (results/codeql.sarif): cli/query-evaluation-failed: Out of memory while evaluating js/sql-injection; ' +
        'ESLint did not finish (results/eslint.sarif): ESL0999: Parsing error: Unexpected token (src/broken.js:2): a scan that did not finish is no pass. See the "security-unfinished" check and the job summary.',
    ])
    expect(checkRun('security-unfinished')).toMatchObject({ conclusion: 'failure' })
    expect(checkRun('security-unfinished')!.output.title).toMatch(/^CodeQL did not finish, ESLint did not finish: /)
    expect(run.summary).toContain('### Scanners that did not finish')
  })

  test('a suppressed critical does not fail the gate, and is listed as suppressed', async () => {
    const run = await scan({ 'results/trivy.sarif': trivySarif({ suppressCritical: true }) }, { 'check-name': 'security-suppressed' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ critical: '0', high: '1', conclusion: 'success' })
    expect(run.summary).toMatch(/critical \| `CVE-2021-44228` \| Trivy .*suppressed \(external: Not reachable: JNDI lookups disabled\)/)
  })

  test('baseline: findings already on the base branch are reported but cannot fail the gate', async () => {
    const base = {
      version: '2.1.0',
      runs: [
        {
          ...(codeqlSarif() as { runs: Array<Record<string, unknown>> }).runs[0]!,
          results: (codeqlSarif() as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.slice(0, 2),
        },
      ],
    }
    const pass = await scan(
      { 'results/codeql.sarif': codeqlSarif(), 'base/codeql.sarif': base },
      { baseline: 'base/*.sarif', 'fail-on': 'high', 'check-name': 'security-baseline' },
    )
    // The critical and one high are in the baseline; the other high (rate limiting) is new.
    expect(pass.outputs).toMatchObject({ critical: '1', high: '2', low: '1', new: '2', conclusion: 'failure' })
    expect(pass.errors[0]).toContain('1 security finding(s) at or above "high" that are not in the baseline')
    const ok = await scan(
      { 'results/codeql.sarif': codeqlSarif(), 'base/codeql.sarif': codeqlSarif() },
      { baseline: 'base/*.sarif', 'fail-on': 'low', 'check-name': 'security-baseline' },
    )
    expect(ok.exitCode, ok.stdout).toBe(0)
    expect(ok.outputs).toMatchObject({ critical: String(CODEQL_COUNTS.critical), new: '0', conclusion: 'success' })
    expect(ok.summary).toContain('in baseline')
  })

  test('ignore-file: a live entry suppresses, an expired one stops suppressing and is reported', async () => {
    const ignore = (expires: string) =>
      `ignore:\n  - rule: CVE-2021-44228\n    path: pom.xml\n    reason: Not reachable, JNDI disabled\n    expires: ${expires}\n`
    const live = await scan(
      { 'results/trivy.sarif': trivySarif(), 'ignore.yml': ignore('2999-01-01') },
      { 'ignore-file': 'ignore.yml', 'check-name': 'security-ignore' },
    )
    expect(live.exitCode, live.stdout).toBe(0)
    expect(live.outputs).toMatchObject({ critical: '0', conclusion: 'success' })
    expect(live.summary).toContain('ignored: Not reachable, JNDI disabled')
    const expired = await scan(
      { 'results/trivy.sarif': trivySarif(), 'ignore.yml': ignore('2020-01-01') },
      { 'ignore-file': 'ignore.yml', 'check-name': 'security-ignore' },
    )
    expect(expired.exitCode).toBe(1)
    expect(expired.outputs).toMatchObject({ critical: '1', conclusion: 'failure' })
    expect(expired.warnings.join('\n')).toContain('ignore-file entry 1 (rule CVE-2021-44228, path pom.xml) expired on 2020-01-01')
    expect(expired.summary).toContain('### Expired ignores')
    // The same check run was updated in place: one run, now red.
    expect(emu.state.repo(REPO).checkRuns.filter((c) => c.name === 'security-ignore')).toHaveLength(1)
    expect(checkRun('security-ignore')!.conclusion).toBe('failure')
  })
})

describe('upload to code scanning', () => {
  test('gzip + base64, at most 20 runs per upload', async () => {
    const many = { version: '2.1.0', runs: Array.from({ length: 23 }, () => (semgrepSarif() as { runs: unknown[] }).runs[0]) }
    const before = emu.state.repo(REPO).sarifs.length
    const run = await scan({ 'results/semgrep.sarif': many }, { upload: 'true', 'fail-on': 'none', 'check-name': 'security-upload' })
    expect(run.exitCode, run.stdout).toBe(0)
    const uploads = emu.state.repo(REPO).sarifs.slice(before)
    expect(uploads.map((u) => (u.sarif as { runs: unknown[] }).runs.length)).toEqual([20, 3])
    expect(uploads[0]).toMatchObject({ commit_sha: sha, ref: 'refs/heads/main' })
    expect(run.summary).toContain('Uploaded to code scanning in 2 request(s).')
  })

  test('splitRuns and encodeSarif round-trip', () => {
    const doc = { version: '2.1.0', $schema: 's', runs: [1, 2, 3] }
    expect(splitRuns(doc, 2)).toEqual([
      { version: '2.1.0', $schema: 's', runs: [1, 2] },
      { version: '2.1.0', $schema: 's', runs: [3] },
    ])
    expect(JSON.parse(gunzipSync(Buffer.from(encodeSarif(doc), 'base64')).toString())).toEqual(doc)
  })
})

describe('tokens and inputs', () => {
  test('a read-only token (fork PR): no check run, annotations instead, the gate still decides', async () => {
    const before = emu.state.repo(REPO).checkRuns.length
    const run = await scan({ 'results/trivy.sarif': trivySarif() }, { 'check-name': 'security-fork' }, { token: READ_TOKEN })
    expect(run.exitCode).toBe(1)
    expect(emu.state.repo(REPO).checkRuns.length).toBe(before)
    expect(run.annotations.some((a) => a.properties.file === 'pom.xml')).toBe(true)
    expect(run.outputs.conclusion).toBe('failure')
  })

  test('no token: a notice, and everything else still runs', async () => {
    const run = await scan({ 'results/osv.sarif': osvSarif() }, { 'fail-on': 'critical' }, { token: '' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.notices.join('\n')).toContain('No GitHub token')
    expect(run.outputs).toMatchObject({ high: '1', medium: '1', conclusion: 'success' })
  })

  test.each([
    [{ 'fail-on': 'severe' }, 'Input "fail-on" has an invalid value "severe". Expected one of: critical, high, medium, low, none.'],
    [{ sarif: 'nothing/*.sarif' }, 'Input "sarif" matched no files (nothing/*.sarif). Expected globs that match'],
    [{ 'ignore-file': 'missing.yml' }, 'Input "ignore-file" points to "missing.yml", which cannot be read.'],
  ])('bad input %j → one error line', async (inputs, message) => {
    const run = await scan({ 'results/osv.sarif': osvSarif() }, inputs, { token: '' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  test('a file that is not SARIF names the file', async () => {
    const run = await scan({ 'results/junk.json': { hello: 'world' } }, {}, { token: '' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('results/junk.json is neither SARIF')
  })
})
