// The GitOps controllers of the emulated cluster: Argo CD's application controller and Flux's
// source- and kustomize-controllers, reduced to what a delivery pipeline observes. They sync a
// local git repository into the cluster and report status in the published shapes:
//  - Argo CD `Application` (argoproj.io/v1alpha1, pkg/apis/application/v1alpha1/types.go):
//    status.sync {status, revision}, status.health {status}, status.operationState {operation,
//    phase, message, syncResult {revision, resources}}, status.summary.images, status.resources[]
//    (each with its health), status.history; the `argocd.argoproj.io/refresh` annotation asks for
//    a refresh now and is removed when done; automated sync tries each revision once.
//  - Flux `GitRepository` (source.toolkit.fluxcd.io/v1): status.artifact.revision
//    `<branch>@sha1:<commit>`; `Kustomization` (kustomize.toolkit.fluxcd.io/v1,
//    docs/spec/v1/kustomizations.md): conditions Ready/Reconciling/Healthy with
//    observedGeneration, lastAttemptedRevision, lastAppliedRevision (set only once applied and,
//    with `wait`/`healthChecks`, healthy), inventory, lastHandledReconcileAt for
//    `reconcile.fluxcd.io/requestedAt`.
// Recorded examples of both statuses: ../fixtures/. Reconciles run one at a time per object.
import type { JsonObject } from '../apply.js'
import { meta, type Change, type Store } from '../store.js'
import { SERVED, type ServedType } from '../types.js'
import { reconcileApplication, refreshApplicationHealth, type ArgoState } from './argocd.js'
import { reconcileKustomization, reconcileGitRepository } from './flux.js'

export interface GitOpsControllerOptions {
  /** How often everything is reconciled unasked (Argo CD's timeout.reconciliation is 180 s; Flux uses spec.interval). Default 180 000 ms. */
  pollMs?: number
  /** How often Flux health checks look at the workloads (default 50 ms). */
  healthPollMs?: number
}

/** What the controllers need from the API server: apply as a field manager (throws the Status message). */
export interface ClusterWriter {
  store: Store
  apply(object: JsonObject, manager: string): JsonObject
}

const WATCHED = new Set(['Application', 'Kustomization', 'GitRepository'])
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Service'])
export const REFRESH = 'argocd.argoproj.io/refresh'
export const REQUESTED_AT = 'reconcile.fluxcd.io/requestedAt'

export class GitOpsController {
  private readonly chains = new Map<string, Promise<void>>()
  private readonly pending = new Set<string>()
  /** Per application: the last rendered desired state (compared again when live objects change). */
  readonly argo = new Map<string, ArgoState>()
  private readonly seenGeneration = new Map<string, number>()
  private readonly timer: NodeJS.Timeout
  private readonly unsubscribe: () => void
  private stopped = false
  /** Errors a reconcile threw (not reported through a status): a test can assert there are none. */
  readonly errors: Error[] = []

  constructor(
    private readonly cluster: ClusterWriter,
    private readonly opts: GitOpsControllerOptions = {},
  ) {
    this.unsubscribe = cluster.store.subscribe((change) => this.onChange(change))
    this.timer = setInterval(() => this.reconcileAll(), opts.pollMs ?? 180_000)
    this.timer.unref()
  }

  /** Reconciles every Application, GitRepository and Kustomization now (what the poll does). */
  reconcileAll(): void {
    for (const kind of ['GitRepository', 'Application', 'Kustomization']) {
      for (const object of this.cluster.store.listKind(kind)) this.enqueue(kind, object)
    }
  }

  /** Resolves when no reconcile is running or queued. */
  async idle(): Promise<void> {
    while (this.chains.size) await Promise.all([...this.chains.values()])
  }

  stop(): void {
    this.stopped = true
    clearInterval(this.timer)
    this.unsubscribe()
  }

  private onChange(change: Change): void {
    if (this.stopped || change.type === 'DELETED') return
    const kind = change.kind.kind
    const object = change.object
    if (WATCHED.has(kind)) {
      const key = keyOf(kind, object)
      const annotations = meta(object).annotations ?? {}
      const generation = meta(object).generation ?? 1
      const asked =
        kind === 'Application'
          ? REFRESH in annotations
          : kind === 'Kustomization'
            ? annotations[REQUESTED_AT] !== undefined &&
              annotations[REQUESTED_AT] !== (object.status as { lastHandledReconcileAt?: string } | undefined)?.lastHandledReconcileAt
            : false
      if (asked || this.seenGeneration.get(key) !== generation) {
        this.seenGeneration.set(key, generation)
        this.enqueue(kind, object)
      }
      return
    }
    // A managed object changed (a rollout progressed, or someone edited it by hand): Argo CD
    // compares again at once; Flux notices at its next interval (or in a running health check).
    if (WORKLOADS.has(kind)) {
      for (const app of this.cluster.store.listKind('Application')) {
        const state = this.argo.get(keyOf('Application', app))
        if (state?.desired.some((d) => d.kind === kind && meta(d).name === meta(object).name && meta(d).namespace === meta(object).namespace)) {
          this.serialize(keyOf('Application', app), async () => refreshApplicationHealth(this.cluster, app, state))
        }
      }
    }
  }

  private enqueue(kind: string, object: JsonObject): void {
    const key = keyOf(kind, object)
    if (this.pending.has(key)) return
    this.pending.add(key)
    this.serialize(key, async () => {
      this.pending.delete(key)
      const type = SERVED.find((t) => t.kind === kind) as ServedType
      const live = this.cluster.store.get(type, meta(object).namespace, meta(object).name)
      if (!live || this.stopped) return
      if (kind === 'Application') await reconcileApplication(this.cluster, live, this.argo)
      else if (kind === 'GitRepository') await reconcileGitRepository(this.cluster, live)
      else await reconcileKustomization(this.cluster, live, { healthPollMs: this.opts.healthPollMs ?? 50, stopped: () => this.stopped })
    })
  }

  private serialize(key: string, work: () => Promise<void>): void {
    const previous = this.chains.get(key) ?? Promise.resolve()
    const next = previous.then(work).catch((error: Error) => void this.errors.push(error))
    this.chains.set(key, next)
    void next.then(() => {
      if (this.chains.get(key) === next) this.chains.delete(key)
    })
  }
}

export function keyOf(kind: string, object: JsonObject): string {
  return `${kind}/${meta(object).namespace ?? ''}/${meta(object).name}`
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}
