// The service's HTTP behaviour: which routes exist and what each answers. It takes its state
// and identity as arguments so tests build it with a fresh store and a known revision.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError, readJsonBody, sendError, sendJson } from './http.js'
import { matchRoute, type Params, type Route } from './router.js'
import { ReadingStore, UnitMismatchError } from './store.js'
import { validateReading, validateSensorId } from './validation.js'

export interface AppInfo {
  name: string
  version: string
  revision: string
}

export type LogFn = (entry: Record<string, unknown>) => void

export interface AppDeps {
  store: ReadingStore
  info: AppInfo
  log?: LogFn
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void

type Handler = (ctx: { req: IncomingMessage; res: ServerResponse; params: Params }) => Promise<void> | void

export function createApp({ store, info, log = () => {} }: AppDeps): RequestHandler {
  const sensorId = (params: Params): string => {
    const id = validateSensorId(params['id'] ?? '')
    if (!id.ok) throw new HttpError(400, 'invalid sensor id', id.errors)
    return id.value
  }

  const routes: Route<Handler>[] = [
    // Liveness/readiness: answers as long as the event loop runs; there is nothing else to check.
    { method: 'GET', path: '/healthz', handler: ({ res }) => sendJson(res, 200, { status: 'ok' }) },
    // Lets the pipeline and people confirm which build is deployed where.
    { method: 'GET', path: '/version', handler: ({ res }) => sendJson(res, 200, info) },
    {
      method: 'POST',
      path: '/sensors/:id/readings',
      handler: async ({ req, res, params }) => {
        const id = sensorId(params)
        const reading = validateReading(await readJsonBody(req))
        if (!reading.ok) throw new HttpError(400, 'invalid reading', reading.errors)
        try {
          const saved = store.add(id, reading.value)
          sendJson(res, 201, { sensorId: id, ...saved }, { location: `/sensors/${encodeURIComponent(id)}/readings` })
        } catch (error) {
          if (error instanceof UnitMismatchError) throw new HttpError(409, error.message)
          throw error
        }
      },
    },
    {
      method: 'GET',
      path: '/sensors/:id/readings',
      handler: ({ res, params }) => {
        const id = sensorId(params)
        sendJson(res, 200, { sensorId: id, readings: store.list(id) })
      },
    },
    {
      method: 'GET',
      path: '/sensors/:id/stats',
      handler: ({ res, params }) => sendJson(res, 200, store.stats(sensorId(params))),
    },
  ]

  return (req, res) => {
    const started = process.hrtime.bigint()
    const method = req.method ?? 'GET'
    // Only the path matters; the base is a placeholder because req.url is relative.
    const { pathname } = new URL(req.url ?? '/', 'http://service.invalid')
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      log({ msg: 'request', method, path: pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10 })
    })
    void dispatch(req, res, method, pathname).catch((error: unknown) => fail(res, error, log))
  }

  async function dispatch(req: IncomingMessage, res: ServerResponse, method: string, pathname: string): Promise<void> {
    const match = matchRoute(routes, method, pathname)
    switch (match.kind) {
      case 'found':
        return match.handler({ req, res, params: match.params })
      case 'bad-path':
        throw new HttpError(400, 'path is not valid percent-encoding')
      case 'method-not-allowed':
        res.setHeader('allow', match.allow.join(', '))
        throw new HttpError(405, `method ${method} not allowed; use ${match.allow.join(', ')}`)
      case 'not-found':
        throw new HttpError(404, `no route for ${pathname}`)
    }
  }
}

function fail(res: ServerResponse, error: unknown, log: LogFn): void {
  if (res.headersSent) {
    // Too late for a status code; cutting the connection at least tells the client it failed.
    res.destroy()
    return
  }
  if (error instanceof HttpError) {
    // After a 413 the client may still be sending; closing stops us reading the rest.
    if (error.status === 413) res.setHeader('connection', 'close')
    sendError(res, error)
    return
  }
  log({ msg: 'unhandled error', level: 'error', error: error instanceof Error ? error.stack : String(error) })
  sendError(res, new HttpError(500, 'internal error'))
}
