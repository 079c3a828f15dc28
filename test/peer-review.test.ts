import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, READ_TOKEN, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { mergePull } from '../tools/github-emulator/merge.js'

/**
 * peer-review from its committed bundle against the GitHub emulator (OpenAPI-validated):
 * reviews and files paginated, CODEOWNERS from the base commit, team membership, and one
 * check run on the head commit updated in place by every event.
 */
const REPO = 'octo-org/sensor-api'
const ORG_TOKEN = 'ghs_emulator_with_members'
let emu: GitHubEmulator

beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addRepo(REPO, { files: { '.github/CODEOWNERS': '*  @octo-org/devs\n/deploy/  @octo-org/security\n', 'README.md': '# app\n' } })
  emu.state.addTeam('octo-org', 'security', { carol: 'member' })
  emu.state.addToken(ORG_TOKEN, { permissions: { pull_requests: 'read', contents: 'read', checks: 'write', metadata: 'read', members: 'read' } })
})
afterEach(() => assertNoViolations(emu))
afterAll(() => emu?.stop())

let branches = 0
function openPull(files: Record<string, string>, opts: { author?: string; renamed?: { from: string; to: string } } = {}) {
  const branch = `feature-${++branches}`
  emu.state.commit(REPO, { branch, files })
  const pull = emu.state.addPull(REPO, {
    head: branch,
    user: opts.author ?? 'alice',
    ...(opts.renamed ? { files: [{ filename: opts.renamed.to, previous_filename: opts.renamed.from, status: 'renamed' }] } : {}),
  })
  return pull
}

async function review(
  pull: { number: number; head: { sha: string } },
  inputs: Record<string, string> = {},
  opts: { token?: string; eventName?: string } = {},
): Promise<ActionRun> {
  return runAction({
    action: 'peer-review',
    eventName: opts.eventName ?? 'pull_request_review',
    event: { pull_request: { number: pull.number, head: { sha: pull.head.sha, ref: 'feature' }, base: { ref: 'main' } }, review: { state: 'approved' } },
    inputs: { 'check-name': `peer-review-${pull.number}`, ...inputs },
    github: { token: opts.token ?? WRITE_TOKEN, apiUrl: emu.url, repository: REPO, ref: `refs/pull/${pull.number}/merge` },
  })
}

const runsOf = (pull: { number: number }) => emu.state.repo(REPO).checkRuns.filter((c) => c.name === `peer-review-${pull.number}`)

