/** The records the metrics are computed from, as plain data (times in ms since the epoch). */

/** One status of a deployment, oldest first. */
export interface StatusEvent {
  state: string
  at: number
  description?: string
}

/** A GitHub Deployment as read: what promote, chatops and the deploy workflow wrote. */
export interface DeploymentRecord {
  id: number
  sha: string
  environment: string
  createdAt: number
  payload: Record<string, unknown> | undefined
  /** Oldest first. */
  statuses: StatusEvent[]
}

export type Outcome = 'success' | 'failure' | 'error' | 'pending'

/** One rollout of a digest to an environment, after the chatops lock and the promote record are merged. */
export interface Rollout {
  id: number
  service: string
  environment: string
  /** The image's commit; '' when the record does not name it (a chatops lock records the branch head). */
  sha: string
  digest: string
  version: string
  createdAt: number
  outcome: Outcome
  /** When the rollout went live (its first success status). */
  liveAt?: number
  /** When it was marked failed (a failure after a success is a failed verification). */
  failedAt?: number
  /**
   * When promote rolled it back by itself (its failure status `rejected: …` is set once the
   * previous digest runs again), and when that promotion started: the failure and its recovery
   * are both in the one record.
   */
  restored?: { from: number; at: number }
  /** Deployed an earlier digest of the environment again (or asked for with /rollback). */
  rollback: boolean
  /** The digest that was already live deployed again: no change, not counted. */
  redeploy: boolean
}

/** One change a deployment delivered: a pull request (by number) or a commit without one. */
export interface Change {
  key: string
  /** The first commit's author date: where the change's lead time starts. */
  firstCommitAt: number
  /** Marked as a fix (a label in fix-labels, or a revert): it fixes forward what the previous deployment broke. */
  fix: boolean
  /** Only these services' deployments it fixes (labels `<fix-label>:<service>`); every service when absent. */
  fixes?: string[]
}

export type Band = 'elite' | 'high' | 'medium' | 'low'

/** The four keys of one service in one environment (or pooled), over the window. */
export interface Metrics {
  deployments: number
  /** Successful deployments per day over the window. */
  deploymentsPerDay: number
  deploymentsPerWeek: number
  leadTime: { median: number | null; p90: number | null; changes: number }
  /** Deployments that failed, were rolled back or fixed forward, over deployments attempted. */
  changeFailureRate: number | null
  failedDeployments: number
  attempted: number
  recovery: { median: number | null; recovered: number; unrecovered: number }
  bands: { deploymentFrequency: Band; leadTime: Band | null; changeFailureRate: Band | null; recoveryTime: Band | null }
}

/** One week of a trend chart. */
export interface TrendPoint {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  week: string
  deployments: number
  failures: number
  /** Median lead time of the changes delivered that week, in hours; null without changes. */
  leadTimeHours: number | null
}

export interface GroupMetrics extends Metrics {
  service: string
  environment: string
  trend: TrendPoint[]
}

export interface Report {
  source: string
  window: { from: string; to: string; days: number }
  /** The pooled production figures: the outputs. */
  production: Metrics & { environment: string; services: string[] }
  groups: GroupMetrics[]
  /** Records that were read but are not rollouts, by why. */
  skipped: Record<string, number>
}
