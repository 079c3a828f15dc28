import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import { getInputs } from '../src/inputs.js'
import { reviewSubject, run } from '../src/run.js'
import type { ReviewClient } from '../src/github.js'
import { fakeRest } from '@cna/kit/testing'

// The runner's log lines are silenced, not mocked: a module mock of @actions/core would reach
// the kit modules this file loads for real, which the unit tier shares between files (isolate: false).
let silence: MockInstance<typeof process.stdout.write>
beforeEach(() => {
  silence = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => silence.mockRestore())

const HEAD = 'a'.repeat(40)

function fakeClient(reviews: unknown[], membership: Record<string, number | 'active' | 'pending'>, files = ['src/auth/a.ts']): ReviewClient {
  return fakeRest({
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': () => ({ number: 7, user: { login: 'alice' }, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } }),
    'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': (params) => {
      const answer = membership[params.username] ?? 404
      if (typeof answer === 'number') throw Object.assign(new Error(`status ${answer}`), { status: answer })
      return { state: answer, role: 'member' }
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': () => reviews,
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': () => files.map((filename) => ({ filename })),
  })
}

describe('peer-review run', () => {
  const inputs = getInputs((name) => ({ 'security-paths': 'src/auth/**', 'security-reviewers': 'octo/security' })[name])
  const approve = (login: string) => ({ user: { login }, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-01T00:00:00Z' })
  const publish = vi.fn(async () => ({ mode: 'check-run' as const, trimmed: false }))

  test.each([
    ['an active member', { carol: 'active' as const }, 'success'],
    ['a pending (invited) member', { carol: 'pending' as const }, 'failure'],
    ['a non-member', {}, 'failure'],
  ])('security approval by %s → %s', async (_name, membership, conclusion) => {
    const result = await run(inputs, { client: fakeClient([approve('carol')], membership), repo: { owner: 'octo', repo: 'app' }, pullNumber: 7, publish })
    expect(result.conclusion).toBe(conclusion)
  })

  // Reviews of a change outside security-paths, two approvals required: what blocks and what does not.
  describe('reviews decide the check (two approvals required)', () => {
    const plain = getInputs((name) => ({ 'required-approvals': '2' })[name])
    const review = (login: string, state: string, at: number) => ({ user: { login }, state, commit_id: HEAD, submitted_at: `2026-01-01T00:00:0${at}Z` })
    const client = (reviews: unknown[]): ReviewClient => fakeClient(reviews, {}, ['README.md'])

    test.each<[string, unknown[], 'success' | 'failure', string[]]>([
      ['two approvals', [review('carol', 'APPROVED', 1), review('dave', 'APPROVED', 2)], 'success', []],
      [
        'changes requested still block when enough others approve',
        [review('bob', 'CHANGES_REQUESTED', 1), review('carol', 'APPROVED', 2), review('dave', 'APPROVED', 3)],
        'failure',
        ['changes requested by @bob (resolved when they approve)'],
      ],
      [
        '…until the same reviewer approves',
        [review('bob', 'CHANGES_REQUESTED', 1), review('carol', 'APPROVED', 2), review('bob', 'APPROVED', 3)],
        'success',
        [],
      ],
      [
        'changes requested and too few approvals: both named',
        [review('bob', 'CHANGES_REQUESTED', 1), review('carol', 'APPROVED', 2)],
        'failure',
        ['changes requested by @bob (resolved when they approve)', '1 more approval (1 of 2)'],
      ],
      [
        'a dismissed request for changes no longer blocks',
        [review('bob', 'CHANGES_REQUESTED', 1), review('bob', 'DISMISSED', 2), review('carol', 'APPROVED', 3), review('dave', 'APPROVED', 4)],
        'success',
        [],
      ],
    ])('%s', async (_name, reviews, conclusion, missing) => {
      const result = await run(plain, { client: client(reviews), repo: { owner: 'octo', repo: 'app' }, pullNumber: 7, publish })
      expect(result).toMatchObject({ conclusion, missing })
      expect(publish).toHaveBeenLastCalledWith(expect.objectContaining({ conclusion }), HEAD)
    })
  })

  test('the check run goes to the head SHA read from the API', async () => {
    await run(inputs, { client: fakeClient([approve('carol')], { carol: 'active' }), repo: { owner: 'octo', repo: 'app' }, pullNumber: 7, publish })
    expect(publish).toHaveBeenLastCalledWith(expect.objectContaining({ checkName: 'peer-review', conclusion: 'success', annotations: [] }), HEAD)
  })

  test.each([
    ['pull_request_review', { pull_request: { number: 3 } }, { kind: 'pull', number: 3 }],
    ['push', {}, { kind: 'push', sha: HEAD }],
    [
      'merge_group',
      { merge_group: { head_sha: 'c'.repeat(40), head_ref: `gh-readonly-queue/main/pr-12-${'d'.repeat(40)}` } },
      { kind: 'queue', number: 12, reportSha: 'c'.repeat(40) },
    ],
    [
      'merge_group',
      { merge_group: { head_sha: 'c'.repeat(40), head_ref: 'not-a-queue-branch' } },
      { kind: 'queue', number: undefined, reportSha: 'c'.repeat(40) },
    ],
  ])('reviewSubject: %s %j', (eventName, payload, subject) => expect(reviewSubject(eventName, payload, HEAD)).toEqual(subject))

  test.each(['workflow_dispatch', 'pull_request', 'schedule'])('reviewSubject refuses a %s event without a pull request', (eventName) => {
    expect(() => reviewSubject(eventName, {}, HEAD)).toThrow(`this run is a "${eventName}" event`)
  })

  test('on push the check goes to the pushed commit; the reviews are of the PR head', async () => {
    const pushed = 'e'.repeat(40)
    const result = await run(inputs, {
      client: fakeClient([approve('carol')], { carol: 'active' }),
      repo: { owner: 'octo', repo: 'app' },
      pullNumber: 7,
      reportSha: pushed,
      publish,
    })
    expect(result.conclusion).toBe('success')
    expect(publish).toHaveBeenLastCalledWith(expect.objectContaining({ conclusion: 'success' }), pushed)
  })

  test('no pull request behind the commit → failure "no pull request approved <sha>", on that commit', async () => {
    const pushed = 'e'.repeat(40)
    const result = await run(inputs, { client: fakeClient([], {}), repo: { owner: 'octo', repo: 'app' }, pullNumber: undefined, reportSha: pushed, publish })
    expect(result).toMatchObject({ conclusion: 'failure', approvals: 0, missing: [`no pull request approved ${pushed}`] })
    expect(publish).toHaveBeenLastCalledWith(expect.objectContaining({ conclusion: 'failure', title: `Missing: no pull request approved ${pushed}` }), pushed)
  })
})
