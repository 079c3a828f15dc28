import { describe, expect, test } from 'vitest'
import { fakeGitHub } from './fake-github.js'
import { Reply } from '../src/github.js'
import { getInputs } from '../src/inputs.js'
import { requestFrom } from '../src/main.js'
import { refusal, run, type ChatOpsDeps } from '../src/run.js'

/**
 * What a chat relay relies on: only the configured relay app may send commands through
 * repository_dispatch, every command is answered in the outputs (refusals too), a re-run
 * of a dispatched deploy is a no-op, and the reply is only ever one of the bot's own comments.
 */
const DIGEST = `sha256:${'c'.repeat(64)}`
const inputs = (extra: Record<string, string> = {}) => getInputs((name) => ({ services: 'api:\n  image: registry.example.com/octo/api\n', ...extra })[name])
const dispatch = (sender: Record<string, unknown> | undefined, client: Record<string, unknown>) => ({
  eventName: 'repository_dispatch',
  payload: { action: 'chatops', client_payload: client, ...(sender ? { sender } : {}) },
})
const RELAY = { relayApp: 'chat-relay[bot]', runId: '77' }

describe('repository_dispatch is believed only from the relay app', () => {
  test('from the relay app: the command, the mapped login and the request id', () => {
    const request = requestFrom(
      dispatch({ login: 'chat-relay[bot]', type: 'Bot' }, { command: '/status api', user: 'alice', request_id: 'slack-T1-abc123' }),
      RELAY,
    )
    expect(request).toEqual({ body: '/status api', user: 'alice', id: 'dispatch-slack-T1-abc123' })
  })

  test('without a usable request id the run id keeps re-runs together', () => {
    expect(requestFrom(dispatch({ login: 'Chat-Relay[bot]', type: 'Bot' }, { command: '/help', user: 'alice', request_id: 'x y' }), RELAY)).toEqual({
      body: '/help',
      user: 'alice',
      id: 'dispatch-77',
    })
  })

  test.each([
    ['another user, claiming to be alice', { login: 'mallory', type: 'User' }, 'sent by mallory, not by the relay app chat-relay[bot]'],
    ['another app', { login: 'other-app[bot]', type: 'Bot' }, 'sent by other-app[bot], not by the relay app chat-relay[bot]'],
    ['no sender at all', undefined, 'sent by an unknown sender, not by the relay app chat-relay[bot]'],
  ])('%s: refused with the reason, the command still parsed', (_, sender, reason) => {
    const request = requestFrom(dispatch(sender, { command: '/deploy api v1 to dev', user: 'alice' }), RELAY)
    expect(request).toMatchObject({ body: '/deploy api v1 to dev', user: 'alice', refused: expect.stringContaining(reason) })
  })

  test('relay-app empty: every dispatched command is refused, naming the input', () => {
    const request = requestFrom(dispatch({ login: 'chat-relay[bot]', type: 'Bot' }, { command: '/status api', user: 'alice' }), { relayApp: '', runId: '1' })
    expect(request?.refused).toContain('the input relay-app is empty')
  })

  test.each([
    ['chat-relay', 'chat-relay[bot]'],
    ['chat-relay[bot]', 'chat-relay[bot]'],
    ['', ''],
  ])('relay-app %j is read as %j', async (raw, expected) => {
    expect((await inputs({ 'relay-app': raw }))['relay-app']).toBe(expected)
  })

  test('relay-app must be an app slug', async () => {
    await expect(inputs({ 'relay-app': 'chat relay' })).rejects.toThrow(
      'Input "relay-app" has an invalid value "chat relay". Expected the relay GitHub App\'s bot login, such as chat-relay[bot]',
    )
  })
})

