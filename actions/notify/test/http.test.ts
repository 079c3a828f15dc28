import { describe, expect, test } from 'vitest'
import { postJson } from '../src/http.js'
import { buildNotice, slackMessage, teamsMessage } from '../src/message.js'
import { splitId } from '../src/run.js'

function fakeFetch(answers: Array<{ status: number; headers?: Record<string, string>; body?: string } | Error>) {
  const calls: string[] = []
  const fetch = (async (url: string) => {
    calls.push(url)
    const next = answers.shift()!
    if (next instanceof Error) throw next
    return new Response(next.body ?? '', { status: next.status, headers: next.headers ?? {} })
  }) as unknown as typeof globalThis.fetch
  return { fetch, calls }
}

describe('postJson: bounded retries', () => {
  test('429 waits for Retry-After, 5xx backs off, a broken connection is retried', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 502 },
      Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }),
      { status: 200, body: 'ok' },
    ])
    const slept: number[] = []
    const result = await postJson(
      'https://hooks.example/secret',
      {},
      { label: 'The hook', retries: 3, backoffMs: 100, fetch, sleep: async (ms) => void slept.push(ms) },
    )
    expect(result).toEqual({ status: 200, text: 'ok' })
    expect(calls).toHaveLength(4)
    expect(slept).toEqual([2000, 200, 400])
  })

  test('gives up after the retries with a message that names the destination, never the URL', async () => {
    const { fetch } = fakeFetch([{ status: 503 }, { status: 503 }])
    const error = await postJson('https://hooks.example/secret', {}, { label: 'The hook', retries: 1, fetch, sleep: async () => undefined }).catch(
      (e: Error) => e,
    )
    expect((error as Error).message).toBe('The hook answered 503, still after 2 attempts. Expected it to accept the message; try again later.')
  })

  test('4xx answers are returned to the caller, not retried', async () => {
    const { fetch, calls } = fakeFetch([{ status: 404, body: 'no_service' }])
    expect(await postJson('https://x', {}, { label: 'x', retries: 3, fetch })).toEqual({ status: 404, text: 'no_service' })
    expect(calls).toHaveLength(1)
  })
})

describe('messages', () => {
  test.each([
    ['started', '⏳ Deploying sensor-api v2 to dev'],
    ['success', '✅ Deployed sensor-api v2 to dev'],
    ['failure', '❌ Deploy of sensor-api v2 to dev failed'],
    ['cancelled', '⚪ Deploy of sensor-api v2 to dev was cancelled'],
  ] as const)('%s', (status, title) => {
    const notice = buildNotice({ status, service: 'sensor-api', version: 'v2', environment: 'dev', digest: '', url: '' })
    expect(notice.title).toBe(title)
    expect(slackMessage(notice).blocks.map((b) => (b as { type: string }).type)).toEqual(['header', 'section'])
    expect(JSON.stringify(teamsMessage(notice))).not.toContain('Action.OpenUrl')
  })

  test('message ids', () => {
    expect(splitId('C0DEPLOYS/1700000000.000100')).toEqual(['C0DEPLOYS', '1700000000.000100'])
    expect(splitId('1700000000.000100')).toEqual(['', '1700000000.000100'])
    expect(splitId('')).toEqual(['', ''])
  })
})
