// Repository contents: GET a file (base64, or raw with `Accept: application/vnd.github.raw`)
// or a directory listing at any ref; PUT creates or updates a file with a commit on a
// branch (the blob `sha` is required to update, and must match); DELETE removes one.
import { GitStore, type CommitRecord, type GitIdentity } from '../git.js'
import { conflict, HttpError, json, notFound, unprocessable } from '../http.js'
import { nodeId } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import { apiUrl, bodyOf, htmlUrl } from './shared.js'

interface WriteBody {
  message: string
  content?: string
  sha?: string
  branch?: string
  committer?: { name: string; email: string; date?: string }
  author?: { name: string; email: string; date?: string }
}

export const contentRoutes: Route[] = [
  {
    operationId: 'repos/get-content',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const ref = ctx.query.get('ref') ?? ctx.repo.default_branch
      const sha = ctx.repo.git.resolve(ref)
      if (!sha) throw notFound(`No commit found for the ref ${ref}`)
      const commit = ctx.repo.git.commits.get(sha)!
      const path = ctx.params.path!.replace(/^\/+|\/+$/g, '')
      const blob = commit.tree.get(path)
      if (blob) {
        if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.headers.accept ?? ''))
          return { status: 200, text: blob.content.toString('utf8'), contentType: 'application/vnd.github.raw; charset=utf-8' }
        return json(200, {
          encoding: 'base64',
          content: wrapBase64(blob.content.toString('base64')),
          ...entry(ctx, ref, path, blob.sha, blob.content.length, 'file'),
        })
      }
      const children = directory(commit, path)
      if (!children.length) throw notFound()
      return json(
        200,
        children.map((c) => entry(ctx, ref, c.path, c.sha, c.size, c.type)),
      )
    },
  },
  {
    operationId: 'repos/create-or-update-file-contents',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<WriteBody>(ctx)
      const path = ctx.params.path!
      const { branch, head } = branchHead(ctx, body.branch)
      const existing = head.tree.get(path)
      if (existing && body.sha === undefined) throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.')
      if (existing && body.sha !== existing.sha) throw conflict(`${path} does not match ${body.sha}`)
      if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(body.content ?? '')) throw unprocessable('content is not valid Base64')
      const blob = GitStore.blob(Buffer.from(body.content ?? '', 'base64'))
      const tree = new Map(head.tree).set(path, blob)
      const commit = writeCommit(ctx, branch, head, tree, body)
      return json(existing ? 200 : 201, {
        content: { ...entry(ctx, branch, path, blob.sha, blob.content.length, 'file') },
        commit: renderFileCommit(ctx, commit),
      })
    },
  },
  {
    operationId: 'repos/delete-file',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<WriteBody & { sha: string }>(ctx)
      const path = ctx.params.path!
      const { branch, head } = branchHead(ctx, body.branch)
      const existing = head.tree.get(path)
      if (!existing) throw notFound()
      if (body.sha !== existing.sha) throw conflict(`${path} does not match ${body.sha}`)
      const tree = new Map(head.tree)
      tree.delete(path)
      return json(200, { content: null, commit: renderFileCommit(ctx, writeCommit(ctx, branch, head, tree, body)) })
    },
  },
]

function branchHead(ctx: RepoContext, requested: string | undefined): { branch: string; head: CommitRecord } {
  const branch = requested ?? ctx.repo.default_branch
  const sha = ctx.repo.git.refs.get(`refs/heads/${branch}`)
  if (!sha) throw new HttpError(404, `Branch ${branch} not found`)
  return { branch, head: ctx.repo.git.commits.get(sha)! }
}

function writeCommit(ctx: RepoContext, branch: string, head: CommitRecord, tree: CommitRecord['tree'], body: WriteBody): CommitRecord {
  const date = ctx.state.now()
  const actor = ctx.actor
  const fallback: GitIdentity = { name: actor.name ?? actor.login, email: actor.email ?? `${actor.id}+${actor.login}@users.noreply.github.com`, date }
  const committer = body.committer ? { date, ...body.committer } : fallback
  const author = body.author ? { date, ...body.author } : committer
  const commit = ctx.repo.git.commit({ tree, parents: [head.sha], message: body.message, author, committer })
  ctx.repo.git.refs.set(`refs/heads/${branch}`, commit.sha)
  ctx.repo.updated_at = date
  return commit
}

function renderFileCommit(ctx: RepoContext, commit: CommitRecord): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: apiUrl(ctx, `/git/commits/${commit.sha}`),
    html_url: htmlUrl(ctx, `/commit/${commit.sha}`),
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { url: apiUrl(ctx, `/git/trees/${commit.treeSha}`), sha: commit.treeSha },
    parents: commit.parents.map((sha) => ({ url: apiUrl(ctx, `/git/commits/${sha}`), html_url: htmlUrl(ctx, `/commit/${sha}`), sha })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  }
}

function entry(ctx: RepoContext, ref: string, path: string, sha: string, size: number, type: 'file' | 'dir') {
  const self = apiUrl(ctx, `/contents/${path}?ref=${encodeURIComponent(ref)}`)
  const git = apiUrl(ctx, type === 'file' ? `/git/blobs/${sha}` : `/git/trees/${sha}`)
  const html = htmlUrl(ctx, `/${type === 'file' ? 'blob' : 'tree'}/${ref}/${path}`)
  return {
    name: path.split('/').pop()!,
    path,
    sha,
    size,
    url: self,
    html_url: html,
    git_url: git,
    download_url: type === 'file' ? `https://raw.githubusercontent.com/${ctx.repo.owner}/${ctx.repo.name}/${ref}/${path}` : null,
    type,
    _links: { self, git, html },
  }
}

/** Immediate children of a directory in a flat path → blob tree. */
function directory(commit: CommitRecord, dir: string) {
  const prefix = dir ? `${dir}/` : ''
  const seen = new Map<string, { path: string; sha: string; size: number; type: 'file' | 'dir' }>()
  for (const [path, blob] of commit.tree) {
    if (!path.startsWith(prefix)) continue
    const [name, ...rest] = path.slice(prefix.length).split('/')
    const child = prefix + name
    if (rest.length === 0) seen.set(child, { path: child, sha: blob.sha, size: blob.content.length, type: 'file' })
    else if (!seen.has(child)) seen.set(child, { path: child, sha: GitStore.blob(child).sha, size: 0, type: 'dir' })
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path))
}

/** GitHub wraps base64 file content at 60 characters per line. */
function wrapBase64(b64: string): string {
  return (b64.match(/.{1,60}/g) ?? []).join('\n') + '\n'
}
