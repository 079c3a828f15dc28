// Required checks as code: a repository ruleset that requires the five gate checks, by their
// exact check-run names, on the default branch, and GitHub's own pull request rule (a human
// approval, code-owner review, stale approvals dismissed, the last push approved by someone
// else). The check names alone can be forged: any writer can add a workflow to their pull
// request that posts a green `peer-review`; an approval cannot be posted by a workflow.
// With --tags, a second ruleset keeps release tags vX.Y.Z immutable (no update, no deletion).
// Applying is idempotent: each ruleset is found by name, created when missing, updated only
// when it differs, and left alone when it matches.
//
//   GITHUB_TOKEN=<token with Administration: write> \
//     tsx scripts/required-checks.ts --repo owner/name [--branch main] [--name NAME]
//       [--strict | --merge-queue] [--integration-id 15368] [--approvals 1] [--tags] [--dry-run]
//       [--checks a,b]
//
// --checks names the required checks instead of the five gates: on the GitOps repository
// (the one Argo CD or Flux applies) that is `--checks config-gate`, the check of
// workflows-templates/starter/cloud-native-config-gate.yml.
//
// --strict (pull requests up to date before merging) or, recommended, --merge-queue (the gates run
// on the queue's commit, which becomes main's commit exactly) keep main's tree equal to the gated
// head, so that main adopts the pull request's image instead of building and gating again.
//
// The token needs the `administration` permission (a fine-grained token or a GitHub App),
// which a workflow's GITHUB_TOKEN never has. See docs/required-checks.md.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The check-run names the gate actions report, as the pull-request workflow sets `check-name`. */
export const GATE_CHECKS = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review'] as const

/** The GitHub Actions app: check runs a workflow's GITHUB_TOKEN creates belong to it. */
export const GITHUB_ACTIONS_APP_ID = 15368

export const DEFAULT_RULESET_NAME = 'cloud-native gates'

export interface RequiredChecksOptions {
  owner: string
  repo: string
  /** Branch the checks are required on. */
  branch?: string
  checks?: readonly string[]
  name?: string
  /** Pull requests must be up to date with the branch before merging. */
  strict?: boolean
  /** Merges go through a merge queue (squash, one pull request per group, all green). */
  mergeQueue?: boolean
  /**
   * Only check runs from this app satisfy the rule, so nothing else can post a passing check of
   * the same name. Default the GitHub Actions app; null accepts any source.
   */
  integrationId?: number | null
  /** Approvals a pull request needs (GitHub's pull request rule); at least 1, default 1. */
  approvals?: number
  /** Say what would change, change nothing. */
  dryRun?: boolean
}

export interface StatusCheck {
  context: string
  integration_id?: number
}

export interface RulesetSpec {
  name: string
  target: 'branch'
  enforcement: 'active'
  conditions: { ref_name: { include: string[]; exclude: string[] } }
  rules: [RequiredChecksRule, PullRequestRule, ...MergeQueueRule[]]
}

/** GitHub's native review rule: what a workflow in the pull request cannot satisfy by itself. */
export interface PullRequestRule {
  type: 'pull_request'
  parameters: {
    required_approving_review_count: number
    require_code_owner_review: boolean
    dismiss_stale_reviews_on_push: boolean
    require_last_push_approval: boolean
    required_review_thread_resolution: boolean
  }
}

/** The ruleset that keeps release tags immutable: created once, never moved, never deleted. */
export interface TagRulesetSpec {
  name: string
  target: 'tag'
  enforcement: 'active'
  conditions: { ref_name: { include: string[]; exclude: string[] } }
  rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }, { type: 'update'; parameters: { update_allows_fetch_and_merge: boolean } }]
}

export const DEFAULT_TAG_RULESET_NAME = 'immutable release tags'
/** vX.Y.Z and vX.Y.Z-pre; the major tag (v1) does not match, so it may move. */
export const RELEASE_TAG_PATTERN = 'refs/tags/v*.*.*'

export function desiredTagRuleset(name = DEFAULT_TAG_RULESET_NAME): TagRulesetSpec {
  return {
    name,
    target: 'tag',
    enforcement: 'active',
    conditions: { ref_name: { include: [RELEASE_TAG_PATTERN], exclude: [] } },
    rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }, { type: 'update', parameters: { update_allows_fetch_and_merge: false } }],
  }
}

