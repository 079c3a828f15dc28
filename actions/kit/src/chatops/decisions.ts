import { isOneOf } from '../guards.js'
import { code } from '../summary.js'
/**
 * The decisions chatops takes, pure: who may run a command, whether an environment may be
 * deployed to next, whether a lock is held, which digest a rollback returns to, and what
 * /status shows. The GitHub calls live in the action; these take plain records.
 */

/** GitHub repository roles, weakest first. The collaborator permission API reports the effective
 * role, teams (nested ones too) and organization base permissions included. */
export const ROLES = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const
export type Role = (typeof ROLES)[number]

export function roleRank(role: string): number {
  return ROLES.indexOf(isOneOf(ROLES, role) ? role : 'none')
}

/**
 * The role to compare: `role_name` when it is one of the built-in roles, else the legacy
 * `permission` (custom repository roles report their base there).
 */
export function effectiveRole(answer: { permission?: string; role_name?: string }): Role {
  const named = answer.role_name ?? ''
  if (isOneOf(ROLES, named)) return named
  const legacy = answer.permission ?? 'none'
  return isOneOf(ROLES, legacy) ? legacy : 'none'
}

export function requiredRole(environment: string, opts: { permission: Role; productionEnvironments: readonly string[] }): Role {
  return opts.productionEnvironments.includes(environment) ? 'admin' : opts.permission
}

export type Verdict = { ok: true } | { ok: false; reason: string }

export function authorize(user: string, role: Role, required: Role): Verdict {
  if (roleRank(role) >= roleRank(required)) return { ok: true }
  return { ok: false, reason: `@${user} has ${role} permission on this repository; this command needs ${required}` }
}

/** What chatops reads back from a GitHub Deployment (payload as promote and chatops write it). */
export interface DeploymentView {
  id: number
  environment: string
  service?: string
  version?: string
  digest?: string
  sha: string
  creator: string
  /** Who asked for it in chat, when chatops created it. */
  requestedBy?: string
  command?: string
  createdAt: string
  /** Latest status state, or 'pending' when it has none yet. */
  state: string
  /** When the latest status was written (createdAt when none). */
  updatedAt: string
  /** The comment or dispatch that created it, for re-runs. */
  request?: string
}

/** A deployment that ran to the end successfully (inactive = superseded after success). */
export function succeeded(d: DeploymentView): boolean {
  return d.state === 'success' || d.state === 'inactive'
}

export function isActive(d: DeploymentView): boolean {
  return d.state === 'pending' || d.state === 'queued' || d.state === 'in_progress'
}

export function checkEnvironment(environment: string, environments: readonly string[]): Verdict {
  if (environments.includes(environment)) return { ok: true }
  return { ok: false, reason: `unknown environment ${code(environment)}; known environments: ${environments.join(', ')}` }
}

/**
 * Promotion order: a digest may go to an environment only once it runs successfully in the one
 * before it (`history` is every deployment of the service, any environment).
 */
export function checkPromotionOrder(digest: string, environment: string, environments: readonly string[], history: readonly DeploymentView[]): Verdict {
  const index = environments.indexOf(environment)
  if (index <= 0) return { ok: true }
  const before = environments[index - 1]!
  if (history.some((d) => d.environment === before && d.digest === digest && succeeded(d))) return { ok: true }
  return {
    ok: false,
    reason: `${digest.slice(0, 19)} has not been deployed successfully to ${before}, which comes before ${environment}; deploy it to ${before} first`,
  }
}

/**
 * The lock of one service in one environment: the newest deployment that is still queued or in
 * progress, unless a later deployment there has finished (the deploy workflow ran) or it is older
 * than `timeoutMs` (a run that died must not block for ever). `history` is newest first.
 */
export function heldLock(history: readonly DeploymentView[], environment: string, now: Date, timeoutMs: number, exceptId?: number): DeploymentView | undefined {
  for (const d of history) {
    if (d.environment !== environment || d.id === exceptId) continue
    if (!isActive(d)) return undefined
    if (now.getTime() - Date.parse(d.createdAt) <= timeoutMs) return d
  }
  return undefined
}

/** Between two runs that created lock deployments at the same moment, the older one wins. */
export function lockWinner(history: readonly DeploymentView[], environment: string, now: Date, timeoutMs: number, mine: number): number {
  const active = history.filter((d) => d.environment === environment && isActive(d) && (d.id === mine || now.getTime() - Date.parse(d.createdAt) <= timeoutMs))
  // Only deployments newer than the last finished one compete.
  const lastDone = history.find((d) => d.environment === environment && !isActive(d))
  const contenders = active.filter((d) => !lastDone || d.id > lastDone.id).map((d) => d.id)
  return contenders.length ? Math.min(...contenders) : mine
}

export type RollbackTarget = { ok: true; target: DeploymentView; current: DeploymentView } | { ok: false; reason: string }

/**
 * The rollback target in one environment (`history` newest first): the newest successful
 * deployment is what runs now; the target is the last successful one before it with another
 * digest, or, given a version (or a digest), the newest successful one that had it.
 */
export function rollbackTarget(history: readonly DeploymentView[], environment: string, version?: string): RollbackTarget {
  const done = history.filter((d) => d.environment === environment && succeeded(d) && d.digest)
  const current = done[0]
  if (!current) return { ok: false, reason: `nothing has been deployed successfully to ${environment} yet, so there is nothing to roll back to` }
  if (version) {
    const target = done.find((d) => d.version === version || d.digest === version || (/^[0-9a-f]{7,40}$/.test(version) && d.sha.startsWith(version)))
    if (!target)
      return {
        ok: false,
        reason: `version ${version} has never been deployed successfully to ${environment}; roll back only to what ran there (use /deploy for anything else)`,
      }
    if (target.digest === current.digest) return { ok: false, reason: `${environment} already runs ${describe(current)}` }
    return { ok: true, target, current }
  }
  const target = done.find((d) => d.digest !== current.digest)
  if (!target) return { ok: false, reason: `${environment} has no earlier successful deployment with another digest than the current ${describe(current)}` }
  return { ok: true, target, current }
}

export function describe(d: Pick<DeploymentView, 'version' | 'digest'>): string {
  return `${d.version ?? '?'} (${(d.digest ?? '').slice(0, 19)})`
}

export interface StatusRow {
  environment: string
  version: string
  digest: string
  commit: string
  who: string
  when: string
  state: string
}

/** One row per environment: its newest deployment of the service, or dashes when none. */
export function statusRows(history: readonly DeploymentView[], environments: readonly string[]): StatusRow[] {
  return environments.map((environment) => {
    const d = history.find((h) => h.environment === environment)
    if (!d) return { environment, version: '—', digest: '—', commit: '—', who: '—', when: '—', state: 'never deployed' }
    return {
      environment,
      version: d.version ?? '—',
      digest: d.digest ?? '—',
      commit: d.sha,
      who: d.requestedBy ?? d.creator,
      when: d.updatedAt,
      state: d.state,
    }
  })
}
