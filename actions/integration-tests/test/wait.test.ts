import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, test } from 'vitest'
import { getInputs } from '../src/inputs.js'
import { run } from '../src/run.js'
import { parseEndpoint, probe, waitForEndpoints, type Endpoint } from '../src/wait.js'

describe('parseEndpoint', () => {
  test.each([
    ['http://127.0.0.1:8080/healthz', { kind: 'http', url: 'http://127.0.0.1:8080/healthz' }],
    ['https://pr-1.dev.example.com', { kind: 'http', url: 'https://pr-1.dev.example.com' }],
    ['tcp://db:5432', { kind: 'tcp', host: 'db', port: 5432, url: 'tcp://db:5432' }],
    ['tcp://[::1]:6379', { kind: 'tcp', host: '::1', port: 6379, url: 'tcp://[::1]:6379' }],
    ['tcp://db', undefined],
    ['tcp://db:5432/x', undefined],
    ['ftp://x', undefined],
    ['localhost:8080', undefined],
  ])('%s', (raw, expected) => {
    expect(parseEndpoint(raw)).toEqual(expected)
  })
})

describe('waitForEndpoints', () => {
  const endpoint = parseEndpoint('http://svc/healthz')!

  /** A clock that only moves when the code sleeps, so backoff is checked without waiting. */
  function fakeClock() {
    let now = 0
    const sleeps: number[] = []
    return { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)), sleeps }
  }

  test('polls with growing backoff until the endpoint answers', async () => {
    const clock = fakeClock()
    const answers = ['ECONNREFUSED', 'HTTP 503', 'HTTP 503', undefined]
    const result = await waitForEndpoints([endpoint], 60_000, { ...clock, probe: async () => answers.shift() })
    expect(result).toEqual([{ url: 'http://svc/healthz', ok: true, attempts: 4, waitedMs: 250 + 400 + 640 }])
    expect(clock.sleeps).toEqual([250, 400, 640])
  })

  test('gives up at the timeout with the last answer', async () => {
    const clock = fakeClock()
    const result = await waitForEndpoints([endpoint], 10_000, { ...clock, probe: async () => 'HTTP 502' })
    expect(result[0]).toMatchObject({ ok: false, last: 'HTTP 502', waitedMs: 10_000 })
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(5000)
  })

  test('real probes: 2xx and 3xx are up, 5xx and a closed port are not', async () => {
    const server = createServer((req, res) => res.writeHead(req.url === '/up' ? 204 : req.url === '/moved' ? 302 : 500, { location: '/elsewhere' }).end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    try {
      const at = (raw: string): Endpoint => parseEndpoint(raw)!
      expect(await probe(at(`http://127.0.0.1:${port}/up`), 2000)).toBeUndefined()
      expect(await probe(at(`http://127.0.0.1:${port}/moved`), 2000)).toBeUndefined()
      expect(await probe(at(`http://127.0.0.1:${port}/down`), 2000)).toBe('HTTP 500')
      expect(await probe(at(`tcp://127.0.0.1:${port}`), 2000)).toBeUndefined()
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(await probe(parseEndpoint(`tcp://127.0.0.1:${port}`)!, 2000)).toBe('ECONNREFUSED')
    expect(await probe(parseEndpoint(`http://127.0.0.1:${port}/`)!, 2000)).toBe('ECONNREFUSED')
  })
})

describe('run', () => {
  const inputs = getInputs((name) => ({ 'wait-for': 'http://svc/healthz', 'wait-timeout': '5s', command: 'npm test' })[name])

  test('an endpoint that never came up fails the gate without running the command', async () => {
    let ran = false
    const result = await run(
      inputs,
      { cwd: '/nowhere', workspace: '/nowhere' },
      {
        wait: async () => [{ url: 'http://svc/healthz', ok: false, attempts: 6, waitedMs: 5000, last: 'ECONNREFUSED' }],
        runCommand: async () => ((ran = true), { exitCode: 0, durationMs: 1, tail: '' }),
        publish: async () => ({ mode: 'annotations-only', trimmed: false }),
        writeSummary: async () => undefined,
      },
    )
    expect(ran).toBe(false)
    expect(result.result.problems).toEqual(['http://svc/healthz did not answer within 5.0s (6 attempts, last: ECONNREFUSED)'])
    expect(result.result.conclusion).toBe('failure')
  })
})
