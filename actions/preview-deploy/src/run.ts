import { UserError } from '@cna/kit'
import { knownType, type KubeClient, type KubeObject } from '@cna/kit/k8s'
import {
  ANNOTATION_BRANCH,
  ANNOTATION_COMMIT,
  ANNOTATION_EXPIRES,
  ANNOTATION_IMAGE,
  ANNOTATION_RUN,
  FIELD_MANAGER,
  LABEL_PR,
  LABEL_PREFIX,
  LABEL_SLUG,
  MANAGED_BY,
  MANAGER,
  previewEnvironment,
  previewMarker,
  previewNames,
} from '@cna/kit/names'
import { commentBody, type PreviewRecord } from './comment.js'
import { createDeployment, setDeploymentStatus } from '@cna/kit/github'
import { findPullRequest, upsertComment, type PreviewGitHub, type Repo } from './github.js'
import type { Inputs } from './inputs.js'
import { formatViolations, unpinnedImages } from './policy.js'
import type { Rendered } from './render.js'
import { waitForRollouts } from './rollout.js'
import { applyOrder, transformObject } from './transform.js'

export type PreviewKube = Pick<KubeClient, 'apply' | 'resourceType' | 'watch' | 'list'>

export interface DeployContext {
  /** The branch from the event, used when the `branch` input is empty. */
  branch: string
  sha: string
  runUrl: string
  /** The event's pull request, if any. */
  pullRequest?: number
}

export interface DeployDeps {
  render(paths: string[]): Promise<Rendered[]>
  /** Absent on dry runs: nothing may touch a cluster. */
  kube?: PreviewKube
  github?: { client: PreviewGitHub; repo: Repo }
  context: DeployContext
  now?: () => Date
  log?: (message: string) => void
}

export interface DeployResult extends PreviewRecord {
  dryRun: boolean
  deploymentId: string
  pullRequest?: number
  commentId?: number
}

/** Where the preview goes and what marks it, decided before anything is read or written. */
interface Preview {
  branch: string
  names: ReturnType<typeof previewNames>
  url: string
  expiresAt: string
  labels: Record<string, string>
}

/**
 * Deploys the branch's preview: the objects prepared and checked, then (unless a dry run)
 * its namespace, a transient GitHub Deployment, the objects applied, the rollouts watched,
 * and the outcome reported on the Deployment and the pull request's one comment.
 */
export async function run(inputs: Inputs, deps: DeployDeps): Promise<DeployResult> {
  const log = deps.log ?? (() => undefined)
  const preview = planPreview(inputs, deps)
  const { names } = preview
  const image = inputs['image-ref']
  const objects = await prepareObjects(inputs, deps, preview)
  const objectNames = objects.map((o) => `${o.kind}/${o.metadata.name}`)
  const record: PreviewRecord = {
    branch: preview.branch,
    namespace: names.namespace,
    url: preview.url,
    imageRef: image.ref,
    digest: image.digest,
    sha: deps.context.sha,
    expiresAt: preview.expiresAt,
    runUrl: deps.context.runUrl,
    state: 'deployed',
    objects: objectNames,
  }

  if (inputs['dry-run'] || !deps.kube) {
    for (const name of objectNames) log(`would apply ${name} in ${names.namespace}`)
    return { ...record, dryRun: true, deploymentId: '' }
  }
  const kube = deps.kube
  const gh = deps.github
  const eventPull = inputs['pr-number'] ? Number(inputs['pr-number']) : deps.context.pullRequest
  const pr = gh && !eventPull ? await findPullRequest(gh.client, gh.repo, preview.branch) : eventPull

  await applyNamespace(kube, inputs, deps, preview, pr)
  log(`namespace ${names.namespace} ready`)
  const deploymentId = gh && deps.context.sha ? await createPreviewDeployment(gh, inputs, deps, preview) : undefined
  const applied: KubeObject[] = []
  for (const object of objects) {
    applied.push(await kube.apply(object, FIELD_MANAGER))
    log(`applied ${object.kind}/${object.metadata.name}`)
  }
  const workloads = applied.filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind))
  const outcome = await waitForRollouts(kube, names.namespace, workloads, inputs.timeout)
  if (!outcome.ok) {
    record.state = 'failed'
    record.reason = outcome.reasons.join('; ')
  }

  const commentId = gh ? await reportOutcome(gh, deps, record, { deploymentId, pr, ok: outcome.ok }) : undefined
  const result: DeployResult = {
    ...record,
    dryRun: false,
    deploymentId: deploymentId ? String(deploymentId) : '',
    ...(pr ? { pullRequest: pr } : {}),
    ...(commentId ? { commentId } : {}),
  }
  if (!outcome.ok) throw new RolloutError(result)
  return result
}

