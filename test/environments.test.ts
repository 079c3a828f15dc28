// Environments as code (scripts/environments.ts) against the GitHub emulator: production, release
// and admin get required reviewers and deploy only from main and vX.Y.Z tags; applying twice
// writes nothing; drift is put back; bad reviewers are one line naming what to pass.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createOctokit } from '@cna/kit/octokit'
import { ROOT } from '../tools/action-harness/actions.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import {
  applyEnvironments,
  DEFAULT_ENVIRONMENTS,
  desiredEnvironment,
  environmentDifferences,
  parseReviewers,
  policyChanges,
  type EnvironmentsClient,
} from '../scripts/environments.js'

const ADMIN_TOKEN = 'ghp_environments_admin_0123456789'
const run = promisify(execFile)

let emu: GitHubEmulator
let repoCount = 0
beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addToken(ADMIN_TOKEN, { login: 'platform-bot', permissions: { administration: 'write', members: 'read', contents: 'read' } })
  emu.state.addTeam('octo', 'platform', { rita: 'maintainer', sam: 'member' })
  emu.state.addUser('rita')
})
afterEach(() => assertNoViolations(emu))
afterAll(() => emu.stop())

function newRepo(): { owner: string; repo: string; full: string } {
  const repo = `svc${++repoCount}`
  emu.state.addRepo(`octo/${repo}`)
  return { owner: 'octo', repo, full: `octo/${repo}` }
}
const client = (token = ADMIN_TOKEN): EnvironmentsClient => createOctokit(token, { baseUrl: emu.url, retryAfterBaseValue: 1 }) as unknown as EnvironmentsClient
const writes = (full: string): string[] =>
  emu.requests
    .filter((r) => r.path.startsWith(`/repos/${full}/environments`) && r.method !== 'GET')
    .map((r) => `${r.method} ${r.path.slice(`/repos/${full}/environments/`.length)} ${r.status}`)

describe('the pure parts', () => {
  test.each([
    [[], /reviewers is empty/],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g'], /7 entries; GitHub allows at most six/],
    [['octo/platform/x'], /reviewer "octo\/platform\/x" is not a login or org\/team/],
    [['-bad'], /reviewer "-bad"/],
  ])('reviewers %j are refused: %s', (list, message) => {
    expect(() => parseReviewers(list)).toThrow(message)
  })

  test('users and org/team are told apart', () => {
    expect(parseReviewers(['rita', 'octo/platform', 'rita'])).toEqual({ users: ['rita'], teams: [{ org: 'octo', slug: 'platform' }] })
  })

  test('an environment deploys only from main and release tags, self-review prevented', () => {
    const env = desiredEnvironment('production', [{ type: 'User', id: 7, name: 'rita' }])
    expect(env.policies).toEqual([
      { name: 'main', type: 'branch' },
      { name: 'v*.*.*', type: 'tag' },
    ])
    expect(env.deployment_branch_policy).toEqual({ protected_branches: false, custom_branch_policies: true })
    expect(environmentDifferences({ name: 'production', deployment_branch_policy: null }, env)).toEqual([
      'reviewers [] → [User:7]',
      'prevent_self_review false → true',
      'deployment branch policy any branch or tag → custom branch and tag patterns',
    ])
    expect(
      policyChanges(
        [
          { id: 1, name: 'main', type: 'branch' },
          { id: 2, name: '*', type: 'branch' },
        ],
        env.policies,
      ),
    ).toEqual({
      add: [{ name: 'v*.*.*', type: 'tag' }],
      remove: [{ id: 2, name: '*', type: 'branch' }],
    })
  })
})

