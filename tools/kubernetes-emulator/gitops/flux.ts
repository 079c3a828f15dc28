// Flux's source-controller (GitRepository: the branch's commit as an artifact revision
// `<branch>@sha1:<commit>`) and kustomize-controller (Kustomization: build, apply, health
// checks, status), as kustomizations.md (v1) documents them; see controller.ts.
import { createHash } from 'node:crypto'
import type { JsonObject } from '../apply.js'
import { meta } from '../store.js'
import { typeOf } from '../types.js'
import { now, REQUESTED_AT, type ClusterWriter } from './controller.js'
import { kstatus } from './health.js'
import { liveOf, place, ref } from './objects.js'
import { render, resolveRevision } from './render.js'

const MANAGER = 'kustomize-controller'

interface GitRepositorySpec {
  url?: string
  ref?: { branch?: string; tag?: string; commit?: string }
}

interface KustomizationSpec {
  sourceRef?: { kind?: string; name?: string; namespace?: string }
  path?: string
  targetNamespace?: string
  interval?: string
  timeout?: string
  wait?: boolean
  healthChecks?: Array<{ apiVersion?: string; kind?: string; name?: string; namespace?: string }>
  suspend?: boolean
}

interface Condition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  reason: string
  message: string
  observedGeneration: number
  lastTransitionTime: string
}

/** The source-controller: fetch the branch, publish its commit as the artifact revision. */
export async function reconcileGitRepository(cluster: ClusterWriter, repo: JsonObject): Promise<string> {
  const spec = (repo.spec ?? {}) as GitRepositorySpec
  // GitRepository's default reference is the master branch (source-controller's gitrepositories.md).
  const branch = spec.ref?.branch ?? 'master'
  const generation = meta(repo).generation ?? 1
  const status = structuredClone((repo.status ?? {}) as JsonObject)
  let revision = ''
  try {
    const commit = await resolveRevision(spec.url ?? '', spec.ref?.commit ?? spec.ref?.tag ?? `refs/heads/${branch}`)
    revision = `${spec.ref?.tag ?? branch}@sha1:${commit}`
    status.artifact = {
      path: `gitrepository/${meta(repo).namespace}/${meta(repo).name}/${commit}.tar.gz`,
      url: `http://source-controller.flux-system.svc.cluster.local./gitrepository/${meta(repo).namespace}/${meta(repo).name}/${commit}.tar.gz`,
      revision,
      digest: `sha256:${createHash('sha256').update(commit).digest('hex')}`,
      lastUpdateTime: now(),
    }
    status.conditions = [
      condition(status, 'Ready', 'True', 'Succeeded', `stored artifact for revision '${revision}'`, generation),
      condition(status, 'ArtifactInStorage', 'True', 'Succeeded', `stored artifact for revision '${revision}'`, generation),
    ]
  } catch (error) {
    status.conditions = [
      condition(status, 'Ready', 'False', 'GitOperationFailed', `failed to checkout and determine revision: ${(error as Error).message}`, generation),
    ]
  }
  status.observedGeneration = generation
  put(cluster, 'GitRepository', repo, status)
  return revision
}

