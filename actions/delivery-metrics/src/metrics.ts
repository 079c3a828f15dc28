import { changeFailureBand, frequencyBand, leadTimeBand, recoveryBand } from './bands.js'
import type { Change, GroupMetrics, Metrics, Rollout, TrendPoint } from './model.js'
import { median, percentile } from './stats.js'

export interface Window {
  from: number
  to: number
}

export interface MetricOptions {
  /** A fix deployed within this long after a deployment marks that deployment failed (fix-forward). */
  failureWindow: number
}

/** The raw observations of one group, kept so that groups can be pooled before summarizing. */
export interface Observations {
  /** When each successful deployment went live. */
  deployed: number[]
  /** When each failed deployment happened. */
  failed: number[]
  attempted: number
  /** Per delivered change: when delivered and its lead time. */
  leadTimes: Array<{ at: number; ms: number }>
  recoveries: number[]
  unrecovered: number
}

const DAY = 86_400_000

/** When a rollout counts in the window: when it went live, else when it failed. */
export const timeOf = (r: Rollout): number => r.liveAt ?? r.failedAt ?? r.createdAt

/** Rollouts of one service and environment, grouped and in time order. Pure. */
export function groupRollouts(rollouts: readonly Rollout[]): Map<string, Rollout[]> {
  const groups = new Map<string, Rollout[]>()
  for (const r of [...rollouts].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)) {
    const key = `${r.service}\u0000${r.environment}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return groups
}

/**
 * The commit ranges to read: each successful deployment in the window against the previous
 * successful deployment of its service and environment (`compare base...head`). Pure.
 */
export function comparePairs(rollouts: readonly Rollout[], window: Window): Array<{ id: number; base: string; head: string }> {
  const pairs: Array<{ id: number; base: string; head: string }> = []
  for (const group of groupRollouts(rollouts).values()) {
    let base = ''
    for (const r of group) {
      if (r.outcome !== 'success' || !r.sha) continue
      if (base && base !== r.sha && inWindow(r, window)) pairs.push({ id: r.id, base, head: r.sha })
      base = r.sha
    }
  }
  return pairs
}

const inWindow = (r: Rollout, w: Window): boolean => timeOf(r) >= w.from && timeOf(r) < w.to

/**
 * What one service's rollouts to one environment show over the window. A deployment is a
 * change failure when it failed (its rollout or a later verification), when the next
 * deployment rolled it back, or when the next one, within `failureWindow`, delivered a fix.
 * Recovery runs from the failed deployment (when it went live, else when it failed) to the
 * next successful deployment. A change (pull request or lone commit) counts once, at its first
 * successful deployment, from its first commit. Pure.
 */
export function observe(group: readonly Rollout[], changes: ReadonlyMap<number, Change[]>, window: Window, opts: MetricOptions): Observations {
  const obs: Observations = { deployed: [], failed: [], attempted: 0, leadTimes: [], recoveries: [], unrecovered: 0 }
  const delivered = new Set<string>()
  const live = group.filter((r) => r.liveAt !== undefined)
  group.forEach((r) => {
    const fresh = r.outcome === 'success' ? (changes.get(r.id) ?? []).filter((c) => !delivered.has(c.key)) : []
    for (const c of fresh) delivered.add(c.key)
    if (!inWindow(r, window)) return
    obs.attempted++
    if (r.outcome === 'success') {
      obs.deployed.push(r.liveAt!)
      for (const c of fresh) obs.leadTimes.push({ at: r.liveAt!, ms: r.liveAt! - c.firstCommitAt })
    }
    if (!isChangeFailure(r, live, changes, opts)) return
    obs.failed.push(timeOf(r))
    if (r.restored) {
      obs.recoveries.push(r.restored.at - r.restored.from)
      return
    }
    const start = r.liveAt ?? r.failedAt!
    const next = group.find((s) => s !== r && s.outcome === 'success' && s.liveAt! > start)
    if (next) obs.recoveries.push(next.liveAt! - start)
    else obs.unrecovered++
  })
  return obs
}

function isChangeFailure(r: Rollout, live: readonly Rollout[], changes: ReadonlyMap<number, Change[]>, opts: MetricOptions): boolean {
  if (r.outcome === 'failure') return true
  const next = live[live.indexOf(r) + 1]
  if (!next) return false
  if (next.rollback) return true
  return (
    next.liveAt! - r.liveAt! <= opts.failureWindow && (changes.get(next.id) ?? []).some((c) => c.fix && (!c.fixes || c.fixes.includes(r.service.toLowerCase())))
  )
}

/** Observations → the four keys and their levels. Pure. */
export function summarize(obs: Observations, window: Window): Metrics {
  const days = (window.to - window.from) / DAY
  const perDay = obs.deployed.length / days
  const leads = obs.leadTimes.map((l) => l.ms)
  const leadMedian = median(leads)
  const rate = obs.attempted ? obs.failed.length / obs.attempted : null
  const recoveryMedian = median(obs.recoveries)
  return {
    deployments: obs.deployed.length,
    deploymentsPerDay: perDay,
    deploymentsPerWeek: perDay * 7,
    leadTime: { median: leadMedian, p90: percentile(leads, 90), changes: leads.length },
    changeFailureRate: rate,
    failedDeployments: obs.failed.length,
    attempted: obs.attempted,
    recovery: { median: recoveryMedian, recovered: obs.recoveries.length, unrecovered: obs.unrecovered },
    bands: {
      deploymentFrequency: frequencyBand(perDay),
      leadTime: leadTimeBand(leadMedian),
      changeFailureRate: changeFailureBand(rate),
      recoveryTime: recoveryBand(recoveryMedian),
    },
  }
}

export function pool(all: readonly Observations[]): Observations {
  return {
    deployed: all.flatMap((o) => o.deployed),
    failed: all.flatMap((o) => o.failed),
    attempted: all.reduce((n, o) => n + o.attempted, 0),
    leadTimes: all.flatMap((o) => o.leadTimes),
    recoveries: all.flatMap((o) => o.recoveries),
    unrecovered: all.reduce((n, o) => n + o.unrecovered, 0),
  }
}

/** Weekly points (weeks start on Monday, UTC) from the window's first week to its last. Pure. */
export function trend(obs: Observations, window: Window): TrendPoint[] {
  const weeks: TrendPoint[] = []
  for (let start = mondayOf(window.from); start < window.to; start += 7 * DAY) {
    const end = start + 7 * DAY
    const within = (t: number): boolean => t >= start && t < end
    const lead = median(obs.leadTimes.filter((l) => within(l.at)).map((l) => l.ms))
    weeks.push({
      week: new Date(start).toISOString().slice(0, 10),
      deployments: obs.deployed.filter(within).length,
      failures: obs.failed.filter(within).length,
      leadTimeHours: lead === null ? null : round(lead / 3_600_000, 2),
    })
  }
  return weeks
}

export function mondayOf(t: number): number {
  const day = Math.floor(t / DAY) * DAY
  // 1970-01-01 was a Thursday: day index 0 → Thursday.
  const weekday = (Math.floor(day / DAY) + 3) % 7
  return day - weekday * DAY
}

export const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits

/** Every group's metrics and trend. Pure. */
export function groupMetrics(
  rollouts: readonly Rollout[],
  changes: ReadonlyMap<number, Change[]>,
  window: Window,
  opts: MetricOptions,
): Array<GroupMetrics & { observations: Observations }> {
  return [...groupRollouts(rollouts).values()]
    .map((group) => {
      const observations = observe(group, changes, window, opts)
      return {
        service: group[0]!.service,
        environment: group[0]!.environment,
        ...summarize(observations, window),
        trend: trend(observations, window),
        observations,
      }
    })
    .filter((g) => g.attempted > 0)
    .sort((a, b) => a.environment.localeCompare(b.environment) || a.service.localeCompare(b.service))
}
