import http from 'node:http'
import https from 'node:https'
import { createInterface } from 'node:readline'
import type { ClusterAccess } from './config.js'
import { isOneOf, isRecord, valueAt } from '../guards.js'
import { KubeApiError } from './errors.js'
import { groupVersionPath, knownType, resourcePath, type KubeObject, type ResourceType } from './resources.js'

export interface ListResult<T = KubeObject> {
  items: T[]
  metadata: { resourceVersion?: string; continue?: string }
}

export interface ListOptions {
  labelSelector?: string
  fieldSelector?: string
  limit?: number
}

const WATCH_EVENT_TYPES = ['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK', 'ERROR'] as const
export type WatchEventType = (typeof WATCH_EVENT_TYPES)[number]

export interface WatchOptions {
  labelSelector?: string
  fieldSelector?: string
  resourceVersion?: string
  /** Give up after this long; the promise then resolves `timeout`. */
  timeoutMs: number
}

/** Called for each event; return true when the wait is over. */
export type WatchHandler = (type: WatchEventType, object: KubeObject) => boolean | void

/**
 * A small Kubernetes client: JSON requests, server-side apply and watch, against the
 * cluster `access` names (resolved by @kubernetes/client-node's kubeconfig parsing and exec
 * credential plugins), over node:http(s) with the cluster's TLS material and credentials.
 */
export class KubeClient {
  /** Requests sent, for figures and tests: `GET /api/v1/namespaces`, ... */
  readonly requests: string[] = []
  private readonly agent: http.Agent
  private readonly types = new Map<string, ResourceType>()

  constructor(readonly access: ClusterAccess) {
    const secure = access.server.startsWith('https:')
    this.agent = secure
      ? new https.Agent({
          keepAlive: true,
          ...(access.ca ? { ca: access.ca } : {}),
          ...(access.cert ? { cert: access.cert } : {}),
          ...(access.key ? { key: access.key } : {}),
          ...(access.tlsServerName ? { servername: access.tlsServerName } : {}),
          rejectUnauthorized: !access.skipTLSVerify,
        })
      : new http.Agent({ keepAlive: true })
  }

  close(): void {
    this.agent.destroy()
  }

