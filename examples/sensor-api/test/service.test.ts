// The whole service as main.ts runs it (config from env, logging, signals), in-process, with a
// fake signal source standing in for `process`.

import { EventEmitter } from 'node:events'
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { startService } from '../src/service.ts'

function harness(env: Record<string, string>) {
  const signals = new EventEmitter()
  const logs: Record<string, unknown>[] = []
  return { signals, logs, start: () => startService({ env: { HOST: '127.0.0.1', PORT: '0', ...env }, log: (e) => logs.push(e), signals }) }
}

describe('startService', () => {
  it('serves with the version from package.json and REVISION from the environment', async () => {
    const { start, logs } = harness({ REVISION: 'f00dcafe' })
    const service = await start()
    try {
      expect(service.url).toBe(`http://127.0.0.1:${service.port}`)
      expect(await (await fetch(`${service.url}/version`)).json()).toEqual({ name: 'sensor-api', version: '1.4.2', revision: 'f00dcafe' })
      expect(logs[0]).toEqual({ msg: 'listening', url: service.url, port: service.port, version: '1.4.2', revision: 'f00dcafe' })
    } finally {
      await service.stop()
    }
  })

  it('refuses to start on a bad PORT', async () => {
    await expect(harness({ PORT: '99999' }).start()).rejects.toThrow(/^PORT must be an integer/)
  })

  it('stops on SIGTERM, refusing new connections, and removes its signal listeners', async () => {
    const { start, logs, signals } = harness({})
    const service = await start()
    expect(signals.listenerCount('SIGTERM')).toBe(1)
    expect(signals.listenerCount('SIGINT')).toBe(1)
    signals.emit('SIGTERM', 'SIGTERM')
    await service.stopped
    expect(logs).toContainEqual({ msg: 'shutting down', signal: 'SIGTERM' })
    expect(logs.at(-1)).toEqual({ msg: 'stopped' })
    expect(signals.listenerCount('SIGTERM')).toBe(0)
    expect(signals.listenerCount('SIGINT')).toBe(0)
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow()
    // A second stop (say, SIGINT after SIGTERM) is the same stop.
    await service.stop()
  })

  it('lets a request in flight finish before stopping', async () => {
    const { start, signals } = harness({})
    const service = await start()
    // Send headers and half a body, then SIGTERM; the rest of the body arrives after the signal.
    let finish!: () => void
    const answered = new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
      const req = request(`${service.url}/sensors/t/readings`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }))
      })
      req.on('error', reject)
      req.flushHeaders()
      req.write('{"value": 4.5, ')
      finish = () => req.end('"unit": "C"}')
    })
    // Give the server time to accept the request before the signal.
    await new Promise((resolve) => setTimeout(resolve, 100))
    signals.emit('SIGTERM', 'SIGTERM')
    let stopped = false
    void service.stopped.then(() => (stopped = true))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(stopped).toBe(false)
    finish()
    // Connection: close tells the client not to send another request on this socket.
    expect(await answered).toMatchObject({ status: 201, body: expect.stringContaining('"value":4.5'), connection: 'close' })
    // Not waiting out the keep-alive timeout: the connection closes right after the response.
    const began = Date.now()
    await service.stopped
    expect(Date.now() - began).toBeLessThan(1_000)
  })

  it('cuts requests still open when the grace period ends', async () => {
    const { start, signals } = harness({ SHUTDOWN_GRACE_MS: '100' })
    const service = await start()
    const failed = new Promise<string>((resolve) => {
      const req = request(`${service.url}/sensors/t/readings`, { method: 'POST', headers: { 'content-type': 'application/json' } }, () => resolve('answered'))
      req.on('error', (error) => resolve(error.message))
      req.flushHeaders()
      req.write('{"value"')
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const began = Date.now()
    signals.emit('SIGINT', 'SIGINT')
    await service.stopped
    expect(Date.now() - began).toBeLessThan(5_000)
    expect(await failed).toMatch(/socket hang up|ECONNRESET/)
  })
})
