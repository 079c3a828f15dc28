// Environments as code and releases: the environment (required reviewers, users or teams, and
// its deployment branch policy), its branch and tag name patterns, the users and teams a script
// resolves to ids for reviewers, and GitHub Releases. Writing environments needs
// `administration`, which a GITHUB_TOKEN never has; releases need `contents: write`.
import { HttpError, json, noContent, notFound, validationFailed } from '../http.js'
import { paginate } from '../pagination.js'
import { nodeId, renderUser } from '../render.js'
import type { RepoContext, RequestContext, Route } from '../router.js'
import type { DeploymentBranchPolicyRecord, EnvironmentRecord, ReleaseRecord, TeamRecord } from '../records.js'
import { apiUrl, bodyOf, htmlUrl, intParam, user } from './shared.js'

interface EnvironmentBody {
  wait_timer?: number
  prevent_self_review?: boolean
  reviewers?: { type?: 'User' | 'Team'; id?: number }[] | null
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null
}

export const environmentRoutes: Route[] = [
  {
    operationId: 'repos/get-all-environments',
    scope: ['actions', 'administration'],
    repo: true,
    handle: (ctx) => {
      const all = [...ctx.repo.environments.values()].sort((a, b) => a.name.localeCompare(b.name))
      const page = paginate(ctx, all)
      return json(200, { total_count: all.length, environments: page.items.map((e) => renderEnvironment(ctx, e)) }, page.headers)
    },
  },
  {
    operationId: 'repos/get-environment',
    scope: ['actions', 'administration'],
    repo: true,
    handle: (ctx) => json(200, renderEnvironment(ctx, findEnvironment(ctx))),
  },
  {
    operationId: 'repos/create-or-update-environment',
    scope: 'administration',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<EnvironmentBody | null>(ctx) ?? {}
      const name = ctx.params.environment_name ?? ''
      const policy = body.deployment_branch_policy
      if (policy && policy.protected_branches === policy.custom_branch_policies)
        throw validationFailed({
          resource: 'Environment',
          code: 'invalid',
          field: 'deployment_branch_policy',
          message: 'Exactly one of protected_branches and custom_branch_policies must be true',
        })
      const logins: string[] = []
      const teams: string[] = []
      for (const r of body.reviewers ?? []) {
        if (r.type === 'Team') {
          const team = [...ctx.state.teams.values()].find((t) => t.id === r.id)
          if (!team) throw validationFailed({ resource: 'Environment', code: 'invalid', field: 'reviewers', message: `Team ${r.id} not found` })
          teams.push(`${team.org}/${team.slug}`)
        } else {
          const login = [...ctx.state.users.values()].find((u) => u.id === r.id)?.login
          if (!login) throw validationFailed({ resource: 'Environment', code: 'invalid', field: 'reviewers', message: `User ${r.id} not found` })
          logins.push(login)
        }
      }
      if (logins.length + teams.length > 6)
        throw validationFailed({ resource: 'Environment', code: 'invalid', field: 'reviewers', message: 'At most six reviewers' })
      const existing = ctx.state.environment(`${ctx.repo.owner}/${ctx.repo.name}`, name)
      // Reviewers omitted keep what was there; null or [] clears them, as GitHub does.
      const keep = body.reviewers === undefined && existing
      const record = ctx.state.addEnvironment(`${ctx.repo.owner}/${ctx.repo.name}`, existing?.name ?? name, { reviewers: keep ? existing.reviewers : logins })
      record.reviewerTeams = keep ? (existing.reviewerTeams ?? []) : teams
      record.prevent_self_review = body.prevent_self_review ?? existing?.prevent_self_review ?? false
      record.deployment_branch_policy = policy === undefined ? (existing?.deployment_branch_policy ?? null) : policy
      record.branchPolicies = record.deployment_branch_policy?.custom_branch_policies ? (existing?.branchPolicies ?? []) : []
      return json(200, renderEnvironment(ctx, record))
    },
  },
  {
    operationId: 'repos/delete-an-environment',
    scope: 'administration',
    repo: true,
    handle: (ctx) => {
      ctx.repo.environments.delete(findEnvironment(ctx).name.toLowerCase())
      return noContent()
    },
  },
  {
    operationId: 'repos/list-deployment-branch-policies',
    scope: ['actions', 'administration'],
    repo: true,
    handle: (ctx) => {
      const all = findEnvironment(ctx).branchPolicies ?? []
      const page = paginate(ctx, all)
      return json(200, { total_count: all.length, branch_policies: page.items.map(renderPolicy) }, page.headers)
    },
  },
  {
    operationId: 'repos/create-deployment-branch-policy',
    scope: 'administration',
    repo: true,
    handle: (ctx) => {
      const env = findEnvironment(ctx)
      // GitHub answers 404 unless the environment uses custom branch policies.
      if (!env.deployment_branch_policy?.custom_branch_policies) throw notFound()
      const body = bodyOf<{ name: string; type?: 'branch' | 'tag' }>(ctx)
      const type = body.type ?? 'branch'
      const policies = (env.branchPolicies ??= [])
      const same = policies.find((p) => p.name === body.name && p.type === type)
      if (same)
        return { status: 303, headers: { location: apiUrl(ctx, `/environments/${encodeURIComponent(env.name)}/deployment-branch-policies/${same.id}`) } }
      const policy: DeploymentBranchPolicyRecord = { id: ctx.state.nextId(), name: body.name, type }
      policies.push(policy)
      return json(200, renderPolicy(policy))
    },
  },
  {
    operationId: 'repos/delete-deployment-branch-policy',
    scope: 'administration',
    repo: true,
    handle: (ctx) => {
      const env = findEnvironment(ctx)
      const id = intParam(ctx, 'branch_policy_id')
      const policies = env.branchPolicies ?? []
      if (!policies.some((p) => p.id === id)) throw notFound()
      env.branchPolicies = policies.filter((p) => p.id !== id)
      return noContent()
    },
  },
  {
    operationId: 'users/get-by-username',
    scope: 'metadata',
    handle: (ctx) => {
      const found = ctx.state.users.get((ctx.params.username ?? '').toLowerCase())
      if (!found) throw notFound()
      const now = ctx.state.now()
      return json(200, {
        ...renderUser(ctx.urls, found),
        name: found.name,
        company: null,
        blog: '',
        location: null,
        email: found.email,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: now,
        updated_at: now,
      })
    },
  },
  {
    operationId: 'teams/get-by-name',
    scope: 'members',
    handle: (ctx) => {
      const team = ctx.state.teams.get(`${ctx.params.org}/${ctx.params.team_slug}`.toLowerCase())
      if (!team) throw notFound()
      return json(200, renderTeamFull(ctx, team))
    },
  },
  {
    operationId: 'repos/get-release-by-tag',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const release = (ctx.repo.releases ?? []).find((r) => r.tag_name === ctx.params.tag)
      if (!release) throw notFound()
      return json(200, renderRelease(ctx, release))
    },
  },
  {
    operationId: 'repos/create-release',
    scope: 'contents',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<{
        tag_name: string
        target_commitish?: string
        name?: string
        body?: string
        draft?: boolean
        prerelease?: boolean
        make_latest?: 'true' | 'false' | 'legacy'
      }>(ctx)
      const releases = (ctx.repo.releases ??= [])
      if (releases.some((r) => r.tag_name === body.tag_name)) throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' })
      // A tag the emulator knows must not be named with another target. Tags pushed with git to a
      // runner's local repository are not in the emulator's store; those are taken as given.
      const tagged = ctx.repo.git.refs.get(`refs/tags/${body.tag_name}`)
      if (!tagged && body.target_commitish && !/^[0-9a-f]{40}$/.test(body.target_commitish) && !ctx.repo.git.resolve(body.target_commitish))
        throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' })
      const now = ctx.state.now()
      const release: ReleaseRecord = {
        id: ctx.state.nextId(),
        tag_name: body.tag_name,
        target_commitish: body.target_commitish ?? ctx.repo.default_branch,
        name: body.name ?? null,
        body: body.body ?? null,
        draft: body.draft ?? false,
        prerelease: body.prerelease ?? false,
        make_latest: body.make_latest ?? 'true',
        author: ctx.actor.login,
        created_at: now,
        published_at: body.draft ? null : now,
      }
      releases.push(release)
      return json(201, renderRelease(ctx, release))
    },
  },
]

