// Matches a request (method + raw path) to an operation of the OpenAPI description by its
// path template. Parameters marked `x-multi-segment` (ref, sha, path, ...) may span several
// segments; the most specific template wins (more literal segments, fewer multi-segment ones).
import { deref, type OpenApiDocument, type OpenApiOperation, type OpenApiParameter } from './spec.js'

export interface Operation {
  operationId: string
  method: string
  template: string
  spec: OpenApiOperation
  /** Path, query and header parameters, references resolved. */
  parameters: OpenApiParameter[]
  documentationUrl: string
}

export type OperationMatch =
  | {
      kind: 'operation'
      operation: Operation
      /** Path parameters, percent-decoded. */
      params: Record<string, string>
    }
  /** The path is a template of the description, but not with this method. */
  | { kind: 'wrong-method'; template: string }

interface CompiledPath {
  template: string
  regex: RegExp
  names: string[]
  literals: number
  multi: number
  methods: Map<string, Operation>
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options'])

export class OperationIndex {
  private readonly paths: CompiledPath[]
  private readonly byId = new Map<string, Operation>()

  constructor(doc: OpenApiDocument) {
    this.paths = Object.entries(doc.paths).map(([template, item]) => this.compile(doc, template, item))
    this.paths.sort((a, b) => b.literals - a.literals || a.multi - b.multi || b.names.length - a.names.length)
  }

  match(method: string, rawPath: string): OperationMatch | undefined {
    let known: string | undefined
    for (const path of this.paths) {
      const found = path.regex.exec(rawPath)
      if (!found) continue
      const operation = path.methods.get(method.toUpperCase())
      if (!operation) {
        known ??= path.template
        continue
      }
      const params: Record<string, string> = {}
      path.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1] ?? '')))
      return { kind: 'operation', operation, params }
    }
    return known ? { kind: 'wrong-method', template: known } : undefined
  }

  byOperationId(id: string): Operation | undefined {
    return this.byId.get(id)
  }

  private compile(doc: OpenApiDocument, template: string, item: OpenApiDocument['paths'][string]): CompiledPath {
    const methods = new Map<string, Operation>()
    const multiNames = new Set<string>()
    const shared = (Array.isArray(item.parameters) ? item.parameters : []).map((p) => deref<OpenApiParameter>(doc, p))
    for (const [method, value] of Object.entries(item)) {
      if (!METHODS.has(method) || Array.isArray(value)) continue
      const spec = value
      const own = (spec.parameters ?? []).map((p) => deref<OpenApiParameter>(doc, p))
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own]
      for (const p of parameters) if (p.in === 'path' && p['x-multi-segment']) multiNames.add(p.name)
      const operation: Operation = {
        operationId: spec.operationId,
        method: method.toUpperCase(),
        template,
        spec,
        parameters,
        documentationUrl: spec.externalDocs?.url ?? 'https://docs.github.com/rest',
      }
      methods.set(operation.method, operation)
      this.byId.set(operation.operationId, operation)
    }
    const names: string[] = []
    let literals = 0
    let multi = 0
    const pattern = template
      .split('/')
      .map((segment) => {
        if (!segment.includes('{')) {
          literals++
          return escapeRegex(segment)
        }
        return segment.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, text: string | undefined) => {
          if (text !== undefined) return escapeRegex(text)
          names.push(name!)
          if (multiNames.has(name!)) {
            multi++
            return '(.+)'
          }
          return '([^/]+)'
        })
      })
      .join('/')
    return { template, regex: new RegExp(`^${pattern}$`), names, literals, multi, methods }
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
