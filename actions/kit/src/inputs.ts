import { InputError } from './errors.js'
import { isOneOf } from './guards.js'

/**
 * A typed registry of an action's inputs, keyed by the names in action.yml. Each action
 * declares its inputs once with these parsers; `readInputs` is the only place that reads
 * them, and a contract test compares the registry with action.yml in both directions.
 */
export interface InputSpec<T> {
  /** Turns the raw string (already trimmed; '' when unset) into a value, or throws InputError. */
  parse(raw: string, name: string): T
}

export type InputValues<S extends Record<string, InputSpec<unknown>>> = {
  [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never
}

/** Reads an input the way the runner passes it: INPUT_<NAME> with spaces as `_`, hyphens kept. */
export type InputSource = (name: string) => string | undefined

export const envInputSource =
  (env: NodeJS.ProcessEnv = process.env): InputSource =>
  (name) =>
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]

export function readInputs<S extends Record<string, InputSpec<unknown>>>(specs: S, source: InputSource = envInputSource()): InputValues<S> {
  const values: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(specs)) {
    values[name] = spec.parse((source(name) ?? '').trim(), name)
  }
  return values as InputValues<S>
}

export function text(opts: { required?: boolean; default?: string; pattern?: RegExp; accepted?: string } = {}): InputSpec<string> {
  return {
    parse(raw, name) {
      const value = raw === '' ? (opts.default ?? '') : raw
      if (value === '' && opts.required) {
        throw new InputError(name, 'is required but was empty', opts.accepted ?? 'a non-empty value')
      }
      if (value !== '' && opts.pattern && !opts.pattern.test(value)) {
        throw new InputError(name, `has an invalid value "${value}"`, opts.accepted ?? `a value matching ${opts.pattern}`)
      }
      return value
    },
  }
}

/** A secret: like text, but never echoed back in an error message. */
export function secret(opts: { required?: boolean } = {}): InputSpec<string> {
  return {
    parse(raw, name) {
      if (raw === '' && opts.required) throw new InputError(name, 'is required but was empty', 'a non-empty secret')
      return raw
    },
  }
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
export function bool(defaultValue: boolean): InputSpec<boolean> {
  return {
    parse(raw, name) {
      if (raw === '') return defaultValue
      if (TRUE.includes(raw)) return true
      if (FALSE.includes(raw)) return false
      throw new InputError(name, `has an invalid value "${raw}"`, '"true" or "false"')
    },
  }
}

export function oneOf<const T extends string>(values: readonly T[], defaultValue: T): InputSpec<T> {
  return {
    parse(raw, name) {
      const value = raw === '' ? defaultValue : raw.toLowerCase()
      if (!isOneOf(values, value)) throw new InputError(name, `has an invalid value "${raw}"`, `one of: ${values.join(', ')}`)
      return value
    },
  }
}

/** Splits a list given one per line or comma-separated, dropping blanks and `#` comments. */
export function splitList(raw: string, separators: RegExp = /[\n,]/): string[] {
  return raw
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'))
}

export function list(opts: { item?: (value: string, name: string) => string; separators?: RegExp } = {}): InputSpec<string[]> {
  return {
    parse(raw, name) {
      const items = splitList(raw, opts.separators)
      return opts.item ? items.map((item) => opts.item!(item, name)) : items
    },
  }
}

/**
 * KEY=VALUE pairs, one per line (values may contain `=` and commas, so lines only).
 * The value goes to a process as one argv element, never through a shell.
 */
export function keyValues(opts: { keyPattern?: RegExp; accepted?: string } = {}): InputSpec<Array<[string, string]>> {
  const keyPattern = opts.keyPattern ?? /^[A-Za-z_][A-Za-z0-9_.\-/]*$/
  return {
    parse(raw, name) {
      return splitList(raw, /\n/).map((line) => {
        const eq = line.indexOf('=')
        const key = eq < 0 ? line : line.slice(0, eq).trim()
        if (eq < 0 || !keyPattern.test(key)) {
          throw new InputError(name, `has an invalid line "${line}"`, opts.accepted ?? 'one KEY=VALUE pair per line')
        }
        const pair: [string, string] = [key, line.slice(eq + 1)]
        return pair
      })
    },
  }
}

export function integer(opts: { default: number; min?: number; max?: number }): InputSpec<number> {
  return {
    parse(raw, name) {
      if (raw === '') return opts.default
      const value = Number(raw)
      const min = opts.min ?? Number.MIN_SAFE_INTEGER
      const max = opts.max ?? Number.MAX_SAFE_INTEGER
      if (!/^-?\d+$/.test(raw) || value < min || value > max) {
        throw new InputError(name, `has an invalid value "${raw}"`, `a whole number from ${min} to ${max}`)
      }
      return value
    },
  }
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Parses `90s`, `5m`, `1h30m`, `2d` or a bare number of seconds into milliseconds. Pure. */
export function parseDuration(raw: string): number | undefined {
  if (/^\d+$/.test(raw)) return Number(raw) * 1000
  const parts = [...raw.matchAll(/(\d+)(ms|s|m|h|d)/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== raw) return undefined
  return parts.reduce((total, p) => total + Number(p[1]) * UNIT_MS[p[2]!]!, 0)
}

export function duration(defaultValue: string): InputSpec<number> {
  return {
    parse(raw, name) {
      const ms = parseDuration(raw === '' ? defaultValue : raw)
      if (ms === undefined) throw new InputError(name, `has an invalid duration "${raw}"`, 'a duration such as 90s, 5m, 1h30m or 2d')
      return ms
    },
  }
}
