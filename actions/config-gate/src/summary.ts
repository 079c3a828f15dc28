import { code, escapeCell, markdownTable } from '@cna/kit'
import type { ConfigGateResult } from './run.js'

type SummaryInput = Omit<ConfigGateResult, 'publish' | 'commentId'> & { checkName: string; kubernetesVersion: string }

const MAX_ROWS = 200

/** The check run's and the job's summary: environments, what changed, every finding. */
export function configSummary(r: SummaryInput): string {
  const verdict = r.conclusion === 'success' ? '✅ passed' : '❌ failed'
  const lines = [
    `## ${r.checkName}: ${verdict}`,
    '',
    `Base ${code(r.base.slice(0, 12))}, head ${code(r.head.slice(0, 12))}; objects validated against the Kubernetes ${r.kubernetesVersion} OpenAPI schemas (bundled) and the repository's CustomResourceDefinitions.`,
    '',
    markdownTable(
      ['environment', 'path', 'changed', 'unchanged'],
      r.environments.map((e) => {
        const d = r.diffs.find((x) => x.environment === e.name)
        return [e.name, code(e.path), d ? d.changes.length : 'did not render', d ? d.unchanged : '']
      }),
    ),
  ]
  if (r.findings.length) {
    lines.push('', `### Findings (${r.findings.length})`, '')
    lines.push(
      markdownTable(
        ['level', 'rule', 'location', 'environments', 'message'],
        r.findings
          .slice(0, MAX_ROWS)
          .map((f) => [
            f.level,
            code(f.rule),
            code(`${f.file}:${f.line}`),
            f.environments.join(', '),
            escapeCell(f.allowed !== undefined ? `${f.message} (allowed: ${f.allowed})` : f.message).slice(0, 400),
          ]),
      ),
    )
    if (r.findings.length > MAX_ROWS) lines.push('', `…and ${r.findings.length - MAX_ROWS} more.`)
  }
  if (r.plan) lines.push('', `Terraform plan: ${r.plan.create} to add, ${r.plan.update} to change, ${r.plan.replace} to replace, ${r.plan.delete} to destroy.`)
  return lines.join('\n') + '\n'
}
