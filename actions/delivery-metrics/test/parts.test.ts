// The pure parts one by one: percentiles, levels, outcomes from statuses, chatops locks merged
// into the promote record, and untrusted names in the summary and the page.
import { describe, expect, test } from 'vitest'
import { changeFailureBand, frequencyBand, leadTimeBand, recoveryBand } from '../src/bands.js'
import { dashboardHtml } from '../src/dashboard.js'
import { buildReport } from '../src/report.js'
import { fixOf } from '../src/github.js'
import { outcomeOf, toRollouts } from '../src/rollouts.js'
import { percentile } from '../src/stats.js'
import { metricsSummary } from '../src/summary.js'
import type { DeploymentRecord } from '../src/model.js'

const H = 3_600_000
const D = 24 * H

describe('percentile: nearest rank, always an observed value', () => {
  test.each([
    [[], 50, null],
    [[5], 50, 5],
    [[4, 1, 3, 2], 50, 2],
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
  ])('%j p%i → %s', (values, p, expected) => expect(percentile(values, p)).toBe(expected))
})

describe('levels of the State of DevOps Report 2024', () => {
  test.each([
    [2, 'elite'],
    [1, 'high'],
    [1 / 7, 'high'],
    [1 / 8, 'medium'],
    [1 / 30, 'medium'],
    [1 / 31, 'low'],
  ])('deployment frequency %f a day → %s', (perDay, band) => expect(frequencyBand(perDay)).toBe(band))
  test.each([
    [23 * H, 'elite'],
    [D, 'high'],
    [7 * D, 'high'],
    [8 * D, 'medium'],
    [31 * D, 'low'],
    [null, null],
  ])('lead time %s ms → %s', (ms, band) => expect(leadTimeBand(ms)).toBe(band))
  test.each([
    [0.05, 'elite'],
    [0.1, 'high'],
    [0.2, 'high'],
    [0.21, 'low'],
    [null, null],
  ])('change failure rate %s → %s', (rate, band) => expect(changeFailureBand(rate)).toBe(band))
  test.each([
    [59 * 60_000, 'elite'],
    [H, 'high'],
    [D, 'low'],
  ])('recovery %i ms → %s', (ms, band) => expect(recoveryBand(ms)).toBe(band))
})

describe('fixes: which services a pull request fixes forward', () => {
  test.each([
    [['hotfix'], false, { fix: true }],
    [['HotFix'], false, { fix: true }],
    [['hotfix:web'], false, { fix: true, fixes: ['web'] }],
    [['hotfix:web', 'hotfix:api'], false, { fix: true, fixes: ['web', 'api'] }],
    [['bug', 'hotfixes'], false, { fix: false }],
    [[], true, { fix: true }],
  ])('labels %j, revert %s → %j', (labels, revert, expected) => expect(fixOf(labels, ['hotfix'], revert)).toEqual(expected))
})

describe('the outcome of a deployment from its statuses', () => {
  const s = (...states: string[]) => states.map((state, i) => ({ state, at: i * 1000 }))
  test.each([
    [s('in_progress', 'success'), { outcome: 'success', liveAt: 1000 }],
    [s('in_progress', 'success', 'inactive'), { outcome: 'success', liveAt: 1000 }],
    [s('in_progress', 'failure'), { outcome: 'failure', failedAt: 1000 }],
    [s('in_progress', 'success', 'failure'), { outcome: 'failure', liveAt: 1000, failedAt: 2000 }],
    [s('error'), { outcome: 'error', failedAt: 0 }],
    [
      [
        { state: 'in_progress', at: 1000 },
        { state: 'failure', at: 9000, description: 'rejected: pods crash-looping' },
      ],
      { outcome: 'failure', failedAt: 9000, restored: { from: 1000, at: 9000 } },
    ],
    [
      [
        { state: 'in_progress', at: 1000 },
        { state: 'failure', at: 9000, description: 'promotion failed' },
      ],
      { outcome: 'failure', failedAt: 9000 },
    ],
    [s('queued', 'in_progress'), { outcome: 'pending' }],
    [[], { outcome: 'pending' }],
  ])('%j → %j', (statuses, expected) => expect(outcomeOf(statuses)).toEqual(expected))
})