export async function reconcileKustomization(cluster: ClusterWriter, ks: JsonObject, opts: { healthPollMs: number; stopped: () => boolean }): Promise<void> {
  const spec = (ks.spec ?? {}) as KustomizationSpec
  if (spec.suspend) return
  const namespace = meta(ks).namespace ?? 'default'
  const generation = meta(ks).generation ?? 1
  const status = structuredClone((ks.status ?? {}) as JsonObject)
  const requested = meta(ks).annotations?.[REQUESTED_AT]
  if (requested !== undefined) status.lastHandledReconcileAt = requested
  const fail = (reason: string, message: string): void => {
    status.conditions = [
      condition(status, 'Reconciling', 'True', 'ProgressingWithRetry', message, generation),
      condition(status, 'Ready', 'False', reason, message, generation),
      ...(reason === 'HealthCheckFailed' ? [condition(status, 'Healthy', 'False', reason, message, generation)] : []),
    ]
    status.observedGeneration = generation
    put(cluster, 'Kustomization', ks, status)
  }

  const sourceNamespace = spec.sourceRef?.namespace ?? namespace
  const source = cluster.store.find('GitRepository', sourceNamespace, spec.sourceRef?.name ?? '')
  if (!source) return fail('ArtifactFailed', `Source '${spec.sourceRef?.kind ?? 'GitRepository'}/${sourceNamespace}/${spec.sourceRef?.name ?? ''}' not found`)
  // The Kustomization reads the artifact the source-controller published; refresh it first, as the
  // source's own interval would have.
  const revision = await reconcileGitRepository(cluster, source)
  if (!revision) return fail('ArtifactFailed', `Source artifact not found, retrying in 30s`)
  const timeout = parseDuration(spec.timeout ?? spec.interval ?? '5m')
  status.lastAttemptedRevision = revision
  status.conditions = [
    condition(
      status,
      'Reconciling',
      'True',
      'Progressing',
      `Fetching manifests for revision ${revision} with a timeout of ${formatDuration(timeout)}`,
      generation,
    ),
    condition(status, 'Ready', 'Unknown', 'Progressing', 'Reconciliation in progress', generation),
  ]
  put(cluster, 'Kustomization', ks, status)

  const commit = revision.split('@sha1:')[1]!
  let objects: JsonObject[]
  try {
    const rendered = await render(String((source.spec as GitRepositorySpec).url ?? ''), commit, spec.path ?? './')
    objects = place(rendered.objects, spec.targetNamespace, true)
  } catch (error) {
    return fail('BuildFailed', (error as Error).message)
  }
  for (const object of objects) {
    try {
      if (!typeOf(String(object.apiVersion), String(object.kind)))
        throw new Error(`no matches for kind "${String(object.kind)}" in version "${String(object.apiVersion)}"`)
      cluster.apply(object, MANAGER)
    } catch (error) {
      const r = ref(object)
      return fail('ReconciliationFailed', `${r.kind}/${r.namespace ? `${r.namespace}/` : ''}${r.name} dry-run failed: ${(error as Error).message}`)
    }
  }
  status.inventory = {
    entries: objects
      .map((o) => {
        const r = ref(o)
        return { id: `${r.namespace ?? ''}_${r.name}_${r.group}_${r.kind}`, v: r.version }
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
  }

  const checks = spec.wait
    ? objects
    : objects.filter((o) =>
        spec.healthChecks?.some((h) => h.kind === o.kind && h.name === meta(o).name && (h.namespace ?? meta(o).namespace) === meta(o).namespace),
      )
  if (checks.length) {
    status.conditions = [
      condition(
        status,
        'Reconciling',
        'True',
        'Progressing',
        `Running health checks for revision ${revision} with a timeout of ${formatDuration(timeout)}`,
        generation,
      ),
      condition(status, 'Ready', 'Unknown', 'Progressing', 'Reconciliation in progress', generation),
    ]
    put(cluster, 'Kustomization', ks, status)
    const started = Date.now()
    for (;;) {
      const states = checks.map((o) => ({ o, s: kstatus(String(o.kind), liveOf(cluster.store, o)) }))
      const label = (list: typeof states) =>
        `[${list.map(({ o, s }) => `${String(o.kind)}/${meta(o).namespace ? `${meta(o).namespace}/` : ''}${meta(o).name} status: '${s}'`).join(', ')}]`
      const elapsed = formatDuration(Date.now() - started)
      const stalled = states.filter((x) => x.s === 'Failed')
      if (stalled.length) return fail('HealthCheckFailed', `health check failed after ${elapsed}: failed early due to stalled resources: ${label(stalled)}`)
      const waiting = states.filter((x) => x.s !== 'Current')
      if (!waiting.length) break
      if (Date.now() - started >= timeout) return fail('HealthCheckFailed', `health check failed after ${elapsed}: timeout waiting for: ${label(waiting)}`)
      if (opts.stopped()) return
      await new Promise((resolve) => setTimeout(resolve, opts.healthPollMs))
    }
    status.conditions = [
      condition(status, 'Ready', 'True', 'ReconciliationSucceeded', `Applied revision: ${revision}`, generation),
      condition(status, 'Healthy', 'True', 'Succeeded', `Health check passed in ${formatDuration(Date.now() - started)}`, generation),
    ]
  } else {
    status.conditions = [condition(status, 'Ready', 'True', 'ReconciliationSucceeded', `Applied revision: ${revision}`, generation)]
  }
  status.lastAppliedRevision = revision
  status.observedGeneration = generation
  put(cluster, 'Kustomization', ks, status)
}

/** A condition; lastTransitionTime moves only when the status does. */
function condition(status: JsonObject, type: string, value: Condition['status'], reason: string, message: string, observedGeneration: number): JsonObject {
  const before = ((status.conditions ?? []) as unknown as Condition[]).find((c) => c.type === type)
  const lastTransitionTime = before && before.status === value ? before.lastTransitionTime : now()
  return { type, status: value, observedGeneration, lastTransitionTime, reason, message }
}

function put(cluster: ClusterWriter, kind: 'GitRepository' | 'Kustomization', object: JsonObject, status: JsonObject): void {
  const live = cluster.store.find(kind, meta(object).namespace, meta(object).name)
  const type = kind === 'GitRepository' ? typeOf('source.toolkit.fluxcd.io/v1', kind)! : typeOf('kustomize.toolkit.fluxcd.io/v1', kind)!
  if (live) cluster.store.put(type, { ...live, status: structuredClone(status) })
}

/** Go's time.ParseDuration for the units Flux specs use: "1m30s", "500ms", "2h". */
export function parseDuration(text: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
  let total = 0
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * units[m[2]!]!
  return total
}

/** Go's time.Duration.String: "30s", "1m0s", "1.5s", "120ms". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Number(((ms % 60_000) / 1000).toFixed(3))
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`
}