describe('reviewer states, through the API', () => {
  test('pagination past 100 reviews: the latest opinion of each reviewer counts', async () => {
    const pull = openPull({ 'src/a.ts': 'a' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'CHANGES_REQUESTED' })
    emu.state.addReview(REPO, pull.number, { user: 'dave', state: 'APPROVED' })
    for (let i = 0; i < 110; i++) emu.state.addReview(REPO, pull.number, { user: 'erin', state: 'COMMENTED' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' }) // review 113: on page 2
    emu.state.addReview(REPO, pull.number, { user: 'dave', state: 'DISMISSED' })
    const run = await review(pull)
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toEqual({ conclusion: 'success', approvals: '1', missing: '' })
    expect(emu.requests.filter((r) => r.operation === 'pulls/list-reviews' && r.path.includes(`/pulls/${pull.number}/`)).length).toBe(2)
    expect(runsOf(pull)).toMatchObject([{ conclusion: 'success', head_sha: pull.head.sha }])
  })

  test('author and bot approvals never count; changes requested blocks', async () => {
    const pull = openPull({ 'src/b.ts': 'b' })
    emu.state.addReview(REPO, pull.number, { user: 'alice', state: 'APPROVED' })
    emu.state.addReview(REPO, pull.number, { user: 'dependabot[bot]', state: 'APPROVED' })
    emu.state.addReview(REPO, pull.number, { user: 'frank', state: 'CHANGES_REQUESTED' })
    emu.state.addReview(REPO, pull.number, { user: 'frank', state: 'COMMENTED' })
    const run = await review(pull)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ conclusion: 'failure', approvals: '0' })
    expect(run.outputs.missing).toBe('changes requested by @frank (resolved when they approve); 1 more approval (0 of 1)')
    expect(run.errors).toEqual([`Review requirements not met: ${run.outputs.missing}.`])
  })

  test('require-latest-commit: an approval of an earlier commit counts only when turned off', async () => {
    const pull = openPull({ 'src/c.ts': 'c' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED', commit_id: emu.state.repo(REPO).git.refs.get('refs/heads/main')! })
    const strict = await review(pull, { 'required-approvals': '1' })
    expect(strict.outputs).toMatchObject({ conclusion: 'failure', approvals: '0' })
    expect(strict.outputs.missing).toContain('approvals of an earlier commit by @bob do not count')
    const lax = await review(pull, { 'require-latest-commit': 'false' })
    expect(lax.outputs).toMatchObject({ conclusion: 'success', approvals: '1' })
    // The same check run, updated in place: the earlier red result does not linger.
    expect(runsOf(pull)).toHaveLength(1)
    expect(runsOf(pull)[0]!.conclusion).toBe('success')
  })

  test('changes requested still block when enough others approve, until that reviewer approves', async () => {
    const pull = openPull({ 'src/e.ts': 'e' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'CHANGES_REQUESTED' })
    emu.state.addReview(REPO, pull.number, { user: 'carol', state: 'APPROVED' })
    emu.state.addReview(REPO, pull.number, { user: 'dave', state: 'APPROVED' })
    const blocked = await review(pull, { 'required-approvals': '2' })
    expect(blocked.exitCode).toBe(1)
    expect(blocked.outputs).toEqual({ conclusion: 'failure', approvals: '2', missing: 'changes requested by @bob (resolved when they approve)' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' })
    const approved = await review(pull, { 'required-approvals': '2' })
    expect(approved.outputs).toEqual({ conclusion: 'success', approvals: '3', missing: '' })
    expect(runsOf(pull)).toMatchObject([{ conclusion: 'success', head_sha: pull.head.sha }])
  })

  test('required-approvals 2', async () => {
    const pull = openPull({ 'src/d.ts': 'd' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' })
    const run = await review(pull, { 'required-approvals': '2' }, { token: READ_TOKEN })
    expect(run.outputs).toMatchObject({ conclusion: 'failure', approvals: '1', missing: '1 more approval (1 of 2)' })
    // A read-only token (fork PR): no check run, the result still reported.
    expect(runsOf(pull)).toHaveLength(0)
    expect(run.notices.join('\n')).toContain('cannot write checks')
  })
})

describe('security-sensitive changes', () => {
  test('a security path approved by a non-member is red, then by a team member green, on the same check run', async () => {
    const pull = openPull({ 'src/auth/login.ts': 'x' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' })
    const inputs = { 'security-paths': 'src/auth/**', 'security-reviewers': 'octo-org/security' }
    const red = await review(pull, inputs, { token: ORG_TOKEN })
    expect(red.exitCode).toBe(1)
    expect(red.outputs).toMatchObject({ conclusion: 'failure', approvals: '1' })
    expect(red.outputs.missing).toBe('an approval from @octo-org/security for security-sensitive changes (src/auth/login.ts)')
    expect(runsOf(pull)[0]!.conclusion).toBe('failure')

    emu.state.addReview(REPO, pull.number, { user: 'carol', state: 'APPROVED' })
    const green = await review(pull, inputs, { token: ORG_TOKEN })
    expect(green.exitCode, green.stdout).toBe(0)
    expect(green.outputs).toEqual({ conclusion: 'success', approvals: '2', missing: '' })
    expect(green.summary).toContain('approved by @carol')
    expect(runsOf(pull)).toHaveLength(1)
    expect(runsOf(pull)[0]).toMatchObject({ conclusion: 'success', head_sha: pull.head.sha })
  })

  test('the old side of a rename counts, and a listed user is a security reviewer', async () => {
    const pull = openPull({ 'lib/session.ts': 'x' }, { renamed: { from: 'src/auth/session.ts', to: 'lib/session.ts' } })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' })
    const red = await review(pull, { 'security-paths': 'src/auth/**', 'security-reviewers': 'zed' })
    expect(red.outputs.missing).toBe('an approval from @zed for security-sensitive changes (lib/session.ts)')
    const green = await review(pull, { 'security-paths': 'src/auth/**', 'security-reviewers': 'zed, bob' })
    expect(green.outputs.conclusion).toBe('success')
  })

  test('use-codeowners: files CODEOWNERS gives a security team need its approval', async () => {
    const pull = openPull({ 'deploy/prod.yaml': 'replicas: 3' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' })
    const plain = await review(pull, { 'security-reviewers': 'octo-org/security', 'use-codeowners': 'false' }, { token: ORG_TOKEN })
    expect(plain.outputs.conclusion).toBe('success')
    const owned = await review(pull, { 'security-reviewers': 'octo-org/security', 'use-codeowners': 'true' }, { token: ORG_TOKEN })
    expect(owned.outputs).toMatchObject({ conclusion: 'failure' })
    expect(owned.summary).toContain('CODEOWNERS: @octo-org/security')
  })

  test('a token that cannot read team members: a warning, and no security approval assumed', async () => {
    const pull = openPull({ 'src/auth/x.ts': 'x' })
    emu.state.addReview(REPO, pull.number, { user: 'carol', state: 'APPROVED' })
    const run = await review(pull, { 'security-paths': 'src/auth/**', 'security-reviewers': 'octo-org/security' })
    expect(run.outputs.conclusion).toBe('failure')
    expect(run.warnings.join('\n')).toContain('cannot read the members of octo-org/security (403)')
  })
})

describe('inputs and events', () => {
  test.each([
    [{ 'required-approvals': 'two' }, 'Input "required-approvals" has an invalid value "two". Expected a whole number from 0 to 100.'],
    [{ 'security-reviewers': 'not a user!' }, 'Input "security-reviewers" contains "not a user!", which is neither a user nor a team.'],
    [{ 'security-paths': 'src/**' }, 'Input "security-reviewers" is empty while security-paths or use-codeowners is set.'],
  ])('%j → one error line', async (inputs, message) => {
    const run = await review({ number: 1, head: { sha: 'x' } }, inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(message)
  })

  test('an event without a pull request, push or merge group is refused with the events it runs on', async () => {
    const run = await runAction({ action: 'peer-review', eventName: 'workflow_dispatch', github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO } })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'peer-review runs on pull_request, pull_request_review, merge_group and push events; this run is a "workflow_dispatch" event',
    )
  })
})

describe('on push and merge_group: the check lands on the commit that ships', () => {
  async function onPush(sha: string, checkName: string): Promise<ActionRun> {
    return runAction({
      action: 'peer-review',
      eventName: 'push',
      event: { after: sha, head_commit: { id: sha } },
      inputs: { 'check-name': checkName },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, sha, ref: 'refs/heads/main' },
    })
  }

  test.each(['merge', 'squash', 'rebase'] as const)(
    'push of a %s-merged, approved pull request: its reviews decide, the check is on the pushed commit',
    async (method) => {
      const pull = openPull({ [`src/${method}.ts`]: method })
      emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' })
      const merged = mergePull(emu.state, REPO, pull.number, { method })
      expect(merged).not.toBe(pull.head.sha)
      const run = await onPush(merged, `peer-review-push-${method}`)
      expect(run.exitCode, run.stdout).toBe(0)
      expect(run.outputs).toEqual({ conclusion: 'success', approvals: '1', missing: '' })
      const runs = emu.state.repo(REPO).checkRuns.filter((c) => c.name === `peer-review-push-${method}`)
      expect(runs).toMatchObject([{ conclusion: 'success', head_sha: merged }])
      expect(run.summary).toContain(`Pull request #${pull.number}`)
    },
  )

  test('push of a merged pull request that nobody approved fails on the pushed commit', async () => {
    const pull = openPull({ 'src/unreviewed.ts': 'x' })
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    const run = await onPush(merged, 'peer-review-push-unapproved')
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ conclusion: 'failure', approvals: '0', missing: '1 more approval (0 of 1)' })
    expect(emu.state.repo(REPO).checkRuns.filter((c) => c.name === 'peer-review-push-unapproved')).toMatchObject([{ conclusion: 'failure', head_sha: merged }])
  })

  test('a direct push, with no pull request behind it: "no pull request approved <sha>"', async () => {
    const sha = emu.state.commit(REPO, { files: { 'hotfix.txt': 'pushed straight to main' } })
    const run = await onPush(sha, 'peer-review-direct')
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toEqual({ conclusion: 'failure', approvals: '0', missing: `no pull request approved ${sha}` })
    expect(run.errors).toEqual([`Review requirements not met: no pull request approved ${sha}.`])
    expect(emu.state.repo(REPO).checkRuns.filter((c) => c.name === 'peer-review-direct')).toMatchObject([
      { conclusion: 'failure', head_sha: sha, output: { title: `Missing: no pull request approved ${sha}` } },
    ])
  })

  test('merge_group: the pull request named in the queue branch decides; the check is on the queue commit', async () => {
    const pull = openPull({ 'src/queued.ts': 'q' })
    emu.state.addReview(REPO, pull.number, { user: 'bob', state: 'APPROVED' })
    const queueBranch = `gh-readonly-queue/main/pr-${pull.number}-${emu.state.repo(REPO).git.refs.get('refs/heads/main')!}`
    const queued = emu.state.commit(REPO, {
      branch: queueBranch,
      parents: [emu.state.repo(REPO).git.refs.get('refs/heads/main')!, pull.head.sha],
      message: `Merge pull request #${pull.number}`,
    })
    const run = await runAction({
      action: 'peer-review',
      eventName: 'merge_group',
      event: { action: 'checks_requested', merge_group: { head_sha: queued, head_ref: `refs/heads/${queueBranch}`, base_ref: 'refs/heads/main' } },
      inputs: { 'check-name': 'peer-review-queue' },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, sha: queued, ref: `refs/heads/${queueBranch}` },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ conclusion: 'success', approvals: '1' })
    expect(emu.state.repo(REPO).checkRuns.filter((c) => c.name === 'peer-review-queue')).toMatchObject([{ conclusion: 'success', head_sha: queued }])
    expect(emu.state.repo(REPO).checkRuns.filter((c) => c.name === 'peer-review-queue' && c.head_sha === pull.head.sha)).toHaveLength(0)
  })
})
