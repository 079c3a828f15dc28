import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createOctokit } from '@cna/kit/octokit'
import { ROOT } from '../tools/action-harness/actions.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import {
  applyRequiredChecks,
  applyTagRuleset,
  desiredRuleset,
  desiredTagRuleset,
  DEFAULT_RULESET_NAME,
  DEFAULT_TAG_RULESET_NAME,
  pullRequestRule,
  GATE_CHECKS,
  GITHUB_ACTIONS_APP_ID,
  rulesetDifferences,
  type RulesetsClient,
} from '../scripts/required-checks.js'

const ADMIN_TOKEN = 'ghp_required_checks_admin_0123456789'
const run = promisify(execFile)

let emu: GitHubEmulator
let repoCount = 0
beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addToken(ADMIN_TOKEN, { login: 'platform-bot', permissions: { administration: 'write', contents: 'read' } })
})
afterEach(() => assertNoViolations(emu))
afterAll(() => emu.stop())

function newRepo(): { owner: string; repo: string; full: string } {
  const repo = `app${++repoCount}`
  emu.state.addRepo(`octo/${repo}`, { files: { 'README.md': '# app\n' } })
  return { owner: 'octo', repo, full: `octo/${repo}` }
}
const client = (token = ADMIN_TOKEN): RulesetsClient => createOctokit(token, { baseUrl: emu.url, retryAfterBaseValue: 1 }) as unknown as RulesetsClient
const writes = (full: string): string[] =>
  emu.requests.filter((r) => r.path.startsWith(`/repos/${full}/rulesets`) && r.method !== 'GET').map((r) => `${r.method} ${r.status}`)
const contexts = (rules: unknown[]): string[] =>
  (rules as { parameters: { required_status_checks: { context: string }[] } }[])[0]!.parameters.required_status_checks.map((c) => c.context)

