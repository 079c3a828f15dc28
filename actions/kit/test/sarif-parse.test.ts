import { describe, expect, test } from 'vitest'
import {
  applyIgnores,
  normalizeNpmAudit,
  normalizeSarif,
  parseIgnoreFile,
  repoPath,
  severityFromLevel,
  severityFromScore,
  unfinishedRuns,
  type Finding,
} from '../src/sarif/index.js'
import { baselineKeys, gateFindings } from '../src/gates/sarif.js'
import {
  CODEQL_COUNTS,
  codeqlFailedSarif,
  codeqlSarif,
  ESLINT_COUNTS,
  eslintParseErrorSarif,
  eslintSarif,
  NPM_COUNTS,
  npmAudit,
  OSV_COUNTS,
  osvSarif,
  SEMGREP_COUNTS,
  semgrepSarif,
  trivySarif,
} from './sarif-samples.js'

const countOf = (findings: Finding[]) => {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 }
  for (const f of findings) if (!f.suppressed) counts[f.severity]++
  return counts
}

describe('severity, as code scanning assigns it', () => {
  test.each([
    [10, 'critical'],
    [9.0, 'critical'],
    [8.9, 'high'],
    [7.0, 'high'],
    [6.9, 'medium'],
    [4.0, 'medium'],
    [3.9, 'low'],
    [0.1, 'low'],
  ] as const)('security-severity %s → %s', (score, severity) => {
    expect(severityFromScore(score)).toBe(severity)
  })
  test.each([
    ['error', 'high'],
    ['warning', 'medium'],
    ['note', 'low'],
    ['none', 'low'],
  ] as const)('level %s → %s', (level, severity) => {
    expect(severityFromLevel(level)).toBe(severity)
  })

  test('a result-level security-severity wins over the rule', () => {
    const doc = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't', rules: [{ id: 'r', properties: { 'security-severity': '2.0' } }] } },
          results: [{ ruleId: 'r', properties: { 'security-severity': '9.5' }, message: { text: 'm' } }],
        },
      ],
    }
    expect(normalizeSarif(doc)[0]!.severity).toBe('critical')
  })

  test('without a level anywhere, warning → medium', () => {
    const doc = { version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results: [{ ruleId: 'r', message: { text: 'm' } }] }] }
    expect(normalizeSarif(doc)[0]).toMatchObject({ level: 'warning', severity: 'medium', path: '' })
  })
})

