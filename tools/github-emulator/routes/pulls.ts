// Pull requests: get (JSON, or the diff with `Accept: application/vnd.github.diff`, refused
// with 406 past `diffMaxFiles` files as GitHub does past 300), list, create, files (paginated,
// at most 3000 as GitHub caps them), reviews (paginated) and the pull requests of a commit.
import { HttpError, json, notFound, validationFailed } from '../http.js'
import { paginate } from '../pagination.js'
import { nodeId, renderRepo } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import type { PullRecord, RepoRecord } from '../records.js'
import { apiUrl, authorAssociation, bodyOf, htmlUrl, intParam, user } from './shared.js'
import { pullContains } from './compare.js'

const MAX_LISTED_FILES = 3000

export const pullRoutes: Route[] = [
  {
    operationId: 'pulls/get',
    scope: 'pull_requests',
    repo: true,
    handle: (ctx) => {
      const pull = findPull(ctx)
      const accept = ctx.headers.accept ?? ''
      if (/application\/vnd\.github(\.v3)?\.diff/.test(accept)) return diffReply(ctx, pull)
      return json(200, renderPull(ctx, pull))
    },
  },
  {
    operationId: 'pulls/list',
    scope: 'pull_requests',
    repo: true,
    handle: (ctx) => {
      const state = ctx.query.get('state') ?? 'open'
      const head = ctx.query.get('head')
      const base = ctx.query.get('base')
      const found = [...ctx.repo.pulls.values()]
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !base || p.base.ref === base)
        .filter((p) => !head || `${p.head.repo.split('/')[0]}:${p.head.ref}`.toLowerCase() === head.toLowerCase())
        .sort((a, b) => b.number - a.number)
      const page = paginate(ctx, found)
      return json(
        200,
        page.items.map((p) => renderPull(ctx, p, { simple: true })),
        page.headers,
      )
    },
  },
  {
    operationId: 'pulls/create',
    scope: 'pull_requests',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<{ title?: string; head: string; head_repo?: string; base: string; body?: string; draft?: boolean }>(ctx)
      const [owner, branch] = body.head.includes(':') ? (body.head.split(':', 2) as [string, string]) : [ctx.repo.owner, body.head]
      const headRepo =
        body.head_repo ?? (owner.toLowerCase() === ctx.repo.owner.toLowerCase() ? `${ctx.repo.owner}/${ctx.repo.name}` : `${owner}/${ctx.repo.name}`)
      const head = ctx.state.repos.get(headRepo.toLowerCase())
      const headSha = head?.git.refs.get(`refs/heads/${branch}`)
      if (!head || !headSha) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' })
      const baseSha = ctx.repo.git.refs.get(`refs/heads/${body.base}`)
      if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' })
      const open = [...ctx.repo.pulls.values()].find(
        (p) => p.state === 'open' && p.head.ref === branch && p.head.repo.toLowerCase() === headRepo.toLowerCase() && p.base.ref === body.base,
      )
      if (open) throw validationFailed({ resource: 'PullRequest', field: '', code: 'custom', message: `A pull request already exists for ${owner}:${branch}.` })
      if (head.git.isAncestor(headSha, baseSha))
        throw validationFailed({ resource: 'PullRequest', field: '', code: 'custom', message: `No commits between ${body.base} and ${body.head}` })
      const pull = ctx.state.addPull(`${ctx.repo.owner}/${ctx.repo.name}`, {
        head: branch,
        headRepo,
        base: body.base,
        title: body.title ?? branch,
        ...(body.body === undefined ? {} : { body: body.body }),
        draft: body.draft ?? false,
        user: ctx.actor.login,
      })
      return json(201, renderPull(ctx, pull), { location: apiUrl(ctx, `/pulls/${pull.number}`) })
    },
  },
  {
    operationId: 'pulls/list-files',
    scope: 'pull_requests',
    repo: true,
    handle: (ctx) => {
      const pull = findPull(ctx)
      const page = paginate(ctx, pull.files.slice(0, MAX_LISTED_FILES))
      const headRepo = ctx.state.repo(pull.head.repo)
      return json(
        200,
        page.items.map((f) => ({
          ...f,
          changes: f.additions + f.deletions,
          blob_url: `${ctx.urls.html}/${pull.head.repo}/blob/${pull.head.sha}/${f.filename}`,
          raw_url: `${ctx.urls.html}/${pull.head.repo}/raw/${pull.head.sha}/${f.filename}`,
          contents_url: `${ctx.urls.api}/repos/${headRepo.owner}/${headRepo.name}/contents/${f.filename}?ref=${pull.head.sha}`,
        })),
        page.headers,
      )
    },
  },
  {
    operationId: 'pulls/list-reviews',
    scope: 'pull_requests',
    repo: true,
    handle: (ctx) => {
      const pull = findPull(ctx)
      const page = paginate(ctx, pull.reviews)
      return json(
        200,
        page.items.map((r) => ({
          id: r.id,
          node_id: nodeId('PullRequestReview', r.id),
          user: user(ctx, r.user),
          body: r.body,
          state: r.state,
          html_url: htmlUrl(ctx, `/pull/${pull.number}#pullrequestreview-${r.id}`),
          pull_request_url: apiUrl(ctx, `/pulls/${pull.number}`),
          _links: {
            html: { href: htmlUrl(ctx, `/pull/${pull.number}#pullrequestreview-${r.id}`) },
            pull_request: { href: apiUrl(ctx, `/pulls/${pull.number}`) },
          },
          ...(r.submitted_at ? { submitted_at: r.submitted_at } : {}),
          commit_id: r.commit_id,
          author_association: authorAssociation(ctx, r.user),
        })),
        page.headers,
      )
    },
  },
  {
    operationId: 'repos/list-pull-requests-associated-with-commit',
    scope: 'pull_requests',
    repo: true,
    handle: (ctx) => {
      const sha = ctx.repo.git.resolve(ctx.params.commit_sha!)
      const found = [...ctx.repo.pulls.values()]
        // The pull requests that introduced the commit (GitHub's "Lists the merged pull request that
        // introduced the commit"), not every later one whose history merely contains it.
        .filter((p) => !!sha && pullContains(ctx, p, sha))
        .sort((a, b) => b.number - a.number)
      const page = paginate(ctx, found)
      return json(
        200,
        page.items.map((p) => renderPull(ctx, p, { simple: true })),
        page.headers,
      )
    },
  },
]

