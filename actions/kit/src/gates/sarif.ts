import type { Finding } from '../sarif/parse.js'
import { atOrAbove, SEVERITIES, type Severity } from '../sarif/severity.js'
import type { IgnoreEntry } from '../sarif/ignore.js'

export type Counts = Record<Severity, number>

export type FindingState = 'open' | 'suppressed' | 'ignored'

export interface GatedFinding extends Finding {
  state: FindingState
  /** Not in the baseline (always true without a baseline). */
  isNew: boolean
  /** Counts against the gate: open, new, at or above the threshold. */
  blocking: boolean
  ignoredBy?: IgnoreEntry
}

export interface GateResult {
  findings: GatedFinding[]
  /** Open findings (neither suppressed nor ignored) by severity. */
  counts: Counts
  /** Open findings not in the baseline. */
  newCount: number
  blocking: number
  conclusion: 'success' | 'failure'
}

export function emptyCounts(): Counts {
  return { critical: 0, high: 0, medium: 0, low: 0 }
}

/** Every fingerprint key of the baseline's findings, for `isNew`. */
export function baselineKeys(baseline: readonly Finding[]): Set<string> {
  const keys = new Set<string>()
  for (const finding of baseline) for (const key of finding.fingerprints) keys.add(key)
  return keys
}

/**
 * The gate: every finding is kept and reported; only open findings that are new relative
 * to the baseline and at or above `failOn` fail it.
 */
export function gateFindings(
  findings: readonly Finding[],
  opts: { failOn: Severity | 'none'; baseline?: Set<string>; ignored?: Map<number, IgnoreEntry> },
): GateResult {
  const counts = emptyCounts()
  let newCount = 0
  let blocking = 0
  const gated = findings.map((finding, index): GatedFinding => {
    const ignoredBy = opts.ignored?.get(index)
    const state: FindingState = finding.suppressed ? 'suppressed' : ignoredBy ? 'ignored' : 'open'
    const isNew = !opts.baseline || !finding.fingerprints.some((key) => opts.baseline!.has(key))
    const isBlocking = state === 'open' && isNew && atOrAbove(finding.severity, opts.failOn)
    if (state === 'open') {
      counts[finding.severity]++
      if (isNew) newCount++
    }
    if (isBlocking) blocking++
    return { ...finding, state, isNew, blocking: isBlocking, ...(ignoredBy ? { ignoredBy } : {}) }
  })
  return { findings: gated, counts, newCount, blocking, conclusion: blocking > 0 ? 'failure' : 'success' }
}

export function formatCounts(counts: Counts): string {
  return SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')
}
