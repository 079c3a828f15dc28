// Argo CD's application controller for one Application: compare Git with the cluster, sync
// automatically (each revision once, again on drift only with selfHeal), and write the status
// the way Argo CD does (see controller.ts for the fields and their source).
import type { JsonObject } from '../apply.js'
import { meta } from '../store.js'
import { typeOf } from '../types.js'
import { keyOf, now, REFRESH, type ClusterWriter } from './controller.js'
import { argoHealth, worst, type ArgoHealth } from './health.js'
import { imagesOf, inSync, liveOf, place, ref, shortName } from './objects.js'
import { render, resolveRevision } from './render.js'

export interface ArgoState {
  revision: string
  desired: JsonObject[]
}

interface AppSpec {
  source?: { repoURL?: string; path?: string; targetRevision?: string }
  destination?: { namespace?: string; server?: string }
  syncPolicy?: { automated?: { selfHeal?: boolean; prune?: boolean } }
}

interface OperationState {
  operation?: { sync?: { revision?: string } }
  phase?: string
  syncResult?: { revision?: string }
}

const MANAGER = 'argocd-controller'

export async function reconcileApplication(cluster: ClusterWriter, app: JsonObject, states: Map<string, ArgoState>): Promise<void> {
  const key = keyOf('Application', app)
  const spec = (app.spec ?? {}) as AppSpec
  const source = { repoURL: spec.source?.repoURL ?? '', path: spec.source?.path ?? '.', targetRevision: spec.source?.targetRevision ?? 'HEAD' }
  const status = structuredClone((app.status ?? {}) as JsonObject)
  let state: ArgoState
  try {
    const revision = await resolveRevision(source.repoURL, source.targetRevision)
    const rendered = await render(source.repoURL, revision, source.path)
    state = { revision, desired: place(rendered.objects, spec.destination?.namespace) }
    status.sourceType = rendered.sourceType
    delete status.conditions
  } catch (error) {
    // Argo CD cannot even compare: sync Unknown, with a ComparisonError condition saying why.
    status.conditions = [
      {
        type: 'ComparisonError',
        message: `Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = ${(error as Error).message}`,
        lastTransitionTime: now(),
      },
    ]
    status.sync = { status: 'Unknown', comparedTo: { source, destination: spec.destination ?? {} } }
    status.reconciledAt = now()
    return write(cluster, app, status)
  }
  states.set(key, state)

  const previous = (status.operationState ?? {}) as OperationState
  const attempted = previous.operation?.sync?.revision === state.revision
  const drifted = state.desired.some((d) => !inSync(d, liveOf(cluster.store, d)))
  const automated = spec.syncPolicy?.automated
  // Automated sync tries a revision once; a failed attempt is not retried, and a drifted cluster is
  // put back only with selfHeal ("Skipping auto-sync: ... already attempted").
  if (automated && drifted && (!attempted || (automated.selfHeal && previous.phase === 'Succeeded'))) {
    await sync(cluster, app, status, state, source)
  }
  compare(cluster, status, state, source, spec)
  status.reconciledAt = now()
  write(cluster, app, status)
}

/** Health and sync status again from the live objects, without reading Git (a managed object changed). */
export function refreshApplicationHealth(cluster: ClusterWriter, app: JsonObject, state: ArgoState): void {
  const live = cluster.store.find('Application', meta(app).namespace, meta(app).name)
  if (!live) return
  const status = structuredClone((live.status ?? {}) as JsonObject)
  const spec = (live.spec ?? {}) as AppSpec
  const source = { repoURL: spec.source?.repoURL ?? '', path: spec.source?.path ?? '.', targetRevision: spec.source?.targetRevision ?? 'HEAD' }
  compare(cluster, status, state, source, spec)
  write(cluster, live, status, false)
}

