// Server-side apply, as the API server merges it: each field manager owns the fields it set
// last; applying again sets the manager's fields, removes those it no longer sets, and keeps
// the fields other managers own. A field another manager owns with a different value is a
// conflict (409) unless `force=true`. Lists are atomic here (the real server merges some
// lists by key; the manifests in tests do not depend on it).
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export interface ManagedFields {
  manager: string
  operation: 'Apply' | 'Update'
  apiVersion: string
  time: string
  fieldsType: 'FieldsV1'
  fieldsV1: JsonObject
}

const IGNORED_META = new Set(['resourceVersion', 'uid', 'generation', 'creationTimestamp', 'managedFields', 'deletionTimestamp', 'selfLink'])

/** Leaf paths an applied configuration sets ("metadata.labels.app", "spec.replicas", ...). */
export function leafPaths(obj: JsonObject, prefix: string[] = []): string[][] {
  const paths: string[][] = []
  for (const [key, value] of Object.entries(obj)) {
    if (prefix.length === 0 && (key === 'status' || key === 'apiVersion' || key === 'kind')) continue
    if (prefix.length === 1 && prefix[0] === 'metadata' && IGNORED_META.has(key)) continue
    const path = [...prefix, key]
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) paths.push(...leafPaths(value, path))
    else paths.push(path)
  }
  return paths
}

export function getPath(obj: Json | undefined, path: string[]): Json | undefined {
  let cur: Json | undefined = obj
  for (const key of path) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined
    cur = cur[key]
  }
  return cur
}

function setPath(obj: JsonObject, path: string[], value: Json): void {
  let cur = obj
  for (const key of path.slice(0, -1)) {
    const next = cur[key]
    if (!next || typeof next !== 'object' || Array.isArray(next)) cur[key] = {}
    cur = cur[key] as JsonObject
  }
  cur[path[path.length - 1]!] = value
}

function deletePath(obj: JsonObject, path: string[]): void {
  const parents: JsonObject[] = []
  let cur: JsonObject = obj
  for (const key of path.slice(0, -1)) {
    const next = cur[key]
    if (!next || typeof next !== 'object' || Array.isArray(next)) return
    parents.push(cur)
    cur = next
  }
  delete cur[path[path.length - 1]!]
  // Remove parents emptied by the removal.
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = parents[i]!
    const child = parent[path[i]!] as JsonObject
    if (Object.keys(child).length === 0) delete parent[path[i]!]
    else break
  }
}

export function fieldsV1(paths: string[][]): JsonObject {
  const root: JsonObject = {}
  for (const path of paths) {
    let cur = root
    for (const key of path) {
      const k = `f:${key}`
      if (!cur[k] || typeof cur[k] !== 'object') cur[k] = {}
      cur = cur[k] as JsonObject
    }
  }
  return root
}

export function pathsOf(fields: JsonObject, prefix: string[] = []): string[][] {
  const out: string[][] = []
  for (const [k, v] of Object.entries(fields)) {
    if (!k.startsWith('f:')) continue
    const path = [...prefix, k.slice(2)]
    const children = v && typeof v === 'object' && !Array.isArray(v) ? pathsOf(v, path) : []
    if (children.length) out.push(...children)
    else out.push(path)
  }
  return out
}

export interface ApplyConflict {
  manager: string
  path: string
}

/**
 * Merges `applied` (from `manager`) into `existing` (undefined on create). Returns the new
 * object, or the conflicts when not forced.
 */
export function serverSideApply(
  existing: JsonObject | undefined,
  applied: JsonObject,
  manager: string,
  force: boolean,
  now: string,
): { object: JsonObject } | { conflicts: ApplyConflict[] } {
  const managed = ((existing?.metadata as JsonObject | undefined)?.managedFields as unknown as ManagedFields[] | undefined) ?? []
  const newPaths = leafPaths(applied)
  const key = (p: string[]): string => p.join('\u0000')
  const conflicts: ApplyConflict[] = []
  const others = managed.filter((m) => m.manager !== manager)
  if (existing && !force) {
    for (const other of others) {
      const owned = new Set(pathsOf(other.fieldsV1).map(key))
      for (const path of newPaths) {
        if (owned.has(key(path)) && JSON.stringify(getPath(existing, path)) !== JSON.stringify(getPath(applied, path)))
          conflicts.push({ manager: other.manager, path: `.${path.join('.')}` })
      }
    }
    if (conflicts.length) return { conflicts }
  }
  const object = structuredClone(existing ?? {}) as JsonObject
  const previous = managed.find((m) => m.manager === manager)
  const nowOwned = new Set(newPaths.map(key))
  const ownedByOthers = new Set(others.flatMap((m) => pathsOf(m.fieldsV1).map(key)))
  // Fields this manager set before and no longer sets go, unless someone else owns them.
  for (const path of previous ? pathsOf(previous.fieldsV1) : []) {
    if (!nowOwned.has(key(path)) && !ownedByOthers.has(key(path))) deletePath(object, path)
  }
  for (const path of newPaths) setPath(object, path, structuredClone(getPath(applied, path)!))
  object.apiVersion = applied.apiVersion ?? object.apiVersion ?? null
  object.kind = applied.kind ?? object.kind ?? null
  // With force, the fields move to this manager: others lose them.
  const updatedOthers = others
    .map((m) => ({ ...m, fieldsV1: fieldsV1(pathsOf(m.fieldsV1).filter((p) => !nowOwned.has(key(p)))) }))
    .filter((m) => Object.keys(m.fieldsV1).length > 0)
  const entry: ManagedFields = {
    manager,
    operation: 'Apply',
    apiVersion: String(applied.apiVersion),
    time: now,
    fieldsType: 'FieldsV1',
    fieldsV1: fieldsV1(newPaths),
  }
  ;(object.metadata as JsonObject).managedFields = [...updatedOthers, entry] as unknown as Json
  return { object }
}
