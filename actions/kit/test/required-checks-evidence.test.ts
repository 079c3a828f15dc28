import { describe, expect, test } from 'vitest'
import {
  decideAdoption,
  mergedPullOf,
  parseEvidence,
  queuePullNumber,
  renderEvidence,
  verifyEvidence,
  type AdoptionFacts,
  type CheckState,
  type GateEvidence,
} from '../src/required-checks/index.js'

const S = '5'.repeat(40)
const H = 'a'.repeat(40)
const TREE = 'b'.repeat(40)
const OTHER_TREE = 'c'.repeat(40)
const D_HEAD = `sha256:${'d'.repeat(64)}`
const D_OTHER = `sha256:${'e'.repeat(64)}`
const REQUIRED = ['unit-tests', 'peer-review']
const green = (name: string, at = '2026-11-01T10:00:00Z'): CheckState => ({ name, status: 'completed', conclusion: 'success', completedAt: at })
const allGreen = REQUIRED.map((n) => green(n))

/** A merged PR with the same tree, green on the head, its image present: adoptable. */
const adoptable: AdoptionFacts = {
  sha: S,
  required: REQUIRED,
  checksOnSha: [],
  pull: { number: 12, headSha: H, baseRef: 'main' },
  shaTree: TREE,
  headTree: TREE,
  checksOnHead: allGreen,
  headDigest: D_HEAD,
}

