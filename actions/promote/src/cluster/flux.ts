import type { Target, Verdict } from './verdict.js'

interface Condition {
  type: string
  status: string
  reason?: string
  message?: string
  observedGeneration?: number
}

/** The fields of a Flux Kustomization we read (kustomize-controller API v1, KustomizationStatus). */
export interface Kustomization {
  metadata: { name: string; generation?: number }
  spec?: { targetNamespace?: string }
  status?: {
    conditions?: Condition[]
    lastAppliedRevision?: string
    lastAttemptedRevision?: string
    observedGeneration?: number
    inventory?: { entries?: Array<{ id: string }> }
  }
}

/** `main@sha1:<commit>` (Flux v2.1+) or the older `main/<commit>` names our commit. */
export function namesCommit(revision: string | undefined, commit: string): boolean {
  return !!revision && (revision.endsWith(`@sha1:${commit}`) || revision.endsWith(`/${commit}`) || revision === commit)
}

/**
 * Healthy when `lastAppliedRevision` names our commit and `Ready=True` for the current
 * generation (what `kubectl wait --for=condition=ready` and kstatus read). Our commit as
 * `lastAttemptedRevision` with `Ready=False` for the current generation is a failure. Pure.
 */
export function fluxVerdict(ks: Kustomization, target: Target): Verdict {
  const s = ks.status ?? {}
  const name = ks.metadata.name
  const short = target.commit.slice(0, 12)
  const namespace = ks.spec?.targetNamespace ?? s.inventory?.entries?.find((e) => e.id.endsWith('_apps_Deployment'))?.id.split('_')[0]
  const base = { ...(namespace ? { namespace } : {}) }
  const generation = ks.metadata.generation ?? 1
  const ready = s.conditions?.find((c) => c.type === 'Ready')
  const current = ready && (ready.observedGeneration ?? s.observedGeneration) === generation
  if (current && ready.status === 'True' && namesCommit(s.lastAppliedRevision, target.commit)) {
    return {
      ...base,
      state: 'healthy',
      summary: `Kustomization ${name}: applied ${s.lastAppliedRevision}, Ready (${ready.message ?? ready.reason ?? ''})`,
      details: [],
    }
  }
  if (current && ready.status === 'False' && namesCommit(s.lastAttemptedRevision, target.commit)) {
    return {
      ...base,
      state: 'failed',
      summary: `Kustomization ${name}: ${ready.reason ?? 'not ready'} at ${short}: ${ready.message ?? ''}`.trim(),
      details: [],
    }
  }
  const at = s.lastAppliedRevision ? `applied ${s.lastAppliedRevision}` : 'nothing applied yet'
  return {
    ...base,
    state: 'waiting',
    summary: `Kustomization ${name}: ${at}, waiting for ${short}${ready ? ` (Ready=${ready.status}: ${ready.message ?? ready.reason ?? ''})` : ''}`,
    details: [],
  }
}
