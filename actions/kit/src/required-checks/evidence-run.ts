import type { Repo, RestClient } from '../github/rest.js'
import { GATE_EVIDENCE_CHECK, parseEvidence, type GateEvidence } from './evidence.js'

/**
 * The newest `gate-evidence` check run on a commit, parsed. `found` tells a missing record
 * from a malformed one, so a refusal can say which.
 */
export async function readEvidence(gh: RestClient, repo: Repo, sha: string): Promise<{ found: boolean; evidence?: GateEvidence; checkRunId?: number }> {
  const runs = await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: sha,
    check_name: GATE_EVIDENCE_CHECK,
    filter: 'latest',
    per_page: 100,
  })
  const run = runs
    .filter((r) => r.name === GATE_EVIDENCE_CHECK && r.status === 'completed' && r.conclusion === 'success')
    .sort((a, b) => String(b.completed_at ?? '').localeCompare(String(a.completed_at ?? '')))[0]
  if (!run) return { found: false }
  const evidence = parseEvidence(run.output?.text)
  return { found: true, checkRunId: Number(run.id), ...(evidence ? { evidence } : {}) }
}
