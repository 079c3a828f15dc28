import type { GateAnnotation } from '@cna/kit/check-run'

/** One problem config-gate reports, at the source file and line to change. */
export interface Finding {
  /** The rule id (policy rules), or schema, render, terraform. */
  rule: string
  level: 'failure' | 'warning' | 'notice'
  file: string
  line: number
  message: string
  /** Why the rule exists (policy rules). */
  reason?: string
  /** The reason of the allow annotation that turned a violation into a notice. */
  allowed?: string
  environments: string[]
}

/**
 * One finding per problem: a base file shared by three environments has one missing limit, not
 * three. Findings with the same rule, place and message are merged, naming every environment.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const merged = new Map<string, Finding>()
  for (const f of findings) {
    const key = JSON.stringify([f.rule, f.level, f.file, f.line, f.message])
    const seen = merged.get(key)
    if (seen) seen.environments = [...new Set([...seen.environments, ...f.environments])]
    else merged.set(key, { ...f, environments: [...f.environments] })
  }
  const rank = { failure: 0, warning: 1, notice: 2 }
  return [...merged.values()].sort((a, b) => rank[a.level] - rank[b.level] || a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule))
}

export function annotationOf(f: Finding): GateAnnotation {
  const where = f.environments.length ? ` (${f.environments.join(', ')})` : ''
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.line,
    annotation_level: f.level,
    title: `${f.rule}${f.allowed !== undefined ? ' (allowed)' : ''}${where}`,
    message: f.allowed !== undefined ? `${f.message}. Allowed: ${f.allowed}` : f.message,
    ...(f.reason ? { raw_details: `Why: ${f.reason}\nTo allow it on this object, annotate it: config-gate.cna.dev/allow: "${f.rule}: <reason>"` } : {}),
  }
}

/** "2 problem(s): 1 image-digest, 1 schema" for the title and the comment. */
export function countLine(findings: readonly Finding[]): string {
  const failing = findings.filter((f) => f.level === 'failure')
  if (failing.length === 0) {
    const allowed = findings.filter((f) => f.allowed !== undefined).length
    return `No problems${allowed ? ` (${allowed} allowed by annotation)` : ''}.`
  }
  const byRule = new Map<string, number>()
  for (const f of failing) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1)
  return `${failing.length} problem(s): ${[...byRule].map(([rule, n]) => `${n} ${rule}`).join(', ')}.`
}