describe('the ruleset: the five gates by their exact names on main', () => {
  test('requires exactly the gate check names, from the GitHub Actions app, on refs/heads/main', () => {
    const r = desiredRuleset({ owner: 'o', repo: 'r' })
    expect(r.name).toBe(DEFAULT_RULESET_NAME)
    expect(r.enforcement).toBe('active')
    expect(r.conditions.ref_name.include).toEqual(['refs/heads/main'])
    expect(r.rules.map((rule) => rule.type)).toEqual(['required_status_checks', 'pull_request'])
    expect(r.rules[0]!.parameters.required_status_checks).toEqual(GATE_CHECKS.map((context) => ({ context, integration_id: GITHUB_ACTIONS_APP_ID })))
    expect([...GATE_CHECKS]).toEqual(['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review'])
  })

  test.each([
    [{ branch: 'release' }, ['refs/heads/release']],
    [{ branch: '~DEFAULT_BRANCH' }, ['~DEFAULT_BRANCH']],
    [{ branch: 'refs/heads/trunk' }, ['refs/heads/trunk']],
  ])('branch %j → %j', (opts, include) => {
    expect(desiredRuleset({ owner: 'o', repo: 'r', ...opts }).conditions.ref_name.include).toEqual(include)
  })

  test('integrationId null accepts a check from any source; names are validated', () => {
    const r = desiredRuleset({ owner: 'o', repo: 'r', integrationId: null, checks: ['a', 'a', 'b'] })
    expect(r.rules[0]!.parameters.required_status_checks).toEqual([{ context: 'a' }, { context: 'b' }])
    expect(() => desiredRuleset({ owner: 'o', repo: 'r', checks: [] })).toThrow(/at least one/)
    expect(() => desiredRuleset({ owner: 'o', repo: 'r', checks: [' unit-tests'] })).toThrow(/surrounding spaces/)
  })

  test('carries GitHub’s pull request rule: one approval, code owners, stale approvals dismissed, the last push approved by another', () => {
    expect(desiredRuleset({ owner: 'o', repo: 'r' }).rules[1]).toEqual({
      type: 'pull_request',
      parameters: {
        required_approving_review_count: 1,
        require_code_owner_review: true,
        dismiss_stale_reviews_on_push: true,
        require_last_push_approval: true,
        required_review_thread_resolution: false,
      },
    })
    expect(desiredRuleset({ owner: 'o', repo: 'r', approvals: 2 }).rules[1].parameters.required_approving_review_count).toBe(2)
    // Zero approvals would leave only the checks, which a pull request's own workflow can post.
    expect(() => desiredRuleset({ owner: 'o', repo: 'r', approvals: 0 })).toThrow(/approvals 0 is not a whole number from 1 to 10/)
    expect(() => desiredRuleset({ owner: 'o', repo: 'r', approvals: 11 })).toThrow(/from 1 to 10/)
  })

  test('the tag ruleset: vX.Y.Z (not the major tag) can be created, never updated or deleted', () => {
    const t = desiredTagRuleset()
    expect(t).toMatchObject({
      name: DEFAULT_TAG_RULESET_NAME,
      target: 'tag',
      enforcement: 'active',
      conditions: { ref_name: { include: ['refs/tags/v*.*.*'], exclude: [] } },
    })
    expect(t.rules.map((r) => r.type)).toEqual(['deletion', 'non_fast_forward', 'update'])
    expect(t.rules.some((r) => (r.type as string) === 'creation')).toBe(false)
  })

  test('differences name what changed; none for the same ruleset', () => {
    const want = desiredRuleset({ owner: 'o', repo: 'r' })
    expect(rulesetDifferences({ id: 1, ...want }, want)).toEqual([])
    const drifted = structuredClone(want)
    drifted.rules[0]!.parameters.required_status_checks.pop()
    drifted.enforcement = 'disabled' as 'active'
    const diffs = rulesetDifferences({ id: 1, ...drifted }, want)
    expect(diffs.join('\n')).toMatch(/enforcement disabled → active/)
    expect(diffs.find((d) => d.startsWith('checks'))).toMatch(/unit-tests@15368\] → \[.*peer-review@15368/)
    // A review rule loosened by hand is a difference too.
    const loosened = structuredClone(want)
    loosened.rules[1].parameters.require_code_owner_review = false
    expect(rulesetDifferences({ id: 1, ...loosened }, want)).toEqual(['pull_request require_code_owner_review false → true'])
  })
})

