/**
 * "Only what passed the gates goes on": every required check must have concluded
 * `success` on the source commit. Pure decision over what GitHub reports.
 */
export interface CheckState {
  name: string
  /** completed/queued/in_progress for check runs; statuses are always completed. */
  status: string
  /** success, failure, neutral, cancelled, skipped, timed_out, action_required, stale; or a status state. */
  conclusion: string | null
  completedAt?: string | null
}

export interface CheckVerdict {
  ok: boolean
  problems: string[]
}

export function evaluateRequiredChecks(required: readonly string[], checks: readonly CheckState[]): CheckVerdict {
  const problems: string[] = []
  for (const name of required) {
    const runs = checks.filter((c) => c.name === name)
    if (runs.length === 0) {
      problems.push(`${name}: missing (no check run or status with that name on the commit)`)
      continue
    }
    // The newest run decides: a re-run that passed replaces an earlier failure.
    const latest = [...runs].sort((a, b) => String(b.completedAt ?? '').localeCompare(String(a.completedAt ?? '')))[0]!
    if (latest.status !== 'completed') problems.push(`${name}: still ${latest.status}`)
    else if (latest.conclusion !== 'success') problems.push(`${name}: concluded ${latest.conclusion ?? 'without a conclusion'}`)
  }
  return { ok: problems.length === 0, problems }
}
