// `${{ }}` evaluation with GitHub's own expression library: contexts are plain objects, turned
// into the library's data types; the status functions are supplied per evaluation.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import type { ExpressionData } from '@actions/expressions/data/expressiondata'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'

export const CONTEXT_NAMES = ['github', 'env', 'vars', 'inputs', 'secrets', 'needs', 'steps', 'job', 'jobs', 'runner', 'strategy', 'matrix']

/** What success(), failure() and cancelled() see at this point of the run. */
export interface StatusState {
  failed: boolean
  cancelled: boolean
  /** For jobs: success() is "every need succeeded", which a skipped need also makes false. */
  success?: boolean
}

export const isSuccess = (s: StatusState): boolean => s.success ?? (!s.failed && !s.cancelled)

export type Contexts = Record<string, unknown>

const NO_FAILURE: StatusState = { failed: false, cancelled: false }

function toData(value: unknown): ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as ExpressionData
}

function toPlain(value: ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown
}

/** GitHub's truthiness: false, 0, -0, NaN, '' and null are falsy; objects and arrays are truthy. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value)
  if (typeof value === 'string') return value !== ''
  return true
}

function statusFunctions(status: StatusState) {
  const fn = (name: string, call: () => ExpressionData): [string, FunctionDefinition] => [name, { name, minArgs: 0, maxArgs: 0, call }]
  return new Map<string, FunctionDefinition>([
    fn('success', () => new data.BooleanData(isSuccess(status))),
    fn('failure', () => new data.BooleanData(status.failed && !status.cancelled)),
    fn('always', () => new data.BooleanData(true)),
    fn('cancelled', () => new data.BooleanData(status.cancelled)),
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (): ExpressionData => {
          throw new Error('hashFiles() is not supported by the local workflow runner')
        },
      },
    ],
  ])
}

const FUNCTION_INFO = ['success', 'failure', 'always', 'cancelled']
  .map((name) => ({ name, minArgs: 0, maxArgs: 0 }))
  .concat([{ name: 'hashFiles', minArgs: 1, maxArgs: 255 }])

/** Evaluates one expression (without `${{ }}`) to a plain JSON value. Throws with GitHub-like messages. */
export function evaluateExpression(expression: string, contexts: Contexts, status: StatusState = NO_FAILURE): unknown {
  const lexed = new Lexer(expression).lex()
  const parsed = new Parser(lexed.tokens, CONTEXT_NAMES, FUNCTION_INFO).parse()
  const dictionary = new data.Dictionary(...CONTEXT_NAMES.map((key) => ({ key, value: toData(contexts[key] ?? {}) })))
  try {
    return toPlain(new Evaluator(parsed, dictionary, statusFunctions(status)).evaluate())
  } catch (e) {
    throw new Error(`The expression '${expression}' could not be evaluated: ${(e as Error).message}`)
  }
}

/** Splits a string into literal text and `${{ }}` expressions (a `}}` inside a '...' literal does not close). */
export function splitTemplate(text: string): { literal?: string; expression?: string }[] {
  const parts: { literal?: string; expression?: string }[] = []
  let index = 0
  while (index < text.length) {
    const open = text.indexOf('${{', index)
    if (open < 0) break
    let i = open + 3
    let inString = false
    let close = -1
    for (; i < text.length; i++) {
      const c = text[i]
      if (c === "'") {
        if (inString && text[i + 1] === "'") i++
        else inString = !inString
      } else if (!inString && c === '}' && text[i + 1] === '}') {
        close = i
        break
      }
    }
    if (close < 0) throw new Error(`Unclosed expression in '${text}': '\${{' has no matching '}}'`)
    if (open > index) parts.push({ literal: text.slice(index, open) })
    parts.push({ expression: text.slice(open + 3, close).trim() })
    index = close + 2
  }
  if (index < text.length) parts.push({ literal: text.slice(index) })
  return parts
}

/** GitHub's string coercion of an expression result inside a template. */
export function coerceString(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return toData(value).coerceString()
  return Array.isArray(value) ? 'Array' : 'Object'
}

/**
 * A YAML value with expressions: a string that is exactly one `${{ }}` keeps the result's type,
 * other strings become strings; mappings and sequences are evaluated deeply.
 */
export function evaluateValue(value: unknown, contexts: Contexts, status: StatusState = NO_FAILURE): unknown {
  if (typeof value === 'string') {
    const parts = splitTemplate(value)
    if (parts.length === 1 && parts[0]!.expression !== undefined) return evaluateExpression(parts[0]!.expression, contexts, status)
    if (!parts.some((p) => p.expression !== undefined)) return value
    return parts.map((p) => (p.expression !== undefined ? coerceString(evaluateExpression(p.expression, contexts, status)) : p.literal)).join('')
  }
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, contexts, status))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [evaluateValue(k, contexts, status) as string, evaluateValue(v, contexts, status)]))
  }
  return value
}

/** A value evaluated and then coerced to a string (env values, `with:` inputs, outputs). */
export function evaluateString(value: unknown, contexts: Contexts, status?: StatusState): string {
  return coerceString(evaluateValue(value, contexts, status))
}

/** True when the expression calls success(), failure(), always() or cancelled() (outside string literals). */
export function hasStatusFunction(expression: string): boolean {
  const withoutStrings = expression.replace(/'(?:[^']|'')*'/g, "''")
  return /\b(success|failure|always|cancelled)\s*\(/i.test(withoutStrings)
}

/**
 * A job or step `if:`. As on GitHub, the `${{ }}` wrapper is optional, and a condition that
 * calls no status function means `success() && (condition)`; no condition means `success()`.
 */
export function evaluateCondition(condition: unknown, contexts: Contexts, status: StatusState): boolean {
  if (condition === undefined || condition === null || condition === '') return isSuccess(status)
  if (typeof condition === 'boolean' || typeof condition === 'number') return truthy(condition) && isSuccess(status)
  let text = String(condition).trim()
  const parts = splitTemplate(text)
  if (parts.length === 1 && parts[0]!.expression !== undefined) text = parts[0]!.expression
  else if (parts.some((p) => p.expression !== undefined)) {
    // A condition mixing text and ${{ }} is a non-empty string: truthy, as on GitHub.
    return truthy(evaluateString(text, contexts, status)) && isSuccess(status)
  }
  const expression = hasStatusFunction(text) ? text : `success() && (${text})`
  return truthy(evaluateExpression(expression, contexts, status))
}
