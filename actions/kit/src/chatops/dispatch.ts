/**
 * The repository_dispatch contract between the chat relay (services/chat-relay) and the chatops
 * action: one definition, so the two cannot drift apart. The relay sends
 *
 *   event_type: chatops
 *   client_payload: { command, user, request_id, reply }
 *
 * `reply` is where answers go: the Slack thread the relay opened for the command, or the Teams
 * conversation and activity. chatops keeps it in the deployment it creates (`reply_to`) and in
 * its `reply-to` output, so the deploy workflow's notify step can answer in that thread.
 */
export const CHATOPS_EVENT_TYPE = 'chatops'

export type ReplyTarget =
  { platform: 'slack'; team: string; channel: string; thread_ts: string } | { platform: 'teams'; tenant: string; conversation: string; activity: string }

export interface ChatDispatch {
  /** The chat text, e.g. `/deploy sensor-api v1.4.2 to staging`. */
  command: string
  /** The GitHub login whose permission counts (mapped by the relay from the chat user's ids). */
  user: string
  /** Unique per chat request: re-runs and retries of it come to one deployment. */
  request_id: string
  reply: ReplyTarget
}

const SLACK_ID = /^[A-Z0-9]{2,32}$/
const SLACK_TS = /^\d{1,12}\.\d{1,8}$/
/** Teams ids: `19:…@thread.tacv2;messageid=…`, GUIDs, numeric activity ids. No spaces, quotes or control characters. */
const TEAMS_ID = /^[A-Za-z0-9:;=@._-]{1,300}$/

/** The reply target of a client_payload, or undefined when there is none or it is malformed (it is then ignored, never echoed). */
export function parseReplyTarget(value: unknown): ReplyTarget | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const v = value as Record<string, unknown>
  const str = (k: string, pattern: RegExp) => (typeof v[k] === 'string' && pattern.test(v[k]) ? v[k] : undefined)
  if (v.platform === 'slack') {
    const team = str('team', SLACK_ID)
    const channel = str('channel', SLACK_ID)
    const thread = str('thread_ts', SLACK_TS)
    return team && channel && thread ? { platform: 'slack', team, channel, thread_ts: thread } : undefined
  }
  if (v.platform === 'teams') {
    const tenant = str('tenant', TEAMS_ID)
    const conversation = str('conversation', TEAMS_ID)
    const activity = str('activity', TEAMS_ID)
    return tenant && conversation && activity ? { platform: 'teams', tenant, conversation, activity } : undefined
  }
  return undefined
}