describe('a refusal answers in the outputs', () => {
  test('a forged dispatch: command, service, environment and reason set, digest empty', () => {
    const result = refusal('/deploy api v1.2 to staging', 'sent by mallory')
    expect(result).toMatchObject({ command: 'deploy', service: 'api', version: 'v1.2', environment: 'staging', digest: '', reason: 'sent by mallory' })
    expect(result.reply).toContain('refused')
    expect(result.reply).toContain('sent by mallory')
  })

  test('a deploy refused for the promotion order keeps command, service and environment', async () => {
    const github = fakeGitHub({ lastId: 3 })
    const result = await run(await inputs(), { body: '/deploy api v1 to staging', user: 'alice', id: 'dispatch-1' }, deps(github))
    expect(result).toMatchObject({ command: 'deploy', service: 'api', environment: 'staging', digest: '' })
    expect(result.reason).toContain('has not been deployed successfully to dev')
    expect(result.reply).toContain('refused')
  })

  test('a deploy refused for a lock: the digest was resolved, yet nothing was dispatched, so it is empty', async () => {
    const github = fakeGitHub({ lastId: 3 })
    github.deployments.push({
      id: 3,
      environment: 'dev',
      payload: { service: 'api', digest: DIGEST, requested_by: 'bob', request: 'comment-1' },
      sha: 'a'.repeat(40),
      created_at: new Date().toISOString(),
      creator: { login: 'bot' },
      statuses: ['in_progress'],
    })
    const result = await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'dispatch-2' }, deps(github))
    expect(result).toMatchObject({ command: 'deploy', service: 'api', environment: 'dev', digest: '' })
    expect(result.reason).toContain('is locked by @bob')
    expect(github.writes.filter((w) => w.startsWith('dispatches') || w === 'deployments')).toEqual([])
  })
})

describe('a re-run of a dispatched deploy', () => {
  test('keeps the original reply and succeeds as a no-op with the original digest and deployment', async () => {
    const github = fakeGitHub({ lastId: 3 })
    github.comments.push({
      id: 500,
      body: 'original reply: deployment #3\n\n<!-- chatops:comment-9 -->',
      user: { login: 'github-actions[bot]' },
      html_url: 'https://github.com/octo/api/issues/1#issuecomment-500',
    })
    github.deployments.push({
      id: 3,
      environment: 'dev',
      payload: { service: 'api', version: 'v1', digest: DIGEST, requested_by: 'alice', request: 'comment-9' },
      sha: 'a'.repeat(40),
      created_at: new Date().toISOString(),
      creator: { login: 'bot' },
      statuses: [],
    })
    const result = await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'comment-9', issue: 1, commentId: 9 }, deps(github))
    expect(result).toMatchObject({ command: 'deploy', service: 'api', version: 'v1', environment: 'dev', digest: DIGEST, reason: '', deploymentId: 3 })
    expect(result.reply).toContain('original reply: deployment #3')
    expect(github.comments[0]!.body).toBe('original reply: deployment #3\n\n<!-- chatops:comment-9 -->')
    expect(github.writes.filter((w) => !w.endsWith('/reactions'))).toEqual([])
  })

  test('after the deployment finished it is still not dispatched again', async () => {
    const github = fakeGitHub({ lastId: 3 })
    github.deployments.push({
      id: 3,
      environment: 'dev',
      payload: { service: 'api', version: 'v1', digest: DIGEST, requested_by: 'alice', request: 'dispatch-abc' },
      sha: 'a'.repeat(40),
      created_at: new Date().toISOString(),
      creator: { login: 'bot' },
      statuses: ['success'],
    })
    const result = await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'dispatch-abc' }, deps(github))
    expect(result).toMatchObject({ digest: DIGEST, deploymentId: 3, reason: '' })
    expect(result.reply).toContain('already dispatched')
    expect(github.writes).toEqual([])
  })

  test('a run whose dispatch failed (its deployment marked error) is tried again by a re-run', async () => {
    const github = fakeGitHub({ lastId: 3 })
    github.deployments.push({
      id: 3,
      environment: 'dev',
      payload: { service: 'api', version: 'v1', digest: DIGEST, requested_by: 'alice', request: 'dispatch-abc' },
      sha: 'a'.repeat(40),
      created_at: new Date().toISOString(),
      creator: { login: 'bot' },
      statuses: ['error'],
    })
    const result = await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'dispatch-abc' }, deps(github))
    expect(result.deploymentId).toBe(4)
    expect(github.writes).toContain('actions/workflows/{workflow_id}/dispatches')
  })
})

