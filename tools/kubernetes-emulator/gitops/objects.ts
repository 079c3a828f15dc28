// Rendered objects against live ones: where each goes, whether the live one still says what Git
// says (every field Git sets, as both controllers compare), and the images workloads run.
import { getPath, leafPaths, type Json, type JsonObject } from '../apply.js'
import { meta, type Store } from '../store.js'
import { typeOf } from '../types.js'

/** The rendered objects, namespaced ones placed in `namespace` when they name none (or always, for Flux's targetNamespace). */
export function place(objects: readonly JsonObject[], namespace: string | undefined, override = false): JsonObject[] {
  return objects.map((o) => {
    const copy = structuredClone(o)
    const type = typeOf(String(copy.apiVersion), String(copy.kind))
    const m = (copy.metadata ??= {}) as JsonObject
    if (type?.namespaced && namespace && (override || !m.namespace)) m.namespace = namespace
    return copy
  })
}

export function liveOf(store: Store, desired: JsonObject): JsonObject | undefined {
  const type = typeOf(String(desired.apiVersion), String(desired.kind))
  return type ? store.get(type, meta(desired).namespace, meta(desired).name) : undefined
}

/** Every field the desired object sets has the same value live. */
export function inSync(desired: JsonObject, live: JsonObject | undefined): boolean {
  if (!live) return false
  return leafPaths(desired).every((path) => JSON.stringify(getPath(live, path)) === JSON.stringify(getPath(desired as Json, path)))
}

/** group/version/kind/namespace/name, as Argo CD's ResourceStatus names a resource. */
export function ref(o: JsonObject): { group: string; version: string; kind: string; namespace?: string; name: string } {
  const apiVersion = String(o.apiVersion)
  const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/') as [string, string]) : ['', apiVersion]
  const namespace = meta(o).namespace
  return { group, version, kind: String(o.kind), ...(namespace ? { namespace } : {}), name: meta(o).name }
}

/** The images a workload's pod template names. */
export function imagesOf(o: JsonObject | undefined): string[] {
  const spec = (o?.spec ?? {}) as { template?: { spec?: { containers?: Array<{ image?: string }>; initContainers?: Array<{ image?: string }> } } }
  const pod = spec.template?.spec
  return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])].map((c) => c.image ?? '').filter(Boolean)
}

/** "deployment.apps/api", as kubectl and both controllers print an object. */
export function shortName(o: JsonObject): string {
  const { group, kind, name } = ref(o)
  return `${kind.toLowerCase()}${group ? `.${group}` : ''}/${name}`
}
