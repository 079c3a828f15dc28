// The emulator's object store: every object by type, namespace and name; one resourceVersion
// counter for the whole cluster; the history of changes that watches replay from.
import { randomUUID } from 'node:crypto'
import type { JsonObject } from './apply.js'
import { apiVersionOf, SERVED, type ServedType } from './types.js'

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface Change {
  rv: number
  type: EventType
  kind: ServedType
  object: JsonObject
}

export type Listener = (change: Change) => void

export interface Meta {
  name: string
  namespace?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  resourceVersion?: string
  uid?: string
  generation?: number
  creationTimestamp?: string
  deletionTimestamp?: string
  ownerReferences?: Array<{ apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }>
  [key: string]: unknown
}

export function meta(obj: JsonObject): Meta {
  return obj.metadata as unknown as Meta
}

export class Store {
  private rv = 1
  private readonly objects = new Map<ServedType, Map<string, JsonObject>>()
  readonly history: Change[] = []
  private readonly listeners = new Set<Listener>()
  constructor(readonly now: () => Date = () => new Date()) {
    for (const t of SERVED) this.objects.set(t, new Map())
  }

  get resourceVersion(): string {
    return String(this.rv)
  }

  private key(namespace: string | undefined, name: string): string {
    return `${namespace ?? ''}/${name}`
  }

  get(kind: ServedType, namespace: string | undefined, name: string): JsonObject | undefined {
    return this.objects.get(kind)!.get(this.key(kind.namespaced ? namespace : undefined, name))
  }

  list(kind: ServedType, namespace?: string): JsonObject[] {
    const all = [...this.objects.get(kind)!.values()]
    const found = namespace && kind.namespaced ? all.filter((o) => meta(o).namespace === namespace) : all
    return found.sort((a, b) => `${meta(a).namespace ?? ''}/${meta(a).name}`.localeCompare(`${meta(b).namespace ?? ''}/${meta(b).name}`))
  }

  /** Stores a new or changed object; bumps resourceVersion (and generation when the spec changed). */
  put(kind: ServedType, object: JsonObject): JsonObject {
    const m = meta(object)
    const existing = this.get(kind, m.namespace, m.name)
    const stamp = this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
    const next = structuredClone(object)
    const nm = meta(next)
    nm.uid = existing ? meta(existing).uid : (nm.uid ?? randomUUID())
    nm.creationTimestamp = existing ? meta(existing).creationTimestamp : stamp
    if (!kind.namespaced) delete nm.namespace
    if ('spec' in next || kind.kind === 'Deployment') {
      const previous = existing ? (meta(existing).generation ?? 1) : 0
      nm.generation = existing && JSON.stringify(existing.spec) === JSON.stringify(next.spec) ? previous : previous + 1
    }
    next.apiVersion = apiVersionOf(kind)
    next.kind = kind.kind
    // An unchanged object keeps its resourceVersion and sends no event, as on a real server.
    if (existing) {
      const same = { ...next, metadata: { ...(next.metadata as JsonObject), resourceVersion: meta(existing).resourceVersion ?? null, managedFields: null } }
      const was = { ...existing, metadata: { ...(existing.metadata as JsonObject), managedFields: null } }
      if (JSON.stringify(same) === JSON.stringify(was)) {
        ;(existing.metadata as JsonObject).managedFields = (next.metadata as JsonObject).managedFields ?? null
        return existing
      }
    }
    nm.resourceVersion = String(++this.rv)
    this.objects.get(kind)!.set(this.key(nm.namespace, nm.name), next)
    this.emit({ rv: this.rv, type: existing ? 'MODIFIED' : 'ADDED', kind, object: next })
    return next
  }

  remove(kind: ServedType, namespace: string | undefined, name: string): JsonObject | undefined {
    const existing = this.get(kind, namespace, name)
    if (!existing) return undefined
    this.objects.get(kind)!.delete(this.key(kind.namespaced ? namespace : undefined, name))
    const gone = structuredClone(existing)
    meta(gone).resourceVersion = String(++this.rv)
    this.emit({ rv: this.rv, type: 'DELETED', kind, object: gone })
    return gone
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(change: Change): void {
    this.history.push(change)
    for (const listener of [...this.listeners]) listener(change)
  }

  /** By kind name, for tests: `find('Deployment', 'dev-x', 'api')`. */
  find(kind: string, namespace: string | undefined, name: string): JsonObject | undefined {
    const type = SERVED.find((t) => t.kind === kind)
    if (!type) throw new Error(`the emulator does not serve ${kind}`)
    return this.get(type, namespace, name)
  }

  listKind(kind: string, namespace?: string): JsonObject[] {
    const type = SERVED.find((t) => t.kind === kind)
    if (!type) throw new Error(`the emulator does not serve ${kind}`)
    return this.list(type, namespace)
  }

  /** Everything inside `namespace`, of every namespaced type. */
  contents(namespace: string): Array<{ kind: ServedType; object: JsonObject }> {
    return SERVED.filter((t) => t.namespaced).flatMap((kind) => this.list(kind, namespace).map((object) => ({ kind, object })))
  }
}
