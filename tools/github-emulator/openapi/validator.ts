// Validates requests and responses against the OpenAPI description with ajv. Schemas are
// compiled lazily, one per operation part, and cached for the life of the process: ajv
// compiles each referenced `components.schemas` entry once and shares it.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { COMPONENTS_ID, toJsonSchema } from './convert.js'
import type { Operation } from './operations.js'
import { deref, type JsonSchema, type OpenApiDocument, type OpenApiParameter, type OpenApiResponse } from './spec.js'

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

export interface RequestInput {
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
}

export interface ResponseInput {
  status: number
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown
  hasBody: boolean
}

let shared: { doc: OpenApiDocument; ajv: Ajv; cache: Map<string, ValidateFunction> } | undefined

function setup(doc: OpenApiDocument) {
  if (shared?.doc === doc) return shared
  const ajv = new Ajv({ strict: false, validateSchema: false, logger: false, allErrors: true })
  addFormats(ajv)
  ajv.addFormat('repo.nwo', true)
  // GitHub sends "" for unset URL fields the description types as `format: uri`
  // (deployment statuses' target_url, log_url, environment_url): accept that, as the API does.
  ajv.addFormat('uri', (value: string) => value === '' || URL.canParse(value))
  const schemas = Object.fromEntries(Object.entries(doc.components.schemas).map(([k, v]) => [k, toJsonSchema(v)]))
  ajv.addSchema({ $id: COMPONENTS_ID, components: { schemas } })
  shared = { doc, ajv, cache: new Map() }
  return shared
}

export class OpenApiValidator {
  private readonly ajv: Ajv
  private readonly cache: Map<string, ValidateFunction>

  constructor(private readonly doc: OpenApiDocument) {
    const s = setup(doc)
    this.ajv = s.ajv
    this.cache = s.cache
  }

  /** Returns a description of everything wrong with the request, or undefined when it conforms. */
  validateRequest(op: Operation, input: RequestInput): { where: 'path' | 'query' | 'body'; message: string } | undefined {
    for (const p of op.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue
      const raw = p.in === 'path' ? input.params[p.name] : input.query.get(p.name) ?? undefined
      if (raw === undefined) {
        if (p.required) return { where: p.in, message: `${p.in} parameter "${p.name}" is required` }
        continue
      }
      const error = this.check(`${op.operationId} ${p.in} ${p.name}`, p.schema ?? {}, this.coerce(p, raw), '')
      if (error) return { where: p.in, message: `${p.in} parameter "${p.name}" ${error}` }
    }
    const body = op.spec.requestBody ? deref(this.doc, op.spec.requestBody) : undefined
    const schema = body?.content?.['application/json']?.schema
    if (!schema) return undefined
    if (input.body === undefined) return body?.required ? { where: 'body', message: 'a JSON request body is required' } : undefined
    const error = this.check(`${op.operationId} body`, schema, input.body)
    return error ? { where: 'body', message: `request body ${error}` } : undefined
  }

  validateResponse(op: Operation, res: ResponseInput): string | undefined {
    const declared = op.spec.responses[String(res.status)]
    if (!declared) {
      if (res.status < 400) return `status ${res.status} is not a documented response of ${op.operationId}`
      return this.checkError(res)
    }
    const response = deref<OpenApiResponse>(this.doc, declared)
    const media = response.content?.['application/json'] ?? Object.values(response.content ?? {})[0]
    if (!media?.schema) {
      if (res.status >= 400) return this.checkError(res)
      return res.hasBody ? `status ${res.status} of ${op.operationId} is documented without a body` : undefined
    }
    if (res.json === undefined) return undefined // a non-JSON media type (diff, raw): nothing to check
    const error = this.check(`${op.operationId} response ${res.status}`, media.schema, res.json)
    return error ? `response ${res.status} ${error}` : undefined
  }

  private checkError(res: ResponseInput): string | undefined {
    if (!res.hasBody) return undefined
    const name = res.status === 422 ? 'validation-error' : 'basic-error'
    const error = this.check(`error ${name}`, { $ref: `#/components/schemas/${name}` }, res.json)
    return error ? `error response ${res.status} ${error}` : undefined
  }

  private check(key: string, schema: JsonSchema, value: unknown, root = '(root)'): string | undefined {
    let validate = this.cache.get(key)
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as JsonSchema)
      this.cache.set(key, validate)
    }
    return validate(value) ? undefined : formatErrors(validate.errors ?? [], root)
  }

  private coerce(p: OpenApiParameter, raw: string): unknown {
    const schema = p.schema?.$ref ? this.componentSchema(String(p.schema.$ref)) : p.schema
    const type = schema?.type
    if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
    if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
    if (type === 'array') return raw.split(',')
    return raw
  }

  private componentSchema(ref: string): JsonSchema | undefined {
    return this.doc.components.schemas[ref.split('/').pop() ?? '']
  }
}

function formatErrors(errors: ErrorObject[], root: string): string {
  const lines = errors.slice(0, 5).map((e) => {
    const at = e.instancePath || root
    const extra = e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}` : ''
    return `${at ? `${at} ` : ''}${e.message ?? e.keyword}${extra}`
  })
  if (errors.length > 5) lines.push(`… and ${errors.length - 5} more`)
  return lines.join('; ')
}
