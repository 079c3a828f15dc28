import { createHmac } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { startSlackEmulator, type SlackEmulator } from '../../../tools/slack-emulator/index.js'
import type { DeploymentInfo, DispatchPayload, RelayGitHub } from '../src/github.js'
import { startChatRelay, type ChatRelay } from '../src/server.js'

/**
 * The relay over HTTP, with Slack played by the Slack emulator (signed requests in, Web API
 * and response_url out, Block Kit checked) and GitHub by a recording stand-in; the GitHub App
 * side against the GitHub emulator is in github-app.test.ts.
 */
const SIGNING_SECRET = 'slack-signing-secret-for-tests'
const BOT_TOKEN = 'xoxb-1-relay-test'
const TEAMS_TOKEN = Buffer.from('teams-outgoing-webhook-token-32b').toString('base64')
const ACCESS = `
slack:
  users:
    - { team: T0001, user: U0ALICE, github: alice }
    - { team: T0001, user: U0BOB, github: bob-gh }
  channels:
    - { team: T0001, channel: C0DEPLOYS }
teams:
  users:
    - { tenant: tenant-1, aad: aad-alice, github: alice }
    - { tenant: tenant-1, aad: aad-bob, github: bob-gh }
  channels:
    - { tenant: tenant-1, channel: '19:deploys@thread.tacv2' }
`
let slack: SlackEmulator
let relay: ChatRelay
const dispatched: DispatchPayload[] = []
let failDispatch = false
const deployments: Record<string, DeploymentInfo[]> = {
  production: [{ environment: 'production', version: 'v1.4.1', digest: `sha256:${'1'.repeat(64)}`, state: 'success' }],
  staging: [{ environment: 'staging', version: 'v1.4.2', digest: `sha256:${'2'.repeat(64)}`, state: 'success' }],
}
const github: RelayGitHub = {
  async dispatch(payload) {
    if (failDispatch) throw Object.assign(new Error('Server Error'), { status: 502 })
    dispatched.push(payload)
  },
  async deployments(_service, environment) {
    return deployments[environment] ?? []
  },
}

beforeAll(async () => {
  slack = await startSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, channels: ['C0DEPLOYS'] })
  relay = await startChatRelay({
    access: ACCESS,
    slack: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: slack.apiUrl, responseUrlPrefix: slack.hooksUrl },
    teams: { securityToken: TEAMS_TOKEN },
    github,
    log: () => undefined,
  })
})
afterAll(async () => {
  await relay?.stop()
  await slack?.stop()
})
afterEach(async () => {
  await relay.idle()
  expect(slack.problems).toEqual([])
  failDispatch = false
})

const alice = { team: 'T0001', user: 'U0ALICE', channel: 'C0DEPLOYS' }
async function slash(text: string, who: Partial<typeof alice> = {}, command = '/deploy') {
  const responseUrl = slack.newResponseUrl()
  const started = performance.now()
  const res = await slack.slashCommand(relay.url, { ...alice, ...who, command, text, responseUrl })
  const ms = performance.now() - started
  const body = (await res.json()) as Record<string, unknown>
  await relay.idle()
  return { status: res.status, body, ms, responseUrl, responses: slack.responses.filter((r) => responseUrl.endsWith(r.id)) }
}

describe('a Slack /deploy', () => {
  test('is acknowledged at once (ephemeral), posted in the channel, and dispatched with the mapped login and the thread to answer in', async () => {
    const before = dispatched.length
    const r = await slash('sensor-api v1.4.2 to staging')
    expect(r.status).toBe(200)
    expect(r.ms).toBeLessThan(3000)
    expect(r.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Sending `/deploy sensor-api v1.4.2 to staging` to GitHub as @alice'),
    })
    expect(dispatched.length).toBe(before + 1)
    const payload = dispatched.at(-1)!
    const posted = slack.messages.at(-1)!
    expect(payload).toEqual({
      command: '/deploy sensor-api v1.4.2 to staging',
      user: 'alice',
      request_id: expect.stringMatching(/^slack-T0001-[0-9a-f-]{36}$/),
      reply: { platform: 'slack', team: 'T0001', channel: 'C0DEPLOYS', thread_ts: posted.ts },
    })
    expect(posted).toMatchObject({ channel: 'C0DEPLOYS', text: expect.stringContaining('<@U0ALICE> (GitHub @alice)') })
    expect(JSON.stringify(posted.blocks)).toContain(payload.request_id)
  })

  test('a /chatops slash command carries the command in its text; the same parser reads it', async () => {
    await slash('status sensor-api', {}, '/chatops')
    expect(dispatched.at(-1)).toMatchObject({ command: '/status sensor-api', user: 'alice' })
  })

  test('the Slack user id is what maps to GitHub, never the display name', async () => {
    await slash('sensor-api v1.4.2 to dev', { user: 'U0BOB' })
    expect(dispatched.at(-1)).toMatchObject({ user: 'bob-gh' })
  })

  test('help and commands that are not understood are answered by the relay; nothing is dispatched', async () => {
    const before = dispatched.length
    const help = await slash('', {}, '/help')
    expect(help.body.text).toContain('`/deploy <service> <version> to <environment>`')
    const unknown = await slash('sensor-api now', {}, '/deploy')
    expect(unknown.status).toBe(200)
    expect(unknown.body.text).toContain('expected /deploy <service> <version> to <environment>')
    expect(dispatched.length).toBe(before)
  })

  test('GitHub failing: the thread says so, nothing was dispatched', async () => {
    failDispatch = true
    const before = dispatched.length
    await slash('sensor-api v1.4.2 to dev')
    expect(dispatched.length).toBe(before)
    const parent = slack.messages.at(-2)!
    expect(slack.thread(parent.channel, parent.ts).at(-1)!.text).toContain('Could not send this to GitHub (GitHub answered 502); nothing was dispatched.')
  })
})