describe('applying it against the GitHub emulator: idempotent', () => {
  test('creates the ruleset once; a second run changes nothing and writes nothing', async () => {
    const { owner, repo, full } = newRepo()
    const first = await applyRequiredChecks(client(), { owner, repo })
    expect(first.action).toBe('created')
    const stored = emu.state.repo(full).rulesets
    expect(stored).toHaveLength(1)
    expect(stored[0]!.id).toBe(first.id)
    expect(stored[0]!.enforcement).toBe('active')
    expect(stored[0]!.conditions).toEqual({ ref_name: { include: ['refs/heads/main'], exclude: [] } })
    expect(contexts(stored[0]!.rules)).toEqual([...GATE_CHECKS])

    const second = await applyRequiredChecks(client(), { owner, repo })
    expect(second).toMatchObject({ action: 'unchanged', id: first.id, changes: [] })
    expect(emu.state.repo(full).rulesets).toHaveLength(1)
    expect(writes(full)).toEqual(['POST 201'])
  })

  test('a drifted ruleset (a check removed, enforcement off) is put back, keeping its id and bypass actors', async () => {
    const { owner, repo, full } = newRepo()
    const bypass = [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' }]
    const seeded = emu.state.addRuleset(full, {
      name: DEFAULT_RULESET_NAME,
      enforcement: 'disabled',
      conditions: { ref_name: { include: ['refs/heads/main'], exclude: [] } },
      rules: [
        { type: 'required_status_checks', parameters: { strict_required_status_checks_policy: false, required_status_checks: [{ context: 'unit-tests' }] } },
      ],
      bypass_actors: bypass,
    })
    emu.state.addRuleset(full, { name: 'someone else’s', rules: [{ type: 'deletion' }] })
    const result = await applyRequiredChecks(client(), { owner, repo })
    expect(result.action).toBe('updated')
    expect(result.id).toBe(seeded.id)
    expect(result.changes.join('\n')).toMatch(/enforcement disabled → active/)
    const after = emu.state.repo(full).rulesets.find((r) => r.id === seeded.id)!
    expect(after.enforcement).toBe('active')
    expect(contexts(after.rules)).toEqual([...GATE_CHECKS])
    expect(after.bypass_actors).toEqual(bypass)
    // The other ruleset is not touched.
    expect(emu.state.repo(full).rulesets.find((r) => r.name !== DEFAULT_RULESET_NAME)!.rules).toEqual([{ type: 'deletion' }])
    expect(writes(full)).toEqual(['PUT 200'])
    expect((await applyRequiredChecks(client(), { owner, repo })).action).toBe('unchanged')
  })

  test('--merge-queue adds the merge queue rule (one pull request per group, all green); applying it twice writes once', async () => {
    const { owner, repo, full } = newRepo()
    const first = await applyRequiredChecks(client(), { owner, repo, mergeQueue: true })
    expect(first.action).toBe('created')
    const stored = emu.state.repo(full).rulesets[0]!
    expect(stored.rules.map((r) => (r as { type: string }).type)).toEqual(['required_status_checks', 'pull_request', 'merge_queue'])
    expect((stored.rules[2] as { parameters: Record<string, unknown> }).parameters).toMatchObject({ grouping_strategy: 'ALLGREEN', max_entries_to_merge: 1 })
    expect((await applyRequiredChecks(client(), { owner, repo, mergeQueue: true })).action).toBe('unchanged')
    // Turning the queue off again is a change, not a no-op.
    expect((await applyRequiredChecks(client(), { owner, repo })).changes).toEqual([
      'rules merge_queue, pull_request, required_status_checks → pull_request, required_status_checks',
    ])
  })

  test('a ruleset without the pull request rule (applied by an older version) gains it', async () => {
    const { owner, repo, full } = newRepo()
    const old = desiredRuleset({ owner, repo })
    emu.state.addRuleset(full, { ...old, rules: [old.rules[0]] })
    const result = await applyRequiredChecks(client(), { owner, repo })
    expect(result).toMatchObject({ action: 'updated', changes: ['rules required_status_checks → pull_request, required_status_checks'] })
    expect(emu.state.repo(full).rulesets[0]!.rules[1]).toEqual(pullRequestRule(1))
  })

  test('the tag ruleset is created once and left alone after; the branch ruleset beside it is untouched', async () => {
    const { owner, repo, full } = newRepo()
    await applyRequiredChecks(client(), { owner, repo })
    const first = await applyTagRuleset(client(), { owner, repo })
    expect(first.action).toBe('created')
    expect((await applyTagRuleset(client(), { owner, repo })).action).toBe('unchanged')
    const stored = emu.state.repo(full).rulesets
    expect(stored.map((r) => `${r.name}:${r.target}`)).toEqual([`${DEFAULT_RULESET_NAME}:branch`, `${DEFAULT_TAG_RULESET_NAME}:tag`])
    // Someone allowed updates by hand: put back.
    stored[1]!.rules = stored[1]!.rules.filter((r) => (r as { type: string }).type !== 'update')
    expect((await applyTagRuleset(client(), { owner, repo })).changes).toEqual(['rules deletion, non_fast_forward → deletion, non_fast_forward, update'])
    expect((await applyRequiredChecks(client(), { owner, repo })).action).toBe('unchanged')
  })

  test('dry run reads and reports, writes nothing', async () => {
    const { owner, repo, full } = newRepo()
    const result = await applyRequiredChecks(client(), { owner, repo, dryRun: true })
    expect(result).toMatchObject({ action: 'created', id: null, dryRun: true })
    expect(emu.state.repo(full).rulesets).toHaveLength(0)
    expect(writes(full)).toEqual([])
  })

  test('a workflow GITHUB_TOKEN lacks the administration permission: 403, nothing created', async () => {
    const { owner, repo, full } = newRepo()
    await expect(applyRequiredChecks(client(WRITE_TOKEN), { owner, repo })).rejects.toMatchObject({ status: 403 })
    expect(emu.state.repo(full).rulesets).toHaveLength(0)
  })
})

describe('the command', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  const script = join(ROOT, 'scripts', 'required-checks.ts')
  const cli = (args: string[], env: Record<string, string>) =>
    run(tsx, [script, ...args], { cwd: ROOT, env: { ...process.env, GITHUB_API_URL: emu.url, ...env } }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    )

  test('applies the ruleset and prints the check names; the token never appears', async () => {
    const { full } = newRepo()
    const out = await cli(['--repo', full], { GITHUB_TOKEN: ADMIN_TOKEN })
    expect(out.stderr).toBe('')
    expect(out.code).toBe(0)
    expect(out.stdout).toMatch(/created \(id \d+\)/)
    expect(out.stdout).toContain(`required checks: ${GATE_CHECKS.join(', ')}`)
    expect(out.stdout).toContain('pull requests: 1 approval(s), code owners')
    expect(contexts(emu.state.repo(full).rulesets[0]!.rules)).toEqual([...GATE_CHECKS])
    const tagged = await cli(['--repo', full, '--tags', '--approvals', '2'], { GITHUB_TOKEN: ADMIN_TOKEN })
    expect(tagged.code).toBe(0)
    expect(tagged.stdout).toContain('pull_request required_approving_review_count 1 → 2')
    expect(tagged.stdout).toMatch(/ruleset "immutable release tags" on .*: created/)
    expect(emu.state.repo(full).rulesets.map((r) => r.target)).toEqual(['branch', 'tag'])
    const denied = await cli(['--repo', newRepo().full], { GITHUB_TOKEN: WRITE_TOKEN })
    expect(denied.code).toBe(1)
    expect(denied.stderr).toMatch(/GitHub answered 403/)
    expect(denied.stdout + denied.stderr).not.toContain(WRITE_TOKEN)
  }, 60_000)

  test('a bad --repo or a missing token is one line naming what to pass', async () => {
    const bad = await cli(['--repo', 'not-a-repo'], { GITHUB_TOKEN: ADMIN_TOKEN })
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toBe('--repo "not-a-repo" is not owner/name. Expected e.g. --repo octo-org/app.')
    const none = await cli(['--repo', 'octo/app1'], { GITHUB_TOKEN: '' })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/GITHUB_TOKEN is empty/)
    const zero = await cli(['--repo', 'octo/app1', '--approvals', '0'], { GITHUB_TOKEN: ADMIN_TOKEN })
    expect(zero.code).toBe(2)
    expect(zero.stderr.trim()).toBe('--approvals "0" is not a whole number from 1 to 10. Expected e.g. --approvals 2.')
  }, 60_000)
})

describe('docs/required-checks.md', () => {
  test('lists every gate check name and says how skipped jobs are handled', async () => {
    const doc = await readFile(join(ROOT, 'docs', 'required-checks.md'), 'utf8')
    for (const name of GATE_CHECKS) expect(doc).toContain(`\`${name}\``)
    expect(doc).toMatch(/skipped/i)
    expect(doc).toMatch(/pending/i)
    // Why the checks alone can be forged, and what the shipped rules add.
    for (const words of ['pull request rule', 'code-owner review', 'last push', '--tags', 'v*.*.*', 'scripts/environments.ts']) expect(doc).toContain(words)
  })
})
