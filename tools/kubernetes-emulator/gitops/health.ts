// Health of the workloads a GitOps controller applied, each controller in its own words:
// Argo CD's health checks (gitops-engine pkg/health: health_deployment.go and friends) and
// Flux's kstatus (sigs.k8s.io/cli-utils/pkg/kstatus: Current, InProgress, Failed).
import type { JsonObject } from '../apply.js'
import { meta } from '../store.js'

export type ArgoHealth = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown'
export type KStatus = 'Current' | 'InProgress' | 'Failed' | 'NotFound'

interface WorkloadStatus {
  observedGeneration?: number
  replicas?: number
  updatedReplicas?: number
  readyReplicas?: number
  availableReplicas?: number
  currentReplicas?: number
  desiredNumberScheduled?: number
  updatedNumberScheduled?: number
  numberAvailable?: number
  conditions?: Array<{ type: string; status: string; reason?: string }>
}

/** Argo CD's health of one live object; undefined for kinds it has no health check for (ConfigMap, ...). */
export function argoHealth(kind: string, live: JsonObject | undefined): { status: ArgoHealth; message?: string } | undefined {
  if (!live) return { status: 'Missing' }
  const name = meta(live).name
  const generation = meta(live).generation ?? 1
  const spec = (live.spec ?? {}) as { replicas?: number }
  const s = (live.status ?? {}) as WorkloadStatus
  const replicas = spec.replicas ?? 1
  switch (kind) {
    case 'Deployment': {
      if (generation > (s.observedGeneration ?? 0))
        return { status: 'Progressing', message: 'Waiting for rollout to finish: observed deployment generation less than desired generation' }
      if (s.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded'))
        return { status: 'Degraded', message: `Deployment "${name}" exceeded its progress deadline` }
      if ((s.updatedReplicas ?? 0) < replicas)
        return {
          status: 'Progressing',
          message: `Waiting for rollout to finish: ${s.updatedReplicas ?? 0} out of ${replicas} new replicas have been updated...`,
        }
      if ((s.replicas ?? 0) > (s.updatedReplicas ?? 0))
        return {
          status: 'Progressing',
          message: `Waiting for rollout to finish: ${(s.replicas ?? 0) - (s.updatedReplicas ?? 0)} old replicas are pending termination...`,
        }
      if ((s.availableReplicas ?? 0) < (s.updatedReplicas ?? 0))
        return {
          status: 'Progressing',
          message: `Waiting for rollout to finish: ${s.availableReplicas ?? 0} of ${s.updatedReplicas ?? 0} updated replicas are available...`,
        }
      return { status: 'Healthy' }
    }
    case 'StatefulSet':
      if (generation > (s.observedGeneration ?? 0)) return { status: 'Progressing', message: 'Waiting for statefulset spec update to be observed...' }
      if ((s.readyReplicas ?? 0) < replicas) return { status: 'Progressing', message: `Waiting for ${replicas - (s.readyReplicas ?? 0)} pods to be ready...` }
      return { status: 'Healthy', message: `partitioned roll out complete: ${s.currentReplicas ?? replicas} new pods have been updated...` }
    case 'DaemonSet':
      if (generation > (s.observedGeneration ?? 0))
        return { status: 'Progressing', message: 'Waiting for rollout to finish: observed daemon set generation less than desired generation' }
      if ((s.numberAvailable ?? 0) < (s.desiredNumberScheduled ?? 0))
        return {
          status: 'Progressing',
          message: `Waiting for daemon set "${name}" rollout to finish: ${s.numberAvailable ?? 0} of ${s.desiredNumberScheduled ?? 0} updated pods are available...`,
        }
      return { status: 'Healthy' }
    case 'Service':
    case 'Ingress':
    case 'PersistentVolumeClaim':
      return { status: 'Healthy' }
    default:
      return undefined
  }
}

/** Worst first, as Argo CD aggregates an application's health from its resources. */
const ORDER: ArgoHealth[] = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown']

export function worst(healths: readonly ArgoHealth[]): ArgoHealth {
  return healths.reduce<ArgoHealth>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'Healthy')
}

/** kstatus of one live object, as Flux's health checks read it. */
export function kstatus(kind: string, live: JsonObject | undefined): KStatus {
  const health = argoHealth(kind, live)
  if (!health) return 'Current'
  if (health.status === 'Missing') return 'NotFound'
  // kstatus calls a Deployment whose Progressing condition says ProgressDeadlineExceeded Failed (a stalled resource).
  if (health.status === 'Degraded') return 'Failed'
  return health.status === 'Healthy' ? 'Current' : 'InProgress'
}