function findEnvironment(ctx: RepoContext): EnvironmentRecord {
  const env = ctx.repo.environments.get((ctx.params.environment_name ?? '').toLowerCase())
  if (!env) throw new HttpError(404, 'Not Found')
  return env
}

function renderPolicy(p: DeploymentBranchPolicyRecord): Record<string, unknown> {
  return { id: p.id, node_id: nodeId('GateBranchPolicy', p.id), name: p.name, type: p.type }
}

function renderEnvironment(ctx: RepoContext, env: EnvironmentRecord): Record<string, unknown> {
  const rules: Record<string, unknown>[] = []
  const teams = (env.reviewerTeams ?? []).map((t) => ctx.state.teams.get(t.toLowerCase())).filter((t): t is TeamRecord => !!t)
  if (env.reviewers.length || teams.length)
    rules.push({
      id: env.id + 1,
      node_id: nodeId('Gate', env.id + 1),
      type: 'required_reviewers',
      prevent_self_review: env.prevent_self_review ?? false,
      reviewers: [
        ...env.reviewers.map((login) => ({ type: 'User', reviewer: user(ctx, login) })),
        ...teams.map((t) => ({ type: 'Team', reviewer: renderTeam(ctx, t) })),
      ],
    })
  if (env.deployment_branch_policy) rules.push({ id: env.id + 2, node_id: nodeId('Gate', env.id + 2), type: 'branch_policy' })
  return {
    id: env.id,
    node_id: nodeId('Environment', env.id),
    name: env.name,
    url: apiUrl(ctx, `/environments/${encodeURIComponent(env.name)}`),
    html_url: htmlUrl(ctx, `/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`),
    created_at: env.created_at,
    updated_at: env.updated_at,
    protection_rules: rules,
    deployment_branch_policy: env.deployment_branch_policy ?? null,
  }
}