describe('applying against the GitHub emulator', () => {
  test('creates production, release and admin with reviewers and patterns; a second run writes nothing', async () => {
    const { owner, repo, full } = newRepo()
    const first = await applyEnvironments(client(), { owner, repo, reviewers: ['rita', 'octo/platform'] })
    expect(first.map((r) => `${r.name}:${r.action}`)).toEqual(DEFAULT_ENVIRONMENTS.map((n) => `${n}:created`))
    for (const name of DEFAULT_ENVIRONMENTS) {
      const env = emu.state.environment(full, name)!
      // The runner's required reviewers (logins) and the teams, as GitHub keeps them.
      expect(env.reviewers).toEqual(['rita'])
      expect(env.reviewerTeams).toEqual(['octo/platform'])
      expect(env.prevent_self_review).toBe(true)
      expect(env.deployment_branch_policy).toEqual({ protected_branches: false, custom_branch_policies: true })
      expect(env.branchPolicies!.map((p) => `${p.type}:${p.name}`)).toEqual(['branch:main', 'tag:v*.*.*'])
    }
    expect(writes(full)).toHaveLength(9)
    const second = await applyEnvironments(client(), { owner, repo, reviewers: ['rita', 'octo/platform'] })
    expect(second.map((r) => `${r.name}:${r.action}:${r.changes.length}`)).toEqual(DEFAULT_ENVIRONMENTS.map((n) => `${n}:unchanged:0`))
    expect(writes(full)).toHaveLength(9)
  })

  test('drift is put back: a pattern added by hand removed, the reviewers removed by hand restored', async () => {
    const { owner, repo, full } = newRepo()
    await applyEnvironments(client(), { owner, repo, reviewers: ['rita'], environments: ['production'] })
    const env = emu.state.environment(full, 'production')!
    env.branchPolicies!.push({ id: 999_999, name: 'feature/*', type: 'branch' })
    env.reviewers = []
    const before = writes(full).length
    const result = await applyEnvironments(client(), { owner, repo, reviewers: ['rita'], environments: ['production'] })
    expect(result[0]!.action).toBe('updated')
    // Without reviewers GitHub drops the reviewers rule, and self-review prevention with it.
    expect(result[0]!.changes).toEqual([expect.stringMatching(/^reviewers \[\] → \[User:\d+\]$/), 'prevent_self_review false → true', '- branch feature/*'])
    const after = emu.state.environment(full, 'production')!
    expect(after.reviewers).toEqual(['rita'])
    expect(after.branchPolicies!.map((p) => p.name)).toEqual(['main', 'v*.*.*'])
    expect(
      writes(full)
        .slice(before)
        .map((w) => w.replace(/\d+ /, 'N ').replace(/\/\d+/, '/N')),
    ).toEqual(['PUT production 200', 'DELETE production/deployment-branch-policies/N 204'])
  })

  test('dry run reads and reports, writes nothing', async () => {
    const { owner, repo, full } = newRepo()
    const result = await applyEnvironments(client(), { owner, repo, reviewers: ['rita'], dryRun: true })
    expect(result.map((r) => r.action)).toEqual(['created', 'created', 'created'])
    expect(result[0]!.changes).toEqual(['new environment', '+ branch main', '+ tag v*.*.*'])
    expect(emu.state.repo(full).environments.size).toBe(0)
    expect(writes(full)).toEqual([])
  })

  test('an unknown reviewer is GitHub’s 404; a workflow GITHUB_TOKEN cannot write environments (403)', async () => {
    const { owner, repo, full } = newRepo()
    await expect(applyEnvironments(client(), { owner, repo, reviewers: ['nobody-here'] })).rejects.toMatchObject({ status: 404 })
    await expect(applyEnvironments(client(WRITE_TOKEN), { owner, repo, reviewers: ['rita'] })).rejects.toMatchObject({ status: 403 })
    expect(emu.state.repo(full).environments.size).toBe(0)
  })
})

describe('the command', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  const cli = (args: string[], env: Record<string, string>) =>
    run(tsx, [join(ROOT, 'scripts', 'environments.ts'), ...args], { cwd: ROOT, env: { ...process.env, GITHUB_API_URL: emu.url, ...env } }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    )

  test('applies, reports each environment, and never prints the token; bad input is one line', async () => {
    const { full } = newRepo()
    const out = await cli(['--repo', full, '--reviewers', 'rita,octo/platform'], { GITHUB_TOKEN: ADMIN_TOKEN })
    expect(out.stderr).toBe('')
    expect(out.code).toBe(0)
    expect(out.stdout).toContain(`environment "production" on ${full}: created`)
    expect(out.stdout).toContain('  + tag v*.*.*')
    expect(out.stdout).not.toContain(ADMIN_TOKEN)
    const none = await cli(['--repo', full], { GITHUB_TOKEN: ADMIN_TOKEN })
    expect(none.code).toBe(2)
    expect(none.stderr.trim()).toBe('--reviewers is empty. Expected one to six users or teams, e.g. --reviewers alice,octo-org/platform')
    const denied = await cli(['--repo', newRepo().full, '--reviewers', 'rita'], { GITHUB_TOKEN: WRITE_TOKEN })
    expect(denied.code).toBe(1)
    expect(denied.stderr).toMatch(/GitHub answered 403/)
  }, 60_000)
})
