// Check runs: create, update (output replaced, annotations appended; at most 50 per request,
// which the OpenAPI description enforces), get, list for a ref (check_name, status,
// filter=latest|all, paginated) and list annotations (paginated).
import { json, notFound, unprocessable } from '../http.js'
import { paginate } from '../pagination.js'
import { nodeId, renderActionsApp } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import type { AnnotationRecord, CheckRunRecord } from '../records.js'
import { apiUrl, bodyOf, commitFor, htmlUrl, intParam } from './shared.js'

interface CheckRunBody {
  name?: string
  head_sha?: string
  details_url?: string
  external_id?: string
  status?: CheckRunRecord['status']
  conclusion?: NonNullable<CheckRunRecord['conclusion']>
  started_at?: string
  completed_at?: string
  output?: {
    title?: string
    summary: string
    text?: string
    annotations?: Array<Omit<AnnotationRecord, 'start_column' | 'end_column' | 'title' | 'raw_details'> & Partial<AnnotationRecord>>
  }
}

export const checkRoutes: Route[] = [
  {
    operationId: 'checks/create',
    scope: 'checks',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<CheckRunBody & { name: string; head_sha: string }>(ctx)
      if (!ctx.repo.git.commits.has(body.head_sha)) throw unprocessable(`No commit found for SHA: ${body.head_sha}`)
      const now = ctx.state.now()
      const run: CheckRunRecord = {
        id: ctx.state.nextId(),
        head_sha: body.head_sha,
        name: body.name,
        status: 'queued',
        conclusion: null,
        started_at: now,
        completed_at: null,
        external_id: '',
        details_url: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        check_suite_id: suiteFor(ctx, body.head_sha),
      }
      apply(ctx, run, body)
      ctx.repo.checkRuns.push(run)
      return json(201, renderCheckRun(ctx, run))
    },
  },
  {
    operationId: 'checks/update',
    scope: 'checks',
    repo: true,
    handle: (ctx) => {
      const run = findRun(ctx)
      apply(ctx, run, bodyOf<CheckRunBody>(ctx))
      return json(200, renderCheckRun(ctx, run))
    },
  },
  {
    operationId: 'checks/get',
    scope: 'checks',
    repo: true,
    handle: (ctx) => json(200, renderCheckRun(ctx, findRun(ctx))),
  },
  {
    operationId: 'checks/list-for-ref',
    scope: 'checks',
    repo: true,
    handle: (ctx) => {
      const sha = commitFor(ctx, ctx.params.ref!)
      const name = ctx.query.get('check_name')
      const status = ctx.query.get('status')
      let runs = ctx.repo.checkRuns.filter((r) => r.head_sha === sha).sort((a, b) => b.id - a.id)
      if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
        const seen = new Set<string>()
        runs = runs.filter((r) => !seen.has(r.name) && !!seen.add(r.name))
      }
      runs = runs.filter((r) => (!name || r.name === name) && (!status || r.status === status))
      const page = paginate(ctx, runs)
      return json(200, { total_count: runs.length, check_runs: page.items.map((r) => renderCheckRun(ctx, r)) }, page.headers)
    },
  },
  {
    operationId: 'checks/list-annotations',
    scope: 'checks',
    repo: true,
    handle: (ctx) => {
      const run = findRun(ctx)
      const page = paginate(ctx, run.annotations)
      return json(
        200,
        page.items.map((a) => ({ ...a, blob_href: htmlUrl(ctx, `/blob/${run.head_sha}/${a.path}`) })),
        page.headers,
      )
    },
  },
]

function findRun(ctx: RepoContext): CheckRunRecord {
  const run = ctx.repo.checkRuns.find((r) => r.id === intParam(ctx, 'check_run_id'))
  if (!run) throw notFound()
  return run
}

/** Runs for one commit made by the same app share a check suite. */
function suiteFor(ctx: RepoContext, sha: string): number {
  return ctx.repo.checkRuns.find((r) => r.head_sha === sha)?.check_suite_id ?? ctx.state.nextId()
}

function apply(ctx: RepoContext, run: CheckRunRecord, body: CheckRunBody): void {
  const now = ctx.state.now()
  if (body.name !== undefined) run.name = body.name
  if (body.details_url !== undefined) run.details_url = body.details_url
  if (body.external_id !== undefined) run.external_id = body.external_id
  if (body.started_at !== undefined) run.started_at = body.started_at
  // A conclusion completes the run; "completed" without one is refused.
  const status = body.conclusion ? 'completed' : body.status
  if (status === 'completed' && !body.conclusion && !run.conclusion) throw unprocessable('Invalid request.\n\n"conclusion" wasn\'t supplied.')
  if (status) run.status = status
  if (body.conclusion) run.conclusion = body.conclusion
  if (run.status === 'completed') run.completed_at = body.completed_at ?? run.completed_at ?? now
  if (body.output) {
    run.output = { title: body.output.title ?? null, summary: body.output.summary, text: body.output.text ?? null }
    for (const a of body.output.annotations ?? []) {
      run.annotations.push({
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: a.start_column ?? null,
        end_column: a.end_column ?? null,
        annotation_level: a.annotation_level,
        title: a.title ?? null,
        message: a.message,
        raw_details: a.raw_details ?? null,
      })
    }
  }
}

export function renderCheckRun(ctx: RepoContext, run: CheckRunRecord): Record<string, unknown> {
  const url = apiUrl(ctx, `/check-runs/${run.id}`)
  const pulls = [...ctx.repo.pulls.values()].filter(
    // GitHub lists only pull requests whose head branch is in this repository (never forks).
    (p) => p.state === 'open' && p.head.sha === run.head_sha && p.head.repo.toLowerCase() === `${ctx.repo.owner}/${ctx.repo.name}`.toLowerCase(),
  )
  const repoRef = { id: ctx.repo.id, url: apiUrl(ctx), name: ctx.repo.name }
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id,
    url,
    html_url: htmlUrl(ctx, `/runs/${run.id}`),
    details_url: run.details_url ?? htmlUrl(ctx, `/runs/${run.id}`),
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: run.check_suite_id },
    app: renderActionsApp(ctx.urls, ctx.state.user('github')),
    pull_requests: pulls.map((p) => ({
      id: p.id,
      number: p.number,
      url: apiUrl(ctx, `/pulls/${p.number}`),
      head: { ref: p.head.ref, sha: p.head.sha, repo: repoRef },
      base: { ref: p.base.ref, sha: p.base.sha, repo: repoRef },
    })),
  }
}