describe('production: a Block Kit confirmation before anything is dispatched', () => {
  const confirmValue = (r: { responses: Array<{ body: Record<string, unknown> }> }) => {
    const blocks = r.responses.at(-1)!.body.blocks as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>
    return blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'chatops_confirm')!.value!
  }

  test('shows current → target version and digest; one click dispatches, a second does not', async () => {
    const before = dispatched.length
    const r = await slash('sensor-api v1.4.2 to production')
    expect(r.body.text).toContain('Looking up what runs in production')
    expect(dispatched.length).toBe(before)
    const confirmation = JSON.stringify(r.responses.at(-1)!.body.blocks)
    expect(confirmation).toContain('*Now*\\n`v1.4.1` (`sha256:111111111111`)')
    expect(confirmation).toContain('*Then*\\n`v1.4.2` (`sha256:222222222222`)')

    const value = confirmValue(r)
    const click = await slack.click(relay.url, { ...alice, actionId: 'chatops_confirm', value, responseUrl: r.responseUrl })
    expect(click.status).toBe(200)
    await relay.idle()
    expect(dispatched.length).toBe(before + 1)
    expect(dispatched.at(-1)).toMatchObject({ command: '/deploy sensor-api v1.4.2 to production', user: 'alice', request_id: JSON.parse(value).r })

    const again = await slack.click(relay.url, { ...alice, actionId: 'chatops_confirm', value, responseUrl: r.responseUrl })
    expect(again.status).toBe(200)
    await relay.idle()
    expect(dispatched.length).toBe(before + 1)
    expect(slack.responses.at(-1)!.body.text).toContain('Already confirmed')
  })

  test('a version not yet in staging is shown as such', async () => {
    const r = await slash('sensor-api v1.4.9 to production')
    expect(JSON.stringify(r.responses.at(-1)!.body.blocks)).toContain('not deployed successfully to staging yet: chatops will refuse it')
  })

  test('when GitHub fails after Confirm, a second click tries again (nothing went out the first time)', async () => {
    const before = dispatched.length
    const r = await slash('sensor-api v1.4.2 to production')
    const value = confirmValue(r)
    failDispatch = true
    await slack.click(relay.url, { ...alice, actionId: 'chatops_confirm', value, responseUrl: r.responseUrl })
    await relay.idle()
    expect(dispatched.length).toBe(before)
    failDispatch = false
    await slack.click(relay.url, { ...alice, actionId: 'chatops_confirm', value, responseUrl: r.responseUrl })
    await relay.idle()
    expect(dispatched.length).toBe(before + 1)
    expect(dispatched.at(-1)!.request_id).toBe(JSON.parse(value).r)
  })

  test('only who asked may confirm; Cancel dispatches nothing; an expired confirmation is refused', async () => {
    const before = dispatched.length
    const r = await slash('sensor-api v1.4.2 to production')
    const value = confirmValue(r)
    const bob = await slack.click(relay.url, { ...alice, user: 'U0BOB', actionId: 'chatops_confirm', value, responseUrl: r.responseUrl })
    expect(bob.status).toBe(403)
    const cancel = await slack.click(relay.url, { ...alice, actionId: 'chatops_cancel', value: 'cancel', responseUrl: r.responseUrl })
    expect(cancel.status).toBe(200)
    await relay.idle()
    expect(slack.responses.at(-1)!.body.text).toBe('Cancelled: nothing was dispatched.')
    const stale = JSON.stringify({ ...JSON.parse(value), t: Math.floor(Date.now() / 1000) - 11 * 60 })
    await slack.click(relay.url, { ...alice, actionId: 'chatops_confirm', value: stale, responseUrl: r.responseUrl })
    await relay.idle()
    expect(slack.responses.at(-1)!.body.text).toContain('expired')
    expect(dispatched.length).toBe(before)
  })
})