export interface RequiredChecksRule {
  type: 'required_status_checks'
  parameters: { strict_required_status_checks_policy: boolean; do_not_enforce_on_create: boolean; required_status_checks: StatusCheck[] }
}

export interface MergeQueueRule {
  type: 'merge_queue'
  parameters: {
    check_response_timeout_minutes: number
    grouping_strategy: 'ALLGREEN' | 'HEADGREEN'
    max_entries_to_build: number
    max_entries_to_merge: number
    merge_method: 'MERGE' | 'SQUASH' | 'REBASE'
    min_entries_to_merge: number
    min_entries_to_merge_wait_minutes: number
  }
}

/** One pull request per group, every entry green: each main commit is exactly one gated queue commit. */
export const MERGE_QUEUE_RULE: MergeQueueRule = {
  type: 'merge_queue',
  parameters: {
    check_response_timeout_minutes: 60,
    grouping_strategy: 'ALLGREEN',
    max_entries_to_build: 5,
    max_entries_to_merge: 1,
    merge_method: 'SQUASH',
    min_entries_to_merge: 1,
    min_entries_to_merge_wait_minutes: 0,
  },
}

/** The narrow slice of Octokit this uses, so tests may pass the real client or a fake. */
export interface RulesetsClient {
  paginate: (
    route: 'GET /repos/{owner}/{repo}/rulesets',
    params: { owner: string; repo: string; per_page?: number; includes_parents?: boolean },
  ) => Promise<{ id: number; name: string; source_type?: string }[]>
  request: ((
    route: 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}',
    params: { owner: string; repo: string; ruleset_id: number },
  ) => Promise<{ data: ExistingRuleset }>) &
    ((route: 'POST /repos/{owner}/{repo}/rulesets', params: { owner: string; repo: string } & AnyRuleset) => Promise<{ data: { id: number } }>) &
    ((
      route: 'PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}',
      params: { owner: string; repo: string; ruleset_id: number } & AnyRuleset,
    ) => Promise<{ data: { id: number } }>)
}

export interface ExistingRuleset {
  id: number
  name: string
  target?: string
  enforcement?: string
  conditions?: unknown
  rules?: unknown[]
}

export type AnyRuleset = RulesetSpec | TagRulesetSpec

export interface ApplyResult<R extends AnyRuleset = RulesetSpec> {
  action: 'created' | 'updated' | 'unchanged'
  id: number | null
  ruleset: R
  /** What differed, for an update. */
  changes: string[]
  dryRun: boolean
}

/** The ruleset that requires the gate checks: a pure function of the options. */
export function desiredRuleset(opts: RequiredChecksOptions): RulesetSpec {
  const checks = [...new Set(opts.checks ?? GATE_CHECKS)]
  if (!checks.length) throw new Error('at least one check name is required')
  for (const c of checks) if (!c.trim() || c !== c.trim()) throw new Error(`check name "${c}" is empty or has surrounding spaces`)
  const integrationId = opts.integrationId === undefined ? GITHUB_ACTIONS_APP_ID : opts.integrationId
  const approvals = opts.approvals ?? 1
  // Zero approvals would leave the forgeable checks as the only gate.
  if (!Number.isInteger(approvals) || approvals < 1 || approvals > 10) throw new Error(`approvals ${approvals} is not a whole number from 1 to 10`)
  const branch = opts.branch ?? 'main'
  return {
    name: opts.name ?? DEFAULT_RULESET_NAME,
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: [branch.startsWith('refs/') || branch.startsWith('~') ? branch : `refs/heads/${branch}`], exclude: [] } },
    rules: [
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: opts.strict ?? false,
          do_not_enforce_on_create: false,
          required_status_checks: checks.map((context) => (integrationId === null ? { context } : { context, integration_id: integrationId })),
        },
      },
      pullRequestRule(approvals),
      ...(opts.mergeQueue ? [MERGE_QUEUE_RULE] : []),
    ],
  }
}

export function pullRequestRule(approvals = 1): PullRequestRule {
  return {
    type: 'pull_request',
    parameters: {
      required_approving_review_count: approvals,
      require_code_owner_review: true,
      dismiss_stale_reviews_on_push: true,
      require_last_push_approval: true,
      required_review_thread_resolution: false,
    },
  }
}

