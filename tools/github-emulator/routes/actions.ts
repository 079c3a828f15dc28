// GitHub Actions: workflow_dispatch (`POST /actions/workflows/{workflow_id}/dispatches`, recorded
// in `repo.dispatches`; the workflow must be seeded with state.addWorkflow, the ref must be a branch
// or tag, and inputs must be declared when the workflow lists them), repository_dispatch
// (`POST /dispatches`, recorded in `repo.repositoryDispatches`), and the pending deployments of a
// run that waits for an environment's required reviewers (state.waitForEnvironmentReview).
import { json, noContent, notFound, unprocessable } from '../http.js'
import { nodeId } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import type { EnvironmentRecord, PendingDeploymentRecord, ReviewState } from '../records.js'
import { apiUrl, bodyOf, htmlUrl, intParam, user } from './shared.js'

export const actionRoutes: Route[] = [
  {
    operationId: 'actions/create-workflow-dispatch',
    scope: 'actions',
    repo: true,
    handle: (ctx) => {
      const id = ctx.params.workflow_id!
      const workflow = ctx.repo.workflows.find((w) => String(w.id) === id || w.path.split('/').pop() === id || w.path === id)
      if (!workflow) throw notFound()
      const body = bodyOf<{ ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean }>(ctx)
      const git = ctx.repo.git
      const ref = body.ref.replace(/^refs\//, '')
      if (!git.refs.has(`refs/${ref}`) && !git.refs.has(`refs/heads/${ref}`) && !git.refs.has(`refs/tags/${ref}`))
        throw unprocessable(`No ref found for: ${body.ref}`)
      const inputs = body.inputs ?? {}
      const unexpected = workflow.inputs ? Object.keys(inputs).filter((k) => !workflow.inputs!.includes(k)) : []
      if (unexpected.length) throw unprocessable(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
      ctx.repo.dispatches.push({ workflow_id: workflow.id, path: workflow.path, ref: body.ref, inputs, actor: ctx.actor.login, created_at: ctx.state.now() })
      if (!body.return_run_details) return noContent()
      const runId = ctx.state.nextId()
      return json(200, {
        workflow_run_id: runId,
        run_url: `${ctx.urls.api}/repos/${ctx.repo.owner}/${ctx.repo.name}/actions/runs/${runId}`,
        html_url: `${ctx.urls.html}/${ctx.repo.owner}/${ctx.repo.name}/actions/runs/${runId}`,
      })
    },
  },
  {
    // Fine-grained tokens need contents: write to create a repository_dispatch event.
    operationId: 'repos/create-dispatch-event',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<{ event_type: string; client_payload?: Record<string, unknown> }>(ctx)
      ctx.repo.repositoryDispatches.push({
        event_type: body.event_type,
        client_payload: body.client_payload ?? {},
        actor: ctx.actor.login,
        created_at: ctx.state.now(),
      })
      return noContent()
    },
  },
  {
    operationId: 'actions/get-pending-deployments-for-run',
    scope: 'actions',
    repo: true,
    handle: (ctx) => {
      const runId = intParam(ctx, 'run_id')
      if (!ctx.repo.workflowRuns.some((r) => r.id === runId)) throw notFound()
      return json(
        200,
        ctx.repo.pendingDeployments.filter((p) => p.run_id === runId).map((p) => renderPending(ctx, p)),
      )
    },
  },
  {
    operationId: 'actions/review-pending-deployments-for-run',
    scope: 'deployments',
    repo: true,
    handle: (ctx) => {
      const runId = intParam(ctx, 'run_id')
      if (!ctx.repo.workflowRuns.some((r) => r.id === runId)) throw notFound()
      const body = bodyOf<{ environment_ids: number[]; state: ReviewState; comment: string }>(ctx)
      const environments = [...ctx.repo.environments.values()].filter((e) => body.environment_ids.includes(e.id))
      const pending = ctx.repo.pendingDeployments.filter(
        (p) => p.run_id === runId && environments.some((e) => e.name.toLowerCase() === p.environment.toLowerCase()),
      )
      if (pending.length === 0) throw unprocessable('No pending deployment requests to approve or reject')
      const notReviewer = environments.filter((e) => !e.reviewers.some((r) => r.toLowerCase() === ctx.actor.login.toLowerCase()))
      if (notReviewer.length) throw unprocessable(`${ctx.actor.login} is not a required reviewer of ${notReviewer.map((e) => e.name).join(', ')}`)
      ctx.state.reviewPendingDeployments(
        `${ctx.repo.owner}/${ctx.repo.name}`,
        runId,
        environments.map((e) => e.name),
        body.state,
        ctx.actor.login,
        body.comment,
      )
      // GitHub answers with the deployments the approved jobs create; the runner's jobs create
      // none of their own, so the list is empty.
      return json(200, [])
    },
  },
]

function renderEnvironment(ctx: RepoContext, env: EnvironmentRecord): Record<string, unknown> {
  return {
    id: env.id,
    node_id: nodeId('Environment', env.id),
    name: env.name,
    url: apiUrl(ctx, `/environments/${encodeURIComponent(env.name)}`),
    html_url: htmlUrl(ctx, `/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`),
  }
}

function renderPending(ctx: RepoContext, pending: PendingDeploymentRecord): Record<string, unknown> {
  const env = ctx.repo.environments.get(pending.environment.toLowerCase())!
  return {
    environment: renderEnvironment(ctx, env),
    wait_timer: 0,
    wait_timer_started_at: null,
    current_user_can_approve: env.reviewers.some((r) => r.toLowerCase() === ctx.actor.login.toLowerCase()),
    reviewers: env.reviewers.map((login) => ({ type: 'User', reviewer: user(ctx, login) })),
  }
}
