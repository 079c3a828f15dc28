import { createHash } from 'node:crypto'
import { isLevel, parseScore, severityFromLevel, severityFromScore, type Level, type Severity } from './severity.js'

/**
 * SARIF 2.1.0 normalized the way GitHub code scanning reads it: every run of every file,
 * rules found through `ruleIndex`/`ruleId` in `tool.driver.rules` and through
 * `rule.toolComponent.index` in `tool.extensions[].rules` (where CodeQL keeps its query
 * packs' rules), severity from `security-severity` or the level, suppressions honoured.
 */
export interface Finding {
  tool: string
  ruleId: string
  ruleName?: string
  level: Level
  severity: Severity
  /** The `security-severity` score, when there is one. */
  score?: number
  message: string
  /** Repository-relative path, '' when the result has no physical location. */
  path: string
  startLine: number
  endLine: number
  /** Keys a baseline or ignore entry can match; the first is the one shown. */
  fingerprints: string[]
  /** Suppressed in the SARIF itself (`suppressions` accepted or without status). */
  suppressed: boolean
  suppression?: string
  helpUri?: string
  /** The file the finding came from. */
  source: string
}

/** Returns the text of a line of a repository file, or undefined when it cannot be read. */
export type LineReader = (path: string, line: number) => string | undefined

export interface NormalizeOptions {
  /** The file name, for messages and `Finding.source`. */
  source?: string
  /** Absolute checkout root: `file://` URIs under it become repository-relative. */
  root?: string
  /** For computed fingerprints when a result has none (the line's content, as GitHub does). */
  readLine?: LineReader
}

type Obj = Record<string, unknown>
const obj = (value: unknown): Obj | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined)
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const int = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) ? value : undefined)

export class SarifError extends Error {
  override name = 'SarifError'
}

/** True when a parsed JSON document looks like SARIF (has a `runs` array). */
export function isSarif(doc: unknown): boolean {
  return Array.isArray(obj(doc)?.runs)
}

/** A run whose tool says it did not finish (crashed, could not parse the code): its silence is no pass. */
export interface UnfinishedRun {
  tool: string
  /** The file the run came from. */
  source: string
  /** What the tool said about it: its error notification, else its exit code or signal. */
  notification: string
}

/**
 * Every run with an invocation whose `executionSuccessful` is false (SARIF §3.20.14). The
 * notification is the first error-level one (ESLint's SARIF formatter puts a parse error in
 * `toolConfigurationNotifications`, others in `toolExecutionNotifications`), else any, else
 * the exit code description, signal or code.
 */
export function unfinishedRuns(doc: unknown, source = 'sarif', root?: string): UnfinishedRun[] {
  const out: UnfinishedRun[] = []
  for (const raw of arr(obj(doc)?.runs)) {
    const run = obj(raw) ?? {}
    const tool = str(obj(obj(run.tool)?.driver)?.name) ?? 'unknown tool'
    for (const invocation of arr(run.invocations).map((i) => obj(i) ?? {})) {
      if (invocation.executionSuccessful !== false) continue
      out.push({ tool, source, notification: notificationOf(invocation, root) })
    }
  }
  return out
}

function notificationOf(invocation: Obj, root: string | undefined): string {
  const notes = [...arr(invocation.toolExecutionNotifications), ...arr(invocation.toolConfigurationNotifications)].map((n) => obj(n) ?? {})
  const note = notes.find((n) => str(n.level) === 'error') ?? notes[0]
  if (note) {
    const text = str(obj(note.message)?.text) ?? str(obj(note.message)?.markdown) ?? ''
    const id = str(obj(note.descriptor)?.id) ?? str(note.id)
    const physical = obj(obj(arr(note.locations)[0])?.physicalLocation)
    const uri = str(obj(physical?.artifactLocation)?.uri)
    const line = int(obj(physical?.region)?.startLine)
    const where = uri ? ` (${repoPath(uri, undefined, root)}${line ? `:${line}` : ''})` : ''
    return `${id ? `${id}: ` : ''}${text || 'no message'}${where}`
  }
  const description = str(invocation.exitCodeDescription)
  if (description) return description
  const signal = str(invocation.exitSignalName)
  if (signal) return `killed by ${signal}`
  const code = int(invocation.exitCode)
  return code !== undefined ? `exit code ${code}` : 'no notification given'
}