function findPull(ctx: RepoContext): PullRecord {
  const pull = ctx.repo.pulls.get(intParam(ctx, 'pull_number'))
  if (!pull) throw notFound()
  return pull
}

function diffReply(ctx: RepoContext, pull: PullRecord) {
  if (pull.files.length > ctx.settings.diffMaxFiles)
    throw new HttpError(
      406,
      `Sorry, the diff exceeded the maximum number of files (${ctx.settings.diffMaxFiles}). Consider using 'List pull requests files' API or locally cloning the repository instead.`,
      { errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }] },
    )
  const text = pull.files
    .map((f) => {
      const from = f.status === 'added' ? '/dev/null' : `a/${f.previous_filename ?? f.filename}`
      const to = f.status === 'removed' ? '/dev/null' : `b/${f.filename}`
      const header = `diff --git a/${f.previous_filename ?? f.filename} b/${f.filename}\n`
      const mode = f.status === 'added' ? 'new file mode 100644\n' : f.status === 'removed' ? 'deleted file mode 100644\n' : ''
      const body = f.patch ? `--- ${from}\n+++ ${to}\n${f.patch.endsWith('\n') ? f.patch : `${f.patch}\n`}` : ''
      return `${header}${mode}index 0000000..${(f.sha ?? '0000000').slice(0, 7)}\n${body}`
    })
    .join('')
  return { status: 200, text, contentType: 'application/vnd.github.diff; charset=utf-8' }
}

function repoOf(ctx: RepoContext, fullName: string): RepoRecord {
  return ctx.state.repo(fullName)
}

export function renderPull(ctx: RepoContext, pull: PullRecord, opts: { simple?: boolean } = {}): Record<string, unknown> {
  const api = apiUrl(ctx, `/pulls/${pull.number}`)
  const html = htmlUrl(ctx, `/pull/${pull.number}`)
  const issue = apiUrl(ctx, `/issues/${pull.number}`)
  const headRepo = repoOf(ctx, pull.head.repo)
  const side = (ref: string, sha: string, repo: RepoRecord) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: user(ctx, repo.owner),
    repo: renderRepo(ctx.urls, repo, ctx.state.user(repo.owner)),
  })
  const simple = {
    url: api,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: apiUrl(ctx, '/pulls/comments{/number}'),
    comments_url: `${issue}/comments`,
    statuses_url: apiUrl(ctx, `/statuses/${pull.head.sha}`),
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: user(ctx, pull.user),
    body: pull.body,
    labels: pull.labels.map((name) => renderLabel(ctx, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.created_at,
    updated_at: pull.updated_at,
    closed_at: pull.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head.ref, pull.head.sha, headRepo),
    base: side(pull.base.ref, pull.base.sha, ctx.repo),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: apiUrl(ctx, '/pulls/comments{/number}') },
      commits: { href: `${api}/commits` },
      statuses: { href: apiUrl(ctx, `/statuses/${pull.head.sha}`) },
    },
    author_association: authorAssociation(ctx, pull.user),
    auto_merge: null,
    draft: pull.draft,
  }
  if (opts.simple) return simple
  const commits = headRepo.git.ancestors(pull.head.sha)
  for (const sha of ctx.repo.git.ancestors(pull.base.sha)) commits.delete(sha)
  return {
    ...simple,
    merged: pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: pull.state === 'open' ? true : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: ctx.repo.comments.filter((c) => c.issue_number === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: commits.size,
    additions: pull.files.reduce((n, f) => n + f.additions, 0),
    deletions: pull.files.reduce((n, f) => n + f.deletions, 0),
    changed_files: pull.files.length,
  }
}

export function renderLabel(ctx: RepoContext, name: string): Record<string, unknown> {
  const id = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
  // description '': the pull-request-simple schema (list, commits/{sha}/pulls) requires a string there.
  return { id, node_id: nodeId('Label', id), url: apiUrl(ctx, `/labels/${encodeURIComponent(name)}`), name, description: '', color: 'ededed', default: false }
}