async function sync(cluster: ClusterWriter, app: JsonObject, status: JsonObject, state: ArgoState, source: JsonObject): Promise<void> {
  const startedAt = now()
  const operation = { sync: { revision: state.revision }, initiatedBy: { automated: true }, retry: {} }
  status.operationState = { operation, phase: 'Running', message: 'one or more tasks are running', startedAt }
  write(cluster, app, status)
  const results: JsonObject[] = []
  let failure: string | undefined
  for (const desired of state.desired) {
    try {
      const type = typeOf(String(desired.apiVersion), String(desired.kind))
      if (!type) throw new Error(`the server could not find the requested resource (kind ${String(desired.kind)} in ${String(desired.apiVersion)})`)
      const existed = Boolean(liveOf(cluster.store, desired))
      cluster.apply(desired, MANAGER)
      results.push({
        ...ref(desired),
        status: 'Synced',
        message: `${shortName(desired)} ${existed ? 'configured' : 'created'}`,
        hookPhase: 'Running',
        syncPhase: 'Sync',
      })
    } catch (error) {
      failure ??= (error as Error).message
      results.push({ ...ref(desired), status: 'SyncFailed', message: (error as Error).message, hookPhase: 'Failed', syncPhase: 'Sync' })
    }
  }
  const finishedAt = now()
  status.operationState = {
    operation,
    phase: failure ? 'Failed' : 'Succeeded',
    message: failure ? `one or more objects failed to apply, reason: ${failure}` : 'successfully synced (all tasks run)',
    syncResult: { resources: results, revision: state.revision, source },
    startedAt,
    finishedAt,
  }
  if (!failure) {
    const history = ((status.history ?? []) as JsonObject[]).slice(-9)
    history.push({
      revision: state.revision,
      deployedAt: finishedAt,
      deployStartedAt: startedAt,
      id: history.length ? Number(history[history.length - 1]!.id) + 1 : 0,
      source,
    })
    status.history = history
  }
}

/** sync, resources, health and summary from the live objects. */
function compare(cluster: ClusterWriter, status: JsonObject, state: ArgoState, source: JsonObject, spec: AppSpec): void {
  const resources: JsonObject[] = []
  const healths: ArgoHealth[] = []
  const images = new Set<string>()
  for (const desired of state.desired) {
    const live = liveOf(cluster.store, desired)
    const health = argoHealth(String(desired.kind), live)
    if (health) healths.push(health.status)
    for (const image of imagesOf(live)) images.add(image)
    resources.push({
      ...ref(desired),
      status: inSync(desired, live) ? 'Synced' : 'OutOfSync',
      ...(health ? { health: { status: health.status, ...(health.message ? { message: health.message } : {}) } } : {}),
    })
  }
  status.resources = resources
  status.sync = {
    status: resources.every((r) => r.status === 'Synced') ? 'Synced' : 'OutOfSync',
    revision: state.revision,
    comparedTo: { source, destination: spec.destination ?? {} },
  }
  status.health = { status: worst(healths), lastTransitionTime: now() }
  status.summary = images.size ? { images: [...images].sort() } : {}
  status.controllerNamespace = 'argocd'
}

/** Writes the status (a health change keeps lastTransitionTime when the health is the same); removes a served refresh request. */
function write(cluster: ClusterWriter, app: JsonObject, status: JsonObject, served = true): void {
  const live = cluster.store.find('Application', meta(app).namespace, meta(app).name)
  if (!live) return
  const before = (live.status ?? {}) as { health?: { status?: string; lastTransitionTime?: string } }
  const health = status.health as { status?: string; lastTransitionTime?: string } | undefined
  if (health && before.health?.status === health.status && before.health?.lastTransitionTime) health.lastTransitionTime = before.health.lastTransitionTime
  const next: JsonObject = { ...live, status }
  if (served && meta(live).annotations && REFRESH in meta(live).annotations!) {
    const annotations = { ...meta(live).annotations }
    delete annotations[REFRESH]
    next.metadata = { ...(live.metadata as JsonObject), annotations }
  }
  cluster.store.put(typeOf('argoproj.io/v1alpha1', 'Application')!, next)
}
