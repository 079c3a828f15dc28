import { payloadString } from '@cna/kit'

/**
 * Which commit the image is built from. On pull_request events GITHUB_SHA is the merge
 * commit GitHub made for the PR, which nobody can check out later; the image is tagged
 * with the PR head instead, the commit the author pushed. Pure.
 */
export interface EventContext {
  eventName: string
  /** The event payload: untrusted JSON, read through payloadString. */
  payload: Record<string, unknown>
  sha: string
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']

export function resolveCommitSha(input: string, context: EventContext): string | undefined {
  if (input) return input
  if (PULL_REQUEST_EVENTS.includes(context.eventName)) {
    const head = payloadString(context.payload, 'pull_request', 'head', 'sha')
    if (head) return head
  }
  return /^[0-9a-f]{40}$/.test(context.sha) ? context.sha : undefined
}

/** The commit time from a push payload, as epoch seconds, when the payload describes this commit. */
export function commitTimeFromPayload(sha: string, context: EventContext): number | undefined {
  const timestamp = payloadString(context.payload, 'head_commit', 'timestamp')
  if (!timestamp || payloadString(context.payload, 'head_commit', 'id') !== sha) return undefined
  const ms = Date.parse(timestamp)
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000)
}
