import { code, markdownTable } from '@cna/kit'
import { formatReviewer } from '@cna/kit/gates/review'
import type { Inputs } from './inputs.js'
import type { PeerReviewResult } from './run.js'

export function reviewSummary(result: Omit<PeerReviewResult, 'publish'>, inputs: Inputs): string {
  const lines = [
    `## ${inputs['check-name']}: ${result.conclusion === 'success' ? '✅ approved' : '❌ not yet approved'}`,
    '',
    `Pull request #${result.pull.number} at ${code(result.pull.headSha.slice(0, 12))}: ${result.approvals} of ${inputs['required-approvals']} required approval(s)${inputs['require-latest-commit'] ? ' of the head commit' : ''}.`,
    '',
    markdownTable(
      ['reviewer', 'counts as'],
      [
        ...result.state.approvers.map((r) => [`@${r}`, 'approval']),
        ...result.state.stale.map((r) => [`@${r}`, 'approved an earlier commit (not counted)']),
        ...result.state.blockers.map((r) => [`@${r}`, 'changes requested (blocks)']),
      ],
    ),
  ]
  if (result.missing.length) lines.push('', '### Missing', '', ...result.missing.map((m) => `- ${m}`))
  if (result.sensitive.length) {
    lines.push('', `### Security-sensitive changes (${result.sensitive.length})`, '')
    lines.push(
      `Needs an approval from ${inputs['security-reviewers'].map(formatReviewer).join(', ')}${result.securityApprovedBy ? `: approved by @${result.securityApprovedBy}` : ''}.`,
      '',
    )
    lines.push(
      markdownTable(
        ['file', 'why'],
        result.sensitive.slice(0, 100).map((f) => [code(f.path), f.why]),
      ),
    )
  }
  if (result.problems.length) lines.push('', ...result.problems.map((p) => `> ${p}`))
  return lines.join('\n') + '\n'
}
