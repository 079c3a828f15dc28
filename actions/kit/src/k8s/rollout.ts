import { isRecord, valueAt } from '../guards.js'
import type { KubeObject } from './resources.js'

/**
 * Rollout status, as `kubectl rollout status` decides it, from one object's spec and status.
 * Pure. `failed` is set when the controller itself gave up (ProgressDeadlineExceeded).
 */
export interface RolloutState {
  done: boolean
  failed?: boolean
  message: string
}

interface Condition {
  type: string
  status: string
  reason?: string
  message?: string
}

/** The number at `path` in an object read from the API server; 0 when absent. */
function count(doc: unknown, ...path: string[]): number {
  const value = valueAt(doc, ...path)
  return typeof value === 'number' ? value : 0
}

function text(doc: unknown, ...path: string[]): string | undefined {
  const value = valueAt(doc, ...path)
  return typeof value === 'string' ? value : undefined
}

/** `status.conditions` (any kind), the well-formed entries only. */
function conditionsOf(obj: unknown): Condition[] {
  const list = valueAt(obj, 'status', 'conditions')
  if (!Array.isArray(list)) return []
  return list.filter(isRecord).map((c) => ({
    type: String(c.type),
    status: String(c.status),
    ...(typeof c.reason === 'string' ? { reason: c.reason } : {}),
    ...(typeof c.message === 'string' ? { message: c.message } : {}),
  }))
}

export const ROLLOUT_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const

export function rolloutState(obj: KubeObject): RolloutState {
  const generation = obj.metadata.generation ?? 0
  const observed = count(obj, 'status', 'observedGeneration')
  const name = `${obj.kind}/${obj.metadata.name}`
  if (observed < generation) return { done: false, message: `${name}: waiting for the controller to see generation ${generation}` }
  const n = (key: string): number => count(obj, 'status', key)
  const replicas = typeof valueAt(obj, 'spec', 'replicas') === 'number' ? count(obj, 'spec', 'replicas') : 1
  if (obj.kind === 'Deployment') {
    const progressing = conditionsOf(obj).find((c) => c.type === 'Progressing')
    if (progressing?.reason === 'ProgressDeadlineExceeded') return { done: false, failed: true, message: `${name} exceeded its progress deadline` }
    if (n('updatedReplicas') < replicas) return { done: false, message: `${name}: ${n('updatedReplicas')} of ${replicas} updated replicas` }
    if (n('replicas') > n('updatedReplicas'))
      return { done: false, message: `${name}: ${n('replicas') - n('updatedReplicas')} old replicas pending termination` }
    if (n('availableReplicas') < n('updatedReplicas'))
      return { done: false, message: `${name}: ${n('availableReplicas')} of ${n('updatedReplicas')} updated replicas available` }
    return { done: true, message: `${name} rolled out` }
  }
  if (obj.kind === 'StatefulSet') {
    if (n('readyReplicas') < replicas) return { done: false, message: `${name}: ${n('readyReplicas')} of ${replicas} pods ready` }
    if (n('updatedReplicas') < replicas) return { done: false, message: `${name}: ${n('updatedReplicas')} of ${replicas} pods updated` }
    return { done: true, message: `${name} rolled out` }
  }
  if (obj.kind === 'DaemonSet') {
    const desired = n('desiredNumberScheduled')
    if (n('updatedNumberScheduled') < desired) return { done: false, message: `${name}: ${n('updatedNumberScheduled')} of ${desired} pods updated` }
    if (n('numberAvailable') < desired) return { done: false, message: `${name}: ${n('numberAvailable')} of ${desired} pods available` }
    return { done: true, message: `${name} rolled out` }
  }
  return { done: true, message: `${name} has no rollout` }
}

export interface PodProblem {
  pod: string
  container?: string
  reason: string
  message: string
}

const WAITING_REASONS = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
  'InvalidImageName',
  'RunContainerError',
])

/**
 * Why pods are not ready, from their status and events: images that cannot be pulled,
 * containers that crash, pods no node can take. Pure.
 */
export function podProblems(pods: KubeObject[], events: KubeObject[] = []): PodProblem[] {
  const problems: PodProblem[] = []
  for (const pod of pods) {
    const name = pod.metadata.name
    const before = problems.length
    const statuses = ['initContainerStatuses', 'containerStatuses'].flatMap((key) => valueAt(pod, 'status', key)).filter(isRecord)
    for (const c of statuses) {
      const reason = text(c, 'state', 'waiting', 'reason')
      if (reason && WAITING_REASONS.has(reason)) {
        const last = valueAt(c, 'lastState', 'terminated')
        const exitCode = valueAt(last, 'exitCode')
        const lastReason = text(last, 'reason')
        const extra =
          reason === 'CrashLoopBackOff' && isRecord(last)
            ? ` (last exit code ${typeof exitCode === 'number' ? exitCode : '?'}${lastReason ? `, ${lastReason}` : ''})`
            : ''
        problems.push({ pod: name, container: String(c.name), reason, message: `${text(c, 'state', 'waiting', 'message') ?? ''}${extra}`.trim() })
      }
    }
    const scheduled = conditionsOf(pod).find((c) => c.type === 'PodScheduled')
    if (scheduled?.status === 'False') problems.push({ pod: name, reason: scheduled.reason ?? 'Unschedulable', message: scheduled.message ?? '' })
    if (problems.length > before) continue
    // No reason in the status yet: the newest warning event about the pod says it.
    const warning = events
      .filter((e) => text(e, 'involvedObject', 'name') === name && e.type === 'Warning')
      .sort((a, b) => String(a.lastTimestamp ?? '').localeCompare(String(b.lastTimestamp ?? '')))
      .pop()
    if (warning) problems.push({ pod: name, reason: String(warning.reason ?? 'Warning'), message: String(warning.message ?? '') })
  }
  // Events add detail (the registry's answer, the scheduler's reasoning) to what the status says.
  for (const problem of problems) {
    if (problem.message) continue
    const event = events.find((e) => text(e, 'involvedObject', 'name') === problem.pod && e.type === 'Warning')
    if (event) problem.message = String(event.message ?? '')
  }
  return problems
}

/** `a=b,c=d` from a selector's matchLabels (matchExpressions with In/NotIn/Exists too). */
export function selectorString(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> } | undefined,
): string {
  const parts = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`)
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${(e.values ?? []).join(',')})`)
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`)
    else if (e.operator === 'Exists') parts.push(e.key)
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`)
  }
  return parts.join(',')
}
