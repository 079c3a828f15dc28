// The local stand-in for Argo CD in the story: it watches the GitOps repository and runs what
// each environment's kustomization pins (the image by digest) as a container on that
// environment's port, so the integration and acceptance tests after a promotion reach the
// version the GitOps commit names — and only once that commit is applied.
// With `cluster`, it also reports as Argo CD does: one Application per environment
// (`sensor-api-<environment>` in `argocd`) whose status says the revision it synced, the sync
// operation, its health and summary.images (the shapes of the emulator's own Argo CD controller
// and tools/kubernetes-emulator/fixtures/), and a Pod per running container with its imageID.
// Healthy only once the container answers on its port: promote's wait-for: argocd reads this,
// so a promotion returns only when the new digest serves.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { startContainer, type RunningContainer } from '../parts/container.ts'
import type { KubernetesEmulator } from '../kubernetes-emulator/emulator.ts'
import { typeOf } from '../kubernetes-emulator/types.ts'

const run = promisify(execFile)

export interface Applied {
  environment: string
  /** The GitOps commit applied. */
  commit: string
  imageRef: string
  url: string
  /** When the container first answered on its port (ms since the epoch); 0 when it never did. */
  servingAt: number
}

export interface GitOpsApplier {
  /** What runs in each environment now. */
  running(): Map<string, Applied>
  /** Everything applied, in order. */
  history: Applied[]
  stop(): Promise<void>
}

/** `name@sha256:…` of the image a kustomization pins, or undefined when none is pinned by digest. */
export function pinnedImage(kustomization: string): string | undefined {
  const doc = parse(kustomization) as { images?: { name?: string; newName?: string; digest?: string }[] } | null
  const entry = doc?.images?.find((i) => typeof i.digest === 'string' && i.digest.startsWith('sha256:'))
  return entry ? `${entry.newName ?? entry.name}@${entry.digest}` : undefined
}

export async function startGitOpsApplier(opts: {
  /** The GitOps repository (bare or not). */
  repo: string
  branch?: string
  /** environment → { path of its kustomization in the repository, port it is served on } */
  environments: Record<string, { path: string; port: number }>
  containersEnv: Record<string, string>
  intervalMs?: number
  /** Where to report as Argo CD (an emulator without its own GitOps controllers). */
  cluster?: KubernetesEmulator
}): Promise<GitOpsApplier> {
  const branch = opts.branch ?? 'main'
  const running = new Map<string, Applied>()
  const containers = new Map<string, RunningContainer>()
  const history: Applied[] = []
  let stopped = false
  let busy: Promise<void> = Promise.resolve()
  const report = opts.cluster ? reporter(opts.cluster, opts.repo, branch) : undefined

  const reconcile = async (): Promise<void> => {
    const commit = (await run('git', ['--git-dir', gitDir(opts.repo), 'rev-parse', `refs/heads/${branch}`])).stdout.trim()
    for (const [environment, { path, port }] of Object.entries(opts.environments)) {
      const file = await run('git', ['--git-dir', gitDir(opts.repo), 'show', `${commit}:${path}`]).then(
        (r) => r.stdout,
        () => '',
      )
      const imageRef = pinnedImage(file)
      const current = running.get(environment)
      if (!imageRef || current?.imageRef === imageRef) {
        report?.(environment, commit, imageRef && current ? { imageRef, phase: current.servingAt ? 'Succeeded' : 'Degraded' } : undefined)
        continue
      }
      report?.(environment, commit, { imageRef, phase: 'Running' })
      await containers.get(environment)?.stop()
      containers.set(environment, await startContainer({ image: imageRef, env: opts.containersEnv, port }))
      const url = `http://127.0.0.1:${port}`
      const applied = { environment, commit, imageRef, url, servingAt: (await answers(url)) ? Date.now() : 0 }
      running.set(environment, applied)
      history.push(applied)
      report?.(environment, commit, applied.servingAt ? { imageRef, phase: 'Succeeded' } : { imageRef, phase: 'Degraded' })
    }
  }
  const loop = async (): Promise<void> => {
    while (!stopped) {
      busy = reconcile().catch(() => undefined)
      await busy
      await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 300))
    }
  }
  void loop()
  return {
    running: () => new Map(running),
    history,
    stop: async () => {
      stopped = true
      await busy
      await Promise.all([...containers.values()].map((c) => c.stop()))
    },
  }
}