function renderTeam(ctx: RequestContext, team: TeamRecord): Record<string, unknown> {
  const api = `${ctx.urls.api}/orgs/${team.org}/teams/${team.slug}`
  return {
    id: team.id,
    node_id: nodeId('Team', team.id),
    url: api,
    html_url: `${ctx.urls.html}/orgs/${team.org}/teams/${team.slug}`,
    name: team.slug,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: 'organization',
    parent: null,
  }
}

function renderTeamFull(ctx: RequestContext, team: TeamRecord): Record<string, unknown> {
  const org = ctx.state.user(team.org)
  const orgApi = `${ctx.urls.api}/orgs/${org.login}`
  const now = ctx.state.now()
  const { parent: _parent, ...base } = renderTeam(ctx, team)
  return {
    ...base,
    members_count: team.members.size,
    repos_count: 0,
    created_at: now,
    updated_at: now,
    organization: {
      login: org.login,
      id: org.id,
      node_id: nodeId('Organization', org.id),
      url: orgApi,
      repos_url: `${orgApi}/repos`,
      events_url: `${orgApi}/events`,
      hooks_url: `${orgApi}/hooks`,
      issues_url: `${orgApi}/issues`,
      members_url: `${orgApi}/members{/member}`,
      public_members_url: `${orgApi}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
      description: null,
      html_url: `${ctx.urls.html}/${org.login}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: 'Organization',
      created_at: now,
      updated_at: now,
      archived_at: null,
    },
  }
}

function renderRelease(ctx: RepoContext, r: ReleaseRecord): Record<string, unknown> {
  const api = apiUrl(ctx, `/releases/${r.id}`)
  return {
    url: api,
    html_url: htmlUrl(ctx, `/releases/tag/${encodeURIComponent(r.tag_name)}`),
    assets_url: `${api}/assets`,
    upload_url: `${api.replace(ctx.urls.api, ctx.urls.api)}/assets{?name,label}`,
    tarball_url: apiUrl(ctx, `/tarball/${r.tag_name}`),
    zipball_url: apiUrl(ctx, `/zipball/${r.tag_name}`),
    id: r.id,
    node_id: nodeId('Release', r.id),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: r.created_at,
    published_at: r.published_at,
    author: user(ctx, r.author),
    assets: [],
  }
}
