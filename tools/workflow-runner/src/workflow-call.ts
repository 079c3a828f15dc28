// Calling a reusable workflow: the callee's `on.workflow_call` contract (typed inputs with
// defaults, required inputs and secrets) checked against what the caller passes. Pure functions.
import { normalizeOn } from './event-filters.js'

export interface CallContract {
  inputs: Record<string, { type: 'string' | 'number' | 'boolean'; required: boolean; default?: unknown }>
  secrets: Record<string, { required: boolean }>
  outputs: Record<string, { value: unknown }>
}

export function callContract(doc: Record<string, unknown>, file: string): CallContract {
  const on = normalizeOn(doc.on)
  if (!('workflow_call' in on)) throw new Error(`${file} is not a reusable workflow: its 'on:' has no workflow_call`)
  const call = on.workflow_call!
  const inputs: CallContract['inputs'] = {}
  for (const [name, raw] of Object.entries((call.inputs ?? {}) as Record<string, Record<string, unknown>>)) {
    const type = String(raw?.type ?? 'string')
    if (type !== 'string' && type !== 'number' && type !== 'boolean')
      throw new Error(`${file}: input '${name}' has type '${type}' (accepted: string, number, boolean)`)
    inputs[name] = { type, required: raw?.required === true, ...(raw?.default !== undefined ? { default: raw.default } : {}) }
  }
  const secrets: CallContract['secrets'] = {}
  for (const [name, raw] of Object.entries((call.secrets ?? {}) as Record<string, Record<string, unknown> | null>))
    secrets[name] = { required: raw?.required === true }
  const outputs: CallContract['outputs'] = {}
  for (const [name, raw] of Object.entries((call.outputs ?? {}) as Record<string, Record<string, unknown>>)) outputs[name] = { value: raw?.value }
  return { inputs, secrets, outputs }
}

const find = <T>(record: Record<string, T>, name: string): string | undefined => Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase())

/**
 * What GitHub refuses before the run starts: unknown or missing required inputs, unknown or
 * missing required secrets. `passedSecrets` are the names the caller passes (with `inherit`,
 * the caller's own secrets: the repository's at the top level, never environment secrets).
 */
export function callErrors(contract: CallContract, withKeys: string[], passedSecrets: string[] | 'none', explicitSecretKeys: string[]): string[] {
  const errors: string[] = []
  for (const key of withKeys) if (!find(contract.inputs, key)) errors.push(`Invalid input, ${key} is not defined in the referenced workflow.`)
  for (const [name, spec] of Object.entries(contract.inputs)) {
    if (spec.required && !withKeys.some((k) => k.toLowerCase() === name.toLowerCase()))
      errors.push(`Input ${name} is required, but not provided while calling.`)
  }
  for (const key of explicitSecretKeys) if (!find(contract.secrets, key)) errors.push(`Invalid secret, ${key} is not defined in the referenced workflow.`)
  const passed = passedSecrets === 'none' ? [] : passedSecrets
  for (const [name, spec] of Object.entries(contract.secrets)) {
    if (spec.required && !passed.some((k) => k.toLowerCase() === name.toLowerCase())) errors.push(`Secret ${name} is required, but not provided while calling.`)
  }
  return errors
}

/** The callee's `inputs` context: each `with:` value checked against its declared type, defaults filled in. */
export function typedInputs(contract: CallContract, given: Record<string, unknown>, file: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {}
  for (const [name, spec] of Object.entries(contract.inputs)) {
    const key = find(given, name)
    const value = key !== undefined ? given[key] : spec.default
    if (value === undefined || value === null) {
      out[name] = spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : ''
      continue
    }
    if (spec.type === 'string') {
      if (typeof value === 'object') throw new Error(`${file}: input '${name}': Unexpected type of value '${JSON.stringify(value)}', expected type: string.`)
      out[name] = String(value)
    } else if (spec.type === 'number') {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
      if (Number.isNaN(n) || typeof value === 'boolean')
        throw new Error(`${file}: input '${name}': Unexpected type of value '${String(value)}', expected type: number.`)
      out[name] = n
    } else {
      if (typeof value === 'boolean') out[name] = value
      else if (value === 'true' || value === 'false') out[name] = value === 'true'
      else throw new Error(`${file}: input '${name}': Unexpected type of value '${String(value)}', expected type: boolean.`)
    }
  }
  return out
}