describe("each tool's SARIF", () => {
  test('CodeQL: rules in tool.extensions through rule.toolComponent.index, default levels', () => {
    const findings = normalizeSarif(codeqlSarif(), { source: 'codeql.sarif' })
    expect(countOf(findings)).toEqual(CODEQL_COUNTS)
    const injection = findings.find((f) => f.ruleId === 'js/code-injection')!
    expect(injection).toMatchObject({ severity: 'critical', score: 9.3, path: 'src/db.js', startLine: 30, tool: 'CodeQL' })
    // ruleIndex 0 with toolComponent 1 is js/sql-injection (8.8), never the driver's rule 0.
    expect(findings[0]).toMatchObject({ ruleId: 'js/sql-injection', severity: 'high', level: 'error' })
    expect(findings.find((f) => f.ruleId === 'js/unused-local-variable')).toMatchObject({ level: 'note', severity: 'low' })
    expect(findings.find((f) => f.ruleId === 'js/missing-rate-limiting')).toMatchObject({ level: 'error', severity: 'high', startLine: 8, endLine: 10 })
    expect(findings[0]!.fingerprints[0]).toBe('partial:primaryLocationLineHash:c0ffee0000000001:1')
  })

  test('Trivy: security-severity on rules, ROOTPATH base, accepted vs under-review suppressions', () => {
    expect(countOf(normalizeSarif(trivySarif(), { root: '/work/app' }))).toEqual({ critical: 1, high: 1, medium: 1, low: 0 })
    const suppressed = normalizeSarif(trivySarif({ suppressCritical: true }), { root: '/work/app' })
    expect(countOf(suppressed)).toEqual({ critical: 0, high: 1, medium: 1, low: 0 })
    expect(suppressed[0]).toMatchObject({ suppressed: true, suppression: 'external: Not reachable: JNDI lookups disabled', path: 'pom.xml' })
    expect(suppressed[1]!.suppressed).toBe(false)
  })

  test('Semgrep: rule default levels, nosemgrep suppressions without status, fingerprints', () => {
    const findings = normalizeSarif(semgrepSarif())
    expect(countOf(findings)).toEqual(SEMGREP_COUNTS)
    expect(findings[2]).toMatchObject({ suppressed: true, suppression: 'inSource' })
    expect(findings[0]!.fingerprints[0]).toBe('fp:matchBasedId/v1:a1b2c3d4e5f6')
  })

  test('osv-scanner and ESLint (file:// URIs made repository-relative)', () => {
    expect(countOf(normalizeSarif(osvSarif()))).toEqual(OSV_COUNTS)
    const eslint = normalizeSarif(eslintSarif('/home/runner/work/app'), { root: '/home/runner/work/app' })
    expect(countOf(eslint)).toEqual(ESLINT_COUNTS)
    expect(eslint.map((f) => f.path)).toEqual(['src/eval.js', 'src/map.js'])
  })

  test('npm audit --json: one finding per advisory, npm severities mapped', () => {
    const findings = normalizeNpmAudit(npmAudit(), { lockLine: (pkg) => (pkg === 'minimist' ? 42 : undefined) })
    expect(countOf(findings)).toEqual(NPM_COUNTS)
    expect(findings[0]).toMatchObject({ ruleId: 'GHSA-xvch-5gv4-984h', path: 'package-lock.json', startLine: 42, severity: 'critical' })
  })

  test('message templates and arguments, several runs per file, non-failing kinds skipped', () => {
    const doc = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'a', rules: [{ id: 'r', messageStrings: { default: { text: 'Value {0} flows to {1}.' } } }] } },
          results: [
            { ruleId: 'r', message: { id: 'default', arguments: ['x', 'sink'] } },
            { ruleId: 'r', kind: 'pass', message: { text: 'ok' } },
          ],
        },
        { tool: { driver: { name: 'b' } }, results: [{ ruleId: 'q', level: 'error', message: { text: 'second run' } }] },
      ],
    }
    const findings = normalizeSarif(doc)
    expect(findings.map((f) => [f.tool, f.message])).toEqual([
      ['a', 'Value x flows to sink.'],
      ['b', 'second run'],
    ])
  })

  test('refuses what is not SARIF 2.1.0', () => {
    expect(() => normalizeSarif({ version: '2.1.0' }, { source: 'x.sarif' })).toThrow('x.sarif is not SARIF')
    expect(() => normalizeSarif({ version: '1.0.0', runs: [] }, { source: 'old.sarif' })).toThrow('SARIF 1.0.0')
  })

  test.each([
    ['src/a.js', undefined, undefined, 'src/a.js'],
    ['./src/a.js', undefined, undefined, 'src/a.js'],
    ['file:///w/app/src/a%20b.js', undefined, '/w/app', 'src/a b.js'],
    ['a.js', 'file:///w/app/src/', '/w/app', 'src/a.js'],
    ['pom.xml', 'file:///', '/w/app', 'pom.xml'],
  ])('repoPath(%s, base %s, root %s) → %s', (uri, base, root, expected) => {
    expect(repoPath(uri, base, root)).toBe(expected)
  })
})

describe('a scanner that did not finish', () => {
  test.each([
    [
      'ESLint (real formatter output: the parse error is a configuration notification)',
      eslintParseErrorSarif('/w/app'),
      [{ tool: 'ESLint', source: 'x.sarif', notification: 'ESL0999: Parsing error: Unexpected token (src/broken.js:2)' }],
    ],
    [
      'CodeQL (the error notification, not the note before it)',
      codeqlFailedSarif(),
      [{ tool: 'CodeQL', source: 'x.sarif', notification: 'cli/query-evaluation-failed: Out of memory while evaluating js/sql-injection' }],
    ],
    [
      'a crash with only an exit code description',
      {
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'T' } }, invocations: [{ executionSuccessful: false, exitCodeDescription: 'Segmentation fault' }] }],
      },
      [{ tool: 'T', source: 'x.sarif', notification: 'Segmentation fault' }],
    ],
    [
      'a signal',
      { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, invocations: [{ executionSuccessful: false, exitSignalName: 'SIGKILL' }] }] },
      [{ tool: 'T', source: 'x.sarif', notification: 'killed by SIGKILL' }],
    ],
    [
      'nothing said',
      { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, invocations: [{ executionSuccessful: false }] }] },
      [{ tool: 'T', source: 'x.sarif', notification: 'no notification given' }],
    ],
    ['a finished run (Semgrep)', semgrepSarif(), []],
    ['no invocations (ESLint without errors)', eslintSarif('/w/app'), []],
  ])('%s', (_, doc, expected) => {
    expect(unfinishedRuns(doc, 'x.sarif', '/w/app')).toEqual(expected)
    // It found nothing because it did not look: no finding would fail the gate.
    if (expected.length > 0) expect(normalizeSarif(doc)).toEqual([])
  })
})

