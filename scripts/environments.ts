// Environments as code: `production`, `release` and `admin`, each with required reviewers (users
// or org/team), self-review prevented, and deployable only from main and release tags (vX.Y.Z)
// through custom deployment branch policies. Their secrets (GITOPS_TOKEN, ADMIN_TOKEN, the release
// app's key) are then only readable by jobs that a reviewer let through, on those refs.
// Applying is idempotent: an environment is created when missing, updated only when it differs,
// and its branch and tag patterns are added or removed one by one to match.
//
//   GITHUB_TOKEN=<token with Administration: write (and Members: read for teams)> \
//     tsx scripts/environments.ts --repo owner/name --reviewers alice,octo-org/platform
//       [--environments production,release,admin] [--branch main] [--tag 'v*.*.*'] [--dry-run]
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DEFAULT_ENVIRONMENTS = ['production', 'release', 'admin'] as const
export const DEFAULT_BRANCH = 'main'
/** Release tags; the moving major tag (v1) is not one, so nothing deploys from it. */
export const DEFAULT_TAG_PATTERN = 'v*.*.*'

export interface EnvironmentsOptions {
  owner: string
  repo: string
  /** Users (`login`) or teams (`org/slug`), one to six. */
  reviewers: readonly string[]
  environments?: readonly string[]
  branch?: string
  tagPattern?: string
  dryRun?: boolean
}

export type Reviewer = { type: 'User'; id: number; name: string } | { type: 'Team'; id: number; name: string }

export interface Policy {
  name: string
  type: 'branch' | 'tag'
}

export interface DesiredEnvironment {
  name: string
  reviewers: Reviewer[]
  prevent_self_review: true
  deployment_branch_policy: { protected_branches: false; custom_branch_policies: true }
  policies: Policy[]
}

/** The parts of GitHub's environment object this compares. */
export interface ExistingEnvironment {
  name: string
  protection_rules?: { type: string; prevent_self_review?: boolean; reviewers?: { type?: string; reviewer?: { id?: number } }[] }[]
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null
}

export interface ExistingPolicy extends Policy {
  id: number
}

/** The narrow slice of Octokit used: tests pass the real client against the emulator. */
export interface EnvironmentsClient {
  request(route: string, params: Record<string, unknown>): Promise<{ status: number; data: unknown }>
}

export interface EnvironmentResult {
  name: string
  action: 'created' | 'updated' | 'unchanged'
  changes: string[]
}

const REVIEWER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/

/** Checks the reviewer list: one to six users or org/team names. Throws one line naming the fault. */
export function parseReviewers(list: readonly string[]): { users: string[]; teams: { org: string; slug: string }[] } {
  const names = [...new Set(list.map((r) => r.trim()).filter(Boolean))]
  if (!names.length) throw new Error('reviewers is empty. Expected one to six users or teams, e.g. --reviewers alice,octo-org/platform')
  if (names.length > 6) throw new Error(`reviewers has ${names.length} entries; GitHub allows at most six users or teams`)
  const bad = names.find((n) => !REVIEWER.test(n))
  if (bad) throw new Error(`reviewer "${bad}" is not a login or org/team. Expected e.g. alice or octo-org/platform`)
  return {
    users: names.filter((n) => !n.includes('/')),
    teams: names.filter((n) => n.includes('/')).map((n) => ({ org: n.split('/')[0]!, slug: n.split('/')[1]! })),
  }
}

/** What one environment must be: a pure function of the resolved reviewers and the refs. */
export function desiredEnvironment(name: string, reviewers: Reviewer[], opts: { branch?: string; tagPattern?: string } = {}): DesiredEnvironment {
  return {
    name,
    reviewers,
    prevent_self_review: true,
    deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    policies: [
      { name: opts.branch ?? DEFAULT_BRANCH, type: 'branch' },
      { name: opts.tagPattern ?? DEFAULT_TAG_PATTERN, type: 'tag' },
    ],
  }
}

/** What differs in the environment's settings (not its patterns); empty when it matches. */
export function environmentDifferences(existing: ExistingEnvironment, desired: DesiredEnvironment): string[] {
  const diffs: string[] = []
  const rule = existing.protection_rules?.find((r) => r.type === 'required_reviewers')
  const have = (rule?.reviewers ?? []).map((r) => `${r.type}:${r.reviewer?.id}`).sort()
  const want = desired.reviewers.map((r) => `${r.type}:${r.id}`).sort()
  if (JSON.stringify(have) !== JSON.stringify(want)) diffs.push(`reviewers [${have.join(', ')}] → [${want.join(', ')}]`)
  if ((rule?.prevent_self_review ?? false) !== desired.prevent_self_review) diffs.push(`prevent_self_review ${rule?.prevent_self_review ?? false} → true`)
  const policy = existing.deployment_branch_policy ?? null
  if (!policy || policy.protected_branches || !policy.custom_branch_policies)
    diffs.push(`deployment branch policy ${policy ? JSON.stringify(policy) : 'any branch or tag'} → custom branch and tag patterns`)
  return diffs
}

