import { UserError, isUserError } from '@cna/kit'
import type { PostOptions, PostResult } from './http.js'
import type { Inputs } from './inputs.js'
import { buildNotice, slackMessage, teamsMessage } from './message.js'

export interface NotifyDeps {
  post(url: string, body: unknown, opts: Omit<PostOptions, 'retries'>): Promise<PostResult>
  info(message: string): void
  warning(message: string): void
}

export interface NotifyResult {
  messageId: string
  sent: string[]
}

/** What Slack's error codes mean for the person reading the log. */
const SLACK_ERRORS: Record<string, string> = {
  invalid_auth: 'the token is invalid or revoked',
  not_authed: 'no token was sent',
  token_revoked: 'the token was revoked',
  account_inactive: 'the token belongs to a deactivated user or app',
  missing_scope: 'the token lacks the chat:write scope',
  channel_not_found: 'the channel does not exist or the bot cannot see it',
  not_in_channel: 'the bot is not a member of the channel (invite it)',
  is_archived: 'the channel is archived',
  channel_is_archived: 'the channel is archived',
  msg_too_long: 'the message is too long',
  invalid_blocks: 'Slack rejected the Block Kit payload',
  invalid_payload: 'Slack rejected the payload',
  no_text: 'the message has no text',
  no_service: 'the webhook URL is wrong or the webhook was removed',
  invalid_token: 'the webhook was revoked',
  action_prohibited: 'an admin restricted posting to this channel',
  posting_to_general_channel_denied: 'only admins may post in this channel',
  thread_not_found: 'the thread to reply in does not exist',
  message_not_found: 'the message to update does not exist',
  cant_update_message: 'the message was not posted by this bot',
}

function slackError(what: string, code: string, accepted: string): UserError {
  const meaning = SLACK_ERRORS[code] ? `: ${SLACK_ERRORS[code]}` : ''
  return new UserError(`${what} failed with ${code || 'an unknown error'}${meaning}. Expected ${accepted}.`)
}

export async function run(inputs: Inputs, deps: NotifyDeps): Promise<NotifyResult> {
  const notice = buildNotice(inputs)
  const result: NotifyResult = { messageId: '', sent: [] }
  const failures: string[] = []
  const attempt = async (name: string, send: () => Promise<void>) => {
    try {
      await send()
      result.sent.push(name)
    } catch (error) {
      if (!isUserError(error)) throw error
      failures.push(error.message)
    }
  }

  if (inputs['slack-token']) {
    await attempt('Slack (Web API)', async () => {
      result.messageId = await slackApi(inputs, slackMessage(notice), deps)
    })
  }
  if (inputs['slack-webhook-url']) {
    await attempt('Slack (webhook)', async () => {
      const answer = await deps.post(inputs['slack-webhook-url'], slackMessage(notice), { label: 'The Slack webhook' })
      if (answer.status !== 200)
        throw slackError(`The Slack webhook (HTTP ${answer.status})`, answer.text.trim().slice(0, 80), 'the incoming webhook URL from the Slack app settings')
    })
  }
  if (inputs['teams-webhook-url']) {
    await attempt('Microsoft Teams', async () => {
      const answer = await deps.post(inputs['teams-webhook-url'], teamsMessage(notice), { label: 'The Teams webhook' })
      if (answer.status < 200 || answer.status > 299) {
        throw new UserError(
          `The Teams webhook answered HTTP ${answer.status}${answer.text ? ` (${answer.text.trim().slice(0, 120)})` : ''}. Expected the incoming webhook URL of the channel's Workflows or connector.`,
        )
      }
    })
  }
  if (!inputs['slack-token'] && !inputs['slack-webhook-url'] && !inputs['teams-webhook-url']) {
    deps.warning(
      'No destination: slack-webhook-url, slack-token and teams-webhook-url are all empty (secrets are not given to pull requests from forks), so nothing was sent.',
    )
  }
  for (const name of result.sent) deps.info(`notified ${name}: ${notice.title}`)
  if (failures.length) throw new UserError(failures.join(' '))
  return result
}

async function slackApi(inputs: Inputs, message: { text: string; blocks: unknown[] }, deps: NotifyDeps): Promise<string> {
  const base = inputs['slack-api-url'].replace(/\/+$/, '')
  const headers = { authorization: `Bearer ${inputs['slack-token']}` }
  const call = async (method: string, args: Record<string, unknown>): Promise<{ ok: boolean; error?: string; channel?: string; ts?: string }> => {
    const answer = await deps.post(`${base}/${method}`, args, { label: `Slack ${method}`, headers })
    try {
      return JSON.parse(answer.text) as { ok: boolean; error?: string }
    } catch {
      throw new UserError(`Slack ${method} answered HTTP ${answer.status} without JSON. Expected the Slack Web API at slack-api-url (${base}).`)
    }
  }
  const [idChannel, idTs] = splitId(inputs['message-id'])
  const channel = idChannel || inputs['slack-channel']
  if (idTs) {
    const updated = await call('chat.update', { channel, ts: idTs, ...message })
    if (updated.ok) return `${updated.channel ?? channel}/${updated.ts ?? idTs}`
    if (updated.error !== 'message_not_found')
      throw slackError('Slack chat.update', updated.error ?? '', 'a message-id from an earlier notify step of this bot and a token with chat:write')
    deps.warning('Slack chat.update: the message to update no longer exists; posting a new one.')
  }
  const threadTs = splitId(inputs['thread-ts'])[1]
  const posted = await call('chat.postMessage', { channel, ...message, ...(threadTs ? { thread_ts: threadTs } : {}) })
  if (!posted.ok) throw slackError('Slack chat.postMessage', posted.error ?? '', 'a bot token (xoxb-…) with chat:write, invited to slack-channel')
  return `${posted.channel ?? channel}/${posted.ts}`
}

/** `C0123/1700000000.000100` → [channel, ts]; a bare ts → ['', ts]. */
export function splitId(id: string): [string, string] {
  if (!id) return ['', '']
  const slash = id.lastIndexOf('/')
  return slash < 0 ? ['', id] : [id.slice(0, slash), id.slice(slash + 1)]
}