/** Waits (up to a minute) for the container to answer HTTP on its port. */
async function answers(url: string): Promise<boolean> {
  const end = Date.now() + 60_000
  while (Date.now() < end) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      () => true,
      () => false,
    )
    if (ok) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

type Sync = { imageRef: string; phase: 'Running' | 'Succeeded' | 'Degraded' } | undefined

/** Writes each environment's Application (and the Pod its container is) as Argo CD would show them. */
function reporter(cluster: KubernetesEmulator, repoURL: string, branch: string): (environment: string, commit: string, sync: Sync) => void {
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  for (const name of ['argocd']) cluster.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
  return (environment, commit, sync) => {
    const namespace = `sensor-api-${environment}`
    if (!cluster.store.find('Namespace', undefined, namespace)) cluster.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } })
    const name = `sensor-api-${environment}`
    const live = cluster.store.find('Application', 'argocd', name) as
      { metadata: { annotations?: Record<string, string> }; status?: { operationState?: unknown; health?: { status: string } } } | undefined
    const source = { repoURL, path: `envs/${environment}`, targetRevision: branch }
    const destination = { server: 'https://kubernetes.default.svc', namespace }
    const health = !sync ? 'Missing' : sync.phase === 'Succeeded' ? 'Healthy' : sync.phase === 'Running' ? 'Progressing' : 'Degraded'
    const operationState = sync
      ? {
          operation: { sync: { revision: commit }, initiatedBy: { automated: true }, retry: {} },
          phase: sync.phase === 'Running' ? 'Running' : 'Succeeded',
          message: sync.phase === 'Running' ? 'one or more tasks are running' : 'successfully synced (all tasks run)',
          syncResult: {
            revision: commit,
            source,
            resources: [
              {
                group: 'apps',
                version: 'v1',
                kind: 'Deployment',
                namespace,
                name: 'sensor-api',
                status: 'Synced',
                message: 'deployment.apps/sensor-api configured',
                hookPhase: 'Running',
                syncPhase: 'Sync',
              },
            ],
          },
        }
      : live?.status?.operationState
    const annotations = { ...(live?.metadata.annotations ?? {}) }
    // A refresh request is served by this pass, and removed as Argo CD removes it.
    delete annotations['argocd.argoproj.io/refresh']
    const application = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace: 'argocd', annotations },
      spec: { project: 'default', source, destination, syncPolicy: { automated: { prune: true } } },
      status: {
        sync: { status: sync ? 'Synced' : 'OutOfSync', revision: commit, comparedTo: { source, destination } },
        health: {
          status: health,
          lastTransitionTime:
            live?.status?.health?.status === health ? ((live.status.health as { lastTransitionTime?: string }).lastTransitionTime ?? now()) : now(),
        },
        ...(operationState ? { operationState } : {}),
        resources: [
          {
            group: 'apps',
            version: 'v1',
            kind: 'Deployment',
            namespace,
            name: 'sensor-api',
            status: sync ? 'Synced' : 'OutOfSync',
            health: { status: health },
          },
        ],
        summary: sync && sync.phase !== 'Degraded' ? { images: [sync.imageRef] } : {},
        sourceType: 'Kustomize',
        controllerNamespace: 'argocd',
      },
    }
    cluster.seed(JSON.parse(JSON.stringify(application)) as Parameters<KubernetesEmulator['seed']>[0])
    // The container is the pod: its imageID is the digest that serves.
    const podName = sync ? `sensor-api-${sync.imageRef.slice(-10)}` : ''
    for (const pod of cluster.store.listKind('Pod', namespace)) {
      const existing = (pod.metadata as { name: string }).name
      if (sync?.phase !== 'Succeeded' || existing !== podName) cluster.store.remove(typeOf('v1', 'Pod')!, namespace, existing)
    }
    if (sync?.phase === 'Succeeded' && !cluster.store.find('Pod', namespace, podName)) {
      cluster.seed({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: podName, namespace, labels: { app: 'sensor-api' } },
        spec: { containers: [{ name: 'api', image: sync.imageRef }] },
        status: {
          phase: 'Running',
          containerStatuses: [
            {
              name: 'api',
              image: sync.imageRef,
              imageID: sync.imageRef,
              ready: true,
              started: true,
              restartCount: 0,
              state: { running: { startedAt: now() } },
            },
          ],
        },
      })
    }
  }
}

function gitDir(repo: string): string {
  return repo.endsWith('.git') ? repo : `${repo}/.git`
}