describe("the reply is one of the bot's own comments", () => {
  test("another user's comment carrying the marker is never taken for the reply", async () => {
    const github = fakeGitHub({ lastId: 3 })
    github.comments.push({ id: 600, body: 'gotcha <!-- chatops:comment-9 -->', user: { login: 'mallory' }, html_url: 'x' })
    github.comments.push({ id: 601, body: 'mine <!-- chatops:comment-9 -->', user: { login: 'github-actions[bot]' }, html_url: 'https://github.com/c/601' })
    const reply = new Reply(github.client, { owner: 'octo', repo: 'api' }, 1, '<!-- chatops:comment-9 -->', 'github-actions[bot]')
    await reply.find()
    expect(reply.url).toBe('https://github.com/c/601')
  })

  test('with only a forged marker, a new comment is written and the forged one left alone', async () => {
    const github = fakeGitHub({ lastId: 3 })
    github.comments.push({ id: 600, body: 'gotcha <!-- chatops:comment-9 -->', user: { login: 'mallory' }, html_url: 'x' })
    const result = await run(await inputs(), { body: '/help', user: 'alice', id: 'comment-9', issue: 1, commentId: 9 }, deps(github))
    expect(result.command).toBe('help')
    expect(github.comments[0]!.body).toBe('gotcha <!-- chatops:comment-9 -->')
    expect(github.writes).toContain('issues/{issue_number}/comments')
    expect(github.writes).not.toContain('issues/comments/{comment_id}')
  })
})

function deps(github: ReturnType<typeof fakeGitHub>): ChatOpsDeps {
  return {
    github: { client: github.client, repo: { owner: 'octo', repo: 'api' } },
    resolve: async () => DIGEST,
    now: () => new Date(),
    runUrl: 'https://github.com/octo/api/actions/runs/2',
    serverUrl: 'https://github.com',
    ref: 'main',
    botLogin: 'github-actions[bot]',
  }
}

describe('the reply target travels with the request', () => {
  const slackReply = { platform: 'slack', team: 'T0001', channel: 'C0DEPLOYS', thread_ts: '1700000000.000100' }

  test('a well-formed Slack or Teams target is kept; anything else is dropped, never echoed', () => {
    const from = (reply: unknown) =>
      requestFrom(dispatch({ login: 'chat-relay[bot]', type: 'Bot' }, { command: '/status api', user: 'alice', request_id: 'r1', reply }), RELAY)?.replyTo
    expect(from(slackReply)).toEqual(slackReply)
    expect(
      from({
        platform: 'teams',
        tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        conversation: '19:abc@thread.tacv2;messageid=1700000000000',
        activity: '1700000000001',
      }),
    ).toMatchObject({ platform: 'teams' })
    expect(from({ ...slackReply, channel: 'C0 $(id)' })).toBeUndefined()
    expect(from({ ...slackReply, platform: 'discord' })).toBeUndefined()
    expect(from('C0DEPLOYS')).toBeUndefined()
  })

  test('the lock deployment records it as reply_to, and the result carries it for the reply-to output', async () => {
    const github = fakeGitHub({ lastId: 3 })
    const result = await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'dispatch-r2', replyTo: slackReply as never }, deps(github))
    expect(result.replyTo).toEqual(slackReply)
    expect(github.deployments[0]!.payload).toMatchObject({ reply_to: slackReply, request: 'dispatch-r2' })
  })

  test('a refused command carries it too, so the thread hears why', async () => {
    const result = await run(
      await inputs(),
      { body: '/deploy api v1 to staging', user: 'alice', id: 'dispatch-r3', replyTo: slackReply as never },
      deps(fakeGitHub({ lastId: 3 })),
    )
    expect(result.reason).toContain('deploy it to dev first')
    expect(result.replyTo).toEqual(slackReply)
  })

  test('a forged dispatch does not: whoever forged it does not choose where the bot posts', () => {
    const request = requestFrom(dispatch({ login: 'mallory', type: 'User' }, { command: '/status api', user: 'alice', reply: slackReply }), RELAY)!
    expect(request.refused).toBeTruthy()
    expect(request.replyTo).toBeUndefined()
    expect(refusal(request.body, request.refused!).replyTo).toBeUndefined()
  })
})
