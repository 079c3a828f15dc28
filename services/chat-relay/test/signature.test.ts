import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { slackSignature, verifySlackRequest } from '../src/slack/signature.js'
import { teamsSignature, verifyTeamsRequest } from '../src/teams/signature.js'

// Slack's published example (https://api.slack.com/authentication/verifying-requests-from-slack).
const SLACK = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
}
const verify = (o: Partial<Parameters<typeof verifySlackRequest>[0]> = {}) =>
  verifySlackRequest({
    signingSecret: SLACK.signingSecret,
    timestamp: SLACK.timestamp,
    signature: SLACK.signature,
    rawBody: Buffer.from(SLACK.body),
    now: Number(SLACK.timestamp) + 10,
    ...o,
  })

describe("Slack request signing, on Slack's published example", () => {
  test('the example signature is computed and accepted', () => {
    expect(slackSignature(SLACK.signingSecret, SLACK.timestamp, SLACK.body)).toBe(SLACK.signature)
    expect(verify()).toEqual({ ok: true })
  })

  test.each([
    ['a changed body', { rawBody: Buffer.from(SLACK.body.replace('text=', 'text=%2Fdeploy')) }, 'X-Slack-Signature does not match'],
    ['another signing secret', { signingSecret: '8f742231b10e8888abcd99yyyzzz85a6' }, 'X-Slack-Signature does not match'],
    ['a signature with one hex digit changed', { signature: SLACK.signature.replace(/3$/, '4') }, 'X-Slack-Signature does not match'],
    ['a timestamp moved (the signature covers it)', { timestamp: String(Number(SLACK.timestamp) + 1) }, 'X-Slack-Signature does not match'],
    ['a request more than five minutes old', { now: Number(SLACK.timestamp) + 301 }, 'more than five minutes from now'],
    ['a request from more than five minutes ahead', { now: Number(SLACK.timestamp) - 301 }, 'more than five minutes from now'],
    ['no timestamp', { timestamp: undefined }, 'missing or malformed X-Slack-Request-Timestamp'],
    ['a timestamp that is not a number', { timestamp: '1531420618.5' }, 'missing or malformed X-Slack-Request-Timestamp'],
    ['no signature', { signature: undefined }, 'missing or malformed X-Slack-Signature'],
    ['a v1 signature', { signature: SLACK.signature.replace('v0=', 'v1=') }, 'missing or malformed X-Slack-Signature'],
    ['a truncated signature', { signature: SLACK.signature.slice(0, 40) }, 'missing or malformed X-Slack-Signature'],
  ])('refused: %s', (_, change, reason) => {
    expect(verify(change)).toEqual({ ok: false, reason: expect.stringContaining(reason) })
  })

  test('exactly five minutes old is still accepted', () => {
    expect(verify({ now: Number(SLACK.timestamp) + 300 })).toEqual({ ok: true })
  })
})

describe('Teams outgoing webhook HMAC', () => {
  // A security token as Teams issues it: 32 random bytes, base64.
  const token = Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')
  const body = Buffer.from(JSON.stringify({ type: 'message', id: '1', text: '<at>Deploy</at> /status sensor-api' }))
  // As Teams computes it, independently of the relay: HMAC-SHA256 keyed by the decoded token.
  const teamsSigned = `HMAC ${createHmac('sha256', Buffer.from(token, 'base64')).update(body).digest('base64')}`

  test('a message signed as Teams signs it is accepted', () => {
    expect(`HMAC ${teamsSignature(token, body)}`).toBe(teamsSigned)
    expect(verifyTeamsRequest({ securityToken: token, authorization: teamsSigned, rawBody: body })).toEqual({ ok: true })
  })

  test.each([
    ['a changed body', { rawBody: Buffer.from(body.toString().replace('status', 'deploy')) }, 'does not match'],
    ['the token used undecoded as the key', { authorization: `HMAC ${createHmac('sha256', token).update(body).digest('base64')}` }, 'does not match'],
    ['another token', { securityToken: Buffer.from('x'.repeat(32)).toString('base64') }, 'does not match'],
    ['no header', { authorization: undefined }, 'missing or malformed Authorization'],
    ['a Bearer token instead', { authorization: 'Bearer abc' }, 'missing or malformed Authorization'],
  ])('refused: %s', (_, change, reason) => {
    expect(verifyTeamsRequest({ securityToken: token, authorization: teamsSigned, rawBody: body, ...change })).toEqual({
      ok: false,
      reason: expect.stringContaining(reason),
    })
  })
})
