// Commit statuses: POST /statuses/{sha}, the combined status of a ref (latest per context,
// GitHub's state rule) and the list of statuses of a ref, newest first; both paginated.
import { json, unprocessable, validationFailed } from '../http.js'
import { paginate } from '../pagination.js'
import { nodeId, renderRepo } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import type { CommitState, StatusRecord } from '../records.js'
import { apiUrl, bodyOf, commitFor, user } from './shared.js'

export const statusRoutes: Route[] = [
  {
    operationId: 'repos/create-commit-status',
    scope: 'statuses',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<{ state: CommitState; target_url?: string | null; description?: string | null; context?: string }>(ctx)
      const sha = ctx.params.sha!
      if (!ctx.repo.git.commits.has(sha)) throw unprocessable(`No commit found for SHA: ${sha}`)
      if ((body.description ?? '').length > 140)
        throw validationFailed({ resource: 'Status', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' })
      const now = ctx.state.now()
      const status: StatusRecord = {
        id: ctx.state.nextId(),
        sha,
        state: body.state,
        context: body.context ?? 'default',
        description: body.description ?? null,
        target_url: body.target_url ?? null,
        creator: ctx.actor.login,
        created_at: now,
        updated_at: now,
      }
      ctx.repo.statuses.push(status)
      return json(201, renderStatus(ctx, status), { location: apiUrl(ctx, `/statuses/${sha}`) })
    },
  },
  {
    operationId: 'repos/get-combined-status-for-ref',
    scope: 'statuses',
    repo: true,
    handle: (ctx) => {
      const sha = commitFor(ctx, ctx.params.ref!)
      const latest = latestStatuses(ctx, sha)
      const page = paginate(ctx, latest)
      return json(
        200,
        {
          state: combinedState(latest),
          statuses: page.items.map((s) => {
            const { creator: _creator, ...simple } = renderStatus(ctx, s)
            return simple
          }),
          sha,
          total_count: latest.length,
          repository: renderRepo(ctx.urls, ctx.repo, ctx.state.user(ctx.repo.owner)),
          commit_url: apiUrl(ctx, `/commits/${sha}`),
          url: apiUrl(ctx, `/commits/${sha}/status`),
        },
        page.headers,
      )
    },
  },
  {
    operationId: 'repos/list-commit-statuses-for-ref',
    scope: 'statuses',
    repo: true,
    handle: (ctx) => {
      const sha = commitFor(ctx, ctx.params.ref!)
      const all = ctx.repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id)
      const page = paginate(ctx, all)
      return json(
        200,
        page.items.map((s) => renderStatus(ctx, s)),
        page.headers,
      )
    },
  },
]

/** The newest status of each context on a commit. */
export function latestStatuses(ctx: RepoContext, sha: string): StatusRecord[] {
  const seen = new Set<string>()
  return ctx.repo.statuses
    .filter((s) => s.sha === sha)
    .sort((a, b) => b.id - a.id)
    .filter((s) => !seen.has(s.context.toLowerCase()) && !!seen.add(s.context.toLowerCase()))
}

/** failure when any context errored or failed; pending when none or any pending; else success. */
export function combinedState(latest: StatusRecord[]): CommitState {
  if (latest.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure'
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending'
  return 'success'
}

function renderStatus(ctx: RepoContext, s: StatusRecord): Record<string, unknown> {
  const creator = ctx.state.user(s.creator)
  return {
    url: apiUrl(ctx, `/statuses/${s.sha}`),
    avatar_url: `https://avatars.githubusercontent.com/u/${creator.id}?v=4`,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
    creator: user(ctx, s.creator),
  }
}
