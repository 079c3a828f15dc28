import { errorMessage } from '@cna/kit'
import { connect } from 'node:net'

/**
 * Waiting for the system under test: each endpoint is polled with backoff until it answers
 * (http(s): a 2xx or 3xx status; tcp: an accepted connection) or the time is up.
 */
export type Endpoint = { kind: 'http'; url: string } | { kind: 'tcp'; host: string; port: number; url: string }

export function parseEndpoint(raw: string): Endpoint | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return { kind: 'http', url: raw }
  if (url.protocol === 'tcp:' && url.hostname && url.port && (url.pathname === '' || url.pathname === '/')) {
    return { kind: 'tcp', host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port), url: raw }
  }
  return undefined
}

/** One attempt: undefined when the endpoint is up, else why not. */
export type Probe = (endpoint: Endpoint, timeoutMs: number) => Promise<string | undefined>

export const probe: Probe = async (endpoint, timeoutMs) => {
  if (endpoint.kind === 'tcp') {
    return new Promise((resolve) => {
      const socket = connect({ host: endpoint.host, port: endpoint.port })
      const done = (why: string | undefined): void => {
        socket.destroy()
        resolve(why)
      }
      socket.setTimeout(timeoutMs, () => done(`no connection within ${timeoutMs}ms`))
      socket.once('connect', () => done(undefined))
      socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message))
    })
  }
  try {
    const response = await fetch(endpoint.url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    await response.body?.cancel()
    return response.status >= 200 && response.status < 400 ? undefined : `HTTP ${response.status}`
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause
    return cause?.code ?? errorMessage(error)
  }
}

export interface WaitResult {
  url: string
  ok: boolean
  attempts: number
  waitedMs: number
  last?: string
}

/** Polls every endpoint (in parallel) until each is up or `timeoutMs` has passed. */
export async function waitForEndpoints(
  endpoints: readonly Endpoint[],
  timeoutMs: number,
  deps: { probe?: Probe; sleep?: (ms: number) => Promise<void>; now?: () => number; log?: (line: string) => void } = {},
): Promise<WaitResult[]> {
  const check = deps.probe ?? probe
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = deps.now ?? (() => performance.now())
  const started = now()
  return Promise.all(
    endpoints.map(async (endpoint) => {
      let delay = 250
      let attempts = 0
      let last: string | undefined
      for (;;) {
        attempts++
        const left = timeoutMs - (now() - started)
        last = await check(endpoint, Math.max(100, Math.min(5000, left)))
        if (last === undefined) {
          deps.log?.(`${endpoint.url} is up after ${attempts} attempt(s)`)
          return { url: endpoint.url, ok: true, attempts, waitedMs: Math.round(now() - started) }
        }
        const remaining = timeoutMs - (now() - started)
        if (remaining <= 0) return { url: endpoint.url, ok: false, attempts, waitedMs: Math.round(now() - started), last }
        await sleep(Math.min(delay, remaining))
        delay = Math.min(Math.round(delay * 1.6), 5000)
      }
    }),
  )
}
