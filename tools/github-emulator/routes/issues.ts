// Issues and their comments (pull requests are issues too): get an issue, list (paginated,
// `since`), create, get, update and delete comments, and reactions on a comment.
import { json, noContent, notFound, validationFailed } from '../http.js'
import { paginate } from '../pagination.js'
import { nodeId } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import type { CommentRecord, ReactionContent, ReactionRecord } from '../records.js'
import { renderLabel } from './pulls.js'
import { apiUrl, authorAssociation, bodyOf, htmlUrl, intParam, user } from './shared.js'

const MAX_BODY = 65536
const REACTIONS: ReactionContent[] = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'eyes', 'rocket']
/** Comments on pull requests need either permission. */
const COMMENT_SCOPES = ['issues', 'pull_requests'] as const

export const issueRoutes: Route[] = [
  {
    operationId: 'issues/get',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => json(200, renderIssue(ctx, intParam(ctx, 'issue_number'))),
  },
  {
    operationId: 'issues/list-comments',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => {
      const number = requireIssue(ctx, intParam(ctx, 'issue_number'))
      const since = ctx.query.get('since')
      const found = ctx.repo.comments.filter((c) => c.issue_number === number && (!since || c.updated_at >= since))
      const page = paginate(ctx, found)
      return json(
        200,
        page.items.map((c) => renderComment(ctx, c)),
        page.headers,
      )
    },
  },
  {
    operationId: 'issues/create-comment',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => {
      const number = requireIssue(ctx, intParam(ctx, 'issue_number'))
      const { body } = bodyOf<{ body: string }>(ctx)
      checkBody(body)
      const comment = ctx.state.addComment(`${ctx.repo.owner}/${ctx.repo.name}`, number, { body, user: ctx.actor.login })
      return json(201, renderComment(ctx, comment), { location: apiUrl(ctx, `/issues/comments/${comment.id}`) })
    },
  },
  {
    operationId: 'issues/get-comment',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => json(200, renderComment(ctx, findComment(ctx))),
  },
  {
    operationId: 'issues/update-comment',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => {
      const comment = findComment(ctx)
      const { body } = bodyOf<{ body: string }>(ctx)
      checkBody(body)
      comment.body = body
      comment.updated_at = ctx.state.now()
      return json(200, renderComment(ctx, comment))
    },
  },
  {
    operationId: 'issues/delete-comment',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => {
      const comment = findComment(ctx)
      ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1)
      return noContent()
    },
  },
  {
    operationId: 'reactions/create-for-issue-comment',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => {
      const comment = findComment(ctx)
      const { content } = bodyOf<{ content: ReactionContent }>(ctx)
      const existing = comment.reactions.find((r) => r.content === content && r.user === ctx.actor.login)
      if (existing) return json(200, renderReaction(ctx, existing))
      const reaction: ReactionRecord = { id: ctx.state.nextId(), content, user: ctx.actor.login, created_at: ctx.state.now() }
      comment.reactions.push(reaction)
      return json(201, renderReaction(ctx, reaction))
    },
  },
  {
    operationId: 'reactions/list-for-issue-comment',
    scope: [...COMMENT_SCOPES],
    repo: true,
    handle: (ctx) => {
      const content = ctx.query.get('content')
      const found = findComment(ctx).reactions.filter((r) => !content || r.content === content)
      const page = paginate(ctx, found)
      return json(
        200,
        page.items.map((r) => renderReaction(ctx, r)),
        page.headers,
      )
    },
  },
]

function requireIssue(ctx: RepoContext, number: number): number {
  if (!ctx.repo.issues.has(number) && !ctx.repo.pulls.has(number)) throw notFound()
  return number
}

function findComment(ctx: RepoContext): CommentRecord {
  const comment = ctx.repo.comments.find((c) => c.id === intParam(ctx, 'comment_id'))
  if (!comment) throw notFound()
  return comment
}

function checkBody(body: string): void {
  if (body.length > MAX_BODY)
    throw validationFailed({ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` })
}

function renderIssue(ctx: RepoContext, number: number): Record<string, unknown> {
  const issue = ctx.repo.issues.get(number)
  const pull = ctx.repo.pulls.get(number)
  const record = issue ?? pull
  if (!record) throw notFound()
  const url = apiUrl(ctx, `/issues/${number}`)
  const html = htmlUrl(ctx, `/${pull ? 'pull' : 'issues'}/${number}`)
  return {
    id: record.id,
    node_id: nodeId(pull ? 'PullRequest' : 'Issue', record.id),
    url,
    repository_url: apiUrl(ctx),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number,
    state: record.state,
    title: record.title,
    body: record.body,
    user: user(ctx, record.user),
    labels: record.labels.map((name) => renderLabel(ctx, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: ctx.repo.comments.filter((c) => c.issue_number === number).length,
    ...(pull
      ? {
          pull_request: {
            url: apiUrl(ctx, `/pulls/${number}`),
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: pull.merged_at,
          },
          draft: pull.draft,
        }
      : {}),
    closed_at: record.closed_at,
    created_at: record.created_at,
    updated_at: record.updated_at,
    author_association: authorAssociation(ctx, record.user),
  }
}

function renderComment(ctx: RepoContext, c: CommentRecord): Record<string, unknown> {
  const url = apiUrl(ctx, `/issues/comments/${c.id}`)
  const isPull = ctx.repo.pulls.has(c.issue_number)
  const rollup: Record<string, unknown> = { url: `${url}/reactions`, total_count: c.reactions.length }
  for (const content of REACTIONS) rollup[content] = c.reactions.filter((r) => r.content === content).length
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url,
    html_url: htmlUrl(ctx, `/${isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`),
    body: c.body,
    user: user(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: apiUrl(ctx, `/issues/${c.issue_number}`),
    author_association: authorAssociation(ctx, c.user),
    reactions: rollup,
  }
}

function renderReaction(ctx: RepoContext, r: ReactionRecord): Record<string, unknown> {
  return { id: r.id, node_id: nodeId('Reaction', r.id), user: user(ctx, r.user), content: r.content, created_at: r.created_at }
}
