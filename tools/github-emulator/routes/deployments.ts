// Deployments and their statuses, with the GitHub behaviours actions trip over:
// - auto_merge (default true) merges the default branch into a branch that is behind it and
//   answers 202 without creating the deployment (409 on a merge conflict);
// - required_contexts (default: every context on the commit, commit statuses and check runs)
//   must all be success, else 409; `[]` skips the check;
// - a success status with auto_inactive (default true) marks prior successful deployments of
//   the same environment inactive (GitHub documents: non-transient, non-production ones);
// - only an inactive deployment can be deleted, unless it is the repository's only one.
import { conflict, json, noContent, notFound, unprocessable } from '../http.js'
import { paginate } from '../pagination.js'
import { nodeId } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import type { DeploymentRecord, DeploymentState, DeploymentStatusRecord } from '../records.js'
import { apiUrl, bodyOf, intParam, user } from './shared.js'
import { latestStatuses } from './statuses.js'

interface CreateBody {
  ref: string
  task?: string
  auto_merge?: boolean
  required_contexts?: string[]
  payload?: Record<string, unknown> | string
  environment?: string
  description?: string | null
  transient_environment?: boolean
  production_environment?: boolean
}

interface StatusBody {
  state: DeploymentState
  target_url?: string
  log_url?: string
  description?: string
  environment?: string
  environment_url?: string
  auto_inactive?: boolean
}

export const deploymentRoutes: Route[] = [
  {
    operationId: 'repos/list-deployments',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => {
      const q = (name: string) => ctx.query.get(name)
      const found = ctx.repo.deployments
        .filter((d) => (!q('sha') || d.sha === q('sha')) && (!q('ref') || d.ref === q('ref')))
        .filter((d) => (!q('task') || d.task === q('task')) && (!q('environment') || d.environment === q('environment')))
        .sort((a, b) => b.id - a.id)
      const page = paginate(ctx, found)
      return json(
        200,
        page.items.map((d) => renderDeployment(ctx, d)),
        page.headers,
      )
    },
  },
  {
    operationId: 'repos/create-deployment',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<CreateBody>(ctx)
      if (!ctx.repo.git.resolve(body.ref)) throw unprocessable(`No ref found for: ${body.ref}`)
      const merged = autoMerge(ctx, body)
      if (merged) return merged
      const sha = ctx.repo.git.resolve(body.ref)!
      checkContexts(ctx, body, sha)
      const environment = body.environment ?? 'production'
      const now = ctx.state.now()
      const deployment: DeploymentRecord = {
        id: ctx.state.nextId(),
        sha,
        ref: body.ref,
        task: body.task ?? 'deploy',
        payload: body.payload ?? {},
        environment,
        original_environment: environment,
        description: body.description ?? null,
        creator: ctx.actor.login,
        transient_environment: body.transient_environment ?? false,
        production_environment: body.production_environment ?? environment === 'production',
        created_at: now,
        updated_at: now,
        statuses: [],
      }
      ctx.repo.deployments.push(deployment)
      return json(201, renderDeployment(ctx, deployment))
    },
  },
  {
    operationId: 'repos/get-deployment',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => json(200, renderDeployment(ctx, findDeployment(ctx))),
  },
  {
    operationId: 'repos/delete-deployment',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => {
      const deployment = findDeployment(ctx)
      const active = deployment.statuses.at(-1)?.state === 'success'
      if (active && ctx.repo.deployments.length > 1)
        throw unprocessable('We cannot delete an active deployment unless it is the only deployment in a given environment.')
      ctx.repo.deployments.splice(ctx.repo.deployments.indexOf(deployment), 1)
      return noContent()
    },
  },
  {
    operationId: 'repos/list-deployment-statuses',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => {
      const deployment = findDeployment(ctx)
      const page = paginate(ctx, [...deployment.statuses].reverse())
      return json(
        200,
        page.items.map((s) => renderStatus(ctx, deployment, s)),
        page.headers,
      )
    },
  },
  {
    operationId: 'repos/get-deployment-status',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => {
      const deployment = findDeployment(ctx)
      const status = deployment.statuses.find((s) => s.id === intParam(ctx, 'status_id'))
      if (!status) throw notFound()
      return json(200, renderStatus(ctx, deployment, status))
    },
  },
  {
    operationId: 'repos/create-deployment-status',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => {
      const deployment = findDeployment(ctx)
      const body = bodyOf<StatusBody>(ctx)
      if (body.environment) deployment.environment = body.environment
      // log_url replaces target_url; either one sets both.
      const url = body.log_url || body.target_url || ''
      const status = addStatus(ctx, deployment, body.state, {
        description: body.description ?? '',
        target_url: url,
        log_url: url,
        environment_url: body.environment_url ?? '',
      })
      if (body.state === 'success' && body.auto_inactive !== false) deactivatePrior(ctx, deployment)
      return json(201, renderStatus(ctx, deployment, status))
    },
  },
]

