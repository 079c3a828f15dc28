import { payloadString } from '../context.js'

/**
 * The commit a gate reports on. On pull request events GITHUB_SHA is GitHub's merge commit,
 * which no reviewer sees and branch protection does not read: the check run must land on
 * the PR head instead.
 */
export function headShaOf(context: { eventName: string; payload: Record<string, unknown>; sha: string }): string {
  // pull_request, pull_request_target, pull_request_review, pull_request_review_comment.
  if (context.eventName.startsWith('pull_request')) {
    const sha = payloadString(context.payload, 'pull_request', 'head', 'sha')
    if (sha) return sha
  }
  return context.sha
}
