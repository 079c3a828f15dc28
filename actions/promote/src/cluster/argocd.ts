import type { Target, Verdict } from './verdict.js'

/**
 * The fields of an Argo CD Application status we read, as pkg/apis/application/v1alpha1/types.go
 * names them (ApplicationStatus: sync, health, operationState, summary, resources, conditions).
 */
export interface Application {
  metadata: { name: string; generation?: number }
  spec?: { destination?: { namespace?: string } }
  status?: {
    sync?: { status?: string; revision?: string }
    health?: { status?: string; message?: string }
    operationState?: {
      phase?: string
      message?: string
      operation?: { sync?: { revision?: string } }
      syncResult?: { revision?: string; resources?: Array<{ kind?: string; name?: string; status?: string; message?: string }> }
    }
    summary?: { images?: string[] }
    resources?: Array<{ kind?: string; namespace?: string; name?: string; status?: string; health?: { status?: string; message?: string } }>
    conditions?: Array<{ type?: string; message?: string }>
  }
}

const ERROR_CONDITIONS = new Set(['ComparisonError', 'SyncError', 'InvalidSpecError'])

/**
 * Healthy only when the Application is Synced at our commit, the sync operation for that
 * commit Succeeded, health is Healthy, and summary.images names our digest. A failed
 * operation for our commit, an error condition, or Degraded health at our commit fail at once.
 * Pure.
 */
export function argoVerdict(app: Application, target: Target): Verdict {
  const s = app.status ?? {}
  const namespace = app.spec?.destination?.namespace
  const base = { ...(namespace ? { namespace } : {}) }
  const short = target.commit.slice(0, 12)
  const op = s.operationState
  const opRevision = op?.operation?.sync?.revision ?? op?.syncResult?.revision
  const errors = (s.conditions ?? []).filter((c) => ERROR_CONDITIONS.has(c.type ?? ''))
  if (errors.length)
    return {
      ...base,
      state: 'failed',
      summary: `Application ${app.metadata.name}: ${errors.map((c) => `${c.type}: ${c.message ?? ''}`).join('; ')}`,
      details: [],
    }
  if (opRevision === target.commit && (op?.phase === 'Failed' || op?.phase === 'Error')) {
    const failed = (op.syncResult?.resources ?? [])
      .filter((r) => r.status && r.status !== 'Synced')
      .map((r) => `${r.kind}/${r.name}: ${r.status} ${r.message ?? ''}`.trim())
    return { ...base, state: 'failed', summary: `Application ${app.metadata.name}: sync of ${short} ${op.phase}: ${op.message ?? ''}`.trim(), details: failed }
  }
  if (s.sync?.revision !== target.commit) {
    return {
      ...base,
      state: 'waiting',
      summary: `Application ${app.metadata.name} is at ${s.sync?.revision ? s.sync.revision.slice(0, 12) : 'no revision'}, waiting for ${short}`,
      details: [],
    }
  }
  const unhealthy = (s.resources ?? [])
    .filter((r) => r.health?.status && r.health.status !== 'Healthy')
    .map((r) => `${r.kind}/${r.name}: ${r.health!.status}${r.health!.message ? ` (${r.health!.message})` : ''}`)
  const health = s.health?.status ?? 'Unknown'
  if (health === 'Degraded') return { ...base, state: 'failed', summary: `Application ${app.metadata.name} is Degraded at ${short}`, details: unhealthy }
  if (s.sync.status !== 'Synced')
    return { ...base, state: 'waiting', summary: `Application ${app.metadata.name} is ${s.sync.status ?? 'Unknown'} at ${short}`, details: [] }
  if (op && opRevision === target.commit && op.phase !== 'Succeeded')
    return { ...base, state: 'waiting', summary: `Application ${app.metadata.name}: sync of ${short} is ${op.phase ?? 'pending'}`, details: [] }
  if (health !== 'Healthy') return { ...base, state: 'waiting', summary: `Application ${app.metadata.name} is ${health} at ${short}`, details: unhealthy }
  const images = s.summary?.images ?? []
  if (!images.some((image) => image.endsWith(`@${target.digest}`))) {
    return {
      ...base,
      state: 'waiting',
      summary: `Application ${app.metadata.name} is Healthy at ${short} but runs ${images.join(', ') || 'no image'}, not ${target.digest}`,
      details: [],
    }
  }
  return {
    ...base,
    state: 'healthy',
    summary: `Application ${app.metadata.name}: Synced at ${short}, Healthy, running ${target.digest.slice(0, 19)}`,
    details: [],
  }
}
