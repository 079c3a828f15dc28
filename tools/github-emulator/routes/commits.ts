// GET /repos/{owner}/{repo}/commits/{ref}: the commit with its files changed against the
// first parent (the diff GitHub computes), for a SHA, a SHA prefix, a branch or a tag.
import { diffTrees, type BlobRecord, type CommitRecord } from '../git.js'
import { json } from '../http.js'
import { nodeId } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import { apiUrl, commitFor, htmlUrl, user } from './shared.js'

export const commitRoutes: Route[] = [
  {
    operationId: 'repos/get-commit',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const commit = ctx.repo.git.commits.get(commitFor(ctx, ctx.params.ref!))!
      const files = changedFiles(ctx, commit)
      const additions = files.reduce((n, f) => n + f.additions, 0)
      const deletions = files.reduce((n, f) => n + f.deletions, 0)
      return json(200, {
        ...renderCommit(ctx, commit),
        stats: { total: additions + deletions, additions, deletions },
        files,
      })
    },
  },
]

export function renderCommit(ctx: RepoContext, commit: CommitRecord): Record<string, unknown> {
  const author = githubUser(ctx, commit.author.email)
  const committer = githubUser(ctx, commit.committer.email)
  return {
    url: apiUrl(ctx, `/commits/${commit.sha}`),
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    html_url: htmlUrl(ctx, `/commit/${commit.sha}`),
    comments_url: apiUrl(ctx, `/commits/${commit.sha}/comments`),
    commit: {
      url: apiUrl(ctx, `/git/commits/${commit.sha}`),
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.treeSha, url: apiUrl(ctx, `/git/trees/${commit.treeSha}`) },
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author,
    committer,
    parents: commit.parents.map((sha) => ({ sha, url: apiUrl(ctx, `/commits/${sha}`), html_url: htmlUrl(ctx, `/commit/${sha}`) })),
  }
}

/** The GitHub account behind a git e-mail address, as GitHub links them (null when none). */
function githubUser(ctx: RepoContext, email: string): Record<string, unknown> | null {
  const found = [...ctx.state.users.values()].find((u) => u.email?.toLowerCase() === email.toLowerCase())
  return found ? user(ctx, found.login) : null
}

function changedFiles(ctx: RepoContext, commit: CommitRecord) {
  const parentTree = commit.parents[0] ? ctx.repo.git.commits.get(commit.parents[0])!.tree : new Map<string, BlobRecord>()
  return diffTrees(parentTree, commit.tree).map((f) => ({
    ...f,
    changes: f.additions + f.deletions,
    blob_url: htmlUrl(ctx, `/blob/${commit.sha}/${f.filename}`),
    raw_url: htmlUrl(ctx, `/raw/${commit.sha}/${f.filename}`),
    contents_url: apiUrl(ctx, `/contents/${f.filename}?ref=${commit.sha}`),
  }))
}