/** Differences between an existing ruleset and the desired one; empty when they match. */
export function rulesetDifferences(existing: ExistingRuleset, desired: AnyRuleset): string[] {
  const diffs: string[] = []
  if (existing.target !== desired.target) diffs.push(`target ${existing.target} → ${desired.target}`)
  if (existing.enforcement !== desired.enforcement) diffs.push(`enforcement ${existing.enforcement} → ${desired.enforcement}`)
  const ref = (existing.conditions as RulesetSpec['conditions'] | null | undefined)?.ref_name
  const want = desired.conditions.ref_name
  if (
    JSON.stringify([...(ref?.include ?? [])].sort()) !== JSON.stringify([...want.include].sort()) ||
    JSON.stringify([...(ref?.exclude ?? [])].sort()) !== JSON.stringify([...want.exclude].sort())
  )
    diffs.push(`branches ${JSON.stringify(ref?.include ?? [])} → ${JSON.stringify(want.include)}`)
  const rules = (existing.rules ?? []) as { type?: string; parameters?: Record<string, unknown> }[]
  const types = (list: { type?: string }[]): string =>
    list
      .map((r) => r.type)
      .sort()
      .join(', ') || 'none'
  if (types(rules) !== types(desired.rules)) diffs.push(`rules ${types(rules)} → ${types(desired.rules)}`)
  const queue = rules.find((r) => r.type === 'merge_queue')?.parameters
  const wantQueue = desired.rules.find((r) => r.type === 'merge_queue')?.parameters as Record<string, unknown> | undefined
  if (queue && wantQueue && Object.entries(wantQueue).some(([k, v]) => queue[k] !== v)) diffs.push('merge queue settings')
  // Every other rule with parameters (the pull request rule, the tag update rule): key by key.
  for (const want of desired.rules as { type: string; parameters?: Record<string, unknown> }[]) {
    if (!want.parameters || want.type === 'merge_queue' || want.type === 'required_status_checks') continue
    const have = rules.find((r) => r.type === want.type)?.parameters
    if (!have) continue
    for (const [k, v] of Object.entries(want.parameters))
      if (JSON.stringify(have[k]) !== JSON.stringify(v)) diffs.push(`${want.type} ${k} ${JSON.stringify(have[k])} → ${JSON.stringify(v)}`)
  }
  if (desired.target !== 'branch') return diffs
  const params = rules.find((r) => r.type === 'required_status_checks')?.parameters ?? {}
  const wantParams = desired.rules[0].parameters
  const norm = (checks: unknown): string[] => ((checks as StatusCheck[] | undefined) ?? []).map((c) => `${c.context}@${c.integration_id ?? 'any'}`).sort()
  const have = norm(params.required_status_checks)
  const wanted = norm(wantParams.required_status_checks)
  if (JSON.stringify(have) !== JSON.stringify(wanted)) diffs.push(`checks [${have.join(', ')}] → [${wanted.join(', ')}]`)
  if (Boolean(params.strict_required_status_checks_policy) !== wantParams.strict_required_status_checks_policy)
    diffs.push(`strict ${Boolean(params.strict_required_status_checks_policy)} → ${wantParams.strict_required_status_checks_policy}`)
  if (Boolean(params.do_not_enforce_on_create) !== wantParams.do_not_enforce_on_create)
    diffs.push(`do_not_enforce_on_create → ${wantParams.do_not_enforce_on_create}`)
  return diffs
}

/**
 * Creates or updates the ruleset so that exactly the gate checks are required on the branch.
 * Run it twice and the second run changes nothing. Bypass actors set by hand are kept (they
 * are not sent on update).
 */
export async function applyRequiredChecks(client: RulesetsClient, opts: RequiredChecksOptions): Promise<ApplyResult> {
  return applyRuleset(client, { owner: opts.owner, repo: opts.repo, dryRun: opts.dryRun ?? false }, desiredRuleset(opts))
}

/** Creates or updates the ruleset that keeps vX.Y.Z tags immutable; idempotent like the branch ruleset. */
export async function applyTagRuleset(
  client: RulesetsClient,
  opts: { owner: string; repo: string; name?: string; dryRun?: boolean },
): Promise<ApplyResult<TagRulesetSpec>> {
  return applyRuleset(client, { owner: opts.owner, repo: opts.repo, dryRun: opts.dryRun ?? false }, desiredTagRuleset(opts.name))
}

