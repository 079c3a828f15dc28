// POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: recorded in
// `repo.dispatches`. The workflow (file name or id) must be seeded with state.addWorkflow,
// the ref must be a branch or tag, and inputs must be declared when the workflow lists them.
import { json, noContent, notFound, unprocessable } from '../http.js'
import type { Route } from '../router.js'
import { bodyOf } from './shared.js'

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
]