export function normalizeSarif(doc: unknown, options: NormalizeOptions = {}): Finding[] {
  const source = options.source ?? 'sarif'
  const root = obj(doc)
  if (!root || !Array.isArray(root.runs)) throw new SarifError(`${source} is not SARIF: it has no "runs" array`)
  const version = str(root.version)
  if (version && version !== '2.1.0') throw new SarifError(`${source} is SARIF ${version}; only 2.1.0 is read (the version GitHub code scanning accepts)`)
  const findings: Finding[] = []
  for (const run of root.runs) normalizeRun(obj(run) ?? {}, source, options, findings)
  return findings
}

function normalizeRun(run: Obj, source: string, options: NormalizeOptions, out: Finding[]): void {
  const tool = obj(run.tool) ?? {}
  const driver = obj(tool.driver) ?? {}
  const toolName = str(driver.name) ?? 'unknown tool'
  const driverRules = arr(driver.rules).map((r) => obj(r) ?? {})
  const extensions = arr(tool.extensions).map((e) => arr(obj(e)?.rules).map((r) => obj(r) ?? {}))
  const byId = new Map<string, Obj>()
  for (const rules of [...extensions].reverse().concat([driverRules])) {
    for (const rule of rules) {
      const id = str(rule.id)
      if (id) byId.set(id, rule)
    }
  }
  const artifacts = arr(run.artifacts).map((a) => obj(a) ?? {})
  const baseIds = obj(run.originalUriBaseIds) ?? {}

  for (const raw of arr(run.results)) {
    const result = obj(raw)
    if (!result) continue
    const kind = str(result.kind)
    if (kind && kind !== 'fail' && kind !== 'open' && kind !== 'review') continue // pass, notApplicable, informational
    // The tool compared with its baseline and says this one is gone (§3.27.24): nothing to count.
    if (str(result.baselineState) === 'absent') continue
    const rule = lookupRule(result, driverRules, extensions, byId)
    const ruleRef = obj(result.rule)
    const ruleId = str(result.ruleId) ?? str(ruleRef?.id) ?? str(rule?.id) ?? 'unknown-rule'
    const defaultLevel = obj(rule?.defaultConfiguration)?.level
    const level: Level = isLevel(result.level) ? result.level : isLevel(defaultLevel) ? defaultLevel : 'warning'
    const score = parseScore(obj(result.properties)?.['security-severity']) ?? parseScore(obj(rule?.properties)?.['security-severity'])
    const severity = score !== undefined ? severityFromScore(score) : severityFromLevel(level)
    const location = primaryLocation(result, artifacts, baseIds, options.root)
    const suppression = acceptedSuppression(result)
    const finding: Finding = {
      tool: toolName,
      ruleId,
      level,
      severity,
      message: messageOf(result, rule),
      path: location.path,
      startLine: location.startLine,
      endLine: location.endLine,
      fingerprints: [],
      suppressed: suppression !== undefined,
      source,
    }
    const ruleName = str(rule?.name)
    if (ruleName) finding.ruleName = ruleName
    if (score !== undefined) finding.score = score
    if (suppression) finding.suppression = suppression
    const helpUri = str(rule?.helpUri)
    if (helpUri) finding.helpUri = helpUri
    finding.fingerprints = fingerprintsOf(result, finding, location.snippet, options.readLine)
    out.push(finding)
  }
}

function lookupRule(result: Obj, driverRules: Obj[], extensions: Obj[][], byId: Map<string, Obj>): Obj | undefined {
  const ref = obj(result.rule)
  const index = int(ref?.index) ?? int(result.ruleIndex)
  const component = int(obj(ref?.toolComponent)?.index)
  if (component !== undefined && index !== undefined) {
    const rule = extensions[component]?.[index]
    if (rule) return rule
  }
  if (component === undefined && index !== undefined && driverRules[index]) return driverRules[index]
  const id = str(result.ruleId) ?? str(ref?.id)
  return id ? byId.get(id) : undefined
}

