// The API groups and kinds the emulator serves, as discovery reports them.
export interface ServedType {
  group: string
  version: string
  kind: string
  plural: string
  namespaced: boolean
  shortNames?: string[]
}

const T = (group: string, version: string, kind: string, plural: string, namespaced = true): ServedType => ({ group, version, kind, plural, namespaced })

export const SERVED: ServedType[] = [
  T('', 'v1', 'Namespace', 'namespaces', false),
  T('', 'v1', 'Node', 'nodes', false),
  T('', 'v1', 'Pod', 'pods'),
  T('', 'v1', 'Service', 'services'),
  T('', 'v1', 'ConfigMap', 'configmaps'),
  T('', 'v1', 'Secret', 'secrets'),
  T('', 'v1', 'ServiceAccount', 'serviceaccounts'),
  T('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims'),
  T('', 'v1', 'Event', 'events'),
  T('', 'v1', 'Endpoints', 'endpoints'),
  T('apps', 'v1', 'Deployment', 'deployments'),
  T('apps', 'v1', 'StatefulSet', 'statefulsets'),
  T('apps', 'v1', 'DaemonSet', 'daemonsets'),
  T('apps', 'v1', 'ReplicaSet', 'replicasets'),
  T('batch', 'v1', 'Job', 'jobs'),
  T('batch', 'v1', 'CronJob', 'cronjobs'),
  T('networking.k8s.io', 'v1', 'Ingress', 'ingresses'),
  T('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies'),
  T('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets'),
  T('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'),
  T('rbac.authorization.k8s.io', 'v1', 'Role', 'roles'),
  T('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings'),
  T('rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', false),
  T('rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', false),
  // The GitOps controllers' own kinds (their CRDs): see gitops/README.md.
  T('argoproj.io', 'v1alpha1', 'Application', 'applications'),
  T('kustomize.toolkit.fluxcd.io', 'v1', 'Kustomization', 'kustomizations'),
  T('source.toolkit.fluxcd.io', 'v1', 'GitRepository', 'gitrepositories'),
]

/** `group/version` + kind → the served type, as a manifest names it. */
export function typeOf(apiVersion: string, kind: string): ServedType | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion]
  return SERVED.find((t) => t.group === group && t.version === version && t.kind === kind)
}

export function apiVersionOf(t: ServedType): string {
  return t.group ? `${t.group}/${t.version}` : t.version
}

export function findType(group: string, version: string, plural: string): ServedType | undefined {
  return SERVED.find((t) => t.group === group && t.version === version && t.plural === plural)
}

/** `deployments.apps`, as Status messages name a resource. */
export function qualified(t: ServedType): string {
  return t.group ? `${t.plural}.${t.group}` : t.plural
}
