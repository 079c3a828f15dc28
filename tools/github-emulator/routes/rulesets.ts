// Repository rulesets: list (paginated, summaries without rules), create, get, update (PUT,
// partial) and delete. Reading needs only metadata; writing needs `administration`, which a
// GITHUB_TOKEN never has.
import { json, noContent, notFound, validationFailed } from '../http.js'
import { paginate } from '../pagination.js'
import { nodeId } from '../render.js'
import type { RepoContext, Route } from '../router.js'
import type { RulesetRecord } from '../records.js'
import { apiUrl, bodyOf, htmlUrl, intParam } from './shared.js'

type RulesetBody = Partial<Pick<RulesetRecord, 'name' | 'target' | 'enforcement' | 'conditions' | 'rules' | 'bypass_actors'>>

export const rulesetRoutes: Route[] = [
  {
    operationId: 'repos/get-repo-rulesets',
    scope: 'metadata',
    repo: true,
    handle: (ctx) => {
      const page = paginate(ctx, ctx.repo.rulesets)
      return json(
        200,
        page.items.map((r) => renderRuleset(ctx, r, { summary: true })),
        page.headers,
      )
    },
  },
  {
    operationId: 'repos/create-repo-ruleset',
    scope: 'administration',
    repo: true,
    handle: (ctx) => {
      const body = bodyOf<RulesetBody & { name: string; enforcement: RulesetRecord['enforcement'] }>(ctx)
      uniqueName(ctx, body.name)
      const ruleset = ctx.state.addRuleset(`${ctx.repo.owner}/${ctx.repo.name}`, body)
      return json(201, renderRuleset(ctx, ruleset))
    },
  },
  {
    operationId: 'repos/get-repo-ruleset',
    scope: 'metadata',
    repo: true,
    handle: (ctx) => json(200, renderRuleset(ctx, findRuleset(ctx))),
  },
  {
    operationId: 'repos/update-repo-ruleset',
    scope: 'administration',
    repo: true,
    handle: (ctx) => {
      const ruleset = findRuleset(ctx)
      const body = bodyOf<RulesetBody>(ctx)
      if (body.name !== undefined && body.name !== ruleset.name) uniqueName(ctx, body.name)
      Object.assign(ruleset, body, { updated_at: ctx.state.now() })
      return json(200, renderRuleset(ctx, ruleset))
    },
  },
  {
    operationId: 'repos/delete-repo-ruleset',
    scope: 'administration',
    repo: true,
    handle: (ctx) => {
      const ruleset = findRuleset(ctx)
      ctx.repo.rulesets.splice(ctx.repo.rulesets.indexOf(ruleset), 1)
      return noContent()
    },
  },
]

function findRuleset(ctx: RepoContext): RulesetRecord {
  const ruleset = ctx.repo.rulesets.find((r) => r.id === intParam(ctx, 'ruleset_id'))
  if (!ruleset) throw notFound()
  return ruleset
}

function uniqueName(ctx: RepoContext, name: string): void {
  if (ctx.repo.rulesets.some((r) => r.name === name))
    throw validationFailed({ resource: 'Ruleset', code: 'already_exists', field: 'name', message: 'Name must be unique' })
}

function renderRuleset(ctx: RepoContext, r: RulesetRecord, opts: { summary?: boolean } = {}): Record<string, unknown> {
  const summary = {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: `${ctx.repo.owner}/${ctx.repo.name}`,
    enforcement: r.enforcement,
    node_id: nodeId('RepositoryRuleset', r.id),
    _links: { self: { href: apiUrl(ctx, `/rulesets/${r.id}`) }, html: { href: htmlUrl(ctx, `/rules/${r.id}`) } },
    created_at: r.created_at,
    updated_at: r.updated_at,
  }
  if (opts.summary) return summary
  return { ...summary, bypass_actors: r.bypass_actors, current_user_can_bypass: 'never', conditions: r.conditions, rules: r.rules }
}