function messageOf(result: Obj, rule: Obj | undefined): string {
  const message = obj(result.message) ?? {}
  let text = str(message.text) ?? str(message.markdown)
  const id = str(message.id)
  if (text === undefined && id) {
    const template = obj(obj(rule?.messageStrings)?.[id])
    text = str(template?.text) ?? str(template?.markdown)
  }
  text ??= str(obj(rule?.shortDescription)?.text) ?? ''
  const args = arr(message.arguments).map(String)
  return args.length ? text.replace(/\{(\d+)\}/g, (m, n: string) => args[Number(n)] ?? m) : text
}

interface Location {
  path: string
  startLine: number
  endLine: number
  snippet?: string
}

function primaryLocation(result: Obj, artifacts: Obj[], baseIds: Obj, root: string | undefined): Location {
  const physical = obj(obj(arr(result.locations)[0])?.physicalLocation)
  if (!physical) return { path: '', startLine: 0, endLine: 0 }
  const artifact = obj(physical.artifactLocation) ?? {}
  const indexed = int(artifact.index) !== undefined ? obj(artifacts[int(artifact.index)!]?.location) : undefined
  const uri = str(artifact.uri) ?? str(indexed?.uri) ?? ''
  const baseId = str(artifact.uriBaseId) ?? str(indexed?.uriBaseId)
  const base = baseId ? str(obj(baseIds[baseId])?.uri) : undefined
  const region = obj(physical.region) ?? {}
  const startLine = int(region.startLine) ?? 1
  const location: Location = { path: repoPath(uri, base, root), startLine, endLine: Math.max(int(region.endLine) ?? startLine, startLine) }
  const snippet = str(obj(region.snippet)?.text)
  if (snippet !== undefined) location.snippet = snippet
  return location
}

/** A SARIF artifact URI as a repository-relative path with forward slashes. */
export function repoPath(uri: string, base?: string, root?: string): string {
  if (base && !/^[a-z]+:/i.test(uri)) {
    // A base such as Trivy's ROOTPATH (file:///) resolves outside the checkout: keep the relative URI.
    const based = repoPath(base.replace(/\/?$/, '/') + uri, undefined, root)
    return root && based.startsWith('/') ? repoPath(uri, undefined, root) : based
  }
  let path = uri
  if (/^file:/i.test(path)) {
    try {
      path = decodeURIComponent(new URL(path).pathname)
    } catch {
      path = path.replace(/^file:\/*/i, '/')
    }
  } else {
    try {
      path = decodeURIComponent(path)
    } catch {
      // keep as written
    }
  }
  path = path.replace(/\\/g, '/')
  const prefix = root?.replace(/\\/g, '/').replace(/\/?$/, '/')
  if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length)
  return path.replace(/^(\.\/)+/, '')
}

function acceptedSuppression(result: Obj): string | undefined {
  for (const raw of arr(result.suppressions)) {
    const suppression = obj(raw)
    if (!suppression) continue
    const status = str(suppression.status)
    if (status === undefined || status === 'accepted') {
      const kind = str(suppression.kind) ?? 'external'
      const justification = str(suppression.justification)
      return justification ? `${kind}: ${justification}` : kind
    }
  }
  return undefined
}

function fingerprintsOf(result: Obj, finding: Finding, snippet: string | undefined, readLine: LineReader | undefined): string[] {
  const keys: string[] = []
  for (const [field, prefix] of [
    ['partialFingerprints', 'partial'],
    ['fingerprints', 'fp'],
  ] as const) {
    for (const [name, value] of Object.entries(obj(result[field]) ?? {})) {
      if (typeof value === 'string' && value) keys.push(`${prefix}:${name}:${value}`)
    }
  }
  keys.push(
    computedFingerprint(finding.ruleId, finding.path, snippet ?? (finding.path ? readLine?.(finding.path, finding.startLine) : undefined) ?? finding.message),
  )
  return keys
}

/**
 * A fingerprint that survives lines moving: the rule, the path and the whitespace-normalized
 * content of the flagged line (the result's snippet, else the line in the checkout, else
 * the message when neither is there).
 */
export function computedFingerprint(ruleId: string, path: string, content: string): string {
  const normalized = content.replace(/\s+/g, ' ').trim()
  return `computed:${createHash('sha256').update(`${ruleId}\0${path}\0${normalized}`).digest('hex').slice(0, 32)}`
}