describe('baselineState', () => {
  test('results the tool says are absent are not counted; new, unchanged and updated are', () => {
    const result = (state: string | undefined, id: string) => ({
      ruleId: id,
      level: 'error',
      message: { text: id },
      ...(state ? { baselineState: state } : {}),
    })
    const doc = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'T' } },
          results: [result('new', 'a'), result('unchanged', 'b'), result('updated', 'c'), result('absent', 'd'), result(undefined, 'e')],
        },
      ],
    }
    expect(normalizeSarif(doc).map((f) => f.ruleId)).toEqual(['a', 'b', 'c', 'e'])
  })
})

describe('fingerprints and baselines', () => {
  test('computed from rule, path and the line content when the tool gives none: moving lines keeps it', () => {
    const result = (line: number) => ({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't' } },
          results: [
            { ruleId: 'r', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: line } } }] },
          ],
        },
      ],
    })
    const before = normalizeSarif(result(3), { readLine: (_p, l) => ['x', 'y', 'eval(input)', 'z'][l - 1] })
    const after = normalizeSarif(result(4), { readLine: (_p, l) => ['new', 'x', 'y', 'eval(input)', 'z'][l - 1] })
    const other = normalizeSarif(result(4), { readLine: () => 'eval(other)' })
    expect(before[0]!.fingerprints).toEqual(after[0]!.fingerprints)
    expect(other[0]!.fingerprints).not.toEqual(before[0]!.fingerprints)
  })

  test('only findings new relative to the baseline block; all are counted', () => {
    const current = normalizeSarif(trivySarif())
    const baseline = baselineKeys(normalizeSarif(trivySarif()).filter((f) => f.ruleId === 'CVE-2021-44228'))
    const gate = gateFindings(current, { failOn: 'high', baseline })
    expect(gate.counts).toEqual({ critical: 1, high: 1, medium: 1, low: 0 })
    expect(gate.newCount).toBe(2)
    expect(gate.findings.filter((f) => f.blocking).map((f) => f.ruleId)).toEqual(['CVE-2022-25883'])
    expect(gateFindings(current, { failOn: 'critical', baseline }).conclusion).toBe('success')
    expect(gateFindings(current, { failOn: 'critical' }).conclusion).toBe('failure')
    expect(gateFindings(current, { failOn: 'none' }).conclusion).toBe('success')
  })
})

describe('ignore file', () => {
  const findings = normalizeSarif(codeqlSarif())
  test('entries by rule, path glob and fingerprint; an expired entry stops suppressing', async () => {
    const entries = await parseIgnoreFile(`ignore:
  - rule: js/code-injection
    reason: sandboxed
    expires: 2026-06-30
  - path: "src/util.*"
    reason: generated
  - fingerprint: "c0ffee0000000001:1"
    reason: false positive
`)
    const before = applyIgnores(findings, entries, '2026-06-30')
    expect([...before.ignored.keys()].sort()).toEqual([0, 1, 2])
    expect(before.expired).toEqual([])
    const after = applyIgnores(findings, entries, '2026-07-01')
    expect([...after.ignored.keys()].sort()).toEqual([0, 2])
    expect(after.expired).toEqual([{ entry: expect.objectContaining({ rule: 'js/code-injection', index: 1 }), matches: 1 }])
    expect(gateFindings(findings, { failOn: 'critical', ignored: after.ignored }).conclusion).toBe('failure')
    expect(gateFindings(findings, { failOn: 'critical', ignored: before.ignored }).conclusion).toBe('success')
  })

  test.each([
    ['- reason: no criteria', 'without "rule", "path" or "fingerprint"'],
    ['- rule: x', 'without a "reason"'],
    ['- rule: x\n  reason: y\n  expires: soon', 'invalid expires "soon"'],
    ['rule: [', 'not valid YAML'],
    ['just: a map', 'without a list of entries'],
  ])('refuses %j', async (text, problem) => {
    await expect(parseIgnoreFile(text)).rejects.toThrow(problem)
    await expect(parseIgnoreFile(text)).rejects.toThrow(/^Input "ignore-file" .*\. Expected /)
  })
})