const record = (id: number, over: Partial<DeploymentRecord> & { payload?: Record<string, unknown> }, states: Array<[string, number]>): DeploymentRecord => ({
  id,
  sha: `${id}`.padStart(40, '0'),
  environment: 'production',
  createdAt: states[0]?.[1] ?? 0,
  statuses: states.map(([state, at]) => ({ state, at })),
  ...over,
  payload: { service: 'api', digest: `sha256:${id}`, ...over.payload },
})

describe('rollouts: a chatops lock and the promote record it led to are one rollout', () => {
  test('/rollback on the lock marks the promote record as a rollback; the lock itself is not counted', () => {
    const { rollouts, skipped } = toRollouts([
      record(1, { payload: { digest: 'sha256:a' } }, [['success', 10]]),
      record(2, { payload: { digest: 'sha256:b' } }, [['success', 20]]),
      record(3, { payload: { digest: 'sha256:a', request: 'comment-9', command: '/rollback api in production' } }, [
        ['in_progress', 30],
        ['success', 50],
      ]),
      record(4, { payload: { digest: 'sha256:a' } }, [
        ['in_progress', 31],
        ['success', 40],
      ]),
    ])
    expect(rollouts.map((r) => [r.id, r.rollback])).toEqual([
      [1, false],
      [2, false],
      [4, true],
    ])
    expect(skipped).toEqual({})
  })

  test('an earlier digest deployed again is a rollback without chatops; the live one again is not counted', () => {
    const { rollouts, skipped } = toRollouts([
      record(1, { payload: { digest: 'sha256:a' } }, [['success', 10]]),
      record(2, { payload: { digest: 'sha256:b' } }, [['success', 20]]),
      record(3, { payload: { digest: 'sha256:b' } }, [['success', 30]]),
      record(4, { payload: { digest: 'sha256:a' } }, [['success', 40]]),
    ])
    expect(rollouts.map((r) => [r.id, r.rollback])).toEqual([
      [1, false],
      [2, false],
      [4, true],
    ])
    expect(skipped).toEqual({ 'the live digest deployed again': 1 })
  })

  test('a lock whose deploy failed before promote recorded anything deployed nothing; errors and unlabelled records are not rollouts', () => {
    const { rollouts, skipped } = toRollouts([
      record(1, { payload: { request: 'r', command: '/deploy api v1 to production' } }, [
        ['in_progress', 10],
        ['failure', 20],
      ]),
      record(2, {}, [['error', 30]]),
      { ...record(3, {}, [['success', 40]]), payload: { digest: 'sha256:x' } },
      record(4, {}, [['in_progress', 50]]),
    ])
    expect(rollouts).toEqual([])
    expect(skipped).toEqual({
      'chatops request that deployed nothing': 1,
      'errored before deploying': 1,
      'previews and records without a service': 1,
      'still in progress': 1,
    })
  })
})

describe('untrusted names from deployment payloads', () => {
  const evil = '<img src=x onerror=alert(1)>[click](https://evil.example)'
  const report = buildReport(
    toRollouts([record(1, { environment: 'production', payload: { service: evil } }, [['success', Date.parse('2026-11-20T00:00:00Z')]])]).rollouts,
    new Map(),
    { from: Date.parse('2026-09-01T00:00:00Z'), to: Date.parse('2026-12-01T00:00:00Z') },
    { failureWindow: D, production: 'production', skipped: {} },
  )

  test('the page escapes them: no element, no link', () => {
    const html = dashboardHtml(report)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toMatch(/<a\s/)
    expect(html).not.toMatch(/<script|https?:\/\/(?!evil)/)
  })

  test('the summary shows them as code, never as a link', () => {
    const md = metricsSummary(report)
    expect(md).toContain('`<img src=x onerror=alert(1)>[click](https://evil.example)`')
    // Outside code spans nothing of it is left: GitHub renders a code span as text, never as a link.
    expect(md.replace(/`[^`\n]*`/g, '')).not.toContain('](https://evil.example)')
    expect(md.replace(/`[^`\n]*`/g, '')).not.toContain('<img')
  })

  test('the charts are Mermaid xychart-beta with one point per week', () => {
    const md = metricsSummary(report)
    const charts = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!)
    expect(charts).toHaveLength(2)
    for (const chart of charts) {
      expect(chart.startsWith('xychart-beta\n')).toBe(true)
      const weeks = /x-axis \[(.*)\]/.exec(chart)![1]!.split(', ').length
      const series = /(?:bar|line) \[(.*)\]/.exec(chart)![1]!.split(', ').length
      expect(series).toBe(weeks)
    }
  })
})