describe('build-image adopt: which image goes on for a pushed commit', () => {
  test('same tree, green head, image there → adopt the head digest, with the evidence', () => {
    const decision = decideAdoption(adoptable)
    expect(decision).toMatchObject({ kind: 'adopt', digest: D_HEAD, gatedSha: H })
    if (decision.kind !== 'adopt') throw new Error('not adopted')
    expect(decision.evidence).toEqual({
      pullRequest: 12,
      headSha: H,
      tree: TREE,
      digest: D_HEAD,
      checks: { 'unit-tests': 'success', 'peer-review': 'success' },
    })
  })

  test('I:S exists and the gates passed on S itself (merge queue, re-run) → reuse, nothing written', () => {
    expect(decideAdoption({ ...adoptable, shaDigest: D_OTHER, checksOnSha: allGreen })).toMatchObject({ kind: 'reuse', digest: D_OTHER, gatedSha: S })
  })

  test('I:S already names the head digest (a re-run of an adoption) → adopt again, same digest', () => {
    expect(decideAdoption({ ...adoptable, shaDigest: D_HEAD })).toMatchObject({ kind: 'adopt', digest: D_HEAD })
  })

  test('I:S names other content → conflict, never moved', () => {
    expect(decideAdoption({ ...adoptable, shaDigest: D_OTHER })).toMatchObject({ kind: 'conflict', existing: D_OTHER, wanted: D_HEAD })
  })

  test.each<[string, Partial<AdoptionFacts>, RegExp]>([
    ['no pull request', { pull: undefined }, /no pull request was merged as 5555555/],
    ['trees differ (branch was behind)', { shaTree: OTHER_TREE }, /tree of 5555555 .* differs from the tree of #12 head aaaaaaa.*behind/],
    ['tree unknown', { headTree: undefined }, /differs/],
    ['a check missing on the head', { checksOnHead: [green('unit-tests')] }, /peer-review: missing/],
    [
      'a check failed on the head',
      { checksOnHead: [green('unit-tests'), { name: 'peer-review', status: 'completed', conclusion: 'failure', completedAt: 'x' }] },
      /peer-review: concluded failure/,
    ],
    [
      'a check pending on the head',
      { checksOnHead: [green('unit-tests'), { name: 'peer-review', status: 'in_progress', conclusion: null }] },
      /peer-review: still in_progress/,
    ],
    [
      'newest wins: a failure after a success',
      {
        checksOnHead: [
          green('unit-tests'),
          green('peer-review', '2026-11-01T08:00:00Z'),
          { name: 'peer-review', status: 'completed', conclusion: 'failure', completedAt: '2026-11-01T09:00:00Z' },
        ],
      },
      /peer-review: concluded failure/,
    ],
    ['no image for the head', { headDigest: undefined }, /no image for #12 head aaaaaaa/],
    ['I:S exists but its own gates have not passed, and no PR', { shaDigest: D_OTHER, pull: undefined }, /no pull request/],
  ])('%s → build, saying why', (_name, change, reason) => {
    const decision = decideAdoption({ ...adoptable, ...change })
    expect(decision.kind).toBe('build')
    expect(decision.reason).toMatch(reason)
  })

  test('newest wins: a success re-run after a failure on the head adopts', () => {
    const checks = [
      green('unit-tests'),
      { name: 'peer-review', status: 'completed', conclusion: 'failure', completedAt: '2026-11-01T08:00:00Z' },
      green('peer-review', '2026-11-01T09:00:00Z'),
    ]
    expect(decideAdoption({ ...adoptable, checksOnHead: checks }).kind).toBe('adopt')
  })
})

describe('the merged pull request of a commit', () => {
  const pull = (number: number, merged: boolean, mergeSha: string | null) => ({
    number,
    merged_at: merged ? '2026-11-01T10:00:00Z' : null,
    merge_commit_sha: mergeSha,
    head: { sha: H },
    base: { ref: 'main' },
  })
  test.each([
    ['merged as S', [pull(12, true, S)], 12],
    ['open PR whose test-merge commit is S', [pull(13, false, S)], undefined],
    ['merged as another commit (S is only in its history)', [pull(14, true, 'f'.repeat(40))], undefined],
    ['none', [], undefined],
  ])('%s', (_name, pulls, number) => expect(mergedPullOf(pulls, S)?.number).toBe(number))

  test.each([
    ['gh-readonly-queue/main/pr-12-' + H, 12],
    ['refs/heads/gh-readonly-queue/release/v1/pr-7-' + H, 7],
    ['feature/pr-12-' + H, undefined],
    ['gh-readonly-queue/main/pr-x-' + H, undefined],
  ])('merge queue branch %s → %s', (ref, number) => expect(queuePullNumber(ref)).toBe(number))
})

describe('gate evidence: written by build-image, re-verified by promote', () => {
  const evidence: GateEvidence = { pullRequest: 12, headSha: H, tree: TREE, digest: D_HEAD, checks: { 'unit-tests': 'success', 'peer-review': 'success' } }

  test('round trip: the rendered text parses back to the same record; the title names the PR and head', () => {
    const rendered = renderEvidence(evidence, 'ghcr.io/o/app')
    expect(rendered.title).toBe('Gated on #12 (head aaaaaaa), same tree')
    expect(rendered.summary).toContain(`\`ghcr.io/o/app@${D_HEAD}\``)
    expect(rendered.summary).toContain('| **check `peer-review`** | success |')
    expect(parseEvidence(rendered.text)).toEqual(evidence)
  })

  test.each([
    ['no block', 'nothing here'],
    ['two blocks', '```json\n{}\n```\n```json\n{}\n```'],
    ['not JSON', '```json\n{nope\n```'],
    ['short head SHA', '```json\n' + JSON.stringify({ ...evidence, headSha: 'abc' }) + '\n```'],
    ['bad digest', '```json\n' + JSON.stringify({ ...evidence, digest: 'sha256:zz' }) + '\n```'],
    ['no PR number', '```json\n' + JSON.stringify({ ...evidence, pullRequest: '12' }) + '\n```'],
  ])('malformed evidence (%s) is not evidence', (_name, text) => expect(parseEvidence(text)).toBeUndefined())

  const facts = { evidence, digest: D_HEAD, shaTree: TREE, headTree: TREE, required: REQUIRED, checksOnHead: allGreen }
  test('true evidence verifies', () => expect(verifyEvidence(facts)).toEqual({ ok: true, problems: [] }))

  test.each<[string, Partial<typeof facts>, RegExp]>([
    ['the source commit has another tree', { shaTree: OTHER_TREE }, /^tree: the source commit has tree c+, the evidence claims b+/],
    ['the head has another tree', { headTree: OTHER_TREE }, /^tree: head aaaaaaa of #12 has tree c+/],
    [
      'a check failed on the head',
      { checksOnHead: [green('unit-tests'), { name: 'peer-review', status: 'completed', conclusion: 'failure', completedAt: 'x' }] },
      /^check on head aaaaaaa: peer-review: concluded failure/,
    ],
    ['a check missing on the head', { checksOnHead: [green('peer-review')] }, /^check on head aaaaaaa: unit-tests: missing/],
    ['another digest is promoted', { digest: D_OTHER }, /^digest: promoting sha256:e+, the evidence names sha256:d+/],
  ])('forged or stale evidence is refused: %s', (_name, change, problem) => {
    const verdict = verifyEvidence({ ...facts, ...change })
    expect(verdict.ok).toBe(false)
    expect(verdict.problems).toHaveLength(1)
    expect(verdict.problems[0]).toMatch(problem)
  })
})
