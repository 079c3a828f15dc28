// A Kubernetes API server stand-in on 127.0.0.1:0 for tests (no real one can run here).
// It speaks the REST API as @kubernetes/client-node and kubectl use it: discovery, CRUD with
// resourceVersion and Status errors, server-side apply, label/field selectors, watch, and
// namespaces that pass through Terminating; a small controller rolls workloads out. See README.md.
import { EventEmitter } from 'node:events'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse as parseYaml } from 'yaml'
import { serverSideApply, type JsonObject } from './apply.js'
import { Controller, type ControllerOptions, type FailureMode } from './controller.js'
import { GitOpsController, type GitOpsControllerOptions } from './gitops/controller.js'
import { alreadyExists, badRequest, conflict, notFound, ok, status, type Reply } from './http.js'
import { parseFieldSelector, parseLabelSelector, SelectorError } from './selectors.js'
import { meta, Store, type Change } from './store.js'
import { apiVersionOf, findType, SERVED, type ServedType } from './types.js'

export type { FailureMode } from './controller.js'
export { Store } from './store.js'

export interface KubeRequestLogEntry {
  method: string
  path: string
  query: string
  contentType?: string
  status: number
  watch?: boolean
}

export interface KubernetesEmulatorOptions extends ControllerOptions {
  /** How long a deleted namespace stays Terminating before it and its contents go (default 100 ms). */
  terminationDelayMs?: number
  /** The bearer token clients must send; unset accepts any (or none). */
  token?: string
  now?: () => Date
  /** Argo CD's and Flux's controllers (Application, GitRepository, Kustomization): see gitops/. `false`: none run, for a stand-in that writes their status itself. */
  gitops?: GitOpsControllerOptions | false
}

export interface KubernetesEmulator {
  url: string
  store: Store
  requests: KubeRequestLogEntry[]
  /** Images whose pods must fail: image (or repository prefix) → how. */
  failImages: Map<string, FailureMode>
  /**
   * `'watch'` (path) once a watch stream is subscribed to changes, `'watch-closed'` (path) when it ends:
   * a test waits for these (events.once) instead of sleeping until a watch is probably there or gone.
   */
  events: EventEmitter
  /** A kubeconfig (YAML) that points at the emulator. */
  kubeconfig(opts?: { namespace?: string }): string
  /** Adds an object directly (seeding), as if applied by `manager`. */
  seed(object: JsonObject): JsonObject
  /** The GitOps controllers: `reconcileAll()` is the poll, `idle()` waits for running reconciles (undefined with `gitops: false`). */
  gitops: GitOpsController
  stop(): Promise<void>
}

