// Routes are keyed by OpenAPI operationId: the OperationIndex turns method + path into an
// operation, and the router finds the handler for it, resolves `{owner}/{repo}` (404 when
// unknown or hidden from the token) and enforces the token's permission for the route's scope.
import type { IncomingHttpHeaders } from 'node:http'
import { forbidden, HttpError, notFound, type Reply } from './http.js'
import type { Operation } from './openapi/operations.js'
import type { Urls } from './render.js'
import type { Access, EmulatorState, RepoRecord, Scope, TokenRecord, UserRecord } from './state.js'

export interface EmulatorSettings {
  /** Pull request diffs with more files than this answer 406, as GitHub does past 300. */
  diffMaxFiles: number
}

export interface RequestContext {
  state: EmulatorState
  settings: EmulatorSettings
  operation: Operation
  params: Record<string, string>
  query: URLSearchParams
  /** The parsed JSON body; it has passed OpenAPI validation, so routes may cast it to their body type. */
  body: unknown
  headers: IncomingHttpHeaders
  token: TokenRecord
  actor: UserRecord
  urls: Urls
  url: URL
}

export interface RepoContext extends RequestContext {
  repo: RepoRecord
}

interface RouteBase {
  operationId: string
  /** The token permission the route needs (any one of a list); read for GET, write otherwise. */
  scope: Scope | Scope[]
  /** Overrides the access level the method implies. */
  access?: Access
}

/** `repo: true` routes get the `{owner}/{repo}` repository resolved (404 when unknown). */
export type Route = (RouteBase & { repo: true; handle(ctx: RepoContext): Reply }) | (RouteBase & { repo?: false; handle(ctx: RequestContext): Reply })

const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 }

export class Router {
  private readonly routes = new Map<string, Route>()

  constructor(routes: Route[]) {
    for (const route of routes) {
      if (this.routes.has(route.operationId)) throw new Error(`route ${route.operationId} defined twice`)
      this.routes.set(route.operationId, route)
    }
  }

  has(operationId: string): boolean {
    return this.routes.has(operationId)
  }

  dispatch(ctx: RequestContext): Reply {
    const route = this.routes.get(ctx.operation.operationId)
    if (!route) throw new Error(`no route for ${ctx.operation.operationId}`)
    const needed = route.access ?? (ctx.operation.method === 'GET' ? 'read' : 'write')
    if (!route.repo) {
      requireAccess(ctx.token, route.scope, needed)
      return route.handle(ctx)
    }
    const repo = ctx.state.getRepo(ctx.params.owner ?? '', ctx.params.repo ?? '')
    if (!repo) throw notFound()
    const fullName = `${repo.owner}/${repo.name}`.toLowerCase()
    const visible = !ctx.token.repositories || ctx.token.repositories.some((r) => r.toLowerCase() === fullName)
    if (!visible) {
      if (repo.private) throw notFound()
      if (needed === 'write') throw forbidden()
    }
    requireAccess(ctx.token, route.scope, needed)
    if (repo.archived && needed === 'write') throw new HttpError(403, 'Repository was archived so is read-only.')
    return route.handle({ ...ctx, repo })
  }
}

function requireAccess(token: TokenRecord, scope: Scope | Scope[], needed: Access): void {
  const scopes = Array.isArray(scope) ? scope : [scope]
  const granted = scopes.find((s) => RANK[token.permissions[s] ?? 'none'] >= RANK[needed])
  if (!granted) throw forbidden()
  token.used.add(`${granted}:${needed}`)
}
