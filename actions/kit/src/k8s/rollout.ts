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

type Conditions = Array<{ type: string; status: string; reason?: string; message?: string }>

export const ROLLOUT_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const

export function rolloutState(obj: KubeObject): RolloutState {
  const spec = (obj.spec ?? {}) as Record<string, unknown>
  const status = (obj.status ?? {}) as Record<string, number | undefined | Conditions>
  const generation = obj.metadata.generation ?? 0
  const observed = (status.observedGeneration as number | undefined) ?? 0
  const name = `${obj.kind}/${obj.metadata.name}`
  if (observed < generation) return { done: false, message: `${name}: waiting for the controller to see generation ${generation}` }
  const n = (key: string): number => (status[key] as number | undefined) ?? 0
  if (obj.kind === 'Deployment') {
    const conditions = (status.conditions as Conditions | undefined) ?? []
    const progressing = conditions.find((c) => c.type === 'Progressing')
    if (progressing?.reason === 'ProgressDeadlineExceeded') return { done: false, failed: true, message: `${name} exceeded its progress deadline` }
    const replicas = (spec.replicas as number | undefined) ?? 1
    if (n('updatedReplicas') < replicas) return { done: false, message: `${name}: ${n('updatedReplicas')} of ${replicas} updated replicas` }
    if (n('replicas') > n('updatedReplicas')) return { done: false, message: `${name}: ${n('replicas') - n('updatedReplicas')} old replicas pending termination` }
    if (n('availableReplicas') < n('updatedReplicas')) return { done: false, message: `${name}: ${n('availableReplicas')} of ${n('updatedReplicas')} updated replicas available` }
    return { done: true, message: `${name} rolled out` }
  }
  if (obj.kind === 'StatefulSet') {
    const replicas = (spec.replicas as number | undefined) ?? 1
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

const WAITING_REASONS = new Set(['ImagePullBackOff', 'ErrImagePull', 'CrashLoopBackOff', 'CreateContainerConfigError', 'CreateContainerError', 'InvalidImageName', 'RunContainerError'])

/**
 * Why pods are not ready, from their status and events: images that cannot be pulled,
 * containers that crash, pods no node can take. Pure.
 */
export function podProblems(pods: KubeObject[], events: KubeObject[] = []): PodProblem[] {
  const problems: PodProblem[] = []
  for (const pod of pods) {
    const name = pod.metadata.name
    const status = (pod.status ?? {}) as {
      conditions?: Conditions
      containerStatuses?: Array<{ name: string; state?: { waiting?: { reason?: string; message?: string }; terminated?: { reason?: string; exitCode?: number } }; lastState?: { terminated?: { reason?: string; exitCode?: number } }; restartCount?: number }>
      initContainerStatuses?: Array<{ name: string; state?: { waiting?: { reason?: string; message?: string } } }>
    }
    const before = problems.length
    for (const c of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
      const waiting = c.state?.waiting
      if (waiting?.reason && WAITING_REASONS.has(waiting.reason)) {
        const last = (c as { lastState?: { terminated?: { exitCode?: number; reason?: string } } }).lastState?.terminated
        const extra = waiting.reason === 'CrashLoopBackOff' && last ? ` (last exit code ${last.exitCode ?? '?'}${last.reason ? `, ${last.reason}` : ''})` : ''
        problems.push({ pod: name, container: c.name, reason: waiting.reason, message: `${waiting.message ?? ''}${extra}`.trim() })
      }
    }
    const scheduled = status.conditions?.find((c) => c.type === 'PodScheduled')
    if (scheduled?.status === 'False') problems.push({ pod: name, reason: scheduled.reason ?? 'Unschedulable', message: scheduled.message ?? '' })
    if (problems.length > before) continue
    // No reason in the status yet: the newest warning event about the pod says it.
    const warning = events
      .filter((e) => (e.involvedObject as { name?: string } | undefined)?.name === name && e.type === 'Warning')
      .sort((a, b) => String(a.lastTimestamp ?? '').localeCompare(String(b.lastTimestamp ?? '')))
      .pop()
    if (warning) problems.push({ pod: name, reason: String(warning.reason ?? 'Warning'), message: String(warning.message ?? '') })
  }
  // Events add detail (the registry's answer, the scheduler's reasoning) to what the status says.
  for (const problem of problems) {
    if (problem.message) continue
    const event = events.find((e) => (e.involvedObject as { name?: string } | undefined)?.name === problem.pod && e.type === 'Warning')
    if (event) problem.message = String(event.message ?? '')
  }
  return problems
}

/** `a=b,c=d` from a selector's matchLabels (matchExpressions with In/NotIn/Exists too). */
export function selectorString(selector: { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> } | undefined): string {
  const parts = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`)
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${(e.values ?? []).join(',')})`)
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`)
    else if (e.operator === 'Exists') parts.push(e.key)
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`)
  }
  return parts.join(',')
}