describe('bad Slack input is refused with the right status, and nothing is dispatched', () => {
  let before = 0
  beforeAll(() => {
    before = dispatched.length
  })
  afterAll(() => expect(dispatched.length).toBe(before))

  const form = (text = 'sensor-api v1 to dev') =>
    new URLSearchParams({
      team_id: 'T0001',
      user_id: 'U0ALICE',
      channel_id: 'C0DEPLOYS',
      command: '/deploy',
      text,
      response_url: slack.newResponseUrl(),
    }).toString()

  test.each([
    ['a bad signature', 401, () => slack.send(`${relay.url}/slack/commands`, form(), { secret: 'not-the-secret' })],
    [
      'an old timestamp (correctly signed)',
      401,
      () => slack.send(`${relay.url}/slack/commands`, form(), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }),
    ],
    [
      'no signature at all',
      401,
      () => fetch(`${relay.url}/slack/commands`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form() }),
    ],
    ['an unknown user', 403, () => slack.slashCommand(relay.url, { ...alice, user: 'U0MALLORY', command: '/deploy', text: 'sensor-api v1 to dev' })],
    [
      'a user of another workspace with the same user id',
      403,
      () => slack.slashCommand(relay.url, { ...alice, team: 'T0OTHER', command: '/deploy', text: 'sensor-api v1 to dev' }),
    ],
    ['a channel not listed', 403, () => slack.slashCommand(relay.url, { ...alice, channel: 'C0RANDOM', command: '/deploy', text: 'sensor-api v1 to dev' })],
    ['an oversized body', 413, () => slack.send(`${relay.url}/slack/commands`, form('x'.repeat(70 * 1024)))],
    ['a malformed slash command', 400, () => slack.send(`${relay.url}/slack/commands`, 'team_id=T0001&text=%2Fdeploy')],
    ['a malformed interaction payload', 400, () => slack.send(`${relay.url}/slack/interactions`, 'payload=%7Bnot-json')],
    ['JSON instead of a form', 415, () => slack.send(`${relay.url}/slack/commands`, '{"team_id":"T0001"}', { contentType: 'application/json' })],
    ['a GET', 405, () => fetch(`${relay.url}/slack/commands`)],
  ])('%s → %i', async (_, status, send) => {
    const res = await send()
    expect(res.status).toBe(status)
    await relay.idle()
  })

  test('a replayed request (the same signed bytes again) → 409', async () => {
    const body = form()
    const timestamp = Math.floor(Date.now() / 1000)
    const first = await slack.send(`${relay.url}/slack/commands`, body, { timestamp })
    expect(first.status).toBe(200)
    await relay.idle()
    before = dispatched.length
    const replay = await slack.send(`${relay.url}/slack/commands`, body, { timestamp })
    expect(replay.status).toBe(409)
    await relay.idle()
  })
})

