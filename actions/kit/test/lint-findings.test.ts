import { describe, expect, test } from 'vitest'
import { addedLines } from '../src/lint/diff.js'
import { parseCheckstyleXml, parseEslintJson, parseLintReport } from '../src/lint/findings.js'
import { gateLint } from '../src/gates/lint.js'
import { parseReportTask } from '../src/lint/sonar.js'
import { eslintSarif } from './sarif-samples.js'

const ROOT = '/home/runner/work/app'

describe('report formats', () => {
  test('ESLint JSON: severity 2 → error, 1 → warning, fatal parse errors are errors', () => {
    const doc = [
      {
        filePath: `${ROOT}/src/a.js`,
        messages: [
          { ruleId: 'no-unused-vars', severity: 2, message: "'x' is assigned a value but never used.", line: 1, column: 7, endLine: 1, endColumn: 8 },
          { ruleId: 'no-console', severity: 1, message: 'Unexpected console statement.', line: 2 },
        ],
        errorCount: 1,
        warningCount: 1,
      },
      { filePath: `${ROOT}/src/b.js`, messages: [{ ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unexpected token', line: 3 }] },
    ]
    expect(parseEslintJson(doc, { root: ROOT, source: 'eslint.json' }).map((f) => [f.path, f.line, f.severity, f.ruleId])).toEqual([
      ['src/a.js', 1, 'error', 'no-unused-vars'],
      ['src/a.js', 2, 'warning', 'no-console'],
      ['src/b.js', 3, 'error', 'parse-error'],
    ])
  })

  test('Checkstyle XML (Checkstyle and ShellCheck), relative and absolute names, entities', () => {
    const xml = `<?xml version="1.0"?><checkstyle version="4.3"><file name="deploy.sh"><error line="4" column="1" severity="warning" message="Double quote to prevent globbing &amp; word splitting." source="ShellCheck.SC2086"/><error line="9" severity="info" message="x" source="ShellCheck.SC2148"/></file><file name="${ROOT}/A.java"><error line="2" severity="error" message="m" source="c.Check"/></file></checkstyle>`
    expect(parseCheckstyleXml(xml, { root: ROOT, source: 'cs.xml' }).map((f) => [f.tool, f.path, f.line, f.severity, f.message])).toEqual([
      ['ShellCheck', 'deploy.sh', 4, 'warning', 'Double quote to prevent globbing & word splitting.'],
      ['ShellCheck', 'deploy.sh', 9, 'info', 'x'],
      ['Checkstyle format', 'A.java', 2, 'error', 'm'],
    ])
    expect(() => parseCheckstyleXml('<checkstyle><file', { root: ROOT, source: 'bad.xml' })).toThrow('bad.xml is not well-formed XML')
    expect(() => parseCheckstyleXml('<checkstyle><file name="a"><error line="1"/></checkstyle>', { root: ROOT, source: 'open.xml' })).toThrow(
      'open.xml is not well-formed XML',
    )
    expect(
      parseCheckstyleXml(
        '<!-- c --><checkstyle version="8.0"><file name="a.java"/><file name="b.java"><error line="7" message="&#x3C;tag&#62; &quot;q&quot; &amp;" source="x"/></file></checkstyle>',
        { root: ROOT, source: 'ok.xml' },
      ).map((f) => [f.path, f.line, f.message]),
    ).toEqual([['b.java', 7, '<tag> "q" &']])
    expect(() => parseCheckstyleXml('<junit/>', { root: ROOT, source: 'j.xml' })).toThrow('without a <checkstyle> root')
  })

  test('format told from content: SARIF levels map to error/warning', () => {
    const findings = parseLintReport(JSON.stringify(eslintSarif(ROOT)), { root: ROOT, source: 'eslint.sarif' })
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      ['src/eval.js', 'error'],
      ['src/map.js', 'warning'],
    ])
    expect(() => parseLintReport('{"not": "eslint"}', { root: ROOT, source: 'x.json' })).toThrow('x.json is not ESLint JSON')
  })
})

describe('added lines from a unified diff', () => {
  test('hunks, context, deletions, new and deleted files, renames', () => {
    const diff = [
      'diff --git a/src/a.js b/src/a.js',
      'index 1..2 100644',
      '--- a/src/a.js',
      '+++ b/src/a.js',
      '@@ -1,3 +1,4 @@',
      ' keep',
      '-gone',
      '+new2',
      '+new3',
      ' keep4',
      '@@ -10 +11,0 @@',
      '-removed',
      '@@ -20,0 +21,1 @@',
      '+new21',
      'diff --git a/old.txt b/old.txt',
      'deleted file mode 100644',
      '--- a/old.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/x.ts b/y.ts',
      'similarity index 90%',
      'rename from x.ts',
      'rename to y.ts',
      '--- a/x.ts',
      '+++ b/y.ts',
      '@@ -5,0 +6 @@',
      '+added',
      '\\ No newline at end of file',
    ].join('\n')
    const added = addedLines(diff)
    expect(Object.fromEntries([...added].map(([k, v]) => [k, [...v]]))).toEqual({ 'src/a.js': [2, 3, 21], 'y.ts': [6] })
  })
})

describe('the lint gate', () => {
  const f = (path: string, line: number, severity: 'error' | 'warning') => ({
    tool: 't',
    ruleId: 'r',
    severity,
    message: 'm',
    path,
    line,
    endLine: line,
    source: 's',
  })
  const findings = [f('a.js', 1, 'error'), f('a.js', 2, 'warning'), f('b.js', 5, 'error')]
  const added = new Map([['a.js', new Set([2])]])
  test.each([
    ['all', { filter: 'all' as const }, 2, 1, 'failure'],
    ['added', { filter: 'added' as const, changed: { added } }, 0, 1, 'success'],
    ['file', { filter: 'file' as const, changed: { files: new Set(['a.js']) } }, 1, 1, 'failure'],
  ])('filter %s', (_name, opts, errors, warnings, conclusion) => {
    const gate = gateLint(findings, { failOn: 'error', maxWarnings: -1, ...opts })
    expect([gate.errors, gate.warnings, gate.conclusion, gate.totalErrors]).toEqual([errors, warnings, conclusion, 2])
  })
  test('fail-on warning and max-warnings', () => {
    expect(gateLint(findings, { failOn: 'warning', maxWarnings: -1, filter: 'added', changed: { added } }).reasons).toEqual([
      '1 warning(s) on added lines (fail-on: warning)',
    ])
    expect(gateLint(findings, { failOn: 'none', maxWarnings: 0, filter: 'all' }).reasons).toEqual(['1 warning(s), more than max-warnings 0'])
  })
})

test('report-task.txt', () => {
  expect(parseReportTask('projectKey=app\nceTaskUrl=https://sonar/api/ce/task?id=A=B\n')).toEqual({
    projectKey: 'app',
    ceTaskUrl: 'https://sonar/api/ce/task?id=A=B',
  })
})