/** The branch (input, else the event's), its namespace and host, the expiry (from deps.now) and the labels. */
function planPreview(inputs: Inputs, deps: Pick<DeployDeps, 'context' | 'now'>): Preview {
  const branch = inputs.branch || deps.context.branch
  if (!branch) throw new UserError('Input "branch" is empty and the event names no branch. Expected a branch name, or a push or pull_request event.')
  const prefix = inputs['namespace-prefix']
  const names = previewNames(branch, prefix, inputs.domain)
  const now = deps.now?.() ?? new Date()
  return {
    branch,
    names,
    url: names.host ? `https://${names.host}` : '',
    expiresAt: new Date(now.getTime() + inputs.ttl).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    labels: { [MANAGED_BY]: MANAGER, [LABEL_SLUG]: names.slug, [LABEL_PREFIX]: prefix },
  }
}

/**
 * The rendered objects moved into the preview namespace, pinned to the image and labelled,
 * in apply order. Refuses cluster-scoped objects and images not pinned by digest.
 */
async function prepareObjects(inputs: Inputs, deps: DeployDeps, { names, labels }: Preview): Promise<KubeObject[]> {
  const objects: KubeObject[] = []
  for (const { object, source } of await deps.render(inputs.manifests)) {
    const type = knownType(object.apiVersion, object.kind) ?? (deps.kube ? await deps.kube.resourceType(object.apiVersion, object.kind) : { namespaced: true })
    if (!type.namespaced) {
      throw new UserError(
        `${source}: ${object.kind}/${object.metadata.name} is cluster-scoped; a preview only creates objects inside its own namespace ${names.namespace}. Remove it from the preview manifests.`,
      )
    }
    objects.push(transformObject(object, true, { imageRef: inputs['image-ref'].ref, namespace: names.namespace, host: names.host, labels }))
  }
  objects.sort(applyOrder)
  const violations = unpinnedImages(objects)
  if (violations.length) throw new UserError(formatViolations(violations))
  return objects
}

/** The namespace, labelled and annotated with what the teardown needs; refused while it is being deleted. */
async function applyNamespace(
  kube: PreviewKube,
  inputs: Inputs,
  deps: DeployDeps,
  { branch, names, expiresAt, labels }: Preview,
  pr: number | undefined,
): Promise<void> {
  const namespace: KubeObject = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: names.namespace,
      labels: { ...labels, ...(pr ? { [LABEL_PR]: String(pr) } : {}) },
      annotations: {
        [ANNOTATION_BRANCH]: branch,
        [ANNOTATION_COMMIT]: deps.context.sha,
        [ANNOTATION_RUN]: deps.context.runUrl,
        [ANNOTATION_EXPIRES]: expiresAt,
        [ANNOTATION_IMAGE]: inputs['image-ref'].ref,
      },
    },
  }
  const ns = await kube.apply(namespace, FIELD_MANAGER)
  if (ns.metadata.deletionTimestamp)
    throw new UserError(`Namespace ${names.namespace} is still being deleted (a teardown is in progress); run the deploy again once it is gone.`)
}

/** A transient Deployment of the commit to the preview environment. */
async function createPreviewDeployment(
  gh: NonNullable<DeployDeps['github']>,
  inputs: Inputs,
  deps: DeployDeps,
  { branch, names, url }: Preview,
): Promise<number> {
  const image = inputs['image-ref']
  return createDeployment(gh.client, gh.repo, {
    ref: deps.context.sha,
    environment: previewEnvironment(names.slug),
    payload: { namespace: names.namespace, image: image.ref, digest: image.digest, url },
    description: `Preview of ${branch}`,
    transient: true,
    task: 'deploy:preview',
  })
}

/** The Deployment's final status and the pull request's one comment; returns the comment's id. */
async function reportOutcome(
  gh: NonNullable<DeployDeps['github']>,
  deps: DeployDeps,
  record: PreviewRecord,
  at: { deploymentId: number | undefined; pr: number | undefined; ok: boolean },
): Promise<number | undefined> {
  if (at.deploymentId) {
    await setDeploymentStatus(gh.client, gh.repo, at.deploymentId, {
      state: at.ok ? 'success' : 'failure',
      environmentUrl: record.url,
      logUrl: deps.context.runUrl,
      description: at.ok ? `Preview live in ${record.namespace}` : `Rollout failed in ${record.namespace}`,
    })
  }
  if (!at.pr) return undefined
  return (await upsertComment(gh.client, gh.repo, at.pr, previewMarker(record.namespace), commentBody(record))).id
}

/** A failed rollout: the reasons for the user, and the result so the outputs are still set. */
export class RolloutError extends UserError {
  override name = 'RolloutError'
  constructor(readonly result: DeployResult) {
    super(`Preview ${result.namespace} did not roll out: ${result.reason}`)
  }
}
