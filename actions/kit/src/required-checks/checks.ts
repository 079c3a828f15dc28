import type { Repo, RestClient } from '../github/rest.js'

/**
 * "Only what passed the gates goes on": every required check must have concluded `success`
 * on a commit. One decision for promote (the commit it promotes) and build-image (the pull
 * request head whose image it adopts), so both read the gates the same way.
 */
export interface CheckState {
  name: string
  /** completed/queued/in_progress for check runs; statuses are always completed (pending maps to in_progress). */
  status: string
  /** success, failure, neutral, cancelled, skipped, timed_out, action_required, stale; or a status state. */
  conclusion: string | null
  completedAt?: string | null
}

export interface CheckVerdict {
  ok: boolean
  problems: string[]
}

/** The five gates branch protection requires (docs/required-checks.md). */
export const DEFAULT_REQUIRED_CHECKS = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review'] as const

/** The check that decides for `name`: the newest; a run not yet completed is newer than any completed one. */
export function latestCheck(name: string, checks: readonly CheckState[]): CheckState | undefined {
  const key = (c: CheckState): string => (c.status === 'completed' ? String(c.completedAt ?? '') : '\uffff')
  return checks.filter((c) => c.name === name).sort((a, b) => key(b).localeCompare(key(a)))[0]
}

/** What a check concluded, in one word: success, failure, …, pending, or missing. */
export function checkOutcome(name: string, checks: readonly CheckState[]): string {
  const latest = latestCheck(name, checks)
  if (!latest) return 'missing'
  if (latest.status !== 'completed') return latest.status
  return latest.conclusion ?? 'none'
}

export function evaluateRequiredChecks(required: readonly string[], checks: readonly CheckState[]): CheckVerdict {
  const problems: string[] = []
  for (const name of required) {
    // The newest run decides: a re-run that passed replaces an earlier failure.
    const latest = latestCheck(name, checks)
    if (!latest) problems.push(`${name}: missing (no check run or status with that name on the commit)`)
    else if (latest.status !== 'completed') problems.push(`${name}: still ${latest.status}`)
    else if (latest.conclusion !== 'success') problems.push(`${name}: concluded ${latest.conclusion ?? 'without a conclusion'}`)
  }
  return { ok: problems.length === 0, problems }
}

/** Check runs (every run, not only the latest per app) and commit statuses of a commit, as one list. */
export async function listChecks(gh: RestClient, repo: Repo, sha: string): Promise<CheckState[]> {
  const runs = await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: sha, per_page: 100, filter: 'all' })
  const statuses = await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...repo, ref: sha, per_page: 100 })
  return [
    ...runs.map((r) => ({ name: r.name, status: r.status, conclusion: r.conclusion, completedAt: r.completed_at })),
    ...statuses.map((s) => ({ name: s.context, status: s.state === 'pending' ? 'in_progress' : 'completed', conclusion: s.state, completedAt: s.updated_at })),
  ]
}
