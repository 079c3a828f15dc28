import { createHmac, timingSafeEqual } from 'node:crypto'
import type { SignatureVerdict } from '../slack/signature.js'

/**
 * Microsoft Teams outgoing webhooks: the `Authorization: HMAC <base64>` header is the
 * HMAC-SHA256 of the raw body keyed with the base64-decoded security token that Teams shows
 * once when the webhook is created
 * (https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-outgoing-webhook).
 */
export function teamsSignature(securityToken: string, rawBody: Buffer | string): string {
  return createHmac('sha256', Buffer.from(securityToken, 'base64')).update(rawBody).digest('base64')
}

export function verifyTeamsRequest(opts: { securityToken: string; authorization: string | undefined; rawBody: Buffer }): SignatureVerdict {
  const match = /^HMAC ([A-Za-z0-9+/]{43}=)$/.exec(opts.authorization ?? '')
  if (!match) return { ok: false, reason: 'missing or malformed Authorization header (expected "HMAC <base64 HMAC-SHA256>")' }
  const expected = Buffer.from(teamsSignature(opts.securityToken, opts.rawBody))
  if (!timingSafeEqual(expected, Buffer.from(match[1]!))) return { ok: false, reason: 'the HMAC does not match' }
  return { ok: true }
}
