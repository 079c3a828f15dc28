/**
 * Where each kind lives in the Kubernetes REST API: group, version, plural and scope. The
 * kinds a service's manifests usually hold are known; any other is found by discovery
 * (`GET /apis/<group>/<version>`), once per group version.
 */
export interface KubeObject {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
    resourceVersion?: string
    uid?: string
    generation?: number
    creationTimestamp?: string
    deletionTimestamp?: string
    ownerReferences?: Array<{ kind: string; name: string; uid?: string }>
    [key: string]: unknown
  }
  spec?: Record<string, unknown>
  status?: Record<string, unknown>
  [key: string]: unknown
}

export interface ResourceType {
  apiVersion: string
  kind: string
  plural: string
  namespaced: boolean
}

const KNOWN: Array<[apiVersion: string, kind: string, plural: string, namespaced: boolean]> = [
  ['v1', 'Namespace', 'namespaces', false],
  ['v1', 'Pod', 'pods', true],
  ['v1', 'Service', 'services', true],
  ['v1', 'ConfigMap', 'configmaps', true],
  ['v1', 'Secret', 'secrets', true],
  ['v1', 'ServiceAccount', 'serviceaccounts', true],
  ['v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true],
  ['v1', 'PersistentVolume', 'persistentvolumes', false],
  ['v1', 'Event', 'events', true],
  ['v1', 'Endpoints', 'endpoints', true],
  ['v1', 'LimitRange', 'limitranges', true],
  ['v1', 'ResourceQuota', 'resourcequotas', true],
  ['apps/v1', 'Deployment', 'deployments', true],
  ['apps/v1', 'StatefulSet', 'statefulsets', true],
  ['apps/v1', 'DaemonSet', 'daemonsets', true],
  ['apps/v1', 'ReplicaSet', 'replicasets', true],
  ['batch/v1', 'Job', 'jobs', true],
  ['batch/v1', 'CronJob', 'cronjobs', true],
  ['networking.k8s.io/v1', 'Ingress', 'ingresses', true],
  ['networking.k8s.io/v1', 'NetworkPolicy', 'networkpolicies', true],
  ['networking.k8s.io/v1', 'IngressClass', 'ingressclasses', false],
  ['policy/v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true],
  ['autoscaling/v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true],
  ['rbac.authorization.k8s.io/v1', 'Role', 'roles', true],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', 'rolebindings', true],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'clusterroles', false],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'clusterrolebindings', false],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'customresourcedefinitions', false],
  ['storage.k8s.io/v1', 'StorageClass', 'storageclasses', false],
]

export const knownTypes: ResourceType[] = KNOWN.map(([apiVersion, kind, plural, namespaced]) => ({ apiVersion, kind, plural, namespaced }))

export function knownType(apiVersion: string, kind: string): ResourceType | undefined {
  return knownTypes.find((t) => t.apiVersion === apiVersion && t.kind === kind)
}

/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
export function groupVersionPath(apiVersion: string): string {
  return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`
}

/** The collection path (in `namespace` when the type is namespaced), or one object's path with `name`. */
export function resourcePath(type: ResourceType, namespace?: string, name?: string): string {
  const base = groupVersionPath(type.apiVersion)
  const ns = type.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : ''
  return `${base}${ns}/${type.plural}${name ? `/${encodeURIComponent(name)}` : ''}`
}

/** `Deployment/api` or `apps/v1 Deployment dev-x/api`, for messages. */
export function describeObject(obj: Pick<KubeObject, 'kind' | 'metadata'>): string {
  return `${obj.kind}/${obj.metadata.name}`
}
