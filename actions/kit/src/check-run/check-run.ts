import * as core from '@actions/core'
import { redact } from '../secrets.js'
import { errorStatus, type RestClient, type RouteData } from '../github/rest.js'
import { errorMessage } from '../guards.js'
import { CHECK_OUTPUT_LIMIT, trimToBytes } from './trim.js'

/**
 * The shared gate reporter: one check run per gate on the commit under test, updated in
 * place on re-runs, with every annotation delivered in GitHub's batches of 50; or, where the
 * token cannot write checks (fork pull requests, read-only tokens), workflow-command
 * annotations instead. The caller writes the job summary and decides the exit code from
 * the gate's result, never from how it was reported.
 */
export interface GateAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface GateReport {
  checkName: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  /** Markdown. */
  summary: string
  text?: string
  annotations: GateAnnotation[]
}

/** The one client method used: the kit's typed routes (tests pass `fakeRest`). */
export type ChecksClient = Pick<RestClient, 'request'>

export interface ReportTarget {
  client?: ChecksClient
  owner: string
  repo: string
  headSha: string
  detailsUrl?: string
  /** At most this many annotations reach the check run (default 1000, i.e. 20 requests). */
  maxAnnotations?: number
}

export interface PublishResult {
  mode: 'check-run' | 'annotations-only'
  checkRunId?: number
  /** Whether the summary, the text or the annotations had to be cut. */
  trimmed: boolean
}

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATION_BATCH = 50
const DEFAULT_MAX_ANNOTATIONS = 1000
/** Workflow-command annotations beyond this are not shown by GitHub anyway (10 per type per step). */
const MAX_COMMAND_ANNOTATIONS = 50
// GitHub's limits on one annotation's fields.
const MESSAGE_LIMIT = 64 * 1024 - 1
const TITLE_LIMIT = 255

interface ExistingRun {
  id: number
  output?: { annotations_count?: number }
}

export async function publishGateReport(report: GateReport, target: ReportTarget): Promise<PublishResult> {
  if (!target.client) {
    core.notice(`No GitHub token: the "${report.checkName}" check run is not written; the results are reported as annotations and in the job summary.`)
    return publishAsAnnotations(report, target.maxAnnotations)
  }
  try {
    return await writeCheckRun(target.client, report, target)
  } catch (error) {
    const status = errorStatus(error)
    if (status !== 403) throw error
    core.notice(
      `The token cannot write checks (403 ${redact(firstLineOf(error))}), as on pull requests from forks: ` +
        `the "${report.checkName}" check run is not written; the results are reported as annotations and in the job summary. ` +
        'Grant "checks: write" to report a check run.',
    )
    return publishAsAnnotations(report, target.maxAnnotations)
  }
}

async function writeCheckRun(client: ChecksClient, report: GateReport, target: ReportTarget): Promise<PublishResult> {
  const repo = { owner: target.owner, repo: target.repo }
  const max = target.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS
  let annotations = report.annotations.map(cleanAnnotation)
  const cutAnnotations = Math.max(0, annotations.length - max)
  annotations = annotations.slice(0, max)

  const summaryNote =
    cutAnnotations > 0
      ? `\n\n> **Annotations:** the first ${max} of ${report.annotations.length} are shown on the files; ${cutAnnotations} more are in the job summary and the report files.\n`
      : ''
  const summary = trimToBytes(redact(report.summary) + summaryNote, CHECK_OUTPUT_LIMIT, 'the job summary')
  const text = report.text === undefined ? undefined : trimToBytes(redact(report.text), CHECK_OUTPUT_LIMIT, 'the job summary')
  const output = (batch: GateAnnotation[]) => ({
    title: truncate(redact(report.title), 1000),
    summary: summary.text,
    // Always sent: on a re-run, details left from an earlier failure must not stay.
    text: text?.text ?? '',
    annotations: batch,
  })

  const existing = await findExistingRun(client, repo, report.checkName, target.headSha)
  let checkRunId: number
  if (existing && (existing.output?.annotations_count ?? 0) > 0) {
    // Annotations are appended on every update and cannot be removed: the same run is kept
    // only when what it shows is still true, and only the missing annotations are added.
    const shown = await listAnnotations(client, repo, existing.id)
    const wanted = new Set(annotations.map(annotationKey))
    if (shown.every((a) => wanted.has(annotationKey(a)))) {
      const have = new Set(shown.map(annotationKey))
      annotations = annotations.filter((a) => !have.has(annotationKey(a)))
      checkRunId = existing.id
    } else {
      core.info(`The existing "${report.checkName}" check run shows annotations that no longer apply; a new check run replaces it.`)
      checkRunId = 0
    }
  } else {
    checkRunId = existing?.id ?? 0
  }

  const first = annotations.slice(0, ANNOTATION_BATCH)
  const fields = {
    ...repo,
    status: 'completed' as const,
    conclusion: report.conclusion,
    completed_at: new Date().toISOString(),
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    output: output(first),
  }
  if (checkRunId) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...fields, check_run_id: checkRunId })
  } else {
    const { data } = await client.request('POST /repos/{owner}/{repo}/check-runs', { ...fields, name: report.checkName, head_sha: target.headSha })
    checkRunId = Number(data.id)
  }
  for (let i = ANNOTATION_BATCH; i < annotations.length; i += ANNOTATION_BATCH) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: checkRunId,
      output: output(annotations.slice(i, i + ANNOTATION_BATCH)),
    })
  }
  core.info(`check run "${report.checkName}" (${report.conclusion}) on ${target.headSha} with ${report.annotations.length - cutAnnotations} annotation(s)`)
  return { mode: 'check-run', checkRunId, trimmed: summary.trimmed || (text?.trimmed ?? false) || cutAnnotations > 0 }
}

