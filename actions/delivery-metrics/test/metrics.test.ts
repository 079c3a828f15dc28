// The four keys on a generated history whose true figures the generator knows (its own ledger
// of failures, recoveries and deliveries): every metric of every service and environment exact.
import { describe, expect, test } from 'vitest'
import { getInputs } from '../src/inputs.js'
import type { Metrics } from '../src/model.js'
import { run } from '../src/run.js'
import { changesBetween, generateHistory, recordsOf, type History, type Truth } from './history.js'

/** Nearest rank, written out here on its own: the smallest value with p% of values at or below it. */
const nearestRank = (values: number[], p: number): number | null =>
  values.length ? [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1]! : null

function expected(truth: Truth, days: number) {
  return {
    deployments: truth.deployments,
    deploymentsPerDay: truth.deployments / days,
    attempted: truth.attempted,
    failedDeployments: truth.failed,
    changeFailureRate: truth.attempted ? truth.failed / truth.attempted : null,
    leadTime: { median: nearestRank(truth.leadTimes, 50), p90: nearestRank(truth.leadTimes, 90), changes: truth.leadTimes.length },
    recovery: { median: nearestRank(truth.recoveries, 50), recovered: truth.recoveries.length, unrecovered: truth.unrecovered },
  }
}

const pick = (m: Metrics) => ({
  deployments: m.deployments,
  deploymentsPerDay: m.deploymentsPerDay,
  attempted: m.attempted,
  failedDeployments: m.failedDeployments,
  changeFailureRate: m.changeFailureRate,
  leadTime: m.leadTime,
  recovery: m.recovery,
})

async function report(history: History, raw: Record<string, string> = {}) {
  const inputs = getInputs((name) => ({ 'github-token': 't', ...raw })[name])
  return run(inputs, {
    readDeployments: async () => recordsOf(history),
    changesBetween: async (base, head) => changesBetween(history, base, head),
    now: () => history.window.to,
  })
}

describe('a generated history with rollbacks, failed rollouts, failed verifications, fix-forwards and squash merges', () => {
  const cases = [
    { name: 'two services, 40 releases each', opts: { seed: 7 } },
    { name: 'one service, 60 releases', opts: { seed: 11, services: ['sensor-api'], releases: 60 } },
    {
      name: 'three services, a failure-heavy mix',
      opts: {
        seed: 3,
        services: ['a', 'b', 'c'],
        releases: 25,
        scenarios: ['rollback', 'fail', 'ok', 'verify-fail', 'fix-forward', 'auto-rollback', 'ok'] as const,
      },
    },
  ]

  test.each(cases)('$name: every metric of every service and environment is exact', async ({ opts }) => {
    const history = generateHistory({ ...opts, scenarios: opts.scenarios ? [...opts.scenarios] : undefined })
    const result = await report(history)
    expect(result.groups.map((g) => `${g.service}/${g.environment}`).sort()).toEqual([...history.truth.keys()].sort())
    for (const g of result.groups) {
      expect(pick(g), `${g.service}/${g.environment}`).toEqual(expected(history.truth.get(`${g.service}/${g.environment}`)!, 90))
    }
  })

  test.each(cases)('$name: the production figures pool every service', async ({ opts }) => {
    const history = generateHistory({ ...opts, scenarios: opts.scenarios ? [...opts.scenarios] : undefined })
    const result = await report(history)
    const prod = [...history.truth.entries()].filter(([k]) => k.endsWith('/production')).map(([, t]) => t)
    const pooled: Truth = {
      deployments: prod.reduce((n, t) => n + t.deployments, 0),
      attempted: prod.reduce((n, t) => n + t.attempted, 0),
      failed: prod.reduce((n, t) => n + t.failed, 0),
      leadTimes: prod.flatMap((t) => t.leadTimes),
      recoveries: prod.flatMap((t) => t.recoveries),
      unrecovered: prod.reduce((n, t) => n + t.unrecovered, 0),
    }
    expect(pick(result.production)).toEqual(expected(pooled, 90))
  })

  test('the history really has what it claims: failures of each kind, rollbacks through chatops, squash merges of several commits', () => {
    const history = generateHistory({ seed: 7 })
    const prod = [...history.truth.entries()].filter(([k]) => k.endsWith('/production'))
    expect(prod.every(([, t]) => t.failed >= 3 && t.recoveries.length >= 3)).toBe(true)
    expect(history.deployments.filter((d) => d.lock?.command.startsWith('/rollback')).length).toBeGreaterThanOrEqual(2)
    expect(history.deployments.some((d) => d.statuses.map((s) => s.state).join() === 'in_progress,success,failure')).toBe(true)
    expect(history.deployments.some((d) => d.statuses.some((s) => s.description?.startsWith('rejected: ')))).toBe(true)
    expect(history.pulls.some((p) => p.labels.includes('hotfix:web'))).toBe(true)
    expect(generateHistory({ seed: 11, services: ['sensor-api'], releases: 60 }).pulls.some((p) => p.labels.includes('hotfix'))).toBe(true)
    expect(history.pulls.filter((p) => p.commitTimes.length > 1).length).toBeGreaterThan(5)
  })

  test('a shorter window counts only what falls in it', async () => {
    const history = generateHistory({ seed: 7 })
    const all = await report(history)
    const month = await report(history, { window: '30d' })
    expect(month.production.deployments).toBeLessThan(all.production.deployments)
    expect(month.window.days).toBe(30)
  })
})
