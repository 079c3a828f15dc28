import type { AddressInfo } from 'node:net'
import { getOctokit } from '@actions/github'
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createOctokit } from '../src/github/octokit.js'

// @actions/github reads the proxy settings when it is first imported, so the stand-in proxy
// (a local server that only records what reaches it) is set up before any import.
const proxy = await vi.hoisted(async () => {
  const { createServer } = await import('node:http')
  const seen: string[] = []
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    res.writeHead(502).end()
  })
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`)
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const saved = { ...process.env }
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) process.env[name] = url
  for (const name of ['NO_PROXY', 'no_proxy']) delete process.env[name]
  process.env.GITHUB_API_URL = 'https://api.github.invalid'
  const restore = (): void => {
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'GITHUB_API_URL']) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  }
  return { seen, server, restore }
})

afterAll(() => {
  proxy.restore()
  proxy.server.close()
})

/** A fetch that answers from a script, one response per call, and counts the calls. No network. */
function scriptedFetch(...script: Array<() => Response>) {
  const urls: string[] = []
  const fetch = vi.fn(async (input: string | URL | Request): Promise<Response> => {
    urls.push(String(input instanceof Request ? input.url : input))
    const next = script[Math.min(urls.length, script.length) - 1]!
    return next()
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls: () => urls.length, urls }
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } })

const ok = json(200, { full_name: 'octo/app' })
const BASE = 'http://127.0.0.1:1'

let stdout: string[] = []
beforeEach(() => {
  stdout = []
  // The rate-limit handlers warn through the runner's log; keep it out of the test output, and readable.
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true))
})
afterEach(() => {
  vi.restoreAllMocks()
})

const getRepo = (octokit: ReturnType<typeof createOctokit>) => octokit.rest.repos.get({ owner: 'octo', repo: 'app' })

describe('createOctokit retries server errors (the retry plugin is installed)', () => {
  test('500 then 200: the call succeeds on the second request', async () => {
    const { fetch, calls, urls } = scriptedFetch(json(500, { message: 'Server Error' }), ok)
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retryAfterBaseValue: 1 })
    const response = await getRepo(octokit)
    expect(response.status).toBe(200)
    expect(response.data.full_name).toBe('octo/app')
    expect(calls()).toBe(2)
    expect(urls).toEqual([`${BASE}/repos/octo/app`, `${BASE}/repos/octo/app`])
  })

  test('a 500 that persists is retried `retries` times, then thrown', async () => {
    const { fetch, calls } = scriptedFetch(json(502, { message: 'Bad Gateway' }))
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retries: 2, retryAfterBaseValue: 1 })
    await expect(getRepo(octokit)).rejects.toMatchObject({ status: 502 })
    expect(calls()).toBe(3)
  })

  test('404 is an answer, not a fault: it is not retried', async () => {
    const { fetch, calls } = scriptedFetch(json(404, { message: 'Not Found' }), ok)
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retryAfterBaseValue: 1 })
    await expect(getRepo(octokit)).rejects.toMatchObject({ status: 404 })
    expect(calls()).toBe(1)
  })
})

describe('createOctokit waits out rate limits (the throttling plugin is installed)', () => {
  // The retry plugin answers a 429 before the throttling plugin sees it (429 is not in its doNotRetry),
  // so this one proves a retry, and the 403 cases below prove the throttling plugin.
  test('429 secondary rate limit with retry-after: retried', async () => {
    const { fetch, calls } = scriptedFetch(json(429, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' }), ok)
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retryAfterBaseValue: 1 })
    const response = await getRepo(octokit)
    expect(response.status).toBe(200)
    expect(calls()).toBe(2)
  })

  test('403 secondary rate limit (which the retry plugin alone never retries) is retried, and the wait is logged', async () => {
    const { fetch, calls } = scriptedFetch(json(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' }), ok)
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retryAfterBaseValue: 1 })
    expect((await getRepo(octokit)).status).toBe(200)
    expect(calls()).toBe(2)
    expect(stdout.join('')).toContain('::warning::GitHub secondary rate limit on GET /repos/{owner}/{repo}; retrying after 1s')
  })

  test('403 with x-ratelimit-remaining: 0 (primary limit) is retried after the reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    const limited = json(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset })
    const { fetch, calls } = scriptedFetch(limited, ok)
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retryAfterBaseValue: 1 })
    expect((await getRepo(octokit)).status).toBe(200)
    expect(calls()).toBe(2)
    expect(stdout.join('')).toContain('::warning::GitHub primary rate limit on GET /repos/{owner}/{repo}')
  })

  test('a rate limit that persists is given up after `retries` retries', async () => {
    const { fetch, calls } = scriptedFetch(json(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' }))
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retries: 2, retryAfterBaseValue: 1 })
    await expect(getRepo(octokit)).rejects.toMatchObject({ status: 403 })
    expect(calls()).toBe(3)
  })

  test('a plain 403 (missing permission) is not retried', async () => {
    const { fetch, calls } = scriptedFetch(json(403, { message: 'Resource not accessible by integration' }), ok)
    const octokit = createOctokit('t0ken', { baseUrl: BASE, fetch, retryAfterBaseValue: 1 })
    await expect(getRepo(octokit)).rejects.toMatchObject({ status: 403 })
    expect(calls()).toBe(1)
  })
})

describe('createOctokit sends the token and the user agent', () => {
  test('authorization and user-agent headers', async () => {
    let headers = new Headers()
    const fetch = (async (_input: string | URL | Request, init?: RequestInit) => {
      headers = new Headers(init?.headers)
      return ok()
    }) as typeof globalThis.fetch
    await getRepo(createOctokit('t0ken', { baseUrl: BASE, fetch }))
    expect(headers.get('authorization')).toBe('token t0ken')
    expect(headers.get('user-agent')).toMatch(/^cloud-native-actions\b/)
  })
})

describe("createOctokit goes through the runner's proxy", () => {
  test("without a fake fetch, requests use @actions/github's proxy-aware fetch (HTTPS_PROXY)", async () => {
    const octokit = createOctokit('t0ken', { retries: 0 })
    await expect(getRepo(octokit)).rejects.toThrow()
    expect(proxy.seen).toContain('CONNECT api.github.invalid:443')
  })
})

describe('control: why the plugins go to getOctokit as extra arguments', () => {
  test('retry options alone, without the plugin as an argument, do not retry a 500', async () => {
    const { fetch, calls } = scriptedFetch(json(500, { message: 'Server Error' }), ok)
    const octokit = getOctokit('t0ken', { baseUrl: BASE, retry: { retries: 3, retryAfterBaseValue: 1 }, request: { fetch } } as Parameters<
      typeof getOctokit
    >[1])
    await expect(octokit.rest.repos.get({ owner: 'octo', repo: 'app' })).rejects.toMatchObject({ status: 500 })
    expect(calls()).toBe(1)
  })
})