function findDeployment(ctx: RepoContext): DeploymentRecord {
  const deployment = ctx.repo.deployments.find((d) => d.id === intParam(ctx, 'deployment_id'))
  if (!deployment) throw notFound()
  return deployment
}

function autoMerge(ctx: RepoContext, body: CreateBody) {
  const git = ctx.repo.git
  const branch = git.branchOf(body.ref)
  const base = ctx.repo.default_branch
  if (body.auto_merge === false || !branch || branch === base) return undefined
  const head = git.refs.get(`refs/heads/${branch}`)!
  const baseSha = git.refs.get(`refs/heads/${base}`)!
  const result = git.merge(head, baseSha, `Merge branch '${base}' into ${branch}`, { name: 'GitHub', email: 'noreply@github.com', date: ctx.state.now() })
  if (result.kind === 'up-to-date') return undefined
  if (result.kind === 'conflict') throw conflict(`Conflict merging ${base} into ${branch}.`)
  git.refs.set(`refs/heads/${branch}`, result.sha)
  return json(202, { message: `Auto-merged ${base} into ${branch} on deployment.` })
}

/** Commit statuses and check runs on the commit, by context name, as one state each. */
function contextStates(ctx: RepoContext, sha: string): Map<string, string> {
  const states = new Map<string, string>()
  const runs = ctx.repo.checkRuns.filter((r) => r.head_sha === sha).sort((a, b) => b.id - a.id)
  for (const run of runs) {
    if (states.has(run.name)) continue
    const ok = run.conclusion === 'success' || run.conclusion === 'neutral' || run.conclusion === 'skipped'
    states.set(run.name, run.status !== 'completed' ? 'pending' : ok ? 'success' : 'failure')
  }
  for (const status of latestStatuses(ctx, sha)) states.set(status.context, status.state)
  return states
}

function checkContexts(ctx: RepoContext, body: CreateBody, sha: string): void {
  const states = contextStates(ctx, sha)
  const required = body.required_contexts ?? [...states.keys()]
  const failing = required.map((context) => ({ context, state: states.get(context) ?? 'missing' })).filter((c) => c.state !== 'success')
  if (failing.length)
    throw conflict(`Conflict: Commit status checks failed for ${body.ref}.`, {
      errors: [{ contexts: failing, resource: 'Deployment', field: 'required_contexts', code: 'invalid' }],
    })
}

function addStatus(
  ctx: RepoContext,
  deployment: DeploymentRecord,
  state: DeploymentState,
  urls: Pick<DeploymentStatusRecord, 'description' | 'target_url' | 'log_url' | 'environment_url'>,
): DeploymentStatusRecord {
  const now = ctx.state.now()
  const status: DeploymentStatusRecord = {
    id: ctx.state.nextId(),
    state,
    creator: ctx.actor.login,
    environment: deployment.environment,
    created_at: now,
    updated_at: now,
    ...urls,
  }
  deployment.statuses.push(status)
  deployment.updated_at = now
  return status
}

function deactivatePrior(ctx: RepoContext, current: DeploymentRecord): void {
  for (const other of ctx.repo.deployments) {
    if (other.id >= current.id || other.environment !== current.environment) continue
    if (other.transient_environment || other.production_environment) continue
    const last = other.statuses.at(-1)
    if (last?.state !== 'success') continue
    addStatus(ctx, other, 'inactive', { description: '', target_url: last.target_url, log_url: last.log_url, environment_url: last.environment_url })
  }
}

export function renderDeployment(ctx: RepoContext, d: DeploymentRecord): Record<string, unknown> {
  const url = apiUrl(ctx, `/deployments/${d.id}`)
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.original_environment,
    environment: d.environment,
    description: d.description,
    creator: user(ctx, d.creator),
    created_at: d.created_at,
    updated_at: d.updated_at,
    statuses_url: `${url}/statuses`,
    repository_url: apiUrl(ctx),
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
  }
}

function renderStatus(ctx: RepoContext, d: DeploymentRecord, s: DeploymentStatusRecord): Record<string, unknown> {
  const deploymentUrl = apiUrl(ctx, `/deployments/${d.id}`)
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: user(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    created_at: s.created_at,
    updated_at: s.updated_at,
    deployment_url: deploymentUrl,
    repository_url: apiUrl(ctx),
    environment_url: s.environment_url,
    log_url: s.log_url,
  }
}
