// GET /repos/{owner}/{repo}
import { json } from '../http.js'
import { renderRepo } from '../render.js'
import type { Route } from '../router.js'

export const repoRoutes: Route[] = [
  {
    operationId: 'repos/get',
    scope: 'metadata',
    repo: true,
    handle: (ctx) => {
      const write = ctx.token.permissions.contents === 'write'
      const admin = ctx.token.permissions.administration === 'write'
      return json(200, {
        ...renderRepo(ctx.urls, ctx.repo, ctx.state.user(ctx.repo.owner)),
        permissions: { admin, maintain: admin, push: write, triage: write, pull: true },
      })
    },
  },
]
