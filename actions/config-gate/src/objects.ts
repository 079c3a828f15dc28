import { isRecord } from '@cna/kit'
import { parseAllDocuments, stringify } from 'yaml'

/** One object `kubectl kustomize` rendered, with where it came from. */
export interface RenderedObject {
  apiVersion: string
  kind: string
  name: string
  namespace: string
  /** The object as rendered, without the origin annotation config-gate asked kustomize for. */
  body: Record<string, unknown>
  /** The source file kustomize read it from, relative to the repository root ('' when unknown). */
  origin: string
}

/** kustomize's `buildMetadata: [originAnnotations]` records the source file here. */
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin'

/** apiVersion/kind/namespace/name: the identity Argo CD's diff matches objects by. */
export function objectKey(o: Pick<RenderedObject, 'apiVersion' | 'kind' | 'namespace' | 'name'>): string {
  return `${o.apiVersion}/${o.kind}/${o.namespace}/${o.name}`
}

/**
 * Reads kustomize's output into objects. `originBase` is the kustomization's folder relative to
 * the repository root: origin paths are relative to it. Origin annotations that config-gate
 * added (`addedOrigin`) are removed, so they never show in the difference.
 */
export function parseRendered(text: string, originBase: string, addedOrigin: boolean): RenderedObject[] {
  const out: RenderedObject[] = []
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`kubectl kustomize printed YAML that does not parse: ${doc.errors[0]!.message}`)
    const body = doc.toJS() as unknown
    if (!isRecord(body)) continue
    const metadata = isRecord(body.metadata) ? body.metadata : {}
    const annotations = isRecord(metadata.annotations) ? metadata.annotations : {}
    const origin = typeof annotations[ORIGIN_ANNOTATION] === 'string' ? originPath(annotations[ORIGIN_ANNOTATION], originBase) : ''
    if (addedOrigin && ORIGIN_ANNOTATION in annotations) {
      delete annotations[ORIGIN_ANNOTATION]
      if (Object.keys(annotations).length === 0) delete metadata.annotations
    }
    out.push({
      apiVersion: String(body.apiVersion ?? ''),
      kind: String(body.kind ?? ''),
      name: String(metadata.name ?? ''),
      namespace: String(metadata.namespace ?? ''),
      body,
      origin,
    })
  }
  return out
}

/** `path: ../../base/deployment.yaml` (YAML) → `base/deployment.yaml`; remote origins (repo:) → ''. */
export function originPath(annotation: string, originBase: string): string {
  const m = /^path:\s*(\S+)\s*$/m.exec(annotation)
  if (!m || /^repo:/m.test(annotation)) return ''
  return normalize(`${originBase}/${m[1]}`)
}

/** Resolves `.` and `..` in a repository-relative path (never above the root). */
export function normalize(path: string): string {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}

/** The YAML a reviewer reads in the difference: kustomize's key order, block style. */
export function toYaml(body: unknown): string {
  return stringify(body, { lineWidth: 0 })
}
