import { errorMessage, isRecord, valueAt } from '../guards.js'
import picomatch from 'picomatch'
import { InputError } from '../errors.js'
import type { Finding } from './parse.js'

/**
 * The ignore file: reviewed exceptions, each with a reason and an optional expiry date.
 *
 * ```yaml
 * ignore:
 *   - rule: js/sql-injection
 *     path: src/legacy/**
 *     reason: Parameterised in the driver; see #412
 *     expires: 2026-12-31
 *   - fingerprint: partial:primaryLocationLineHash:4c1a…
 *     reason: False positive
 * ```
 * An entry matches a finding when every criterion it gives matches (rule id, path glob,
 * fingerprint). From the day after `expires` it no longer suppresses and is reported.
 */
export interface IgnoreEntry {
  rule?: string
  path?: string
  fingerprint?: string
  reason: string
  expires?: string
  /** 1-based position in the file, for messages. */
  index: number
}

const ACCEPTED =
  'a YAML list (or an "ignore:" list) of entries with "reason" and at least one of "rule", "path", "fingerprint", and an optional "expires: YYYY-MM-DD"'

export async function parseIgnoreFile(text: string, input = 'ignore-file'): Promise<IgnoreEntry[]> {
  // The YAML parser is loaded here, when there is an ignore file, not by every action that gates SARIF.
  const { parse } = await import('yaml')
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new InputError(input, `points to a file that is not valid YAML (${errorMessage(error).split('\n')[0]})`, ACCEPTED)
  }
  if (doc === null || doc === undefined) return []
  const list = Array.isArray(doc) ? doc : valueAt(doc, 'ignore')
  if (!Array.isArray(list)) throw new InputError(input, 'points to a file without a list of entries', ACCEPTED)
  return list.map((raw, i) => {
    const entry = isRecord(raw) ? raw : {}
    const where = `entry ${i + 1}`
    const field = (name: string): string | undefined => {
      const value = entry[name]
      if (value === undefined || value === null) return undefined
      if (value instanceof Date) return value.toISOString().slice(0, 10)
      return String(value).trim() || undefined
    }
    const result: IgnoreEntry = { reason: field('reason') ?? '', index: i + 1 }
    for (const name of ['rule', 'path', 'fingerprint', 'expires'] as const) {
      const value = field(name)
      if (value) result[name] = value
    }
    if (!result.rule && !result.path && !result.fingerprint) throw new InputError(input, `has ${where} without "rule", "path" or "fingerprint"`, ACCEPTED)
    if (!result.reason) throw new InputError(input, `has ${where} without a "reason"`, ACCEPTED)
    if (result.expires && !/^\d{4}-\d{2}-\d{2}$/.test(result.expires))
      throw new InputError(input, `has ${where} with an invalid expires "${result.expires}"`, ACCEPTED)
    return result
  })
}

/** Expired once `today` (YYYY-MM-DD, UTC) is after the expiry day. */
export function isExpired(entry: IgnoreEntry, today: string): boolean {
  return !!entry.expires && entry.expires < today
}

export interface IgnoreOutcome {
  /** Finding index → the entry that suppresses it. */
  ignored: Map<number, IgnoreEntry>
  /** Expired entries, with how many findings they would have matched. */
  expired: Array<{ entry: IgnoreEntry; matches: number }>
}

export function applyIgnores(findings: readonly Finding[], entries: readonly IgnoreEntry[], today: string): IgnoreOutcome {
  const ignored = new Map<number, IgnoreEntry>()
  const matchers = entries.map((entry) => ({ entry, path: entry.path ? picomatch(entry.path, { dot: true }) : undefined, matches: 0 }))
  findings.forEach((finding, index) => {
    for (const m of matchers) {
      if (m.entry.rule && m.entry.rule !== finding.ruleId) continue
      if (m.path && !m.path(finding.path)) continue
      if (m.entry.fingerprint && !finding.fingerprints.some((fp) => fp === m.entry.fingerprint || fp.endsWith(`:${m.entry.fingerprint}`))) continue
      m.matches++
      if (!isExpired(m.entry, today) && !ignored.has(index)) ignored.set(index, m.entry)
    }
  })
  return { ignored, expired: matchers.filter((m) => isExpired(m.entry, today)).map((m) => ({ entry: m.entry, matches: m.matches })) }
}
