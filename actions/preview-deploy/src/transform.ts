import { formatName, parseReference } from '@cna/kit/registry'
import type { KubeObject } from '@cna/kit/k8s'

/**
 * What preview-deploy changes in each object, before the policy check and the apply. Pure.
 * - containers whose image repository is `image-ref`'s get `image-ref` (pinned by digest);
 * - namespaced objects go into the preview namespace;
 * - Ingress hosts become `<slug>.<domain>`;
 * - every object gets the preview's labels.
 */
export interface TransformOptions {
  imageRef: string
  namespace: string
  host: string
  labels: Record<string, string>
}

export interface PodSpecLike {
  containers?: Array<{ name?: string; image?: string }>
  initContainers?: Array<{ name?: string; image?: string }>
  ephemeralContainers?: Array<{ name?: string; image?: string }>
}

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'ReplicaSet', 'ReplicationController'] as const

/** The pod spec inside a workload, where its containers are. */
export function podSpecOf(obj: KubeObject): PodSpecLike | undefined {
  const spec = obj.spec as Record<string, unknown> | undefined
  if (!spec) return undefined
  if (obj.kind === 'Pod') return spec as PodSpecLike
  if (obj.kind === 'CronJob') return (spec.jobTemplate as { spec?: { template?: { spec?: PodSpecLike } } } | undefined)?.spec?.template?.spec
  if ((WORKLOAD_KINDS as readonly string[]).includes(obj.kind)) return (spec.template as { spec?: PodSpecLike } | undefined)?.spec
  return undefined
}

export function containersOf(obj: KubeObject): Array<{ name?: string; image?: string }> {
  const pod = podSpecOf(obj)
  return pod ? [...(pod.initContainers ?? []), ...(pod.containers ?? []), ...(pod.ephemeralContainers ?? [])] : []
}

function sameRepository(image: string, target: string): boolean {
  const a = parseReference(image)
  const b = parseReference(target)
  return !!a && !!b && formatName(a) === formatName(b)
}

export function transformObject(input: KubeObject, namespaced: boolean, opts: TransformOptions): KubeObject {
  const obj = structuredClone(input)
  obj.metadata.labels = { ...(obj.metadata.labels ?? {}), ...opts.labels }
  if (namespaced) obj.metadata.namespace = opts.namespace
  for (const container of containersOf(obj)) {
    if (container.image && sameRepository(container.image, opts.imageRef)) container.image = opts.imageRef
  }
  if (obj.kind === 'Ingress' && opts.host) {
    const spec = (obj.spec ?? {}) as { rules?: Array<{ host?: string }>; tls?: Array<{ hosts?: string[] }> }
    for (const rule of spec.rules ?? []) rule.host = opts.host
    for (const tls of spec.tls ?? []) tls.hosts = [opts.host]
  }
  // Namespaced objects that refer to their namespace by name (RoleBinding subjects) follow it.
  if (obj.kind === 'RoleBinding') {
    for (const subject of (obj as { subjects?: Array<{ kind?: string; namespace?: string }> }).subjects ?? []) {
      if (subject.kind === 'ServiceAccount') subject.namespace = opts.namespace
    }
  }
  return obj
}

/** Apply order: what others refer to first (config, accounts, services), workloads after, Ingress last. */
const ORDER = [
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'PersistentVolumeClaim',
  'Role',
  'RoleBinding',
  'Service',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Pod',
  'HorizontalPodAutoscaler',
  'Ingress',
]

export function applyOrder(a: KubeObject, b: KubeObject): number {
  const rank = (o: KubeObject): number => {
    const i = ORDER.indexOf(o.kind)
    return i < 0 ? ORDER.length : i
  }
  return rank(a) - rank(b)
}
