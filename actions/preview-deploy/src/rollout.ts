import type { KubeClient, KubeObject } from '@cna/kit/k8s'
import { podProblems, resourcePath, rolloutState, selectorString, knownType, type PodProblem } from '@cna/kit/k8s'

export type RolloutKube = Pick<KubeClient, 'watch' | 'list'>

export interface RolloutOutcome {
  ok: boolean
  /** One line per workload that did not roll out, with the pods' reasons. */
  reasons: string[]
}

/**
 * Waits for every Deployment, StatefulSet and DaemonSet in `workloads` to roll out, by one
 * watch per kind on the namespace (no polling), until `deadline`. What did not finish is
 * explained from its pods' status and events.
 */
export async function waitForRollouts(kube: RolloutKube, namespace: string, workloads: KubeObject[], timeoutMs: number): Promise<RolloutOutcome> {
  const byKind = new Map<string, KubeObject[]>()
  for (const w of workloads) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w])
  const pending = new Map<string, { object: KubeObject; message: string; failed?: boolean }>()
  for (const w of workloads) pending.set(`${w.kind}/${w.metadata.name}`, { object: w, message: 'not observed yet' })
  const deadline = Date.now() + timeoutMs
  await Promise.all(
    [...byKind.keys()].map(async (kind) => {
      const type = knownType('apps/v1', kind)!
      const mine = (): string[] => [...pending.keys()].filter((k) => k.startsWith(`${kind}/`))
      // The API server closes watches now and then; watch again from the last version seen.
      let resourceVersion: string | undefined
      while (mine().length && Date.now() < deadline) {
        const result = await kube.watch(
          resourcePath(type, namespace),
          { timeoutMs: deadline - Date.now(), ...(resourceVersion ? { resourceVersion } : {}) },
          (eventType, object) => {
            resourceVersion = object.metadata.resourceVersion ?? resourceVersion
            const key = `${kind}/${object.metadata.name}`
            const entry = pending.get(key)
            if (!entry || eventType === 'BOOKMARK') return mine().length === 0
            if (eventType === 'DELETED') {
              entry.message = 'was deleted while rolling out'
              entry.failed = true
              return false
            }
            const state = rolloutState(object)
            entry.object = object
            entry.message = state.message
            if (state.done) pending.delete(key)
            if (state.failed) entry.failed = true
            return mine().length === 0 || mine().every((k) => pending.get(k)?.failed)
          },
        )
        if (result !== 'closed' || mine().every((k) => pending.get(k)?.failed)) break
      }
    }),
  )
  if (!pending.size) return { ok: true, reasons: [] }
  const events = await kube
    .list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, { fieldSelector: 'involvedObject.kind=Pod' })
    .catch(() => ({ items: [] as KubeObject[] }))
  const reasons: string[] = []
  for (const [key, { object, message }] of pending) {
    const selector = selectorString((object.spec as { selector?: Parameters<typeof selectorString>[0] } | undefined)?.selector)
    const pods = selector ? (await kube.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`, { labelSelector: selector })).items : []
    const problems = podProblems(pods, events.items)
    reasons.push(`${key} did not roll out (${message})${problems.length ? `: ${formatProblems(problems)}` : pods.length ? '' : ': no pods were created'}`)
  }
  return { ok: false, reasons }
}

export function formatProblems(problems: PodProblem[]): string {
  // Pods of one workload usually fail alike: say it once, with how many.
  const groups = new Map<string, { problem: PodProblem; pods: string[] }>()
  for (const p of problems) {
    const key = `${p.container ?? ''}|${p.reason}|${p.message}`
    const g = groups.get(key) ?? { problem: p, pods: [] }
    g.pods.push(p.pod)
    groups.set(key, g)
  }
  return [...groups.values()]
    .map(
      ({ problem, pods }) =>
        `pod ${pods[0]}${pods.length > 1 ? ` (and ${pods.length - 1} more)` : ''}${problem.container ? ` container "${problem.container}"` : ''} is ${problem.reason}${problem.message ? ` (${problem.message})` : ''}`,
    )
    .join('; ')
}