describe('Teams outgoing webhook', () => {
  let seq = 0
  const activity = (text: string, o: { aad?: string; channel?: string; id?: string } = {}) => ({
    type: 'message',
    id: o.id ?? `1700000000${++seq}`,
    timestamp: new Date().toISOString(),
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    from: { id: '29:1abc', name: 'Display Name Is Never Used', aadObjectId: o.aad ?? 'aad-alice' },
    conversation: { id: `${o.channel ?? '19:deploys@thread.tacv2'};messageid=1700000000000`, isGroup: true, conversationType: 'channel' },
    recipient: null,
    textFormat: 'plain',
    text: `<at>Deploy</at>&nbsp;${text}`,
    channelData: {
      teamsChannelId: o.channel ?? '19:deploys@thread.tacv2',
      teamsTeamId: '19:team@thread.tacv2',
      channel: { id: o.channel ?? '19:deploys@thread.tacv2' },
      team: { id: '19:team@thread.tacv2' },
      tenant: { id: 'tenant-1' },
    },
  })
  const post = async (body: unknown, key = TEAMS_TOKEN) => {
    const raw = JSON.stringify(body)
    const res = await fetch(`${relay.url}/teams/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `HMAC ${createHmac('sha256', Buffer.from(key, 'base64')).update(raw).digest('base64')}` },
      body: raw,
    })
    return { status: res.status, body: (await res.json()) as { type?: string; text?: string } }
  }

  test('a signed message is dispatched and answered in the same request; a repeat of the activity id is not', async () => {
    const before = dispatched.length
    const message = activity('/deploy sensor-api v1.4.2 to staging')
    const r = await post(message)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ type: 'message', text: expect.stringContaining('Sent `/deploy sensor-api v1.4.2 to staging` to GitHub as @alice') })
    expect(dispatched.at(-1)).toEqual({
      command: '/deploy sensor-api v1.4.2 to staging',
      user: 'alice',
      request_id: expect.stringMatching(/^teams-/),
      reply: { platform: 'teams', tenant: 'tenant-1', conversation: message.conversation.id, activity: message.id },
    })
    const again = await post(message)
    expect(again.status).toBe(409)
    expect(dispatched.length).toBe(before + 1)
  })

  test('production: current → target first, then `<command> confirm <code>` from the same user dispatches, once', async () => {
    const before = dispatched.length
    const r = await post(activity('/deploy sensor-api v1.4.2 to production'))
    expect(r.body.text).toContain('Now: v1.4.1 (sha256:111111111111)')
    expect(r.body.text).toContain('Then: v1.4.2 (sha256:222222222222)')
    const code = /confirm ([A-Z0-9]{6})/.exec(r.body.text!)![1]!
    expect(dispatched.length).toBe(before)
    // Another user cannot use the code, nor can it confirm another command.
    expect((await post(activity(`/deploy sensor-api v1.4.2 to production confirm ${code}`, { aad: 'aad-bob' }))).body.text).toContain('not valid for you')
    expect((await post(activity(`/deploy sensor-api v1.4.3 to production confirm ${code}`))).body.text).toContain('not valid for you')
    expect(dispatched.length).toBe(before)
    const confirmed = await post(activity(`/deploy sensor-api v1.4.2 to production confirm ${code}`))
    expect(confirmed.body.text).toContain('Sent `/deploy sensor-api v1.4.2 to production`')
    expect(dispatched.length).toBe(before + 1)
    expect(dispatched.at(-1)).toMatchObject({ command: '/deploy sensor-api v1.4.2 to production', user: 'alice' })
    const twice = await post(activity(`/deploy sensor-api v1.4.2 to production confirm ${code}`))
    expect(twice.body.text).toContain('Already dispatched once')
    expect(dispatched.length).toBe(before + 1)
  })

  test.each([
    ['a bad HMAC', 401, () => post(activity('/status sensor-api'), Buffer.from('y'.repeat(32)).toString('base64'))],
    ['an unknown user', 403, () => post(activity('/status sensor-api', { aad: 'aad-mallory' }))],
    ['a channel not listed', 403, () => post(activity('/status sensor-api', { channel: '19:random@thread.tacv2' }))],
    ['not an activity', 400, () => post({ hello: 'world' })],
  ])('%s → %i, nothing dispatched', async (_, status, send) => {
    const before = dispatched.length
    expect((await send()).status).toBe(status)
    expect(dispatched.length).toBe(before)
  })
})

describe('health and readiness', () => {
  test('/healthz and /readyz answer 200 while serving', async () => {
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
    expect(await (await fetch(`${relay.url}/readyz`)).json()).toEqual({ status: 'ready' })
  })
})

describe('Socket Mode (no public ingress)', () => {
  test('a slash command arrives as an envelope on the WebSocket, is acked there, and dispatched as over HTTP', async () => {
    const socketSlack = await startSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, appToken: 'xapp-1-relay' })
    const socketRelay = await startChatRelay({
      access: ACCESS,
      slack: {
        signingSecret: '',
        botToken: BOT_TOKEN,
        socketModeAppToken: 'xapp-1-relay',
        apiUrl: socketSlack.apiUrl,
        responseUrlPrefix: socketSlack.hooksUrl,
      },
      github,
      log: () => undefined,
    })
    try {
      await socketSlack.socketConnected()
      const before = dispatched.length
      const ack = await socketSlack.socketSlashCommand({ ...alice, command: '/deploy', text: 'sensor-api v1.4.2 to dev' })
      expect(ack).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('to GitHub as @alice') })
      await socketRelay.idle()
      expect(dispatched.length).toBe(before + 1)
      expect(dispatched.at(-1)).toMatchObject({
        command: '/deploy sensor-api v1.4.2 to dev',
        user: 'alice',
        reply: { platform: 'slack', thread_ts: socketSlack.messages.at(-1)!.ts },
      })
      const refused = await socketSlack.socketSlashCommand({ ...alice, user: 'U0MALLORY', command: '/deploy', text: 'sensor-api v1.4.2 to dev' })
      expect(refused).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Refused: your Slack user is not mapped') })
      expect(dispatched.length).toBe(before + 1)
      // Without a signing secret the HTTP endpoint verifies nothing, so it is off.
      const http = await socketSlack.slashCommand(socketRelay.url, { ...alice, command: '/deploy', text: 'sensor-api v1.4.2 to dev' })
      expect(http.status).toBe(404)
      expect(socketSlack.problems).toEqual([])
    } finally {
      await socketRelay.stop()
      await socketSlack.stop()
    }
  })
})
