// GitHub Apps: an installation access token for an App JWT (see ../apps.ts), narrowed to the
// repositories and permissions asked for, and the installation of a repository.
import { appsOf, scopeOf } from '../apps.js'
import { HttpError, json, notFound, unprocessable } from '../http.js'
import type { Access, Permissions } from '../records.js'
import type { RequestContext, Route } from '../router.js'
import { bodyOf } from './shared.js'

const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 }

function requireApp(ctx: RequestContext) {
  const app = appsOf(ctx.state).appOf(ctx.token)
  if (!app) throw new HttpError(401, 'A JSON web token could not be decoded')
  return app
}

export const appRoutes: Route[] = [
  {
    operationId: 'apps/create-installation-access-token',
    scope: 'metadata',
    // Authorized by the App JWT, checked in the handler: no token scope applies.
    access: 'none',
    handle: (ctx) => {
      const app = requireApp(ctx)
      const registry = appsOf(ctx.state)
      const installation = registry.installations.get(Number(ctx.params.installation_id))
      if (!installation || installation.appId !== app.id) throw notFound()
      const body = (bodyOf<{ repositories?: string[]; repository_ids?: number[]; permissions?: Record<string, string> }>(ctx) ?? {}) as {
        repositories?: string[]
        repository_ids?: number[]
        permissions?: Record<string, string>
      }
      let repositories = installation.repositories
      if (body.repositories) {
        repositories = body.repositories.map((name) => {
          const full = installation.repositories.find((r) => r.toLowerCase() === `${installation.account}/${name}`.toLowerCase())
          if (!full) throw unprocessable(`There is at least one repository that does not exist or is not accessible to the parent installation.`)
          return full
        })
      }
      if (body.repository_ids) throw unprocessable('repository_ids is not emulated: ask by repository name')
      let permissions: Permissions | undefined
      if (body.permissions) {
        permissions = {}
        for (const [name, level] of Object.entries(body.permissions)) {
          const scope = scopeOf(name)
          const granted = scope ? (installation.permissions[scope] ?? 'none') : 'none'
          if (!scope || RANK[level as Access] > RANK[granted]) throw unprocessable('The permissions requested are not granted to this installation.')
          permissions[scope] = level as Access
        }
      }
      const issued = registry.issue(installation, { repositories, ...(permissions ? { permissions } : {}) })
      return json(201, { token: issued.token, expires_at: issued.expiresAt, permissions: issued.permissions, repository_selection: 'selected' })
    },
  },
]