async function findExistingRun(client: ChecksClient, repo: { owner: string; repo: string }, name: string, sha: string): Promise<ExistingRun | undefined> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: sha,
    check_name: name,
    filter: 'latest',
    per_page: 100,
  })
  const run = data.check_runs.find((r) => r.name === name)
  return run && { id: Number(run.id), ...(run.output.annotations_count === undefined ? {} : { output: { annotations_count: run.output.annotations_count } }) }
}

async function listAnnotations(client: ChecksClient, repo: { owner: string; repo: string }, id: number): Promise<GateAnnotation[]> {
  const all: GateAnnotation[] = []
  for (let page = 1; page <= 100; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', { ...repo, check_run_id: id, per_page: 100, page })
    all.push(...data.map(asGateAnnotation))
    if (data.length < 100) break
  }
  return all
}

/** An annotation as GitHub lists it (nullable fields, any level string), in our shape. */
function asGateAnnotation(a: RouteData<'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations'>[number]): GateAnnotation {
  const level = a.annotation_level === 'failure' || a.annotation_level === 'warning' ? a.annotation_level : 'notice'
  return {
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    annotation_level: level,
    message: a.message ?? '',
    ...(a.title ? { title: a.title } : {}),
    ...(a.raw_details ? { raw_details: a.raw_details } : {}),
  }
}

function annotationKey(a: Pick<GateAnnotation, 'path' | 'start_line' | 'end_line' | 'annotation_level' | 'message'>): string {
  return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message])
}

/** Redacted, within GitHub's field limits, lines at least 1 (GitHub refuses 0). */
function cleanAnnotation(a: GateAnnotation): GateAnnotation {
  const start = Math.max(1, Math.floor(a.start_line) || 1)
  const end = Math.max(start, Math.floor(a.end_line) || start)
  return {
    path: a.path,
    start_line: start,
    end_line: end,
    annotation_level: a.annotation_level,
    message: truncate(redact(a.message), MESSAGE_LIMIT) || a.annotation_level,
    ...(a.title ? { title: truncate(redact(a.title), TITLE_LIMIT) } : {}),
    ...(a.raw_details ? { raw_details: truncate(redact(a.raw_details), MESSAGE_LIMIT) } : {}),
  }
}

/** Cuts to `limit` UTF-8 bytes, never inside a character, ending in "…" when cut. */
export function truncate(text: string, limit: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= limit) return text
  let end = Math.max(0, limit - 3)
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return `${bytes.subarray(0, end).toString('utf8')}…`
}

/** Workflow-command annotations only (no check run): at most 50 (or `max` when lower), then a count of the rest. */
export function publishAsAnnotations(report: GateReport, max = MAX_COMMAND_ANNOTATIONS): PublishResult {
  const shown = report.annotations.slice(0, Math.max(0, Math.min(max, MAX_COMMAND_ANNOTATIONS)))
  for (const a of shown) {
    const props = { file: a.path, startLine: a.start_line, endLine: a.end_line, ...(a.title ? { title: redact(a.title) } : {}) }
    const message = redact(a.message)
    if (a.annotation_level === 'failure') core.error(message, props)
    else if (a.annotation_level === 'warning') core.warning(message, props)
    else core.notice(message, props)
  }
  const cut = report.annotations.length - shown.length
  if (cut > 0) core.notice(`${cut} more annotation(s) are not shown here; see the job summary and the report files.`)
  return { mode: 'annotations-only', trimmed: cut > 0 }
}

/** The first line of an error's message, at most 200 characters, for a notice. */
function firstLineOf(error: unknown): string {
  return errorMessage(error).split('\n')[0]!.slice(0, 200)
}
