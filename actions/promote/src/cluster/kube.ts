import { podProblems, type KubeClient, type KubeObject } from '@cna/kit/k8s'
import type { Controller, ControllerReader } from './wait.js'

/** Where each controller's objects live in the Kubernetes API. */
export function controllerPath(controller: Controller, namespace: string, name: string): string {
  const ns = encodeURIComponent(namespace)
  const n = encodeURIComponent(name)
  return controller === 'argocd'
    ? `/apis/argoproj.io/v1alpha1/namespaces/${ns}/applications/${n}`
    : `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${ns}/kustomizations/${n}`
}

/**
 * The refresh request each controller documents: Argo CD's `argocd.argoproj.io/refresh: normal`
 * (the controller removes it when done), Flux's `reconcile.fluxcd.io/requestedAt: <any new value>`.
 */
export function refreshPatch(controller: Controller, at: Date): { metadata: { annotations: Record<string, string> } } {
  return {
    metadata: { annotations: controller === 'argocd' ? { 'argocd.argoproj.io/refresh': 'normal' } : { 'reconcile.fluxcd.io/requestedAt': at.toISOString() } },
  }
}

/** The digests a pod's containers run: imageID when the kubelet reported it, else the image reference. */
export function podDigests(pod: KubeObject): string[] {
  const statuses = ((pod.status ?? {}) as { containerStatuses?: Array<{ image?: string; imageID?: string }> }).containerStatuses ?? []
  const spec = ((pod.spec ?? {}) as { containers?: Array<{ image?: string }> }).containers ?? []
  const refs = [...statuses.flatMap((c) => [c.imageID ?? '', c.image ?? '']), ...spec.map((c) => c.image ?? '')]
  return [...new Set(refs.map((r) => /@(sha256:[0-9a-f]{64})$/.exec(r)?.[1]).filter((d): d is string => !!d))]
}

export function kubeReader(client: KubeClient, controller: Controller, namespace: string, name: string, now: () => Date = () => new Date()): ControllerReader {
  const path = controllerPath(controller, namespace, name)
  return {
    read: () => client.get(path),
    refresh: async () => {
      await client.request('PATCH', path, { body: refreshPatch(controller, now()), contentType: 'application/merge-patch+json' })
    },
    pods: async (podNamespace, digest) => {
      const pods = (await client.list(`/api/v1/namespaces/${encodeURIComponent(podNamespace)}/pods`)).items.filter((p) => podDigests(p).includes(digest))
      if (!pods.length) return { count: 0, problems: [] }
      const events = (await client.list(`/api/v1/namespaces/${encodeURIComponent(podNamespace)}/events`)).items
      return { count: pods.length, problems: podProblems(pods, events) }
    },
  }
}
