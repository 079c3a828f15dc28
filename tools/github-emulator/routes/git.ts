// Git references: GET /git/ref/{ref}, GET /git/matching-refs/{ref}, POST /git/refs,
// PATCH and DELETE /git/refs/{ref}, with GitHub's 422 messages for the usual mistakes.
import { json, noContent, notFound, unprocessable } from '../http.js'
import { nodeId } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import { apiUrl, bodyOf } from './shared.js'

export const gitRoutes: Route[] = [
  {
    operationId: 'git/get-ref',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const ref = `refs/${ctx.params.ref}`
      const sha = ctx.repo.git.refs.get(ref)
      if (!sha) throw notFound()
      return json(200, renderRef(ctx, ref, sha))
    },
  },
  {
    operationId: 'git/list-matching-refs',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const prefix = `refs/${ctx.params.ref}`
      const refs = [...ctx.repo.git.refs].filter(([name]) => name.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b))
      return json(
        200,
        refs.map(([name, sha]) => renderRef(ctx, name, sha)),
      )
    },
  },
  {
    operationId: 'git/create-ref',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const { ref, sha } = bodyOf<{ ref: string; sha: string }>(ctx)
      if (!/^refs\/[^/]+\/.+/.test(ref)) throw unprocessable("ref must start with 'refs' and have at least two slashes.")
      if (ctx.repo.git.refs.has(ref)) throw unprocessable('Reference already exists')
      if (!ctx.repo.git.commits.has(sha)) throw unprocessable('Object does not exist')
      ctx.repo.git.refs.set(ref, sha)
      return json(201, renderRef(ctx, ref, sha), { location: apiUrl(ctx, `/git/${ref}`) })
    },
  },
  {
    operationId: 'git/update-ref',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const { sha, force } = bodyOf<{ sha: string; force?: boolean }>(ctx)
      const ref = `refs/${ctx.params.ref}`
      const current = ctx.repo.git.refs.get(ref)
      if (!current) throw unprocessable('Reference does not exist')
      if (!ctx.repo.git.commits.has(sha)) throw unprocessable('Object does not exist')
      if (!force && !ctx.repo.git.isAncestor(current, sha)) throw unprocessable('Update is not a fast forward')
      ctx.repo.git.refs.set(ref, sha)
      return json(200, renderRef(ctx, ref, sha))
    },
  },
  {
    operationId: 'git/delete-ref',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const ref = `refs/${ctx.params.ref}`
      if (!ctx.repo.git.refs.delete(ref)) throw unprocessable('Reference does not exist')
      return noContent()
    },
  },
]

function renderRef(ctx: RepoContext, ref: string, sha: string): Record<string, unknown> {
  return {
    ref,
    node_id: nodeId('Ref', `${ctx.repo.id}:${ref}`),
    url: apiUrl(ctx, `/git/${ref}`),
    object: { type: 'commit', sha, url: apiUrl(ctx, `/git/commits/${sha}`) },
  }
}
