// Turns an OpenAPI 3.0 schema into the JSON Schema (draft-07) dialect ajv validates.
// - `nullable`: OpenAPI adds `null` to a schema's type with it; JSON Schema spells it as a
//   type list (and an enum must list null too).
// - `oneOf` is read as `anyOf`: GitHub's description has oneOfs whose branches overlap (none
//   forbids additional properties), e.g. a 409 that is `basic-error` or
//   `repository-rule-violation-error`, which every real error body matches twice.
import type { JsonSchema } from './spec.js'

/** `$id` under which `components.schemas` is registered with ajv. */
export const COMPONENTS_ID = 'https://github-emulator.invalid/openapi.json'

const DROPPED = new Set(['example', 'examples', 'discriminator', 'deprecated', 'externalDocs', 'xml', 'nullable'])
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions'])
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf'])
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not'])

export function toJsonSchema(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema
  const source = schema as JsonSchema
  const out: JsonSchema = {}
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue
    if (key === '$ref' && typeof value === 'string') out.$ref = value.startsWith('#/') ? COMPONENTS_ID + value : value
    else if (SCHEMA_MAPS.has(key) && value && typeof value === 'object')
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]))
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      const target = key === 'oneOf' ? 'anyOf' : key
      const list = value.map(toJsonSchema)
      if (out[target]) out.allOf = [...((out.allOf as unknown[]) ?? []), { [target]: list }]
      else out[target] = list
    }
    else if (SCHEMA_VALUES.has(key)) out[key] = toJsonSchema(value)
    else out[key] = value
  }
  if (source.nullable !== true) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    return out
  }
  // No `type` to extend (a bare $ref, anyOf, ...): accept null beside the schema.
  const { description, ...rest } = out
  if (Object.keys(rest).length === 0) return out
  return { ...(description === undefined ? {} : { description }), anyOf: [{ type: 'null' }, rest] }
}
