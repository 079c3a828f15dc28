import * as core from '@actions/core'
import { InputError } from '@cna/kit'
import type { GateAnnotation, GateReport, PublishResult } from '@cna/kit/check-run'
import { applyIgnores, parseIgnoreFile, type Finding, type IgnoreEntry, type UnfinishedRun } from '@cna/kit/sarif'
import { baselineKeys, gateFindings, type GateResult } from '@cna/kit/gates/sarif'
import type { Inputs } from './inputs.js'
import { securitySummary } from './summary.js'

export interface SecurityScanDeps {
  /** Expands globs relative to the workspace into absolute file paths. */
  findFiles(patterns: readonly string[]): Promise<string[]>
  /** Reads SARIF / npm audit files into findings (`input` names the input for errors); runs that did not finish go to `unfinished`. */
  loadReports(files: readonly string[], input: string, unfinished?: UnfinishedRun[]): Promise<Finding[]>
  readText(path: string): Promise<string>
  /** Publishes the check run (or annotations on a read-only token / without a token). */
  publish(report: GateReport): Promise<PublishResult>
  /** Uploads the given SARIF files to code scanning; undefined when there is no token. */
  upload?: (files: readonly string[]) => Promise<UploadOutcome>
  /** Today as YYYY-MM-DD (UTC), for ignore expiry. */
  today: string
}

export interface UploadOutcome {
  uploaded: number
  skipped?: string
}

export interface SecurityScanResult extends GateResult {
  failOn: Inputs['fail-on']
  files: string[]
  baselineFiles: string[]
  expired: Array<{ entry: IgnoreEntry; matches: number }>
  /** Scanners that say they did not finish: the gate fails whatever they found. */
  unfinished: UnfinishedRun[]
  publish: PublishResult
  upload?: UploadOutcome
}

export async function run(inputs: Inputs, deps: SecurityScanDeps): Promise<SecurityScanResult> {
  const files = await deps.findFiles(inputs.sarif)
  if (files.length === 0)
    throw new InputError(
      'sarif',
      `matched no files (${inputs.sarif.join(', ')})`,
      'globs that match the SARIF or npm audit reports the scanners wrote, relative to the workspace',
    )
  const unfinished: UnfinishedRun[] = []
  const findings = await deps.loadReports(files, 'sarif', unfinished)

  let baselineFiles: string[] = []
  let baseline: Set<string> | undefined
  if (inputs.baseline.length) {
    baselineFiles = await deps.findFiles(inputs.baseline)
    if (baselineFiles.length === 0) {
      core.warning(`baseline matched no files (${inputs.baseline.join(', ')}): every finding counts as new`)
    } else {
      baseline = baselineKeys(await deps.loadReports(baselineFiles, 'baseline'))
    }
  }

  let entries: IgnoreEntry[] = []
  if (inputs['ignore-file']) {
    let text: string
    try {
      text = await deps.readText(inputs['ignore-file'])
    } catch {
      throw new InputError(
        'ignore-file',
        `points to "${inputs['ignore-file']}", which cannot be read`,
        'a YAML file in the workspace, such as .github/security-ignore.yml',
      )
    }
    entries = await parseIgnoreFile(text)
  }
  const { ignored, expired } = applyIgnores(findings, entries, deps.today)
  for (const { entry, matches } of expired) {
    core.warning(
      `ignore-file entry ${entry.index} (${describeEntry(entry)}) expired on ${entry.expires} and no longer suppresses ${matches} finding(s): renew it with a new review or fix them`,
    )
  }

  const gate = gateFindings(findings, { failOn: inputs['fail-on'], ...(baseline ? { baseline } : {}), ignored })
  // A scanner that crashed or could not parse the code found nothing because it did not look.
  if (unfinished.length > 0) gate.conclusion = 'failure'

  let upload: UploadOutcome | undefined
  if (inputs.upload) {
    if (deps.upload) upload = await deps.upload(files)
    else core.notice('upload is true but github-token is empty: the SARIF is not uploaded to code scanning.')
  }

  const result: Omit<SecurityScanResult, 'publish'> = {
    ...gate,
    failOn: inputs['fail-on'],
    files,
    baselineFiles,
    expired,
    unfinished,
    ...(upload ? { upload } : {}),
  }
  const summary = securitySummary({ ...result, checkName: inputs['check-name'] })
  const publish = await deps.publish({
    checkName: inputs['check-name'],
    conclusion: gate.conclusion,
    title: titleOf(result),
    summary,
    annotations: annotationsOf(gate),
  })
  return { ...result, publish }
}

export function describeEntry(entry: IgnoreEntry): string {
  return [entry.rule && `rule ${entry.rule}`, entry.path && `path ${entry.path}`, entry.fingerprint && `fingerprint ${entry.fingerprint}`]
    .filter(Boolean)
    .join(', ')
}

/** One line per scanner that did not finish: the tool, its file and what it said. */
export function unfinishedLine(run: UnfinishedRun): string {
  return `${run.tool} did not finish (${run.source}): ${run.notification}`
}

function titleOf(result: Omit<SecurityScanResult, 'publish'>): string {
  const { counts } = result
  const open = `${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low`
  if (result.unfinished.length > 0) return `${result.unfinished.map((u) => `${u.tool} did not finish`).join(', ')}: ${open}`
  return result.blocking > 0 ? `${result.blocking} finding(s) at or above ${result.failOn}: ${open}` : `No blocking findings: ${open}`
}

/** Blocking findings first, then by severity; suppressed and ignored ones are in the summary only. */
export function annotationsOf(gate: GateResult): GateAnnotation[] {
  const rank = { critical: 0, high: 1, medium: 2, low: 3 }
  return gate.findings
    .filter((f) => f.state === 'open' && f.path !== '')
    .sort((a, b) => Number(b.blocking) - Number(a.blocking) || rank[a.severity] - rank[b.severity])
    .map((f) => ({
      path: f.path,
      start_line: f.startLine,
      end_line: f.endLine,
      annotation_level: f.blocking ? 'failure' : f.severity === 'low' ? 'notice' : 'warning',
      title: `${f.severity}${f.isNew ? '' : ' (in baseline)'}: ${f.ruleId} (${f.tool})`,
      message: f.message || f.ruleId,
      raw_details: [`fingerprint: ${f.fingerprints[0]}`, f.helpUri && `help: ${f.helpUri}`, f.score !== undefined && `security-severity: ${f.score}`]
        .filter(Boolean)
        .join('\n'),
    }))
}
