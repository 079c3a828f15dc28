import { relative } from 'node:path'
import * as core from '@actions/core'
import { errorMessage, InputError, UserError } from '@cna/kit'
import type { GateAnnotation, GateReport, PublishResult } from '@cna/kit/check-run'
import { LintReportError, parseLintReport, type LintFinding } from '@cna/kit/lint'
import { gateLint, type LintFilter, type LintGateResult } from '@cna/kit/gates/lint'
import type { AddedLines } from '@cna/kit/lint'
import type { SonarGate } from '@cna/kit/lint'
import type { UnfinishedRun } from '@cna/kit/sarif'
import type { Inputs } from './inputs.js'
import { qualitySummary } from './summary.js'

export interface CodeQualityDeps {
  root: string
  /** The pull request, when the event has one. */
  isPullRequest: boolean
  findFiles(patterns: readonly string[]): Promise<string[]>
  readText(path: string): Promise<string>
  addedLines(): Promise<{ added: AddedLines; via: 'api' | 'git' }>
  changedFiles(): Promise<Set<string>>
  sonar?: () => Promise<SonarGate>
  publish(report: GateReport): Promise<PublishResult>
}

export interface CodeQualityResult extends LintGateResult {
  filter: LintFilter
  findings: LintFinding[]
  files: string[]
  /** SARIF runs whose tool says it did not finish; each is a reason the gate failed. */
  unfinished: UnfinishedRun[]
  diffVia?: 'api' | 'git'
  sonar?: SonarGate
  qualityGate: string
  publish: PublishResult
}

export async function run(inputs: Inputs, deps: CodeQualityDeps): Promise<CodeQualityResult> {
  let filter: LintFilter = inputs.filter || (deps.isPullRequest ? 'added' : 'all')
  if (filter !== 'all' && !deps.isPullRequest) {
    core.notice(`filter is "${filter}" but this run has no pull request: every finding gates (filter all).`)
    filter = 'all'
  }
  const files = inputs.reports.length ? await deps.findFiles(inputs.reports) : []
  if (inputs.reports.length && files.length === 0)
    throw new InputError(
      'reports',
      `matched no files (${inputs.reports.join(', ')})`,
      'globs that match the ESLint JSON, Checkstyle XML or SARIF reports the linters wrote, relative to the workspace',
    )
  const findings: LintFinding[] = []
  const unfinished: UnfinishedRun[] = []
  for (const file of files) {
    const source = relative(deps.root, file) || file
    let text: string
    try {
      text = await deps.readText(file)
    } catch (error) {
      // A glob can match a file that cannot be read (permissions, a directory, gone since): the input is what to fix.
      throw new UserError(
        `Input "reports" matched ${source}, which cannot be read (${errorMessage(error)}). Expected report files the job can read, written by the linters before this step.`,
      )
    }
    try {
      findings.push(...parseLintReport(text, { root: deps.root, source, unfinished }))
    } catch (error) {
      if (error instanceof LintReportError)
        throw new UserError(`Input "reports" matched ${error.message}. Expected ESLint JSON (-f json), Checkstyle XML or SARIF 2.1.0.`)
      throw error
    }
  }

  let diffVia: 'api' | 'git' | undefined
  const changed: { added?: AddedLines; files?: Set<string> } = {}
  if (filter === 'added' && findings.length) {
    const diff = await deps.addedLines()
    changed.added = diff.added
    diffVia = diff.via
  } else if (filter === 'file' && findings.length) changed.files = await deps.changedFiles()

  const gate = gateLint(findings, { failOn: inputs['fail-on'], maxWarnings: inputs['max-warnings'], filter, changed })
  // A linter that crashed or could not parse the code found nothing because it did not look.
  for (const u of unfinished) gate.reasons.unshift(`${u.tool} did not finish (${u.source}): ${u.notification}`)
  if (unfinished.length > 0) gate.conclusion = 'failure'
  let sonar: SonarGate | undefined
  if (deps.sonar) {
    sonar = await deps.sonar()
    if (sonar.status === 'ERROR') {
      gate.reasons.push('the SonarQube quality gate is ERROR')
      gate.conclusion = 'failure'
    }
  }
  const result = {
    ...gate,
    filter,
    findings,
    files,
    unfinished,
    ...(diffVia ? { diffVia } : {}),
    ...(sonar ? { sonar } : {}),
    qualityGate: sonar?.status ?? '',
  }
  const publish = await deps.publish({
    checkName: inputs['check-name'],
    conclusion: gate.conclusion,
    title: gate.conclusion === 'success' ? `${gate.errors} error(s), ${gate.warnings} warning(s)${scopeWords(filter)}` : `Failed: ${gate.reasons.join('; ')}`,
    summary: qualitySummary({ ...result, checkName: inputs['check-name'] }),
    annotations: annotationsOf(gate.gated),
  })
  return { ...result, publish }
}

export function scopeWords(filter: LintFilter): string {
  return filter === 'added' ? ' on added lines' : filter === 'file' ? ' in changed files' : ''
}

function annotationsOf(findings: readonly LintFinding[]): GateAnnotation[] {
  const rank = { error: 0, warning: 1, info: 2 }
  return [...findings]
    .filter((f) => f.path)
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((f) => ({
      path: f.path,
      start_line: f.line,
      end_line: f.endLine,
      annotation_level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
      title: `${f.ruleId} (${f.tool})`,
      message: f.message || f.ruleId,
    }))
}
