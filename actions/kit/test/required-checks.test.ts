import { describe, expect, test } from 'vitest'
import { checkOutcome, evaluateRequiredChecks, type CheckState } from '../src/required-checks/index.js'

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

  test('a re-run still in progress is newer than an earlier success: not passed yet', () => {
    const running: CheckState = { name: 'unit-tests', status: 'queued', conclusion: null, completedAt: null }
    expect(evaluateRequiredChecks(['unit-tests'], [ok('unit-tests'), running]).problems).toEqual(['unit-tests: still queued'])
  })

  test.each([
    [[], 'missing'],
    [[ok('unit-tests')], 'success'],
    [[{ name: 'unit-tests', status: 'in_progress', conclusion: null }], 'in_progress'],
    [
      [ok('unit-tests', '2026-11-01T08:00:00Z'), { name: 'unit-tests', status: 'completed', conclusion: 'failure', completedAt: '2026-11-01T09:00:00Z' }],
      'failure',
    ],
  ] as Array<[CheckState[], string]>)('outcome %#: %s', (checks, outcome) => expect(checkOutcome('unit-tests', checks)).toBe(outcome))
})
