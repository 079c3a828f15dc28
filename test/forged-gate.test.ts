// A writer opens a pull request that adds its own workflow, which posts a green check for each
// of the five gates (peer-review included) with the job's GITHUB_TOKEN: the check runs belong to
// the GitHub Actions app, so the required status checks alone are satisfied. The ruleset that
// scripts/required-checks.ts ships also carries GitHub's pull request rule, and the CODEOWNERS
// template (setup/CODEOWNERS) gives .github/workflows/ to the platform team: without a human
// approval from that team, on the last push, the pull request cannot merge.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createOctokit } from '@cna/kit/octokit'
import { mirrorCommit } from '../tools/workflow-runner/index.js'
import { cleanupDirs, gitRepo } from '../tools/workflow-runner/test/fixtures.js'
import { WorkflowRunner } from '../tools/workflow-runner/index.js'
import { ROOT } from '../tools/action-harness/actions.js'
import { startGitHubEmulator, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { mayMerge, ownersOf, type MergeQuestion } from './may-merge.js'
import { applyRequiredChecks, desiredRuleset, GATE_CHECKS, type RulesetsClient } from '../scripts/required-checks.js'

const REPO = 'octo/forgery'
const ADMIN = 'ghp_forged_gate_admin_0123456789'
const CODEOWNERS = readFileSync(join(ROOT, 'setup', 'CODEOWNERS'), 'utf8').replaceAll('@octo-org/platform', '@octo/platform')

const FORGE = `name: looks-harmless
on: pull_request
permissions:
  checks: write
jobs:
  forge:
    runs-on: ubuntu-24.04
    steps:
      - name: Post a green check for every gate
        env:
          TOKEN: \${{ github.token }}
          SHA: \${{ github.event.pull_request.head.sha }}
        run: |
          for name in ${GATE_CHECKS.join(' ')}; do
            curl -sSf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H "Accept: application/vnd.github+json" \\
              "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/check-runs" \\
              -d "{\\"name\\":\\"$name\\",\\"head_sha\\":\\"$SHA\\",\\"status\\":\\"completed\\",\\"conclusion\\":\\"success\\"}"
          done
`

let emu: GitHubEmulator
let repo: ReturnType<typeof gitRepo>
let number: number
let head: string
beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addToken(ADMIN, { login: 'platform-bot', permissions: { administration: 'write' } })
  emu.state.addRepo(REPO)
  emu.state.addTeam('octo', 'platform', { pat: 'member', sam: 'member' })
  for (const login of ['mallory', 'wendy', 'pat', 'sam']) emu.state.addCollaborator(REPO, login, 'write')
  repo = gitRepo({ '.github/CODEOWNERS': CODEOWNERS, 'README.md': '# app\n' })
  await mirrorCommit(emu.state, REPO, repo.dir, repo.sha, 'main')
  // The shipped ruleset, applied the way a platform team applies it.
  await applyRequiredChecks(createOctokit(ADMIN, { baseUrl: emu.url }) as unknown as RulesetsClient, { owner: 'octo', repo: 'forgery' })

  repo.commit({ '.github/workflows/looks-harmless.yml': FORGE }, 'add a workflow')
  head = (await import('node:child_process')).execFileSync('git', ['-C', repo.dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
  await mirrorCommit(emu.state, REPO, repo.dir, head, 'forge')
  number = emu.state.addPull(REPO, { head: 'forge', user: 'mallory', title: 'Tidy up' }).number
  const runner = new WorkflowRunner({ repository: REPO, repoDir: repo.dir, emulator: { url: emu.url, state: emu.state as never }, actor: 'mallory' })
  const pull = emu.state.repo(REPO).pulls.get(number)!
  const runs = await runner.dispatchEvent({
    event: {
      name: 'pull_request',
      payload: {
        action: 'opened',
        number,
        pull_request: { number, head: { sha: head, ref: 'forge', repo: { full_name: REPO } }, base: { ref: 'main', repo: { full_name: REPO } } },
      },
    },
    sha: head,
    ref: `refs/pull/${number}/merge`,
  })
  expect(runs.map((r) => `${r.name}:${r.conclusion}`)).toEqual(['looks-harmless:success'])
  expect(pull.files.map((f) => f.filename)).toEqual(['.github/workflows/looks-harmless.yml'])
}, 120_000)
afterAll(async () => {
  await emu.stop()
  cleanupDirs()
})

/** The merge question for the pull request as the emulator holds it now. */
function question(overrides: Partial<MergeQuestion> = {}): MergeQuestion {
  const r = emu.state.repo(REPO)
  const pull = r.pulls.get(number)!
  return {
    rulesets: r.rulesets,
    baseRef: 'refs/heads/main',
    defaultBranch: 'main',
    author: pull.user,
    headSha: pull.head.sha,
    lastPusher: 'mallory',
    files: pull.files.map((f) => f.filename),
    reviews: pull.reviews,
    checkRuns: r.checkRuns.filter((c) => c.head_sha === pull.head.sha),
    codeowners: CODEOWNERS,
    teamMembers: (team) => [...(emu.state.teams.get(team.toLowerCase())?.members.keys() ?? [])],
    canWrite: (login) => ['admin', 'maintain', 'write'].includes(r.collaborators.get(login.toLowerCase()) ?? ''),
    ...overrides,
  }
}

describe('a pull request whose own workflow posts peer-review: success', () => {
  test('its workflow did post all five gates green, as the GitHub Actions app', () => {
    const checks = question().checkRuns
    expect(checks.map((c) => `${c.name}:${c.conclusion}`).sort()).toEqual(GATE_CHECKS.map((n) => `${n}:success`).sort())
  })

  test('under the required checks alone (the ruleset before the pull request rule) it could merge', () => {
    const checksOnly = emu.state.repo(REPO).rulesets.map((r) => ({ ...r, rules: r.rules.filter((x) => (x as { type: string }).type !== 'pull_request') }))
    expect(mayMerge(question({ rulesets: checksOnly }))).toEqual({ allowed: true, blocked: [] })
  })

  test('under the shipped ruleset it cannot merge without a human approval', () => {
    expect(emu.state.repo(REPO).rulesets[0]!.rules).toEqual(desiredRuleset({ owner: 'octo', repo: 'forgery' }).rules)
    expect(mayMerge(question())).toEqual({
      allowed: false,
      blocked: [
        '0 of 1 required approving review(s)',
        'the last push (by mallory) is not approved by someone else',
        'no approval from code owner(s) @octo/platform',
      ],
    })
  })

  test('the author approving their own pull request does not count', () => {
    const own = { id: 1, user: 'mallory', state: 'APPROVED' as const, body: '', commit_id: head, submitted_at: null }
    expect(mayMerge(question({ reviews: [own] })).allowed).toBe(false)
  })

  test('an approval from a writer outside the platform team is not enough: the workflow is owned by the platform team', () => {
    emu.state.addReview(REPO, number, { user: 'wendy', state: 'APPROVED' })
    expect(mayMerge(question())).toEqual({ allowed: false, blocked: ['no approval from code owner(s) @octo/platform'] })
  })

  test('with a platform team approval of the head it may merge; a new push makes that approval stale', async () => {
    emu.state.addReview(REPO, number, { user: 'pat', state: 'APPROVED' })
    expect(mayMerge(question())).toEqual({ allowed: true, blocked: [] })

    const next = repo.commit({ '.github/workflows/looks-harmless.yml': `${FORGE}# and one more thing\n` }, 'after the approval')
    await mirrorCommit(emu.state, REPO, repo.dir, next, 'forge')
    emu.state.repo(REPO).pulls.get(number)!.head.sha = next
    // The forged checks would be posted again on the new head; the approvals stay on the old one.
    for (const name of GATE_CHECKS) emu.state.addCheckRun(REPO, { head_sha: next, name, conclusion: 'success' })
    expect(mayMerge(question()).blocked).toEqual([
      '0 of 1 required approving review(s)',
      'the last push (by mallory) is not approved by someone else',
      'no approval from code owner(s) @octo/platform',
    ])

    // A platform member who pushed the last commit cannot be the one who approves it.
    emu.state.addReview(REPO, number, { user: 'pat', state: 'APPROVED' })
    expect(mayMerge(question({ lastPusher: 'pat' })).blocked).toEqual(['the last push (by pat) is not approved by someone else'])
    emu.state.addReview(REPO, number, { user: 'sam', state: 'APPROVED' })
    expect(mayMerge(question({ lastPusher: 'pat' }))).toEqual({ allowed: true, blocked: [] })
  })
})

describe('the CODEOWNERS template', () => {
  test.each([
    ['.github/workflows/ci.yml', ['octo/platform']],
    ['.github/workflows/nested/x.yml', ['octo/platform']],
    ['.github/CODEOWNERS', ['octo/platform']],
    ['src/.github/workflows/ci.yml', []],
    ['src/index.ts', []],
  ])('%s is owned by %j', (path, owners) => {
    expect(ownersOf(CODEOWNERS, path)).toEqual(owners)
  })

  test('a check run from another app does not satisfy a rule pinned to the GitHub Actions app', () => {
    const checkRuns = GATE_CHECKS.map((name) => ({ name, status: 'completed' as const, conclusion: 'success' as const, app_id: 99 }))
    expect(mayMerge(question({ checkRuns })).blocked.filter((b) => b.startsWith('required check'))).toHaveLength(5)
  })
})
