import type { DeploymentRecord, Outcome, Rollout, StatusEvent } from './model.js'

/**
 * Deployment records → rollouts. Promote records every promotion (payload service, version,
 * digest, image; ref = the image's commit). A chatops command adds a lock deployment (payload
 * with `request` and `command`; ref = the default branch) that the deploy workflow then
 * promotes: the two are one rollout, so the lock is merged into the promote record it covers
 * and only says whether it was a `/rollback`. Pure.
 */
export function toRollouts(records: readonly DeploymentRecord[]): { rollouts: Rollout[]; skipped: Record<string, number> } {
  const skipped: Record<string, number> = {}
  const skip = (why: string): void => {
    skipped[why] = (skipped[why] ?? 0) + 1
  }
  const plain: Rollout[] = []
  const locks: Array<{ record: DeploymentRecord; rollout: Rollout; command: string }> = []
  for (const record of [...records].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)) {
    const payload = record.payload ?? {}
    const service = str(payload.service)
    if (!service) {
      skip('previews and records without a service')
      continue
    }
    const rollout: Rollout = {
      id: record.id,
      service,
      environment: record.environment,
      sha: record.sha,
      digest: str(payload.digest),
      version: str(payload.version),
      createdAt: record.createdAt,
      ...outcomeOf(record.statuses),
      rollback: false,
      redeploy: false,
    }
    if (typeof payload.request === 'string') locks.push({ record, rollout: { ...rollout, sha: '' }, command: str(payload.command) })
    else plain.push(rollout)
  }
  const claimed = new Set<number>()
  for (const lock of locks) {
    const covered = coveredBy(lock.record, lock.rollout, plain, claimed)
    const rollback = /^\/rollback\b/.test(lock.command)
    if (covered) {
      claimed.add(covered.id)
      covered.rollback ||= rollback
    } else if (lock.rollout.outcome === 'success') plain.push({ ...lock.rollout, rollback })
    else skip('chatops request that deployed nothing')
  }
  const rollouts: Rollout[] = []
  for (const r of markRollbacks(plain)) {
    if (r.outcome === 'error') skip('errored before deploying')
    else if (r.outcome === 'pending') skip('still in progress')
    else if (r.redeploy) skip('the live digest deployed again')
    else rollouts.push(r)
  }
  return { rollouts, skipped }
}

/**
 * The outcome from the statuses: success once any success was set, unless a failure or error
 * came after it (a failed verification); `inactive` only retires a success. Pure.
 */
export function outcomeOf(statuses: readonly StatusEvent[]): { outcome: Outcome; liveAt?: number; failedAt?: number; restored?: { from: number; at: number } } {
  const live = statuses.find((s) => s.state === 'success')
  const last = [...statuses].reverse().find((s) => s.state !== 'inactive')
  if (last && (last.state === 'failure' || last.state === 'error')) {
    if (live) return { outcome: 'failure', liveAt: live.at, failedAt: last.at }
    if (last.state === 'failure' && last.description?.startsWith(PROMOTE_REJECTED)) {
      // promote's own rollback: it ran, failed to confirm, and the previous digest was restored before this status.
      return { outcome: 'failure', failedAt: last.at, restored: { from: (statuses.find((s) => s.state === 'in_progress') ?? last).at, at: last.at } }
    }
    return { outcome: last.state, failedAt: last.at }
  }
  if (live) return { outcome: 'success', liveAt: live.at }
  return { outcome: 'pending' }
}

/** The promote record a chatops lock led to: same service, environment and digest, created while the lock was held. */
function coveredBy(lock: DeploymentRecord, rollout: Rollout, plain: readonly Rollout[], claimed: ReadonlySet<number>): Rollout | undefined {
  const released =
    lock.statuses.filter((s) => s.state !== 'inactive' && s.state !== 'in_progress' && s.state !== 'queued' && s.state !== 'pending').at(-1)?.at ?? Infinity
  return plain.find(
    (p) =>
      !claimed.has(p.id) &&
      p.service === rollout.service &&
      p.environment === rollout.environment &&
      p.digest === rollout.digest &&
      p.createdAt >= lock.createdAt &&
      p.createdAt <= released,
  )
}

/** In time order per service and environment: an earlier live digest again is a rollback; the live one again, a redeploy. */
function markRollbacks(rollouts: readonly Rollout[]): Rollout[] {
  const state = new Map<string, { live: string; seen: Set<string> }>()
  const sorted = [...rollouts].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)
  for (const r of sorted) {
    const key = `${r.service}\u0000${r.environment}`
    const s = state.get(key) ?? { live: '', seen: new Set<string>() }
    state.set(key, s)
    if (r.liveAt === undefined || !r.digest) continue
    if (r.digest === s.live) r.redeploy = r.outcome === 'success'
    else if (s.seen.has(r.digest)) r.rollback = true
    s.live = r.digest
    s.seen.add(r.digest)
  }
  return sorted
}

/** How promote's failure status starts when it rolled the environment back to the previous digest (actions/promote/src/rejected.ts). */
export const PROMOTE_REJECTED = 'rejected: '

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
