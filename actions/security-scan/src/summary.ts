import { code, escapeCell, markdownTable } from '@cna/kit'
import type { GatedFinding } from '@cna/kit/gates/sarif'
import { unfinishedLine, type SecurityScanResult, type UploadOutcome } from './run.js'

const MAX_ROWS = 200

type SummaryInput = Omit<SecurityScanResult, 'publish'> & { checkName: string }

/** The job summary and the check run's summary: counts, the gate, and every finding listed. */
export function securitySummary(result: SummaryInput): string {
  const verdict = result.conclusion === 'success' ? '✅ passed' : '❌ failed'
  const lines = [
    `## ${result.checkName}: ${verdict}`,
    '',
    markdownTable(
      ['', 'critical', 'high', 'medium', 'low', 'new', 'suppressed', 'ignored'],
      [
        [
          'open',
          result.counts.critical,
          result.counts.high,
          result.counts.medium,
          result.counts.low,
          result.newCount,
          result.findings.filter((f) => f.state === 'suppressed').length,
          result.findings.filter((f) => f.state === 'ignored').length,
        ],
      ],
    ),
    '',
    `Gate: fails on ${result.failOn === 'none' ? 'nothing (fail-on: none)' : `open ${result.baselineFiles.length ? 'new ' : ''}findings at or above **${result.failOn}**`}; ${result.blocking} blocking.`,
    `Reports: ${result.files.length} file(s)${result.baselineFiles.length ? `; baseline: ${result.baselineFiles.length} file(s)` : ''}.`,
  ]
  if (result.unfinished.length) {
    lines.push(
      '',
      '### Scanners that did not finish',
      '',
      'The gate fails: a scanner that crashed or could not read the code reports nothing because it did not look.',
      '',
    )
    for (const u of result.unfinished) lines.push(`- ${escapeCell(unfinishedLine(u))}`)
  }
  if (result.upload) lines.push(uploadLine(result.upload))
  if (result.expired.length) {
    lines.push('', '### Expired ignores', '')
    for (const { entry, matches } of result.expired) {
      lines.push(
        `- entry ${entry.index} (${[entry.rule, entry.path, entry.fingerprint]
          .filter(Boolean)
          .map((v) => code(v!))
          .join(', ')}) expired ${entry.expires}; matches ${matches} finding(s). Reason was: ${escapeCell(entry.reason)}`,
      )
    }
  }
  const sections: Array<[string, GatedFinding[]]> = [
    ['Findings', result.findings.filter((f) => f.state === 'open')],
    ['Suppressed and ignored', result.findings.filter((f) => f.state !== 'open')],
  ]
  for (const [title, findings] of sections) {
    if (!findings.length) continue
    const shown = sortFindings(findings).slice(0, MAX_ROWS)
    lines.push('', `### ${title} (${findings.length})`, '')
    lines.push(
      markdownTable(
        ['severity', 'rule', 'tool', 'location', 'message', title === 'Findings' ? 'gate' : 'why'],
        shown.map((f) => [
          f.severity,
          code(f.ruleId),
          f.tool,
          f.path ? code(`${f.path}:${f.startLine}`) : '',
          f.message.slice(0, 300),
          title === 'Findings'
            ? f.blocking
              ? 'blocking'
              : f.isNew
                ? ''
                : 'in baseline'
            : f.state === 'suppressed'
              ? `suppressed (${f.suppression})`
              : `ignored: ${f.ignoredBy?.reason ?? ''}`,
        ]),
      ),
    )
    if (findings.length > shown.length) lines.push('', `…and ${findings.length - shown.length} more in the report files.`)
  }
  return lines.join('\n') + '\n'
}

function uploadLine(upload: UploadOutcome): string {
  return upload.skipped ? `Code scanning upload skipped: ${upload.skipped}` : `Uploaded to code scanning in ${upload.uploaded} request(s).`
}

function sortFindings(findings: GatedFinding[]): GatedFinding[] {
  const rank = { critical: 0, high: 1, medium: 2, low: 3 }
  return [...findings].sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || rank[a.severity] - rank[b.severity] || a.path.localeCompare(b.path) || a.startLine - b.startLine,
  )
}
