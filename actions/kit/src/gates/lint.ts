import type { AddedLines } from '../lint/diff.js'
import type { LintFinding } from '../lint/findings.js'

export type LintFilter = 'added' | 'file' | 'all'

export interface LintGateOptions {
  failOn: 'error' | 'warning' | 'none'
  maxWarnings: number
  filter: LintFilter
  /** Added lines per file (filter added), or the changed files (filter file). */
  changed?: { added?: AddedLines; files?: Set<string> }
}

export interface LintGateResult {
  /** Findings the gate looks at (after the filter). */
  gated: LintFinding[]
  errors: number
  warnings: number
  /** Over the whole reports, whatever the filter. */
  totalErrors: number
  totalWarnings: number
  reasons: string[]
  conclusion: 'success' | 'failure'
}

export function inScope(finding: LintFinding, opts: LintGateOptions): boolean {
  if (opts.filter === 'all') return true
  if (opts.filter === 'file') return opts.changed?.files?.has(finding.path) ?? false
  const lines = opts.changed?.added?.get(finding.path)
  if (!lines) return false
  for (let l = finding.line; l <= finding.endLine; l++) if (lines.has(l)) return true
  return false
}

export function gateLint(findings: readonly LintFinding[], opts: LintGateOptions): LintGateResult {
  const gated = findings.filter((f) => inScope(f, opts))
  const count = (list: readonly LintFinding[], s: LintFinding['severity']) => list.filter((f) => f.severity === s).length
  const errors = count(gated, 'error')
  const warnings = count(gated, 'warning')
  const reasons: string[] = []
  const scope = opts.filter === 'added' ? ' on added lines' : opts.filter === 'file' ? ' in changed files' : ''
  if (opts.failOn !== 'none' && errors > 0) reasons.push(`${errors} error(s)${scope}`)
  if (opts.failOn === 'warning' && warnings > 0) reasons.push(`${warnings} warning(s)${scope} (fail-on: warning)`)
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) reasons.push(`${warnings} warning(s)${scope}, more than max-warnings ${opts.maxWarnings}`)
  return {
    gated,
    errors,
    warnings,
    totalErrors: count(findings, 'error'),
    totalWarnings: count(findings, 'warning'),
    reasons,
    conclusion: reasons.length ? 'failure' : 'success',
  }
}
