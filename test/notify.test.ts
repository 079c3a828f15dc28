import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { SLACK_TOKEN, startChatReceiver, validateSlackMessage, validateTeamsMessage, type ChatReceiver } from '../tools/parts/chat-receiver.js'

/**
 * notify, from its committed bundle, against a local Slack and Teams receiver that checks
 * Block Kit and Adaptive Card shapes and answers as Slack and Teams do (ok:false errors,
 * 404 webhooks, 429 with Retry-After, 5xx).
 */
const DIGEST = `sha256:${'ab12'.repeat(16)}`
let rx: ChatReceiver

const base = () => ({
  status: 'success',
  service: 'sensor-api',
  version: 'v1.4.2',
  environment: 'production',
  digest: DIGEST,
  url: 'https://github.com/octo-org/sensor-api/actions/runs/42',
})

async function notify(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({ action: 'notify', inputs })
}

function shown(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
}

beforeAll(async () => {
  rx = await startChatReceiver()
})
beforeEach(() => {
  rx.requests.length = 0
})
afterAll(() => rx?.stop())

describe('the receiver checks payload shapes', () => {
  test('rejects what Slack and Teams would reject', () => {
    expect(validateSlackMessage({ blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'x'.repeat(200) } }] })).toEqual([
      'text (the notification fallback) is missing next to blocks',
      'blocks[0].text must be plain_text',
      'blocks[0].text.text is 200 characters, over 150',
    ])
    expect(validateSlackMessage({ text: 'hi', blocks: [{ type: 'section' }, { type: 'bogus' }] })).toEqual([
      'blocks[0] needs text or fields',
      'blocks[1].type bogus is not a block type',
    ])
    expect(
      validateTeamsMessage({
        type: 'message',
        attachments: [{ contentType: 'application/json', content: { type: 'AdaptiveCard', version: '2.0', body: [] } }],
      }),
    ).toEqual([
      'attachments[0].contentType must be application/vnd.microsoft.card.adaptive',
      'content.version must be 1.0 to 1.5',
      'content.body must be a non-empty array',
    ])
  })
})

describe('Slack incoming webhook (Block Kit) and Teams (Adaptive Card)', () => {
  test('both receive a valid message; the webhook URLs are masked and never shown', async () => {
    const slackUrl = rx.slackWebhookUrl()
    const teamsUrl = rx.teamsWebhookUrl()
    const run = await notify({ ...base(), 'slack-webhook-url': slackUrl, 'teams-webhook-url': teamsUrl })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(rx.requests.map((r) => [r.kind, r.status, r.problems])).toEqual([
      ['slack-webhook', 200, []],
      ['teams-webhook', 200, []],
    ])
    const slack = rx.requests[0]!.body as { text: string; blocks: Array<{ type: string; fields?: Array<{ text: string }>; elements?: Array<{ url: string }> }> }
    expect(slack.text).toBe('✅ Deployed sensor-api v1.4.2 to production')
    expect(slack.blocks.map((b) => b.type)).toEqual(['header', 'section', 'actions'])
    expect(slack.blocks[1]!.fields!.map((f) => f.text)).toContain(`*Digest*\n\`${DIGEST}\``)
    expect(slack.blocks[2]!.elements![0]!.url).toBe(base().url)
    const card = (
      rx.requests[1]!.body as {
        attachments: Array<{ content: { body: Array<{ type: string; facts?: Array<{ title: string; value: string }>; color?: string }> } }>
      }
    ).attachments[0]!.content
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', color: 'Good' })
    expect(card.body[1]!.facts).toContainEqual({ title: 'Environment', value: 'production' })
    expect(run.masks).toEqual(expect.arrayContaining([slackUrl, teamsUrl]))
    expect(shown(run)).not.toContain('receiverWebhookSecret')
    expect(shown(run)).not.toContain('receiverTeamsWebhookSecret')
    expect(run.summary).toContain('Sent to: Slack (webhook), Microsoft Teams')
  })

  test.each([
    ['started', '⏳ Deploying', 'Accent'],
    ['failure', '❌ Deploy of', 'Attention'],
    ['cancelled', '⚪ Deploy of', 'Warning'],
  ])('%s', async (status, title, color) => {
    const run = await notify({ ...base(), status, 'slack-webhook-url': rx.slackWebhookUrl(), 'teams-webhook-url': rx.teamsWebhookUrl() })
    expect(run.exitCode).toBe(0)
    expect(rx.requests.every((r) => r.problems.length === 0)).toBe(true)
    expect((rx.requests[0]!.body as { text: string }).text).toContain(title)
    expect(JSON.stringify(rx.requests[1]!.body)).toContain(`"color":"${color}"`)
  })

  test('user text is escaped for Slack: no injected links or mentions', async () => {
    const run = await notify({ ...base(), service: '<!channel> <https://evil.example|click>', 'slack-webhook-url': rx.slackWebhookUrl() })
    expect(run.exitCode).toBe(0)
    // Slack parses links and mentions in the text fallback and mrkdwn fields; plain_text (the header) is shown literally.
    const body = rx.requests[0]!.body as { text: string; blocks: Array<{ type: string; fields?: Array<{ text: string }> }> }
    const parsed = [body.text, ...body.blocks.flatMap((b) => (b.fields ?? []).map((f) => f.text))].join('\n')
    expect(parsed).not.toContain('<!channel>')
    expect(parsed).not.toContain('<https://evil')
    expect(parsed).toContain('&lt;!channel&gt;')
  })

  test('a wrong webhook is a clear error that does not show the URL', async () => {
    const wrong = rx.slackWebhookUrl('T000/B000/wrongWebhookSecret')
    const run = await notify({ ...base(), 'slack-webhook-url': wrong })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      'The Slack webhook (HTTP 404) failed with no_service: the webhook URL is wrong or the webhook was removed. Expected the incoming webhook URL from the Slack app settings.',
    ])
    expect(shown(run)).not.toContain('wrongWebhookSecret')
  })
})

