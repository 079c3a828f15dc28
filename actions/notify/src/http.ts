import { UserError } from '@cna/kit'

export interface PostResult {
  status: number
  text: string
}

export interface PostOptions {
  /** Names the destination in messages; never the URL, which is a secret. */
  label: string
  headers?: Record<string, string>
  retries: number
  /** Back-off base for 5xx and connection errors, in ms. */
  backoffMs?: number
  /** The longest Retry-After we wait for; a longer one fails with a clear message. */
  maxWaitMs?: number
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  /** Called before each retry, for the log. */
  onRetry?: (message: string) => void
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * POSTs JSON with bounded retries: 429 waits for its Retry-After (seconds), 5xx and broken
 * connections back off exponentially; anything else is returned for the caller to judge.
 */
export async function postJson(url: string, body: unknown, opts: PostOptions): Promise<PostResult> {
  const doFetch = opts.fetch ?? fetch
  const sleep = opts.sleep ?? wait
  const backoff = opts.backoffMs ?? 500
  const maxWait = opts.maxWaitMs ?? 60_000
  for (let attempt = 0; ; attempt++) {
    let response: Response
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...opts.headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
      if (attempt >= opts.retries)
        throw new UserError(
          `${opts.label} could not be reached (${cause}) after ${attempt + 1} attempts. Expected the URL Slack or Teams gave, reachable from the runner.`,
        )
      opts.onRetry?.(`${opts.label}: ${cause}; retrying`)
      await sleep(backoff * 2 ** attempt)
      continue
    }
    const text = await response.text()
    if (response.status === 429 || response.status >= 500) {
      const retryAfter = Number(response.headers.get('retry-after'))
      const delay =
        response.status === 429 ? (Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : backoff * 2 ** attempt) : backoff * 2 ** attempt
      const what =
        response.status === 429 ? `rate limited (429, Retry-After ${response.headers.get('retry-after') ?? 'not given'})` : `answered ${response.status}`
      if (attempt >= opts.retries)
        throw new UserError(`${opts.label} ${what}, still after ${attempt + 1} attempts. Expected it to accept the message; try again later.`)
      if (delay > maxWait)
        throw new UserError(
          `${opts.label} ${what}: waiting ${Math.round(delay / 1000)} s is longer than the ${maxWait / 1000} s allowed. Expected a shorter rate limit; try again later.`,
        )
      opts.onRetry?.(`${opts.label} ${what}; retrying in ${delay} ms`)
      await sleep(delay)
      continue
    }
    return { status: response.status, text }
  }
}
