// Who may do what: team membership in an organization (needs the org `members` permission,
// which a GITHUB_TOKEN never has) and a user's permission on a repository.
import { json, notFound } from '../http.js'
import type { Route } from '../router.js'
import type { RepoRole } from '../records.js'
import { user } from './shared.js'

/** The legacy permission GitHub reports for each repository role. */
const LEGACY: Record<RepoRole, 'admin' | 'write' | 'read'> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' }
const RANK: RepoRole[] = ['read', 'triage', 'write', 'maintain', 'admin']

export const orgRoutes: Route[] = [
  {
    operationId: 'teams/get-membership-for-user-in-org',
    scope: 'members',
    handle: (ctx) => {
      const { org, team_slug, username } = ctx.params as { org: string; team_slug: string; username: string }
      const team = ctx.state.teams.get(`${org}/${team_slug}`.toLowerCase())
      const member = team?.members.get(username.toLowerCase())
      if (!team || !member) throw notFound()
      const orgId = ctx.state.user(team.org).id
      return json(200, { url: `${ctx.urls.api}/organizations/${orgId}/team/${team.id}/memberships/${username}`, role: member.role, state: member.state })
    },
  },
  {
    operationId: 'repos/get-collaborator-permission-level',
    scope: 'metadata',
    repo: true,
    handle: (ctx) => {
      const login = ctx.params.username!
      const known = ctx.state.users.get(login.toLowerCase())
      if (!known || known.type === 'Organization') throw notFound()
      const role = ctx.repo.collaborators.get(login.toLowerCase())
      // Anyone can read a public repository; nobody else has any permission on a private one.
      const roleName = role ?? (ctx.repo.private ? 'none' : 'read')
      const permission = role ? LEGACY[role] : ctx.repo.private ? 'none' : 'read'
      const rank = role ? RANK.indexOf(role) : ctx.repo.private ? -1 : 0
      return json(200, {
        permission,
        role_name: roleName,
        user: {
          ...user(ctx, known.login),
          role_name: roleName,
          permissions: { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 },
        },
      })
    },
  },
]
