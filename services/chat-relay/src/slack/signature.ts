import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Slack request signing, exactly as Slack documents it
 * (https://api.slack.com/authentication/verifying-requests-from-slack):
 * `v0=` + hex HMAC-SHA256 of `v0:{X-Slack-Request-Timestamp}:{raw body}` with the signing
 * secret, compared in constant time; a timestamp more than five minutes from now is refused,
 * so a captured request cannot be replayed later.
 */
export const MAX_AGE_SECONDS = 5 * 60

export type SignatureVerdict = { ok: true } | { ok: false; reason: string }

export function slackSignature(signingSecret: string, timestamp: string, rawBody: Buffer | string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`
}

export function verifySlackRequest(opts: {
  signingSecret: string
  timestamp: string | undefined
  signature: string | undefined
  rawBody: Buffer
  /** Seconds since the epoch. */
  now: number
}): SignatureVerdict {
  const { timestamp, signature } = opts
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing or malformed X-Slack-Request-Timestamp' }
  if (Math.abs(opts.now - Number(timestamp)) > MAX_AGE_SECONDS) return { ok: false, reason: 'X-Slack-Request-Timestamp is more than five minutes from now' }
  if (!signature || !/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'missing or malformed X-Slack-Signature' }
  const expected = Buffer.from(slackSignature(opts.signingSecret, timestamp, opts.rawBody))
  // Same length by the pattern above, so timingSafeEqual cannot throw.
  if (!timingSafeEqual(expected, Buffer.from(signature))) return { ok: false, reason: 'X-Slack-Signature does not match' }
  return { ok: true }
}