export async function startKubernetesEmulator(opts: KubernetesEmulatorOptions = {}): Promise<KubernetesEmulator> {
  const store = new Store(opts.now)
  const failImages = new Map<string, FailureMode>()
  const controller = new Controller(store, failImages, opts)
  const requests: KubeRequestLogEntry[] = []
  const terminationDelay = opts.terminationDelayMs ?? 100
  const timers = new Set<NodeJS.Timeout>()
  const streams = new Set<ServerResponse>()
  const events = new EventEmitter()
  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, ms)
    timers.add(t)
  }
  store.put(
    SERVED.find((t) => t.kind === 'Namespace')!,
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } },
  )
  store.put(
    SERVED.find((t) => t.kind === 'Node')!,
    {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'node-1', labels: { 'kubernetes.io/hostname': 'node-1' } },
      status: { conditions: [{ type: 'Ready', status: 'True' }] },
    },
  )

  // The GitOps controllers apply what Git renders as any client would: server-side apply with their field manager.
  const gitops = new GitOpsController(
    {
      store,
      apply: (object, manager) => {
        const kind = SERVED.find((k) => apiVersionOf(k) === object.apiVersion && k.kind === object.kind)
        if (!kind) throw new Error(`the server could not find the requested resource (${String(object.kind)} ${String(object.apiVersion)})`)
        const m = meta(object)
        const reply = patch(
          kind,
          kind.namespaced ? m.namespace : undefined,
          m.name,
          new URL(`http://emulator/?fieldManager=${encodeURIComponent(manager)}&force=true`),
          'application/apply-patch+yaml',
          JSON.stringify(object),
        )
        if (reply.status >= 300) throw new Error((reply.body as { message?: string }).message ?? `apply answered ${reply.status}`)
        return reply.body as JsonObject
      },
    },
    opts.gitops || {},
  )
  if (opts.gitops === false) gitops.stop()

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const entry: KubeRequestLogEntry = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.search,
        status: 0,
        ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
      }
      requests.push(entry)
      if (opts.token && req.headers.authorization !== `Bearer ${opts.token}`) {
        entry.status = 401
        return send(res, status(401, 'Unauthorized', 'Unauthorized'))
      }
      try {
        const watch = url.searchParams.get('watch')
        if (req.method === 'GET' && (watch === 'true' || watch === '1')) {
          entry.watch = true
          entry.status = startWatch(res, url)
          return
        }
        const reply = route(req.method ?? 'GET', url, req.headers['content-type'] ?? '', Buffer.concat(chunks).toString('utf8'))
        entry.status = reply.status
        send(res, reply)
      } catch (error) {
        const reply =
          error instanceof SelectorError
            ? badRequest(error.message)
            : status(500, 'InternalError', `emulator error: ${(error as Error).stack ?? String(error)}`)
        entry.status = reply.status
        send(res, reply)
      }
    })
  })

  function send(res: ServerResponse, reply: Reply): void {
    const payload = JSON.stringify(reply.body)
    res.writeHead(reply.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'audit-id': String(requests.length) })
    res.end(payload)
  }

  // ---- routing: /api, /apis, /api/v1/..., /apis/<group>/<version>/... ----
  interface Target {
    kind: ServedType
    namespace?: string
    name?: string
    subresource?: string
  }

  function parseTarget(path: string): Target | Reply {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
    let group = ''
    let rest: string[]
    if (parts[0] === 'api') rest = parts.slice(1)
    else if (parts[0] === 'apis') {
      group = parts[1] ?? ''
      rest = parts.slice(2)
    } else return status(404, 'NotFound', 'the server could not find the requested resource')
    const version = rest.shift() ?? ''
    let namespace: string | undefined
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      namespace = rest[1]
      rest = rest.slice(2)
    }
    const [plural, name, subresource] = rest
    const kind = findType(group, version, plural ?? '')
    if (!kind || (namespace && !kind.namespaced)) return status(404, 'NotFound', 'the server could not find the requested resource')
    return { kind, ...(namespace ? { namespace } : {}), ...(name ? { name } : {}), ...(subresource ? { subresource } : {}) }
  }

  function discovery(path: string): Reply | undefined {
    if (path === '/api')
      return ok({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] })
    if (path === '/apis') {
      const groups = [...new Set(SERVED.filter((t) => t.group).map((t) => t.group))].map((name) => {
        const versions = [...new Set(SERVED.filter((t) => t.group === name).map((t) => t.version))].map((version) => ({
          groupVersion: `${name}/${version}`,
          version,
        }))
        return { name, versions, preferredVersion: versions[0] }
      })
      return ok({ kind: 'APIGroupList', apiVersion: 'v1', groups })
    }
    if (path === '/version') return ok({ major: '1', minor: '32', gitVersion: 'v1.32.0-emulator', platform: 'linux/amd64' })
    const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/?$/.exec(path)
    if (!m) return undefined
    const group = m[2] ?? ''
    const version = m[1] ?? m[3]!
    const types = SERVED.filter((t) => t.group === group && t.version === version)
    if (!types.length) return status(404, 'NotFound', 'the server could not find the requested resource')
    const verbs = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']
    return ok({
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: group ? `${group}/${version}` : version,
      resources: types.flatMap((t) => [
        { name: t.plural, singularName: t.kind.toLowerCase(), namespaced: t.namespaced, kind: t.kind, verbs },
        ...(['Deployment', 'StatefulSet', 'DaemonSet', 'Namespace', 'Pod', 'Application', 'Kustomization', 'GitRepository'].includes(t.kind)
          ? [{ name: `${t.plural}/status`, singularName: '', namespaced: t.namespaced, kind: t.kind, verbs: ['get', 'patch', 'update'] }]
          : []),
      ]),
    })
  }

  function route(method: string, url: URL, contentType: string, text: string): Reply {
    const d = method === 'GET' ? discovery(url.pathname) : undefined
    if (d) return d
    const target = parseTarget(url.pathname)
    if ('status' in target) return target
    const { kind, namespace, name } = target
    if (method === 'GET' && !name) return list(kind, namespace, url)
    if (method === 'POST' && !name) return create(kind, namespace, text, contentType)
    if (!name) return status(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`)
    if (method === 'GET') return get(kind, namespace, name)
    if (method === 'PUT') return replace(kind, namespace, name, text)
    if (method === 'PATCH') return patch(kind, namespace, name, url, contentType, text)
    if (method === 'DELETE') return remove(kind, namespace, name)
    return status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource')
  }

  function parseBody(text: string, contentType: string): JsonObject | Reply {
    try {
      const body = contentType.includes('yaml') ? parseYaml(text) : JSON.parse(text)
      if (!body || typeof body !== 'object' || Array.isArray(body)) return badRequest('the body of the request was not an object')
      return body as JsonObject
    } catch (error) {
      return badRequest(`the body of the request was in an unknown format: ${(error as Error).message}`)
    }
  }

  function list(kind: ServedType, namespace: string | undefined, url: URL): Reply {
    const labels = parseLabelSelector(url.searchParams.get('labelSelector'))
    const fields = parseFieldSelector(url.searchParams.get('fieldSelector'))
    const items = store.list(kind, namespace).filter((o) => labels(meta(o).labels ?? {}) && fields(o))
    const limit = Number(url.searchParams.get('limit') ?? 0)
    const start = Number(url.searchParams.get('continue') ?? 0)
    const page = limit > 0 ? items.slice(start, start + limit) : items
    const next = limit > 0 && start + limit < items.length ? String(start + limit) : undefined
    return ok({
      kind: `${kind.kind}List`,
      apiVersion: apiVersionOf(kind),
      metadata: { resourceVersion: store.resourceVersion, ...(next ? { continue: next, remainingItemCount: items.length - start - limit } : {}) },
      items: page,
    })
  }

  function get(kind: ServedType, namespace: string | undefined, name: string): Reply {
    const object = store.get(kind, namespace, name)
    return object ? ok(object) : notFound(kind, name)
  }

  /** A namespaced write needs its namespace to exist and not be terminating. */
  function namespaceGate(kind: ServedType, namespace: string | undefined, isCreate: boolean): Reply | undefined {
    if (!kind.namespaced || !namespace) return undefined
    const ns = store.get(SERVED[0]!, undefined, namespace)
    if (!ns) return notFound(SERVED[0]!, namespace)
    if (isCreate && meta(ns).deletionTimestamp) {
      return status(403, 'Forbidden', `${kind.plural} is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`, {
        name: namespace,
        kind: 'namespaces',
      })
    }
    return undefined
  }

  function checkIdentity(kind: ServedType, namespace: string | undefined, name: string | undefined, body: JsonObject): Reply | undefined {
    const m = (body.metadata ?? {}) as { name?: string; namespace?: string }
    if (body.apiVersion !== apiVersionOf(kind) || body.kind !== kind.kind)
      return badRequest(
        `the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${apiVersionOf(kind)}) or kind ${String(body.kind)} is not ${kind.kind}`,
      )
    if (name && m.name && m.name !== name) return badRequest(`the name of the object (${m.name}) does not match the name on the URL (${name})`)
    if (kind.namespaced && m.namespace && namespace && m.namespace !== namespace)
      return badRequest(`the namespace of the provided object does not match the namespace sent on the request`)
    if (!name && !m.name) return status(422, 'Invalid', `${kind.kind} "" is invalid: metadata.name: Required value: name or generateName is required`)
    return undefined
  }

  function create(kind: ServedType, namespace: string | undefined, text: string, contentType: string): Reply {
    const body = parseBody(text, contentType)
    if ('status' in body && 'body' in body) return body as Reply
    const object = body as JsonObject
    const bad = checkIdentity(kind, namespace, undefined, object)
    if (bad) return bad
    const name = String((object.metadata as JsonObject).name)
    const gate = namespaceGate(kind, namespace, true)
    if (gate) return gate
    if (store.get(kind, namespace, name)) return alreadyExists(kind, name)
    if (namespace) (object.metadata as JsonObject).namespace = namespace
    if (kind.kind === 'Namespace') object.status = { phase: 'Active' }
    const stored = store.put(kind, object)
    controller.changed(kind, stored)
    return ok(stored, 201)
  }

  function replace(kind: ServedType, namespace: string | undefined, name: string, text: string): Reply {
    const body = parseBody(text, 'application/json')
    if ('status' in body && 'body' in body) return body as Reply
    const object = body as JsonObject
    const bad = checkIdentity(kind, namespace, name, object)
    if (bad) return bad
    const existing = store.get(kind, namespace, name)
    if (!existing) return notFound(kind, name)
    const rv = (object.metadata as JsonObject).resourceVersion
    if (rv && rv !== meta(existing).resourceVersion)
      return conflict(kind, name, 'the object has been modified; please apply your changes to the latest version and try again')
    if (namespace) (object.metadata as JsonObject).namespace = namespace
    const stored = store.put(kind, object)
    controller.changed(kind, stored)
    return ok(stored)
  }

  function patch(kind: ServedType, namespace: string | undefined, name: string, url: URL, contentType: string, text: string): Reply {
    const type = contentType.split(';')[0]!.trim()
    const body = parseBody(text, type)
    if ('status' in body && 'body' in body) return body as Reply
    const applied = body as JsonObject
    const existing = store.get(kind, namespace, name)
    if (type === 'application/apply-patch+yaml') {
      const manager = url.searchParams.get('fieldManager')
      if (!manager) return badRequest('PATCH, fieldManager is required for apply requests')
      const bad = checkIdentity(kind, namespace, name, applied)
      if (bad) return bad
      const gate = namespaceGate(kind, namespace, !existing)
      if (gate) return gate
      if (existing && meta(existing).deletionTimestamp && kind.kind === 'Namespace') {
        // Applying to a terminating namespace changes nothing about its end.
      }
      ;(applied.metadata as JsonObject).name = name
      if (namespace) (applied.metadata as JsonObject).namespace = namespace
      const result = serverSideApply(existing, applied, manager, url.searchParams.get('force') === 'true', new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))
      if ('conflicts' in result) {
        const causes = result.conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with "${c.manager}": ${c.path}`, field: c.path }))
        return conflict(
          kind,
          name,
          `Apply failed with ${causes.length} conflict${causes.length > 1 ? 's' : ''}: ${causes.map((c) => c.message).join(', ')}`,
          causes,
        )
      }
      if (kind.kind === 'Namespace' && !existing) result.object.status = { phase: 'Active' }
      const stored = store.put(kind, result.object)
      controller.changed(kind, stored)
      return ok(stored, existing ? 200 : 201)
    }
    if (!existing) return notFound(kind, name)
    if (type === 'application/merge-patch+json' || type === 'application/strategic-merge-patch+json') {
      const merged = mergePatch(structuredClone(existing), applied) as JsonObject
      const stored = store.put(kind, merged)
      controller.changed(kind, stored)
      return ok(stored)
    }
    return status(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
    )
  }

  function remove(kind: ServedType, namespace: string | undefined, name: string): Reply {
    const existing = store.get(kind, namespace, name)
    if (!existing) return notFound(kind, name)
    if (kind.kind === 'Namespace') {
      if (name === 'default' || name.startsWith('kube-'))
        return status(403, 'Forbidden', `namespaces "${name}" is forbidden: this namespace may not be deleted`)
      if (!meta(existing).deletionTimestamp) {
        const terminating = structuredClone(existing)
        meta(terminating).deletionTimestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
        terminating.status = { phase: 'Terminating' }
        const stored = store.put(kind, terminating)
        later(terminationDelay, () => finishNamespace(name))
        return ok(stored)
      }
      return ok(existing)
    }
    const gone = store.remove(kind, namespace, name)!
    controller.deleted(kind, gone)
    return ok(gone)
  }

  function finishNamespace(name: string): void {
    for (const { kind, object } of store.contents(name)) {
      store.remove(kind, name, meta(object).name)
    }
    store.remove(SERVED[0]!, undefined, name)
  }

  // ---- watch: JSON lines of {type, object} ----
  function startWatch(res: ServerResponse, url: URL): number {
    const target = parseTarget(url.pathname)
    if ('status' in target) {
      send(res, target)
      return target.status
    }
    const { kind, namespace, name } = target
    const labels = parseLabelSelector(url.searchParams.get('labelSelector'))
    const fieldSelector = [url.searchParams.get('fieldSelector'), name ? `metadata.name=${name}` : ''].filter(Boolean).join(',')
    const fields = parseFieldSelector(fieldSelector)
    const matches = (object: JsonObject): boolean =>
      (!namespace || !kind.namespaced || meta(object).namespace === namespace) && labels(meta(object).labels ?? {}) && fields(object)
    const since = url.searchParams.get('resourceVersion')
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' })
    streams.add(res)
    const write = (type: string, object: unknown): void => {
      res.write(`${JSON.stringify({ type, object })}\n`)
    }
    if (!since || since === '0') {
      for (const object of store.list(kind, namespace)) if (matches(object)) write('ADDED', object)
    } else {
      for (const change of store.history) if (change.rv > Number(since) && change.kind === kind && matches(change.object)) write(change.type, change.object)
    }
    const unsubscribe = store.subscribe((change: Change) => {
      if (change.kind === kind && matches(change.object)) write(change.type, change.object)
    })
    const timeout = Number(url.searchParams.get('timeoutSeconds') ?? 0)
    const end = (): void => {
      if (!streams.delete(res)) return
      unsubscribe()
      if (!res.writableEnded) res.end()
      events.emit('watch-closed', url.pathname)
    }
    if (timeout > 0) later(timeout * 1000, end)
    res.on('close', end)
    events.emit('watch', url.pathname)
    return 200
  }

  function seed(object: JsonObject): JsonObject {
    const [group, version] = String(object.apiVersion).includes('/') ? String(object.apiVersion).split('/') : ['', String(object.apiVersion)]
    const kind = SERVED.find((t) => t.group === group && t.version === version && t.kind === object.kind)
    if (!kind) throw new Error(`the emulator does not serve ${String(object.apiVersion)} ${String(object.kind)}`)
    if (kind.kind === 'Namespace' && !object.status) object.status = { phase: 'Active' }
    const stored = store.put(kind, object)
    controller.changed(kind, stored)
    return stored
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    store,
    requests,
    events,
    failImages,
    seed,
    gitops,
    kubeconfig: ({ namespace } = {}) =>
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '- name: emulator',
        '  cluster:',
        `    server: ${url}`,
        // @kubernetes/client-node refuses plain HTTP unless TLS verification is off for the cluster.
        '    insecure-skip-tls-verify: true',
        'users:',
        '- name: tester',
        '  user:',
        `    token: ${opts.token ?? 'emulator-token'}`,
        'contexts:',
        '- name: emulator',
        '  context:',
        '    cluster: emulator',
        '    user: tester',
        ...(namespace ? [`    namespace: ${namespace}`] : []),
        'current-context: emulator',
        '',
      ].join('\n'),
    stop: async () => {
      for (const t of timers) clearTimeout(t)
      controller.stop()
      gitops.stop()
      for (const res of streams) res.end()
      await new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
    },
  }
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch
  const out = (target && typeof target === 'object' && !Array.isArray(target) ? target : {}) as Record<string, unknown>
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else out[k] = mergePatch(out[k], v)
  }
  return out
}
