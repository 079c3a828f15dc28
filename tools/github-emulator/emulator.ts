// A stateful GitHub REST API emulator on 127.0.0.1:0 for tests. Every request it accepts and
// every response it sends is checked against GitHub's OpenAPI description; mismatches land
// in `violations` and turn the answer into a loud 422/500. See README.md.
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import { Faults } from './faults.js'
import type { Reply } from './http.js'
import { OperationIndex } from './openapi/operations.js'
import { loadGitHubOpenApi } from './openapi/spec.js'
import { OpenApiValidator } from './openapi/validator.js'
import { handleRequest, type Outcome } from './pipeline.js'
import { Router, type EmulatorSettings } from './router.js'
import { allRoutes } from './routes/index.js'
import { EmulatorState, type Permissions } from './state.js'
import type { Violation } from './violations.js'

export { assertNoViolations, formatViolation, type Violation } from './violations.js'
export { faultResponses, type Fault, type Faults, type FaultSpec, type FaultResponse } from './faults.js'
export { EmulatorState } from './state.js'
export type * from './records.js'

/** Registered by default: a GITHUB_TOKEN with every repository permission. */
export const WRITE_TOKEN = 'ghs_emulator_write_all'
/** Registered by default: the read-only GITHUB_TOKEN a pull request from a fork gets. */
export const READ_TOKEN = 'ghs_emulator_read_only'

export interface GitHubEmulatorOptions {
  /** More tokens: token → `write-all`, `read-all` or per-scope permissions (login github-actions[bot]). */
  tokens?: Record<string, 'write-all' | 'read-all' | Permissions>
  /** Pull request diffs with more files answer 406 (GitHub: 300). */
  diffMaxFiles?: number
  /** The clock for every timestamp. */
  now?: () => Date
}

export interface RequestLogEntry {
  method: string
  /** Path and query, as sent. */
  path: string
  status: number
  operation?: string
  /** True when a fault answered the request. */
  fault?: boolean
}

export interface GitHubEmulator {
  /** `http://127.0.0.1:PORT`: the Octokit `baseUrl`. */
  url: string
  state: EmulatorState
  faults: Faults
  requests: RequestLogEntry[]
  violations: Violation[]
  stop(): Promise<void>
}

export async function startGitHubEmulator(opts: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const doc = loadGitHubOpenApi()
  const index = operationIndex(doc)
  const validator = new OpenApiValidator(doc)
  const router = new Router(allRoutes)
  const state = new EmulatorState(opts.now ? { now: opts.now } : {})
  state.addToken(WRITE_TOKEN, { permissions: 'write-all' })
  state.addToken(READ_TOKEN, { permissions: 'read-all' })
  for (const [token, permissions] of Object.entries(opts.tokens ?? {})) state.addToken(token, { permissions })
  const settings: EmulatorSettings = { diffMaxFiles: opts.diffMaxFiles ?? 300 }
  const faults = new Faults()
  const requests: RequestLogEntry[] = []
  const violations: Violation[] = []
  const deps = { index, validator, router, state, settings, faults, violations }
  let origin = ''

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      let outcome: Outcome
      try {
        outcome = handleRequest(deps, origin, {
          method: (req.method ?? 'GET').toUpperCase(),
          rawUrl: req.url ?? '/',
          headers: req.headers,
          body: Buffer.concat(chunks),
        })
      } catch (error) {
        const message = `emulator error: ${(error as Error).stack ?? String(error)}`
        violations.push({ kind: 'emulator-error', method: req.method ?? 'GET', path: req.url ?? '/', message })
        outcome = { reply: { status: 500, body: { message, documentation_url: 'https://docs.github.com/rest' } } }
      }
      requests.push({
        method: (req.method ?? 'GET').toUpperCase(),
        path: req.url ?? '/',
        status: outcome.reply.status,
        ...(outcome.operation ? { operation: outcome.operation.operationId } : {}),
        ...(outcome.fault ? { fault: true } : {}),
      })
      send(res, outcome.reply)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: origin,
    state,
    faults,
    requests,
    violations,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

let cachedIndex: { doc: object; index: OperationIndex } | undefined
function operationIndex(doc: ReturnType<typeof loadGitHubOpenApi>): OperationIndex {
  if (cachedIndex?.doc !== doc) cachedIndex = { doc, index: new OperationIndex(doc) }
  return cachedIndex.index
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomUUID().toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    ...Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  }
  let payload = ''
  if (reply.text !== undefined) {
    payload = reply.text
    headers['content-type'] = reply.contentType ?? 'text/plain; charset=utf-8'
  } else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body)
    headers['content-type'] = 'application/json; charset=utf-8'
  }
  res.writeHead(reply.status, headers)
  res.end(payload)
}
