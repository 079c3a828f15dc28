import { isRecord } from '../guards.js'
import { computedFingerprint, type Finding } from './parse.js'
import { parseScore, severityFromScore, type Severity } from './severity.js'

/**
 * `npm audit --json` (npm 7 and later, `auditReportVersion: 2`): one finding per advisory
 * (`via` objects; string `via` entries only point at other vulnerable packages), on the
 * lockfile. npm's severities map as moderate → medium, info → low; a CVSS score, when
 * present, decides the way `security-severity` does in SARIF.
 */
export function isNpmAudit(doc: unknown): boolean {
  return isRecord(doc) && (doc.auditReportVersion === 2 || (isRecord(doc.vulnerabilities) && !('runs' in doc)))
}

const NPM_SEVERITY: Record<string, Severity> = { critical: 'critical', high: 'high', moderate: 'medium', low: 'low', info: 'low' }

interface Advisory {
  source?: number | string
  name?: string
  title?: string
  url?: string
  severity?: string
  cvss?: { score?: number }
  range?: string
}

export function normalizeNpmAudit(
  doc: unknown,
  options: { source?: string; lockfile?: string; lockLine?: (pkg: string) => number | undefined } = {},
): Finding[] {
  const source = options.source ?? 'npm-audit.json'
  const lockfile = options.lockfile ?? 'package-lock.json'
  const vulnerabilities = ((doc as { vulnerabilities?: unknown }).vulnerabilities ?? {}) as Record<string, { name?: string; via?: unknown[]; nodes?: string[] }>
  const seen = new Set<string>()
  const findings: Finding[] = []
  for (const [key, vuln] of Object.entries(vulnerabilities)) {
    const pkg = vuln.name ?? key
    for (const via of vuln.via ?? []) {
      if (!via || typeof via !== 'object') continue
      const advisory = via as Advisory
      const id = String(advisory.source ?? advisory.url ?? advisory.title ?? 'advisory')
      const dedupe = `${advisory.name ?? pkg}\0${id}`
      if (seen.has(dedupe)) continue
      seen.add(dedupe)
      const score = parseScore(advisory.cvss?.score)
      const severity = score ? severityFromScore(score) : (NPM_SEVERITY[advisory.severity ?? ''] ?? 'medium')
      const ruleId = advisory.url?.split('/').pop() || `npm-${id}`
      const line = options.lockLine?.(advisory.name ?? pkg) ?? 1
      const finding: Finding = {
        tool: 'npm audit',
        ruleId,
        level: severity === 'critical' || severity === 'high' ? 'error' : 'warning',
        severity,
        message: `${advisory.name ?? pkg}${advisory.range ? ` ${advisory.range}` : ''}: ${advisory.title ?? 'vulnerable dependency'}`,
        path: lockfile,
        startLine: line,
        endLine: line,
        fingerprints: [`npm:${advisory.name ?? pkg}:${id}`, computedFingerprint(ruleId, lockfile, advisory.name ?? pkg)],
        suppressed: false,
        source,
      }
      if (score) finding.score = score
      if (advisory.url) finding.helpUri = advisory.url
      findings.push(finding)
    }
  }
  return findings
}