describe('Slack Web API: post, update in place, threads', () => {
  test('chat.postMessage, then chat.update of the same message, then a reply in its thread', async () => {
    const started = await notify({ ...base(), status: 'started', 'slack-token': SLACK_TOKEN, 'slack-channel': '#deploys', 'slack-api-url': rx.slackApiUrl })
    expect(started.errors).toEqual([])
    const id = started.outputs['message-id']!
    expect(id).toMatch(/^C0DEPLOYS\/\d+\.\d{6}$/)
    expect(rx.requests[0]!.headers.authorization).toBe(`Bearer ${SLACK_TOKEN}`)
    expect(started.masks).toContain(SLACK_TOKEN)

    const done = await notify({ ...base(), 'slack-token': SLACK_TOKEN, 'message-id': id, 'slack-api-url': rx.slackApiUrl })
    expect(done.errors).toEqual([])
    expect(done.outputs['message-id']).toBe(id)
    const message = rx.messages.get(id)!
    expect(message.edits).toBe(1)
    expect(message.text).toBe('✅ Deployed sensor-api v1.4.2 to production')

    const reply = await notify({ ...base(), 'slack-token': SLACK_TOKEN, 'slack-channel': 'C0DEPLOYS', 'thread-ts': id, 'slack-api-url': rx.slackApiUrl })
    expect(reply.errors).toEqual([])
    expect(rx.messages.get(reply.outputs['message-id']!)!.thread_ts).toBe(id.split('/')[1])
    expect(rx.requests.map((r) => [r.path, r.problems])).toEqual([
      ['/api/chat.postMessage', []],
      ['/api/chat.update', []],
      ['/api/chat.postMessage', []],
    ])
    expect(shown(reply)).not.toContain(SLACK_TOKEN)
  })

  test.each([
    ['xoxb-revoked-token', '#deploys', 'Slack chat.postMessage failed with invalid_auth: the token is invalid or revoked.'],
    [SLACK_TOKEN, '#nowhere', 'Slack chat.postMessage failed with channel_not_found: the channel does not exist or the bot cannot see it.'],
  ])('ok:false errors are explained (%#)', async (token, channel, message) => {
    const run = await notify({ ...base(), 'slack-token': token, 'slack-channel': channel, 'slack-api-url': rx.slackApiUrl })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(message)
    expect(shown(run)).not.toContain(token)
  })
})

describe('rate limits and server errors: bounded retries', () => {
  test('429 with Retry-After is waited for, 5xx retried, then the message lands', async () => {
    rx.fail({ path: /^\/services\//, status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' })
    rx.fail({ path: /^\/teams\//, status: 503, times: 2 })
    const started = Date.now()
    const run = await notify({ ...base(), 'slack-webhook-url': rx.slackWebhookUrl(), 'teams-webhook-url': rx.teamsWebhookUrl() })
    expect(run.errors).toEqual([])
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(rx.requests.map((r) => `${r.kind} ${r.status}`)).toEqual([
      'slack-webhook 429',
      'slack-webhook 200',
      'teams-webhook 503',
      'teams-webhook 503',
      'teams-webhook 200',
    ])
    expect(run.warnings.some((w) => w.includes('rate limited (429, Retry-After 1)'))).toBe(true)
  })

  test('retries are bounded: persistent 5xx fails with a clear message, the other destination still gets its message', async () => {
    rx.fail({ path: /^\/teams\//, status: 500, times: 10 })
    const run = await notify({ ...base(), retries: '1', 'slack-webhook-url': rx.slackWebhookUrl(), 'teams-webhook-url': rx.teamsWebhookUrl() })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual(['The Teams webhook answered 500, still after 2 attempts. Expected it to accept the message; try again later.'])
    expect(rx.requests.filter((r) => r.kind === 'teams-webhook')).toHaveLength(2)
    expect(rx.requests.filter((r) => r.kind === 'slack-webhook' && r.status === 200)).toHaveLength(1)
    rx.fail({ path: /^\/teams\//, status: 0, times: 0 })
  })

  test('a Retry-After longer than a minute is not waited for', async () => {
    rx.fail({ path: /^\/api\//, status: 429, headers: { 'retry-after': '3600' }, body: { ok: false, error: 'ratelimited' } })
    const run = await notify({ ...base(), 'slack-token': SLACK_TOKEN, 'slack-channel': '#deploys', 'slack-api-url': rx.slackApiUrl })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Slack chat.postMessage rate limited (429, Retry-After 3600): waiting 3600 s is longer than the 60 s allowed')
  })
})

describe('inputs', () => {
  test.each([
    [{ status: 'done' }, 'Input "status" has an invalid value "done". Expected one of: started, success, failure, cancelled.'],
    [
      { status: 'success', 'slack-token': SLACK_TOKEN },
      'Input "slack-channel" is empty while slack-token is set. Expected the channel to post in, such as C0123456789 or #deploys (or a message-id that names it).',
    ],
    [
      { status: 'success', 'slack-webhook-url': 'not a url hooks.slack.com/secret' },
      'Input "slack-webhook-url" is not an http(s) URL. Expected the webhook URL exactly as Slack or Teams shows it, https://….',
    ],
  ])('%j', async (inputs, error) => {
    const run = await notify(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([error])
    expect(shown(run)).not.toContain('hooks.slack.com/secret')
  })

  test('no destination: a warning, nothing sent, success', async () => {
    const run = await notify(base())
    expect(run.exitCode).toBe(0)
    expect(run.warnings[0]).toContain('No destination')
    expect(run.outputs['message-id']).toBe('')
  })
})
