import { BAND_SOURCE } from './bands.js'
import { groupMetrics, pool, summarize, type MetricOptions, type Window } from './metrics.js'
import type { Change, Report, Rollout } from './model.js'

const DAY = 86_400_000

/** The whole report: every service and environment, and the pooled production figures the outputs carry. Pure. */
export function buildReport(
  rollouts: readonly Rollout[],
  changes: ReadonlyMap<number, Change[]>,
  window: Window,
  opts: MetricOptions & { production: string; skipped: Record<string, number> },
): Report {
  const groups = groupMetrics(rollouts, changes, window, opts)
  const production = groups.filter((g) => g.environment === opts.production)
  return {
    source: BAND_SOURCE,
    window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString(), days: (window.to - window.from) / DAY },
    production: { environment: opts.production, services: production.map((g) => g.service), ...summarize(pool(production.map((g) => g.observations)), window) },
    groups: groups.map(({ observations: _, ...g }) => g),
    skipped: opts.skipped,
  }
}
