import { describe, expect, test } from 'vitest'
import { evaluateReviews, ownersOf, parseCodeOwners, patternMatcher, type Review } from '../src/review/index.js'
import { decide, parseReviewer, sensitiveFiles } from '../src/gates/review.js'

const HEAD = 'h'.repeat(40)
const OLD = 'o'.repeat(40)
let clock = 0
const r = (login: string, state: string, commit = HEAD, type = 'User'): Review => ({
  user: { login, type },
  state,
  commit_id: commit,
  submitted_at: `2026-01-01T00:00:${String(clock++ % 60).padStart(2, '0')}Z`,
})
const evaluate = (reviews: Review[], requireLatestCommit = true) => evaluateReviews(reviews, { author: 'alice', headSha: HEAD, requireLatestCommit })

describe("each reviewer's latest opinionated review counts", () => {
  test.each<[string, () => Review[], { approvers: string[]; blockers: string[]; stale?: string[] }]>([
    ['one approval', () => [r('bob', 'APPROVED')], { approvers: ['bob'], blockers: [] }],
    ['COMMENTED after an approval is ignored', () => [r('bob', 'APPROVED'), r('bob', 'COMMENTED')], { approvers: ['bob'], blockers: [] }],
    ['COMMENTED alone is no approval', () => [r('bob', 'COMMENTED')], { approvers: [], blockers: [] }],
    ['DISMISSED clears an approval', () => [r('bob', 'APPROVED'), r('bob', 'DISMISSED')], { approvers: [], blockers: [] }],
    ['CHANGES_REQUESTED blocks', () => [r('bob', 'APPROVED'), r('bob', 'CHANGES_REQUESTED')], { approvers: [], blockers: ['bob'] }],
    ['…and a later comment does not unblock', () => [r('bob', 'CHANGES_REQUESTED'), r('bob', 'COMMENTED')], { approvers: [], blockers: ['bob'] }],
    [
      '…until the same reviewer approves',
      () => [r('bob', 'CHANGES_REQUESTED'), r('carol', 'APPROVED'), r('bob', 'APPROVED')],
      { approvers: ['bob', 'carol'], blockers: [] },
    ],
    [
      "another reviewer's approval does not unblock",
      () => [r('bob', 'CHANGES_REQUESTED'), r('carol', 'APPROVED')],
      { approvers: ['carol'], blockers: ['bob'] },
    ],
    ['the author never counts', () => [r('alice', 'APPROVED'), r('ALICE', 'CHANGES_REQUESTED')], { approvers: [], blockers: [] }],
    ['bots never count', () => [r('dependabot[bot]', 'APPROVED'), r('renovate', 'APPROVED', HEAD, 'Bot')], { approvers: [], blockers: [] }],
    ['PENDING is not submitted', () => [{ user: { login: 'bob' }, state: 'PENDING', commit_id: HEAD, submitted_at: null }], { approvers: [], blockers: [] }],
    ['an approval of an earlier commit is stale', () => [r('bob', 'APPROVED', OLD)], { approvers: [], blockers: [], stale: ['bob'] }],
    ['changes requested on an earlier commit still block', () => [r('bob', 'CHANGES_REQUESTED', OLD)], { approvers: [], blockers: ['bob'] }],
  ])('%s', (_name, reviews, expected) => {
    expect(evaluate(reviews())).toEqual({ stale: [], ...expected, approvers: expected.approvers })
  })

  test('without require-latest-commit an earlier approval counts', () => {
    expect(evaluate([r('bob', 'APPROVED', OLD)], false).approvers).toEqual(['bob'])
  })

  test('order comes from submitted_at, not the list order', () => {
    const approved = { user: { login: 'bob' }, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-02T00:00:00Z' }
    const requested = { user: { login: 'bob' }, state: 'CHANGES_REQUESTED', commit_id: HEAD, submitted_at: '2026-01-01T00:00:00Z' }
    expect(evaluate([approved, requested]).approvers).toEqual(['bob'])
  })
})

describe('decision and missing, in words', () => {
  test('approvals short, changes requested, security approval', () => {
    const state = { approvers: ['bob'], stale: ['dave'], blockers: ['erin'] }
    const d = decide(state, {
      required: 2,
      sensitive: [{ path: 'src/auth/a.ts', why: 'security-paths' }],
      securityApprovers: [],
      securityReviewers: [parseReviewer('octo/security')!],
    })
    expect(d.conclusion).toBe('failure')
    expect(d.missing).toEqual([
      'changes requested by @erin (resolved when they approve)',
      '1 more approval (1 of 2); approvals of an earlier commit by @dave do not count',
      'an approval from @octo/security for security-sensitive changes (src/auth/a.ts)',
    ])
    expect(decide({ approvers: ['bob'], stale: [], blockers: [] }, { required: 1, sensitive: [], securityApprovers: [], securityReviewers: [] })).toEqual({
      conclusion: 'success',
      approvals: 1,
      missing: [],
    })
  })
})

describe('CODEOWNERS', () => {
  test.each([
    ['*.js', 'a/b/c.js', true],
    ['/build/logs/', 'build/logs/x/y.log', true],
    ['/build/logs/', 'src/build/logs/y.log', false],
    ['apps/', 'src/apps/x.ts', true],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['**/logs', 'deep/logs/x.txt', true],
    ['/scripts', 'scripts/deploy.sh', true],
    ['*', 'anything/at/all', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(patternMatcher(pattern)(path)).toBe(expected)
  })

  test('the last matching pattern wins; a pattern without owners unowns', () => {
    const rules = parseCodeOwners(`# comment
*       @octo/devs
/src/auth/   @octo/security @carol  # trailing comment
/src/auth/README.md
docs/\\#notes.md @writer
`)
    expect(ownersOf(rules, 'src/app.ts')).toEqual(['@octo/devs'])
    expect(ownersOf(rules, 'src/auth/login.ts')).toEqual(['@octo/security', '@carol'])
    expect(ownersOf(rules, 'src/auth/README.md')).toEqual([])
    expect(ownersOf(rules, 'docs/#notes.md')).toEqual(['@writer'])
  })

  test('sensitive files: globs on both sides of a rename, or owned by a security reviewer', () => {
    const rules = parseCodeOwners('/deploy/ @octo/security\n')
    const files = [
      { filename: 'src/auth/token.ts' },
      { filename: 'lib/moved.ts', previous_filename: 'src/auth/old.ts' },
      { filename: 'deploy/prod.yaml' },
      { filename: 'README.md' },
    ]
    const reviewers = [parseReviewer('@octo/security')!]
    expect(sensitiveFiles(files, { securityPaths: ['src/auth/**'], securityReviewers: reviewers }).map((f) => f.path)).toEqual([
      'src/auth/token.ts',
      'lib/moved.ts',
    ])
    expect(sensitiveFiles(files, { securityPaths: ['src/auth/**'], codeowners: rules, securityReviewers: reviewers })).toEqual([
      { path: 'src/auth/token.ts', why: 'security-paths' },
      { path: 'lib/moved.ts', why: 'security-paths (renamed from src/auth/old.ts)' },
      { path: 'deploy/prod.yaml', why: 'CODEOWNERS: @octo/security' },
    ])
  })

  test.each([
    ['alice', { kind: 'user', login: 'alice' }],
    ['@octo/sec-team', { kind: 'team', org: 'octo', slug: 'sec-team' }],
    ['not a user!', undefined],
  ])('parseReviewer(%s)', (raw, expected) => {
    expect(parseReviewer(raw)).toEqual(expected)
  })
})
