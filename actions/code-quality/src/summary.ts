import { code, markdownTable } from '@cna/kit'
import type { CodeQualityResult } from './run.js'
import { scopeWords } from './run.js'

const MAX_ROWS = 200

export function qualitySummary(result: Omit<CodeQualityResult, 'publish'> & { checkName: string }): string {
  const lines = [
    `## ${result.checkName}: ${result.conclusion === 'success' ? '✅ passed' : '❌ failed'}`,
    '',
    markdownTable(
      ['', 'errors', 'warnings'],
      [
        [`gated${scopeWords(result.filter)}`, result.errors, result.warnings],
        ['in the reports', result.totalErrors, result.totalWarnings],
      ],
    ),
    '',
    `Filter: **${result.filter}**${result.diffVia ? ` (diff from ${result.diffVia === 'api' ? 'the GitHub API' : 'git'})` : ''}; reports: ${result.files.length} file(s).`,
  ]
  if (result.sonar) {
    lines.push('', `SonarQube quality gate: **${result.sonar.status}**${result.sonar.dashboardUrl ? ` ([dashboard](${result.sonar.dashboardUrl}))` : ''}`)
    const failed = result.sonar.conditions.filter((c) => c.status !== 'OK')
    if (failed.length)
      lines.push(
        '',
        markdownTable(
          ['metric', 'status', 'actual', 'threshold'],
          failed.map((c) => [c.metricKey, c.status, c.actualValue, `${c.comparator ?? ''} ${c.errorThreshold ?? ''}`.trim()]),
        ),
      )
  }
  if (result.reasons.length) lines.push('', '### Why it failed', '', ...result.reasons.map((r) => `- ${r}`))
  if (result.gated.length) {
    const shown = result.gated.slice(0, MAX_ROWS)
    lines.push('', `### Findings${scopeWords(result.filter)} (${result.gated.length})`, '')
    lines.push(
      markdownTable(
        ['severity', 'rule', 'location', 'message'],
        shown.map((f) => [f.severity, code(f.ruleId), code(`${f.path}:${f.line}`), f.message.slice(0, 300)]),
      ),
    )
    if (result.gated.length > shown.length) lines.push('', `…and ${result.gated.length - shown.length} more in the report files.`)
  }
  return lines.join('\n') + '\n'
}
