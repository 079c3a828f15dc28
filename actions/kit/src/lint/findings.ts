import { errorMessage, valueAt } from '../guards.js'
import { isAbsolute, relative } from 'node:path'
import { normalizeSarif, unfinishedRuns, type UnfinishedRun } from '../sarif/parse.js'

/**
 * Lint and static-analysis findings from ESLint JSON (`eslint -f json`), Checkstyle XML
 * (Checkstyle, ShellCheck `-f checkstyle`, and the many tools that write its format) and
 * SARIF, on one scale: error, warning, info.
 */
export type LintSeverity = 'error' | 'warning' | 'info'

export interface LintFinding {
  tool: string
  ruleId: string
  severity: LintSeverity
  message: string
  /** Repository-relative, forward slashes. */
  path: string
  line: number
  endLine: number
  source: string
}

export class LintReportError extends Error {
  override name = 'LintReportError'
}

function toRepoPath(file: string, root: string): string {
  const normalized = file.replace(/\\/g, '/')
  const rel = isAbsolute(file) ? relative(root, file).replace(/\\/g, '/') : normalized
  return rel.replace(/^(\.\/)+/, '')
}

interface EslintMessage {
  ruleId?: string | null
  severity?: number
  message?: string
  line?: number
  endLine?: number
  fatal?: boolean
}

/** `eslint -f json`: an array of { filePath, messages: [{ ruleId, severity 1|2, message, line }] }. */
export function parseEslintJson(doc: unknown, opts: { root: string; source: string }): LintFinding[] {
  if (!Array.isArray(doc)) throw new LintReportError(`${opts.source} is not ESLint JSON (an array of results)`)
  const out: LintFinding[] = []
  for (const file of doc as Array<{ filePath?: string; messages?: EslintMessage[] }>) {
    if (typeof file?.filePath !== 'string' || !Array.isArray(file.messages))
      throw new LintReportError(`${opts.source} is not ESLint JSON (a result without filePath/messages)`)
    const path = toRepoPath(file.filePath, opts.root)
    for (const m of file.messages) {
      const line = m.line ?? 1
      out.push({
        tool: 'ESLint',
        ruleId: m.ruleId ?? (m.fatal ? 'parse-error' : 'eslint'),
        severity: m.severity === 2 || m.fatal ? 'error' : m.severity === 1 ? 'warning' : 'info',
        message: m.message ?? '',
        path,
        line,
        endLine: Math.max(m.endLine ?? line, line),
        source: opts.source,
      })
    }
  }
  return out
}

/**
 * Checkstyle XML: <checkstyle><file name><error line severity message source/></file></checkstyle>.
 * The format is flat (no text content, no namespaces), so a small tag scanner reads it; this
 * keeps a full XML parser out of the bundle.
 */
export function parseCheckstyleXml(xml: string, opts: { root: string; source: string }): LintFinding[] {
  const out: LintFinding[] = []
  const body = xml
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
  const tags = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g
  let file: string | undefined
  let sawRoot = false
  let tool = 'Checkstyle'
  let consumed = 0
  let depth = 0
  for (let m = tags.exec(body); m; m = tags.exec(body)) {
    if (body.slice(consumed, m.index).includes('<')) break // something that is not a well-formed tag
    consumed = m.index + m[0].length
    const [, closing, name, rawAttrs, selfClosing] = m as unknown as [string, string, string, string, string]
    if (closing) {
      depth--
      if (name === 'file') file = undefined
      continue
    }
    if (!selfClosing) depth++
    const attrs = attributes(rawAttrs)
    if (name === 'checkstyle') {
      sawRoot = true
      // ShellCheck writes version="4.3"; Checkstyle its own 8.x/10.x. Both are "Checkstyle format".
      if (attrs.version && /^4\./.test(attrs.version)) tool = 'Checkstyle format'
    } else if (name === 'file') file = selfClosing ? undefined : attrs.name
    else if (name === 'error' && file !== undefined) {
      const line = Number(attrs.line ?? '1') || 1
      const severity = (attrs.severity ?? 'error').toLowerCase()
      const source = attrs.source ?? 'checkstyle'
      out.push({
        tool: source.startsWith('ShellCheck') ? 'ShellCheck' : tool,
        ruleId: source,
        severity: severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'info',
        message: attrs.message ?? '',
        path: toRepoPath(file, opts.root),
        line,
        endLine: line,
        source: opts.source,
      })
    }
  }
  if (body.slice(consumed).includes('<') || depth !== 0) throw new LintReportError(`${opts.source} is not well-formed XML`)
  if (!sawRoot) throw new LintReportError(`${opts.source} is XML without a <checkstyle> root`)
  return out
}

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '')
  return out
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  )
}

/** SARIF results as lint findings: level error → error, warning → warning, note/none → info. */
export function parseSarifLint(doc: unknown, opts: LintReportOptions): LintFinding[] {
  opts.unfinished?.push(...unfinishedRuns(doc, opts.source, opts.root))
  return normalizeSarif(doc, { source: opts.source, root: opts.root })
    .filter((f) => !f.suppressed)
    .map((f) => ({
      tool: f.tool,
      ruleId: f.ruleId,
      severity: f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'info',
      message: f.message,
      path: f.path,
      line: f.startLine,
      endLine: f.endLine,
      source: opts.source,
    }))
}

export interface LintReportOptions {
  root: string
  source: string
  /** Where SARIF runs that did not finish are collected, when given. */
  unfinished?: UnfinishedRun[]
}

/** Reads one report, telling the format from the content. */
export function parseLintReport(text: string, opts: LintReportOptions): LintFinding[] {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('<')) return parseCheckstyleXml(text, opts)
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw new LintReportError(`${opts.source} is neither XML nor JSON (${errorMessage(error)})`)
  }
  if (Array.isArray(valueAt(doc, 'runs'))) return parseSarifLint(doc, opts)
  return parseEslintJson(doc, opts)
}
