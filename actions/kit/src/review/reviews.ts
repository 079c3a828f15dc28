/**
 * Who has approved a pull request, the way branch protection counts it: each reviewer's
 * latest opinionated review (COMMENTED and PENDING are ignored), DISMISSED clears what that
 * reviewer said, CHANGES_REQUESTED blocks until the same reviewer approves. The author and
 * bots never count. With `requireLatestCommit`, only approvals of the head commit count.
 */
export interface Review {
  user: { login: string; type?: string } | null
  state: string
  commit_id?: string | null
  submitted_at?: string | null
}

export interface ReviewState {
  /** Logins whose approval counts. */
  approvers: string[]
  /** Logins who approved an earlier commit only (with requireLatestCommit). */
  stale: string[]
  /** Logins whose latest opinion is CHANGES_REQUESTED. */
  blockers: string[]
}

export function isBot(user: { login: string; type?: string }): boolean {
  return user.type === 'Bot' || /\[bot\]$/i.test(user.login)
}

export function evaluateReviews(reviews: readonly Review[], opts: { author: string; headSha: string; requireLatestCommit: boolean }): ReviewState {
  const latest = new Map<string, { login: string; state: string; commit: string | null }>()
  const ordered = reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => (a.review.submitted_at ?? '').localeCompare(b.review.submitted_at ?? '') || a.index - b.index)
  for (const { review } of ordered) {
    const user = review.user
    if (!user || isBot(user) || user.login.toLowerCase() === opts.author.toLowerCase()) continue
    const key = user.login.toLowerCase()
    switch (review.state) {
      case 'APPROVED':
      case 'CHANGES_REQUESTED':
        latest.set(key, { login: user.login, state: review.state, commit: review.commit_id ?? null })
        break
      case 'DISMISSED':
        latest.delete(key)
        break
      default:
        break // COMMENTED, PENDING: no opinion
    }
  }
  const state: ReviewState = { approvers: [], stale: [], blockers: [] }
  for (const { login, state: s, commit } of latest.values()) {
    if (s === 'CHANGES_REQUESTED') state.blockers.push(login)
    else if (opts.requireLatestCommit && commit !== opts.headSha) state.stale.push(login)
    else state.approvers.push(login)
  }
  return state
}
