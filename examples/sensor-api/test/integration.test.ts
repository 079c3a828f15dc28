// Integration tests against a running sensor-api: the built image in a container, a preview
// environment, or `npm start`. BASE_URL says where (the integration-tests gate passes it).
// Its own vitest project, never part of the unit run: `vitest run --project integration`.

import { describe, expect, it } from 'vitest'

const BASE_URL = (process.env.BASE_URL ?? '').replace(/\/+$/, '')

async function call(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${BASE_URL}${path}`, { ...init, signal: AbortSignal.timeout(5_000) })
}

describe(`sensor-api at ${BASE_URL || '(BASE_URL unset)'}`, () => {
  it('has a BASE_URL to test', () => {
    expect(BASE_URL).toMatch(/^https?:\/\//)
  })

  it('is healthy', async () => {
    const res = await call('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('says which build it is', async () => {
    const body = (await (await call('/version')).json()) as { name: string; version: string; revision: string }
    expect(body.name).toBe('sensor-api')
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(body.revision).not.toBe('')
  })

  it('records readings and computes their stats over HTTP', async () => {
    // A sensor of its own, so reruns against a long-lived environment do not interfere.
    const sensor = `it-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    for (const value of [2, 4, 9]) {
      const res = await call(`/sensors/${sensor}/readings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ value, unit: 'C' }),
      })
      expect(res.status).toBe(201)
    }
    expect(await (await call(`/sensors/${sensor}/stats`)).json()).toEqual({ sensorId: sensor, unit: 'C', count: 3, min: 2, max: 9, mean: 5 })
  })

  it('refuses a bad reading with 400', async () => {
    const res = await call('/sensors/probe/readings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"value":"hot"}' })
    expect(res.status).toBe(400)
  })
})
