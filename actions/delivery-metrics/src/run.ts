import * as core from '@actions/core'
import { comparePairs } from './metrics.js'
import type { Change, DeploymentRecord, Report } from './model.js'
import type { Inputs } from './inputs.js'
import { buildReport } from './report.js'
import { toRollouts } from './rollouts.js'
import { mapParallel } from './github.js'

export interface MetricsDeps {
  /** The deployments of the window with their statuses (and each group's previous success). */
  readDeployments(window: { from: number; to: number }): Promise<DeploymentRecord[]>
  /** The changes `base...head` brought. */
  changesBetween(base: string, head: string): Promise<Change[]>
  now(): number
}

/** Read the records, merge them into rollouts, read the change sets, compute. */
export async function run(inputs: Inputs, deps: MetricsDeps): Promise<Report> {
  const to = deps.now()
  const window = { from: to - inputs.window, to }
  const records = await deps.readDeployments(window)
  const { rollouts, skipped } = toRollouts(records)
  const pairs = comparePairs(rollouts, window)
  core.info(`read ${records.length} deployment(s): ${rollouts.length} rollout(s); reading the changes of ${pairs.length} deployment(s)`)
  const changes = new Map<number, Change[]>()
  const sets = await mapParallel(pairs, (p) => deps.changesBetween(p.base, p.head))
  pairs.forEach((p, i) => changes.set(p.id, sets[i]!))
  return buildReport(rollouts, changes, window, { failureWindow: inputs['failure-window'], production: inputs['production-environment'], skipped })
}
