/**
 * Severity the way GitHub code scanning assigns it: a `security-severity` score (CVSS-like,
 * 0.0–10.0) on the result or its rule wins; without one, the SARIF level (the result's, else
 * the rule's default configuration, else `warning`) decides.
 */
export type Severity = 'critical' | 'high' | 'medium' | 'low'
export type Level = 'error' | 'warning' | 'note' | 'none'

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low']

/** Higher is worse: critical 3 … low 0. */
export function severityRank(severity: Severity): number {
  return 3 - SEVERITIES.indexOf(severity)
}

export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  return 'low'
}

export function severityFromLevel(level: Level): Severity {
  if (level === 'error') return 'high'
  if (level === 'warning') return 'medium'
  return 'low'
}

/** `security-severity` is a string in SARIF property bags ("9.8"); numbers are tolerated. */
export function parseScore(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value)
  return undefined
}

export function isLevel(value: unknown): value is Level {
  return value === 'error' || value === 'warning' || value === 'note' || value === 'none'
}

/** True when `severity` is at or above `threshold` ('none' never matches). */
export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && severityRank(severity) >= severityRank(threshold)
}