async function applyRuleset<R extends AnyRuleset>(
  client: RulesetsClient,
  opts: { owner: string; repo: string; dryRun: boolean },
  desired: R,
): Promise<ApplyResult<R>> {
  const { owner, repo, dryRun } = opts
  const summaries = await client.paginate('GET /repos/{owner}/{repo}/rulesets', { owner, repo, per_page: 100, includes_parents: false })
  const found = summaries.find((r) => r.name === desired.name && (r.source_type ?? 'Repository') === 'Repository')
  if (!found) {
    if (dryRun) return { action: 'created', id: null, ruleset: desired, changes: ['new ruleset'], dryRun }
    const { data } = await client.request('POST /repos/{owner}/{repo}/rulesets', { owner, repo, ...desired })
    return { action: 'created', id: data.id, ruleset: desired, changes: ['new ruleset'], dryRun }
  }
  const { data: existing } = await client.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', { owner, repo, ruleset_id: found.id })
  const changes = rulesetDifferences(existing, desired)
  if (!changes.length) return { action: 'unchanged', id: found.id, ruleset: desired, changes, dryRun }
  if (!dryRun) await client.request('PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}', { owner, repo, ruleset_id: found.id, ...desired })
  return { action: 'updated', id: found.id, ruleset: desired, changes, dryRun }
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

async function cli(args: string[]): Promise<number> {
  const full = argValue(args, '--repo') ?? process.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo, ...rest] = full.split('/')
  if (!owner || !repo || rest.length) {
    console.error(`--repo "${full}" is not owner/name. Expected e.g. --repo octo-org/app.`)
    return 2
  }
  const token = process.env.GITHUB_TOKEN ?? ''
  if (!token) {
    console.error('GITHUB_TOKEN is empty. Expected a token with the Administration: write permission.')
    return 2
  }
  const idArg = argValue(args, '--integration-id')
  const approvalsArg = argValue(args, '--approvals')
  const approvals = approvalsArg === undefined ? undefined : Number(approvalsArg)
  if (approvals !== undefined && (!Number.isInteger(approvals) || approvals < 1 || approvals > 10)) {
    console.error(`--approvals "${approvalsArg}" is not a whole number from 1 to 10. Expected e.g. --approvals 2.`)
    return 2
  }
  const checksArg = argValue(args, '--checks')
  const checks =
    checksArg === undefined
      ? undefined
      : checksArg
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
  if (checks !== undefined && checks.length === 0) {
    console.error(`--checks "${checksArg}" names no check. Expected check names separated by commas, e.g. --checks config-gate.`)
    return 2
  }
  const { createOctokit } = await import('@cna/kit/octokit')
  const octokit = createOctokit(token)
  const result = await applyRequiredChecks(octokit as unknown as RulesetsClient, {
    owner,
    repo,
    branch: argValue(args, '--branch') ?? 'main',
    ...(argValue(args, '--name') ? { name: argValue(args, '--name')! } : {}),
    strict: args.includes('--strict'),
    mergeQueue: args.includes('--merge-queue'),
    ...(idArg !== undefined ? { integrationId: idArg === 'any' ? null : Number(idArg) } : {}),
    ...(approvals !== undefined ? { approvals } : {}),
    ...(checks !== undefined ? { checks } : {}),
    dryRun: args.includes('--dry-run'),
  })
  const report = (r: ApplyResult<AnyRuleset>): void => {
    const verb = r.dryRun ? `would be ${r.action}` : r.action
    console.log(`ruleset "${r.ruleset.name}" on ${owner}/${repo}: ${verb}${r.id ? ` (id ${r.id})` : ''}`)
    for (const change of r.changes) console.log(`  ${change}`)
  }
  report(result)
  console.log(`required checks: ${result.ruleset.rules[0].parameters.required_status_checks.map((c) => c.context).join(', ')}`)
  const review = result.ruleset.rules[1].parameters
  console.log(
    `pull requests: ${review.required_approving_review_count} approval(s), code owners, stale approvals dismissed, last push approved by someone else`,
  )
  if (args.includes('--tags')) {
    const tags = await applyTagRuleset(octokit as unknown as RulesetsClient, { owner, repo, dryRun: args.includes('--dry-run') })
    report(tags)
    console.log(`release tags ${RELEASE_TAG_PATTERN}: no update, no deletion`)
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // Octokit errors carry the request (with its authorization header) : print the message only.
      const status = (error as { status?: number }).status
      console.error(`required-checks: ${status ? `GitHub answered ${status}: ` : ''}${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