/** The patterns to add and the ids to remove so that exactly the desired ones remain. */
export function policyChanges(existing: ExistingPolicy[], desired: Policy[]): { add: Policy[]; remove: ExistingPolicy[] } {
  const key = (p: Policy): string => `${p.type}:${p.name}`
  const wanted = new Set(desired.map(key))
  const have = new Set(existing.map(key))
  return { add: desired.filter((p) => !have.has(key(p))), remove: existing.filter((p) => !wanted.has(key(p))) }
}

async function resolveReviewers(client: EnvironmentsClient, list: readonly string[]): Promise<Reviewer[]> {
  const { users, teams } = parseReviewers(list)
  const out: Reviewer[] = []
  for (const username of users) {
    const { data } = await client.request('GET /users/{username}', { username })
    out.push({ type: 'User', id: (data as { id: number }).id, name: username })
  }
  for (const { org, slug } of teams) {
    const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug })
    out.push({ type: 'Team', id: (data as { id: number }).id, name: `${org}/${slug}` })
  }
  return out
}

const status = (error: unknown): number | undefined => (error as { status?: number }).status

/** Creates or updates each environment and its patterns. Run it twice and the second run writes nothing. */
export async function applyEnvironments(client: EnvironmentsClient, opts: EnvironmentsOptions): Promise<EnvironmentResult[]> {
  const names = [...new Set(opts.environments ?? DEFAULT_ENVIRONMENTS)]
  const reviewers = await resolveReviewers(client, opts.reviewers)
  const { owner, repo } = opts
  const results: EnvironmentResult[] = []
  for (const name of names) {
    const desired = desiredEnvironment(name, reviewers, {
      ...(opts.branch ? { branch: opts.branch } : {}),
      ...(opts.tagPattern ? { tagPattern: opts.tagPattern } : {}),
    })
    const existing = await client.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { owner, repo, environment_name: name }).then(
      (r) => r.data as ExistingEnvironment,
      (error: unknown) => {
        if (status(error) === 404) return undefined
        throw error
      },
    )
    const changes = existing ? environmentDifferences(existing, desired) : ['new environment']
    if (changes.length && !opts.dryRun)
      await client.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', {
        owner,
        repo,
        environment_name: name,
        prevent_self_review: desired.prevent_self_review,
        reviewers: desired.reviewers.map((r) => ({ type: r.type, id: r.id })),
        deployment_branch_policy: desired.deployment_branch_policy,
      })
    // A dry run of a new environment (or one not yet on custom policies) has no patterns to list.
    const listed =
      existing?.deployment_branch_policy?.custom_branch_policies || (changes.length && !opts.dryRun)
        ? (
            (
              await client.request('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
                owner,
                repo,
                environment_name: name,
                per_page: 100,
              })
            ).data as { branch_policies: ExistingPolicy[] }
          ).branch_policies
        : []
    const { add, remove } = policyChanges(listed, desired.policies)
    for (const p of add) {
      changes.push(`+ ${p.type} ${p.name}`)
      if (!opts.dryRun)
        await client.request('POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
          owner,
          repo,
          environment_name: name,
          name: p.name,
          type: p.type,
        })
    }
    for (const p of remove) {
      changes.push(`- ${p.type} ${p.name}`)
      if (!opts.dryRun)
        await client.request('DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}', {
          owner,
          repo,
          environment_name: name,
          branch_policy_id: p.id,
        })
    }
    results.push({ name, action: !existing ? 'created' : changes.length ? 'updated' : 'unchanged', changes })
  }
  return results
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)

async function cli(args: string[]): Promise<number> {
  const full = argValue(args, '--repo') ?? process.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo, ...rest] = full.split('/')
  if (!owner || !repo || rest.length) {
    console.error(`--repo "${full}" is not owner/name. Expected e.g. --repo octo-org/app.`)
    return 2
  }
  const reviewers = list(argValue(args, '--reviewers')) ?? []
  try {
    parseReviewers(reviewers)
  } catch (error) {
    console.error(`--${(error as Error).message}`)
    return 2
  }
  const token = process.env.GITHUB_TOKEN ?? ''
  if (!token) {
    console.error('GITHUB_TOKEN is empty. Expected a token with the Administration: write permission (and Members: read for team reviewers).')
    return 2
  }
  const { createOctokit } = await import('@cna/kit/octokit')
  const client = createOctokit(token) as unknown as EnvironmentsClient
  const environments = list(argValue(args, '--environments'))
  const dryRun = args.includes('--dry-run')
  const results = await applyEnvironments(client, {
    owner,
    repo,
    reviewers,
    ...(environments ? { environments } : {}),
    ...(argValue(args, '--branch') ? { branch: argValue(args, '--branch')! } : {}),
    ...(argValue(args, '--tag') ? { tagPattern: argValue(args, '--tag')! } : {}),
    dryRun,
  })
  for (const r of results) {
    console.log(`environment "${r.name}" on ${owner}/${repo}: ${dryRun ? `would be ${r.action}` : r.action}`)
    for (const change of r.changes) console.log(`  ${change}`)
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // Octokit errors carry the request (with its authorization header): print the message only.
      console.error(`environments: ${status(error) ? `GitHub answered ${status(error)}: ` : ''}${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
