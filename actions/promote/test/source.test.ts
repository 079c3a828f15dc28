import { describe, expect, test } from 'vitest'
import { evaluateRequiredChecks, type CheckState } from '../src/checks.js'
import { gitopsRepoFrom } from '../src/run.js'
import { isProductionEnvironment, parseSource } from '../src/source.js'

const ok = (name: string, at = '2026-11-01T10:00:00Z'): CheckState => ({ name, status: 'completed', conclusion: 'success', completedAt: at })

describe('only what passed the gates goes on', () => {
  test('all required checks green → allowed', () => {
    expect(evaluateRequiredChecks(['unit-tests', 'security-scan'], [ok('unit-tests'), ok('security-scan'), ok('other')])).toEqual({ ok: true, problems: [] })
  })

  test.each([
    [[ok('unit-tests')], 'security-scan: missing'],
    [[ok('unit-tests'), { name: 'security-scan', status: 'completed', conclusion: 'failure', completedAt: 'x' }], 'security-scan: concluded failure'],
    [[ok('unit-tests'), { name: 'security-scan', status: 'in_progress', conclusion: null }], 'security-scan: still in_progress'],
    [[ok('unit-tests'), { name: 'security-scan', status: 'completed', conclusion: 'skipped', completedAt: 'x' }], 'security-scan: concluded skipped'],
  ] as Array<[CheckState[], string]>)('%#: refused, naming the check', (checks, problem) => {
    const verdict = evaluateRequiredChecks(['unit-tests', 'security-scan'], checks)
    expect(verdict.ok).toBe(false)
    expect(verdict.problems).toHaveLength(1)
    expect(verdict.problems[0]!.startsWith(problem)).toBe(true)
  })

  test('the newest run decides: a re-run that passed replaces an earlier failure, and the other way round', () => {
    const failed: CheckState = { name: 'unit-tests', status: 'completed', conclusion: 'failure', completedAt: '2026-11-01T09:00:00Z' }
    expect(evaluateRequiredChecks(['unit-tests'], [failed, ok('unit-tests', '2026-11-01T10:00:00Z')]).ok).toBe(true)
    expect(evaluateRequiredChecks(['unit-tests'], [ok('unit-tests', '2026-11-01T08:00:00Z'), failed]).ok).toBe(false)
  })
})

describe('source references: immutable only', () => {
  test.each([
    [`ghcr.io/o/app@sha256:${'a'.repeat(64)}`, { registry: 'ghcr.io', repository: 'o/app', digest: `sha256:${'a'.repeat(64)}` }],
    [`127.0.0.1:5000/o/app:${'1'.repeat(40)}`, { registry: '127.0.0.1:5000', repository: 'o/app', tag: '1'.repeat(40), shaTag: '1'.repeat(40) }],
  ])('%s', (value, expected) => expect(parseSource(value)).toEqual(expected))

  test.each(['ghcr.io/o/app:latest', 'ghcr.io/o/app:v1.4.2', 'ghcr.io/o/app', `ghcr.io/o/app:${'1'.repeat(39)}`, `ghcr.io/o/app:v1@sha256:${'a'.repeat(64)}`])('%s is refused', (value) => {
    expect(parseSource(value)).toBeUndefined()
  })
})

test.each([
  ['production', true],
  ['Prod', true],
  ['staging', false],
  ['production-eu', false],
])('production environment %s → %s', (env, expected) => expect(isProductionEnvironment(env)).toBe(expected))

test.each([
  ['https://github.com/octo-org/gitops-config.git', { owner: 'octo-org', repo: 'gitops-config' }],
  ['/tmp/x/octo-org/gitops', { owner: 'octo-org', repo: 'gitops' }],
])('GitOps repository %s → %j', (value, expected) => expect(gitopsRepoFrom(value)).toEqual(expected))
