import { UserError } from '@cna/kit'
import { resourcePath, knownType, type KubeClient, type KubeObject } from '@cna/kit/k8s'
import {
  ANNOTATION_BRANCH,
  ANNOTATION_EXPIRES,
  LABEL_PR,
  LABEL_PREFIX,
  MANAGED_BY,
  MANAGER,
  previewEnvironment,
  previewMarker,
  previewNames,
  previewSelector,
} from '@cna/kit/names'
import { branchExists, deactivateDeployments, findPullRequest, pullRequestState, updateComment, type Repo, type TeardownGitHub } from './github.js'
import type { Inputs } from './inputs.js'

export type TeardownKube = Pick<KubeClient, 'get' | 'list' | 'delete' | 'watch'>

export interface TeardownDeps {
  kube: TeardownKube
  github?: { client: TeardownGitHub; repo: Repo }
  context: { branch: string; pullRequest?: number; runUrl: string }
  now?: () => Date
  log?: (message: string) => void
  /** How many namespaces the reaper checks and deletes at once (default 16). */
  concurrency?: number
}

export interface Removal {
  namespace: string
  reason: string
  /** `deleted`, `gone` (already), or `would delete` on a dry run. */
  state: 'deleted' | 'gone' | 'would delete'
}

export interface TeardownResult {
  mode: 'branch' | 'reap'
  dryRun: boolean
  removals: Removal[]
  /** Namespaces the reaper looked at and kept, with why. */
  kept: Array<{ namespace: string; reason: string }>
  deactivated: number[]
  commentId?: number
}

const NAMESPACES = knownType('v1', 'Namespace')!

export async function run(inputs: Inputs, deps: TeardownDeps): Promise<TeardownResult> {
  return inputs.mode === 'reap' ? reap(inputs, deps) : teardownBranch(inputs, deps)
}

async function teardownBranch(inputs: Inputs, deps: TeardownDeps): Promise<TeardownResult> {
  const log = deps.log ?? (() => undefined)
  const branch = inputs.branch || deps.context.branch
  if (!branch) throw new UserError('Input "branch" is empty and the event names no branch. Expected a branch name, or a delete or pull_request event.')
  const prefix = inputs['namespace-prefix']
  const names = previewNames(branch, prefix)
  const path = resourcePath(NAMESPACES, undefined, names.namespace)
  const result: TeardownResult = { mode: 'branch', dryRun: inputs['dry-run'], removals: [], kept: [], deactivated: [] }

  const existing = await deps.kube.get<KubeObject>(path)
  if (existing && existing.metadata.labels?.[MANAGED_BY] !== MANAGER) {
    throw new UserError(`Namespace ${names.namespace} exists but is not a preview (no ${MANAGED_BY}=${MANAGER} label); refusing to delete it.`)
  }
  if (!existing) {
    log(`namespace ${names.namespace} is already gone`)
    result.removals.push({ namespace: names.namespace, reason: `branch ${branch}`, state: 'gone' })
  } else if (inputs['dry-run']) {
    result.removals.push({ namespace: names.namespace, reason: `branch ${branch}`, state: 'would delete' })
    return result
  } else {
    const terminating = await deps.kube.delete<KubeObject>(path)
    if (terminating) {
      log(`namespace ${names.namespace} is ${String((terminating.status as { phase?: string } | undefined)?.phase ?? 'terminating')}; waiting until it is gone`)
      const outcome = await deps.kube.watch(
        resourcePath(NAMESPACES),
        { fieldSelector: `metadata.name=${names.namespace}`, resourceVersion: terminating.metadata.resourceVersion ?? '', timeoutMs: inputs.timeout },
        (type) => type === 'DELETED',
      )
      if (outcome !== 'done' && (await deps.kube.get(path))) {
        throw new UserError(
          `Namespace ${names.namespace} was still terminating after ${Math.round(inputs.timeout / 1000)}s (finalizers on objects inside it can hold it); it will go once they finish. Raise timeout to wait longer.`,
        )
      }
    }
    result.removals.push({ namespace: names.namespace, reason: `branch ${branch}`, state: terminating ? 'deleted' : 'gone' })
  }
  if (inputs['dry-run']) return result

  const gh = deps.github
  if (gh) {
    result.deactivated = await deactivateDeployments(gh.client, gh.repo, previewEnvironment(names.slug), deps.context.runUrl)
    const pr = deps.context.pullRequest ?? (await findPullRequest(gh.client, gh.repo, branch))
    if (pr) {
      const body = [
        previewMarker(names.namespace),
        `### Preview of \`${branch}\` was torn down`,
        '',
        `Namespace \`${names.namespace}\` is deleted and its deployments are marked inactive.${deps.context.runUrl ? ` ([run](${deps.context.runUrl}))` : ''}`,
      ].join('\n')
      const id = await updateComment(gh.client, gh.repo, pr, previewMarker(names.namespace), body)
      if (id) result.commentId = id
    }
  }
  return result
}

async function reap(inputs: Inputs, deps: TeardownDeps): Promise<TeardownResult> {
  const log = deps.log ?? (() => undefined)
  const now = (deps.now?.() ?? new Date()).getTime()
  const prefix = inputs['namespace-prefix']
  const result: TeardownResult = { mode: 'reap', dryRun: inputs['dry-run'], removals: [], kept: [], deactivated: [] }
  const { items } = await deps.kube.list<KubeObject>(resourcePath(NAMESPACES), { labelSelector: previewSelector(prefix) })
  const gh = deps.github

  const verdict = async (ns: KubeObject): Promise<string | undefined> => {
    const annotations = ns.metadata.annotations ?? {}
    const expires = Date.parse(annotations[ANNOTATION_EXPIRES] ?? '')
    if (!Number.isNaN(expires) && expires <= now) return `expired at ${annotations[ANNOTATION_EXPIRES]}`
    const created = Date.parse(ns.metadata.creationTimestamp ?? '')
    if (inputs['max-age'] > 0 && !Number.isNaN(created) && now - created > inputs['max-age'])
      return `older than max-age (created ${ns.metadata.creationTimestamp})`
    if (!gh) return undefined
    const pr = Number(ns.metadata.labels?.[LABEL_PR] ?? '')
    if (pr > 0) {
      const state = await pullRequestState(gh.client, gh.repo, pr)
      if (state !== 'open') return `pull request #${pr} is ${state === 'closed' ? 'closed' : 'gone'}`
    }
    const branch = annotations[ANNOTATION_BRANCH]
    if (branch && !(await branchExists(gh.client, gh.repo, branch))) return `branch ${branch} no longer exists`
    return undefined
  }

  const candidates = items.filter((ns) => ns.metadata.labels?.[LABEL_PREFIX] === prefix)
  await eachLimited(candidates, deps.concurrency ?? 16, async (ns) => {
    const name = ns.metadata.name
    if (ns.metadata.deletionTimestamp) {
      result.kept.push({ namespace: name, reason: 'already terminating' })
      return
    }
    const reason = await verdict(ns)
    if (!reason) {
      result.kept.push({ namespace: name, reason: 'live' })
      return
    }
    if (inputs['dry-run']) {
      result.removals.push({ namespace: name, reason, state: 'would delete' })
      return
    }
    const gone = await deps.kube.delete(resourcePath(NAMESPACES, undefined, name))
    result.removals.push({ namespace: name, reason, state: gone ? 'deleted' : 'gone' })
    log(`deleted ${name}: ${reason}`)
  })
  result.removals.sort((a, b) => a.namespace.localeCompare(b.namespace))
  result.kept.sort((a, b) => a.namespace.localeCompare(b.namespace))
  return result
}

async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
