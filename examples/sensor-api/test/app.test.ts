// The HTTP behaviour, through a real socket: createApp on startServer(port 0), requested with fetch.

import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { startServer, type RunningServer } from '../src/server.ts'
import { ReadingStore } from '../src/store.ts'

let server: RunningServer
let logs: Record<string, unknown>[]

async function start(store = new ReadingStore()): Promise<void> {
  logs = []
  server = await startServer(createApp({ store, info: { name: 'sensor-api', version: '1.4.2', revision: 'abc123' }, log: (e) => logs.push(e) }), {
    port: 0,
    host: '127.0.0.1',
  })
}

const post = (path: string, body: unknown, type = 'application/json') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) })

beforeEach(() => start())
afterEach(() => server.close())

describe('GET /healthz and /version', () => {
  it('answers health with 200 {"status":"ok"} as JSON, never cached', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toBe('{"status":"ok"}')
  })

  it('answers HEAD /healthz with headers and no body', async () => {
    const response = await fetch(`${server.url}/healthz`, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('reports name, version and revision', async () => {
    const response = await fetch(`${server.url}/version`)
    expect(await response.json()).toEqual({ name: 'sensor-api', version: '1.4.2', revision: 'abc123' })
  })

  it('logs one line per request with method, path and status', async () => {
    await fetch(`${server.url}/healthz?probe=1`)
    await expect.poll(() => logs).toContainEqual(expect.objectContaining({ msg: 'request', method: 'GET', path: '/healthz', status: 200 }))
  })
})

describe('readings', () => {
  it('records readings (201) and lists them in order', async () => {
    const first = await post('/sensors/greenhouse-1/readings', { value: 21.5, unit: 'C' })
    expect(first.status).toBe(201)
    expect(first.headers.get('location')).toBe('/sensors/greenhouse-1/readings')
    const created = (await first.json()) as { recordedAt: string }
    expect(created).toEqual({ sensorId: 'greenhouse-1', value: 21.5, unit: 'C', recordedAt: expect.any(String) })
    expect(Number.isNaN(Date.parse(created.recordedAt))).toBe(false)
    await post('/sensors/greenhouse-1/readings', { value: 19, unit: 'C' })
    await post('/sensors/other/readings', { value: 1000, unit: 'hPa' })

    const list = (await (await fetch(`${server.url}/sensors/greenhouse-1/readings`)).json()) as { sensorId: string; readings: { value: number }[] }
    expect(list.sensorId).toBe('greenhouse-1')
    expect(list.readings.map((r) => r.value)).toEqual([21.5, 19])
  })

  it('lists an unknown sensor as empty rather than 404: it simply has no readings yet', async () => {
    const response = await fetch(`${server.url}/sensors/new-one/readings`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ sensorId: 'new-one', readings: [] })
  })

  it('computes min, max, mean and count', async () => {
    for (const value of [10, 20, 30, 40.5]) expect((await post('/sensors/t/readings', { value, unit: 'C' })).status).toBe(201)
    const response = await fetch(`${server.url}/sensors/t/stats`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ sensorId: 't', unit: 'C', count: 4, min: 10, max: 40.5, mean: 25.125 })
  })

  it('gives null stats for a sensor without readings', async () => {
    expect(await (await fetch(`${server.url}/sensors/none/stats`)).json()).toEqual({ sensorId: 'none', unit: null, count: 0, min: null, max: null, mean: null })
  })

  it('rejects an invalid reading with 400 and every reason', async () => {
    const response = await post('/sensors/t/readings', { value: 'hot' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'invalid reading', details: ['value must be a finite number', 'unit must be a non-empty string'] })
    expect(await (await fetch(`${server.url}/sensors/t/readings`)).json()).toEqual({ sensorId: 't', readings: [] })
  })

  it('rejects malformed JSON with 400', async () => {
    const response = await post('/sensors/t/readings', '{"value": 1,')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'body is not valid JSON' })
  })

  it('rejects numbers JSON turns into Infinity', async () => {
    const response = await post('/sensors/t/readings', '{"value": 1e999, "unit": "C"}')
    expect(response.status).toBe(400)
  })

  it('accepts +json media types and refuses others with 415', async () => {
    expect((await post('/sensors/t/readings', { value: 1, unit: 'C' }, 'application/vnd.sensor+json; charset=utf-8')).status).toBe(201)
    const form = await post('/sensors/t/readings', 'value=1&unit=C', 'application/x-www-form-urlencoded')
    expect(form.status).toBe(415)
    expect(await form.json()).toEqual({ error: 'content-type must be application/json' })
  })

  it('answers 409 when a sensor changes units', async () => {
    await post('/sensors/t/readings', { value: 1, unit: 'C' })
    const response = await post('/sensors/t/readings', { value: 34, unit: 'F' })
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({ error: 'sensor t reports in "C", not "F"' })
  })

  it('rejects an invalid sensor id with 400', async () => {
    const response = await fetch(`${server.url}/sensors/${encodeURIComponent('a b')}/readings`)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid sensor id', details: [expect.any(String)] })
    expect((await fetch(`${server.url}/sensors/%E0%A4%A/stats`)).status).toBe(400)
  })

  it('refuses a declared oversized body with 413 and closes the connection', async () => {
    const response = await post('/sensors/t/readings', { value: 1, unit: 'C', pad: 'x'.repeat(20_000) })
    expect(response.status).toBe(413)
    expect(response.headers.get('connection')).toBe('close')
  })

  it('refuses an oversized chunked body (no content-length) with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/sensors/t/readings`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      for (let i = 0; i < 5; i++) req.write('x'.repeat(4096))
      req.end()
    })
    expect(status).toBe(413)
  })
})

describe('routing errors', () => {
  it('answers 404 as JSON for unknown paths', async () => {
    const response = await fetch(`${server.url}/nope`)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'no route for /nope' })
  })

  it('answers 405 with an Allow header for a wrong method', async () => {
    const response = await fetch(`${server.url}/sensors/t/stats`, { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('turns an unexpected failure into a 500 without leaking details, and logs it', async () => {
    await server.close()
    class BrokenStore extends ReadingStore {
      override add(): never {
        throw new Error('disk on fire')
      }
    }
    await start(new BrokenStore())
    const response = await post('/sensors/t/readings', { value: 1, unit: 'C' })
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({ error: 'internal error' })
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'unhandled error', level: 'error', error: expect.stringContaining('disk on fire') }))
  })
})
