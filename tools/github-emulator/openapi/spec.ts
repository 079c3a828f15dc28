// Loads GitHub's published OpenAPI description (the api.github.com one from @octokit/openapi)
// once per process. The non-dereferenced file (13 MB, ~130 ms to parse) is used: the
// dereferenced one is 70 MB, and ajv resolves `$ref`s into `components.schemas` itself.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface OpenApiParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonSchema
  'x-multi-segment'?: boolean
}

export interface OpenApiMedia {
  schema?: JsonSchema
}

export interface OpenApiResponse {
  description?: string
  content?: Record<string, OpenApiMedia>
}

export interface OpenApiOperation {
  operationId: string
  summary?: string
  externalDocs?: { url: string }
  parameters?: Array<OpenApiParameter | OpenApiRef>
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMedia> } | OpenApiRef
  responses: Record<string, OpenApiResponse | OpenApiRef>
}

export interface OpenApiRef {
  $ref: string
}

export type JsonSchema = Record<string, unknown>

export interface OpenApiDocument {
  openapi: string
  info: { version: string }
  paths: Record<string, Record<string, OpenApiOperation | Array<OpenApiParameter | OpenApiRef>>>
  components: {
    schemas: Record<string, JsonSchema>
    parameters: Record<string, OpenApiParameter>
    responses: Record<string, OpenApiResponse>
    requestBodies?: Record<string, { content?: Record<string, OpenApiMedia> }>
  }
}

/** The file inside @octokit/openapi that the emulator validates against. */
export const OPENAPI_FILE = '@octokit/openapi/generated/api.github.com.json'

let cached: OpenApiDocument | undefined

export function loadGitHubOpenApi(): OpenApiDocument {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve(OPENAPI_FILE)
    cached = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
  }
  return cached
}

/** Follows a local `#/components/...` reference to a parameter, response or request body. */
export function deref<T>(doc: OpenApiDocument, value: T | OpenApiRef): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    const parts = value.$ref.replace(/^#\//, '').split('/')
    let node: unknown = doc
    for (const part of parts) node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
    if (node === undefined) throw new Error(`unresolvable $ref ${value.$ref}`)
    return deref(doc, node as T | OpenApiRef)
  }
  return value as T
}
