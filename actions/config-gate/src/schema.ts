import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isRecord } from '@cna/kit'
import type { RenderedObject } from './objects.js'

// A chunk of its own in the bundle (200 kB of schemas), loaded once.
const bundled = (await import('./schemas/kubernetes.json', { with: { type: 'json' } })).default

/** The Kubernetes release whose OpenAPI schemas are bundled (see scripts/kubernetes-schemas.mjs). */
export const KUBERNETES_VERSION: string = bundled.kubernetes

export interface SchemaProblem {
  /** JSON path into the object, e.g. ['spec', 'replicas']. */
  path: Array<string | number>
  message: string
}

export type SchemaOutcome = { known: true; problems: SchemaProblem[] } | { known: false }

interface KindEntry {
  model: string
  namespaced: boolean
}
const kinds = bundled.kinds as Record<string, KindEntry>

/**
 * Validates rendered objects against the bundled Kubernetes schemas, and custom resources against
 * the openAPIV3Schema of the CustomResourceDefinitions the repository holds. Offline: nothing is
 * downloaded. Validators are compiled once per kind, on first use.
 */
export class SchemaValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
  private readonly compiled = new Map<string, ValidateFunction | undefined>()
  private readonly crds = new Map<string, Record<string, unknown>>()

  constructor() {
    this.ajv.addSchema({ definitions: bundled.definitions }, 'k8s')
  }

  /** Registers every served version of a CustomResourceDefinition object. */
  addCrd(body: Record<string, unknown>): void {
    const spec = isRecord(body.spec) ? body.spec : {}
    const group = String(spec.group ?? '')
    const kind = isRecord(spec.names) ? String(spec.names.kind ?? '') : ''
    for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
      if (!isRecord(v) || !isRecord(v.schema) || !isRecord(v.schema.openAPIV3Schema)) continue
      this.crds.set(`${group}/${String(v.name)}/${kind}`, v.schema.openAPIV3Schema)
    }
  }

  /** Whether the kind is namespaced in the bundled schemas (undefined: not a built-in kind). */
  namespaced(o: Pick<RenderedObject, 'apiVersion' | 'kind'>): boolean | undefined {
    return kinds[`${o.apiVersion}/${o.kind}`]?.namespaced
  }

  validate(o: RenderedObject): SchemaOutcome {
    const key = `${o.apiVersion}/${o.kind}`
    if (!this.compiled.has(key)) this.compiled.set(key, this.compile(key))
    const fn = this.compiled.get(key)
    if (!fn) return { known: false }
    fn(o.body)
    return { known: true, problems: (fn.errors ?? []).filter(relevant).map(problemOf) }
  }

  private compile(key: string): ValidateFunction | undefined {
    const builtIn = kinds[key]
    if (builtIn) return this.ajv.compile({ $ref: `k8s#/definitions/${builtIn.model}` })
    const crd = this.crds.get(key)
    if (!crd) return undefined
    // The API server adds apiVersion, kind and metadata to every custom resource's schema.
    const properties = isRecord(crd.properties) ? crd.properties : {}
    return this.ajv.compile({ ...crd, properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...properties } })
  }
}

/** ajv reports each branch of a failed anyOf too; the anyOf line says it once. */
function relevant(e: ErrorObject): boolean {
  return e.keyword !== 'if'
}

function problemOf(e: ErrorObject): SchemaProblem {
  const path: Array<string | number> = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
  const where = path.length ? path.join('.') : '(the object)'
  if (e.keyword === 'additionalProperties') {
    const field = String((e.params as { additionalProperty: string }).additionalProperty)
    return { path: [...path, field], message: `${where === '(the object)' ? '' : `${where}: `}unknown field "${field}"` }
  }
  if (e.keyword === 'required')
    return { path, message: `${where}: missing required field "${String((e.params as { missingProperty: string }).missingProperty)}"` }
  if (e.keyword === 'type') return { path, message: `${where}: must be ${[(e.params as { type: string | string[] }).type].flat().join(' or ')}` }
  return { path, message: `${where}: ${e.message ?? e.keyword}` }
}