  async request<T>(
    method: string,
    path: string,
    opts: { query?: Record<string, string | number | boolean | undefined>; body?: unknown; contentType?: string } = {},
  ): Promise<T> {
    const url = new URL(this.access.server + path)
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v))
    const auth = await this.access.authenticate()
    const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body))
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'cloud-native-actions', ...auth.headers }
    if (payload) {
      headers['content-type'] = opts.contentType ?? 'application/json'
      headers['content-length'] = String(payload.length)
    }
    this.requests.push(`${method} ${url.pathname}${url.search}`)
    const transport = url.protocol === 'https:' ? https : http
    return new Promise<T>((resolve, reject) => {
      const req = transport.request(
        url,
        { method, headers, agent: this.agent, ...(auth.cert ? { cert: auth.cert } : {}), ...(auth.key ? { key: auth.key } : {}) },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('error', reject)
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let body: unknown
            try {
              body = text ? JSON.parse(text) : undefined
            } catch {
              body = undefined
            }
            const status = res.statusCode ?? 0
            if (status >= 200 && status < 300) return resolve(body as T)
            reject(
              new KubeApiError(
                status,
                stringAt(body, 'reason') ?? '',
                method,
                url.pathname,
                stringAt(body, 'message') ?? (text.slice(0, 200) || http.STATUS_CODES[status] || 'error'),
              ),
            )
          })
        },
      )
      req.on('error', (error) => reject(new Error(`Kubernetes API ${method} ${url.pathname} failed: ${error.message} (server ${this.access.server})`)))
      req.end(payload)
    })
  }

  /** The REST type of `apiVersion`/`kind`: known ones from the table, others by discovery. */
  async resourceType(apiVersion: string, kind: string): Promise<ResourceType> {
    const known = knownType(apiVersion, kind)
    if (known) return known
    const key = `${apiVersion}/${kind}`
    const cached = this.types.get(key)
    if (cached) return cached
    let list: { resources: Array<{ name: string; kind: string; namespaced: boolean }> }
    try {
      list = await this.request('GET', groupVersionPath(apiVersion))
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404)
        throw new KubeApiError(404, 'NotFound', 'GET', groupVersionPath(apiVersion), `the cluster does not serve ${apiVersion}`)
      throw error
    }
    for (const r of list.resources) {
      if (!r.name.includes('/')) this.types.set(`${apiVersion}/${r.kind}`, { apiVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced })
    }
    const found = this.types.get(key)
    if (!found) throw new KubeApiError(404, 'NotFound', 'GET', groupVersionPath(apiVersion), `the cluster serves no kind ${kind} in ${apiVersion}`)
    return found
  }

  async get<T = KubeObject>(path: string): Promise<T | undefined> {
    try {
      return await this.request<T>('GET', path)
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined
      throw error
    }
  }

  async list<T = KubeObject>(path: string, opts: ListOptions = {}): Promise<ListResult<T>> {
    const items: T[] = []
    let cont: string | undefined
    let last: ListResult<T> | undefined
    do {
      last = await this.request<ListResult<T>>('GET', path, {
        query: { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector, limit: opts.limit ?? 500, continue: cont },
      })
      items.push(...(last.items ?? []))
      cont = last.metadata?.continue || undefined
    } while (cont)
    return { items, metadata: { ...(last.metadata?.resourceVersion ? { resourceVersion: last.metadata.resourceVersion } : {}) } }
  }

  /** Server-side apply: the object as this field manager wants it; `force` takes over fields others own. */
  async apply<T extends KubeObject>(obj: T, fieldManager: string): Promise<T> {
    const type = await this.resourceType(obj.apiVersion, obj.kind)
    const path = resourcePath(type, obj.metadata.namespace, obj.metadata.name)
    // JSON is YAML, so the apply body can be JSON with the apply-patch content type (as kubectl sends it).
    return this.request<T>('PATCH', path, { query: { fieldManager, force: true }, body: obj, contentType: 'application/apply-patch+yaml' })
  }

  /** Deletes; undefined when it was already gone (404). The answer may be the object, now terminating. */
  async delete<T = KubeObject>(path: string, opts: { propagationPolicy?: 'Foreground' | 'Background' | 'Orphan' } = {}): Promise<T | undefined> {
    try {
      return await this.request<T>('DELETE', path, {
        body: { kind: 'DeleteOptions', apiVersion: 'v1', ...(opts.propagationPolicy ? { propagationPolicy: opts.propagationPolicy } : {}) },
      })
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined
      throw error
    }
  }

  /**
   * Watches `path` until `handler` returns true (`done`), the time runs out (`timeout`), or
   * the server closes the stream (`closed`: the caller decides whether to watch again).
   * The protocol is @kubernetes/client-node's `Watch`: `?watch=true`, one JSON `{type, object}`
   * per line. Its class is not used itself: it brings node-fetch and a URL polyfill (360 kB bundled).
   */
  async watch(path: string, opts: WatchOptions, handler: WatchHandler): Promise<'done' | 'timeout' | 'closed'> {
    const auth = await this.access.authenticate()
    const url = new URL(this.access.server + path)
    url.searchParams.set('watch', 'true')
    if (opts.labelSelector) url.searchParams.set('labelSelector', opts.labelSelector)
    if (opts.fieldSelector) url.searchParams.set('fieldSelector', opts.fieldSelector)
    if (opts.resourceVersion) url.searchParams.set('resourceVersion', opts.resourceVersion)
    url.searchParams.set('allowWatchBookmarks', 'true')
    url.searchParams.set('timeoutSeconds', String(Math.max(1, Math.ceil(opts.timeoutMs / 1000))))
    this.requests.push(`GET ${url.pathname}${url.search}`)
    const transport = url.protocol === 'https:' ? https : http
    return new Promise((resolve, reject) => {
      let settled = false
      const finish = (result: 'done' | 'timeout' | 'closed', error?: unknown): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        req.destroy()
        if (error) reject(error)
        else resolve(result)
      }
      const timer = setTimeout(() => finish('timeout'), opts.timeoutMs)
      const req = transport.request(
        url,
        {
          method: 'GET',
          agent: this.agent,
          headers: { accept: 'application/json', 'user-agent': 'cloud-native-actions', ...auth.headers },
          ...(auth.cert ? { cert: auth.cert } : {}),
          ...(auth.key ? { key: auth.key } : {}),
        },
        (res) => {
          const status = res.statusCode ?? 0
          if (status !== 200) {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => {
              const s = parseJson(Buffer.concat(chunks).toString('utf8'))
              finish(
                'closed',
                new KubeApiError(
                  status,
                  stringAt(s, 'reason') ?? '',
                  'WATCH',
                  url.pathname,
                  stringAt(s, 'message') ?? http.STATUS_CODES[status] ?? 'watch failed',
                ),
              )
            })
            return
          }
          const lines = createInterface({ input: res, crlfDelay: Infinity })
          lines.on('line', (line) => {
            if (settled || !line.trim()) return
            const event = parseJson(line)
            const type = valueAt(event, 'type')
            const object = valueAt(event, 'object')
            if (type === 'ERROR') {
              const code = valueAt(object, 'code')
              return finish(
                'closed',
                new KubeApiError(
                  typeof code === 'number' ? code : 500,
                  stringAt(object, 'reason') ?? '',
                  'WATCH',
                  url.pathname,
                  stringAt(object, 'message') ?? 'watch error',
                ),
              )
            }
            if (!isOneOf(WATCH_EVENT_TYPES, type) || !isKubeObject(object)) return
            try {
              if (handler(type, object)) finish('done')
            } catch (error) {
              finish('closed', error)
            }
          })
          lines.on('close', () => finish('closed'))
          // Ending the watch destroys the request, and the response then errors with `aborted`:
          // expected, and it must not escape as an unhandled 'error' event.
          lines.on('error', () => finish('closed'))
          res.on('error', () => finish('closed'))
        },
      )
      req.on('error', (error) => finish('closed', new Error(`Kubernetes watch of ${url.pathname} failed: ${error.message} (server ${this.access.server})`)))
      req.end()
    })
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function stringAt(doc: unknown, key: string): string | undefined {
  const value = valueAt(doc, key)
  return typeof value === 'string' ? value : undefined
}

/** What every object the API server sends has: a kind and a named metadata. */
function isKubeObject(value: unknown): value is KubeObject {
  return isRecord(value) && typeof value.kind === 'string' && typeof valueAt(value, 'metadata', 'name') === 'string'
}
