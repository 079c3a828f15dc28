// The life of one request: match the operation, answer from a fault, authenticate, parse and
// validate the request, route it, then validate the response. Every mismatch with the OpenAPI
// description is recorded as a violation and answered loudly.
import type { IncomingHttpHeaders } from 'node:http'
import type { Faults, FaultResponse } from './faults.js'
import { errorBody, HttpError, type Reply } from './http.js'
import type { Operation, OperationIndex } from './openapi/operations.js'
import type { OpenApiValidator } from './openapi/validator.js'
import type { EmulatorSettings, Router } from './router.js'
import type { EmulatorState } from './state.js'
import type { Violation } from './violations.js'

export interface PipelineDeps {
  index: OperationIndex
  validator: OpenApiValidator
  router: Router
  state: EmulatorState
  settings: EmulatorSettings
  faults: Faults
  violations: Violation[]
}

export interface IncomingRequest {
  method: string
  /** Path and query as sent. */
  rawUrl: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface Outcome {
  reply: Reply
  operation?: Operation
  fault?: boolean
}

export function handleRequest(deps: PipelineDeps, origin: string, req: IncomingRequest): Outcome {
  const { index, validator, router, state, settings, faults, violations } = deps
  const method = req.method
  const url = new URL(req.rawUrl, origin)
  const found = index.match(method, url.pathname)
  const operation = found?.kind === 'operation' ? found.operation : undefined
  const template = found?.kind === 'operation' ? found.operation.template : found?.template
  const fault = faults.take({ method, path: url.pathname, ...(template ? { template } : {}), ...(operation ? { operationId: operation.operationId } : {}) })
  if (fault) return { reply: faultReply(fault), fault: true }

  const violate = (kind: Violation['kind'], message: string) =>
    violations.push({ kind, method, path: url.pathname + url.search, ...(operation ? { operation: operation.operationId } : {}), message })
  if (found?.kind !== 'operation' || !operation) {
    const message = template ? `${method} is not an operation on ${template}` : 'no operation of the OpenAPI description matches this path'
    violate('unknown-route', message)
    return {
      reply: { status: 404, body: { message: `Not Found (GitHub emulator: ${message})`, documentation_url: 'https://docs.github.com/rest', status: '404' } },
    }
  }
  const docs = operation.documentationUrl
  const fail = (error: HttpError): { reply: Reply; operation: Operation } => ({
    reply: { status: error.status, body: errorBody(error, docs), headers: error.headers },
    operation,
  })

  const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
  if (!auth) return fail(new HttpError(401, 'Requires authentication'))
  const token = state.tokens.get(auth[1]!)
  if (!token) return fail(new HttpError(401, 'Bad credentials'))

  let body: unknown
  if (req.body.length) {
    try {
      body = JSON.parse(req.body.toString('utf8'))
    } catch {
      return fail(new HttpError(400, 'Problems parsing JSON'))
    }
  }
  const params = found.params
  const invalid = validator.validateRequest(operation, { params, query: url.searchParams, body })
  if (invalid) {
    const message = `${operation.operationId} ${invalid.message}`
    violate('request', message)
    return fail(new HttpError(invalid.where === 'path' ? 404 : 422, `Invalid request.\n\n${message} (GitHub emulator: OpenAPI validation)`))
  }
  if (!router.has(operation.operationId)) {
    violate('not-emulated', `${operation.operationId} (${method} ${operation.template}) is not emulated`)
    return fail(new HttpError(404, `Not Found (GitHub emulator: ${operation.operationId} is not emulated)`))
  }
  let reply: Reply
  try {
    reply = router.dispatch({
      state,
      settings,
      operation,
      params,
      query: url.searchParams,
      body,
      headers: req.headers,
      token,
      actor: state.user(token.login),
      urls: { api: origin, html: 'https://github.com' },
      url,
    })
  } catch (error) {
    if (!(error instanceof HttpError)) {
      const message = `emulator error: ${(error as Error).stack ?? String(error)}`
      violate('emulator-error', message)
      return fail(new HttpError(500, message))
    }
    reply = fail(error).reply
  }
  // What goes on the wire is what gets checked: undefined fields vanish in JSON.
  const wire = reply.body === undefined ? undefined : (JSON.parse(JSON.stringify(reply.body)) as unknown)
  const mismatch = validator.validateResponse(operation, { status: reply.status, json: wire, hasBody: wire !== undefined || reply.text !== undefined })
  if (mismatch) {
    const message = `${operation.operationId} ${mismatch}`
    violate('response', message)
    return fail(new HttpError(500, `GitHub emulator: the response does not match the OpenAPI description: ${message}`))
  }
  return { reply, operation }
}

function faultReply(fault: FaultResponse): Reply {
  return { status: fault.status, ...(fault.body === undefined ? {} : { body: fault.body }), ...(fault.headers ? { headers: fault.headers } : {}) }
}
