import * as core from '@actions/core'
import { UserError } from '@cna/kit'
import type { Manifest } from '@cna/kit/registry'
import { checkGates } from './gates.js'
import { confirmRunning, type Confirmation, type ConfirmDeps } from './confirm.js'
import type { WaitOutcome } from './cluster/wait.js'
import type { GitOpsResult } from './gitops/repo.js'
import { createDeployment, setDeploymentStatus } from '@cna/kit/github'
import type { DeploymentPayload } from './github.js'
import { openPullRequest, previousDigest, type PromoteGitHub, type Repo } from './github.js'
import { rejection, REJECTED } from './rejected.js'
import type { Inputs } from './inputs.js'
import { isProductionEnvironment, serviceName } from './source.js'

export interface ImageRegistry {
  headManifest(repository: string, reference: string): Promise<string | undefined>
  getManifest(repository: string, reference: string): Promise<Manifest | undefined>
  putManifest(repository: string, reference: string, manifest: Pick<Manifest, 'bytes' | 'mediaType'>): Promise<string>
}

export interface CopySummary {
  digest: string
  bytesMoved: number
  blobs: { skipped: number; mounted: number; uploaded: number }
  manifests: number
  referrers: string[]
}

export interface PromoteDeps {
  source: ImageRegistry
  target: ImageRegistry
  sourceRepository: string
  targetRepository: string
  copy(digest: string, dryRun: boolean): Promise<CopySummary>
  /** The org.opencontainers.image.revision label of the image, if it has one. */
  readRevision(digest: string): Promise<string | undefined>
  github?: { client: PromoteGitHub; repo: Repo }
  gitops?: (request: { message: string; image: string; digest: string; aliases: string[]; service: string; pushBranch?: string }) => Promise<GitOpsResult>
  /** Waiting for the GitOps controller and verifying, after the GitOps commit (wait-for, verify-*). */
  confirm?: ConfirmDeps
  runUrl: string
}

/** What became of a version that did not run healthy: the previous digest pinned again. */
export interface Rollback {
  digest: string
  commit: string
  wait?: WaitOutcome
}

export interface PromoteResult {
  digest: string
  imageRef: string
  previousDigest: string
  deploymentId: string
  gitopsCommit: string
  pullRequest?: { number: number; url: string }
  sha: string
  service: string
  version: string
  tags: { tag: string; state: 'written' | 'unchanged' | 'would write' }[]
  copy?: CopySummary
  gitopsChanged: boolean
  dryRun: boolean
  /** Where the required checks passed ("passed on #12 head abc1234, same tree"); empty without require-checks. */
  gates: string
  outcome: 'success' | 'failure' | 'dry-run'
  /** Why the new version was refused by the cluster or the verification; '' on success. */
  failure: string
  confirmation?: Confirmation
  rollback?: Rollback
}

/** What the promotion is of: the digest, the commit it was built from, and how to name it. */
interface Subject {
  digest: string
  sourceName: string
  sha: string
  service: string
  version: string
}

/** The GitHub Deployment of this promotion: 0 when there is none (no token, or a dry run). */
interface DeploymentRecord {
  previous: string
  deploymentId: number
}

/**
 * Moves one digest to the target without rebuilding: resolve, check the gates, refuse any
 * tag move, copy, read the target back and require the same digest, tag, record it in
 * GitOps and as a GitHub Deployment. Nothing at the target changes before every check passed.
 */
export async function run(inputs: Inputs, deps: PromoteDeps): Promise<PromoteResult> {
  const dryRun = inputs['dry-run']
  const subject = await resolveSubject(inputs, deps)
  await refuseRejected(inputs, deps, subject)
  const gates = await verifyGates(inputs, deps, subject)
  const tags = [...new Set([...(subject.sha ? [subject.sha] : []), ...inputs.tags])]
  const existing = await refuseTagMoves(inputs, deps, tags, subject.digest)
  const deployment = await startDeployment(inputs, deps, subject, dryRun)
  try {
    const copy = await copyDigestEqual(inputs, deps, subject.digest, dryRun)
    const tagStates = await writeTags(inputs, deps, tags, existing, subject.digest, dryRun)
    const { gitops, pullRequest } = await recordInGitOps(inputs, deps, subject, dryRun)
    const confirmation =
      dryRun || pullRequest || !gitops?.commit ? undefined : await confirmRunning(deps.confirm ?? {}, { commit: gitops.commit, digest: subject.digest })
    const rollback = confirmation && !confirmation.ok ? await rollBack(inputs, deps, subject, deployment.previous, confirmation.reason) : undefined
    await finishDeployment(
      deps,
      deployment,
      confirmation && !confirmation.ok
        ? { state: 'failure', description: `${REJECTED}${confirmation.reason}` }
        : { state: 'success', description: `${inputs.target}@${subject.digest.slice(0, 19)}`, environmentUrl: inputs['environment-url'] },
    )
    return {
      digest: subject.digest,
      imageRef: `${inputs.target}@${subject.digest}`,
      previousDigest: deployment.previous,
      deploymentId: deployment.deploymentId ? String(deployment.deploymentId) : '',
      gitopsCommit: gitops?.commit ?? '',
      ...(pullRequest ? { pullRequest } : {}),
      sha: subject.sha,
      service: subject.service,
      version: subject.version,
      tags: tagStates,
      copy,
      gitopsChanged: gitops?.changed ?? false,
      dryRun,
      gates,
      outcome: dryRun ? 'dry-run' : confirmation && !confirmation.ok ? 'failure' : 'success',
      failure: confirmation?.reason ?? '',
      ...(confirmation ? { confirmation } : {}),
      ...(rollback ? { rollback } : {}),
    }
  } catch (error) {
    await finishDeployment(deps, deployment, { state: 'failure', description: 'promotion failed' }).catch(() => undefined)
    throw error
  }
}

/** The source digest (looked up when the source names a commit tag), its commit, service and version. */
async function resolveSubject(inputs: Inputs, deps: PromoteDeps): Promise<Subject> {
  const source = inputs.source
  const sourceName = `${source.registry}/${source.repository}`
  const digest = source.digest ?? (await deps.source.headManifest(deps.sourceRepository, source.shaTag!))
  if (!digest) throw new UserError(`Input "source": ${sourceName}:${source.shaTag} does not exist. Expected an image that build-image pushed for that commit.`)
  core.info(`source ${sourceName}@${digest}`)
  const sha = inputs.sha || source.shaTag || (await deps.readRevision(digest)) || ''
  const service = inputs.service || serviceName(deps.targetRepository)
  const version = inputs.version || inputs.tags[0] || (sha ? sha.slice(0, 12) : digest.slice(7, 19))
  return { digest, sourceName, sha, service, version }
}

/** A digest an earlier promotion to this environment rolled back is not promoted again, unless allow-rejected says so. */
async function refuseRejected(inputs: Inputs, deps: PromoteDeps, { digest, service }: Subject): Promise<void> {
  if (!deps.github || inputs['allow-rejected']) return
  const rejected = await rejection(deps.github.client, deps.github.repo, inputs.environment, service, digest)
  if (!rejected) return
  throw new UserError(
    `Input "source": ${digest} was rejected for ${inputs.environment} on ${rejected.at} (deployment ${rejected.deploymentId}: ${rejected.reason}), so it is not promoted there again. Expected a new digest with a fix, or allow-rejected: true from a person who fixed the cause.`,
  )
}

/**
 * The new version did not run healthy or failed verification: pin the previous digest again
 * (a new GitOps commit, never a force-push), and wait for the controller to run it.
 */
async function rollBack(inputs: Inputs, deps: PromoteDeps, subject: Subject, previous: string, reason: string): Promise<Rollback | undefined> {
  if (!inputs.rollback || !deps.gitops) return undefined
  if (!previous) {
    core.warning(
      `${subject.digest} failed in ${inputs.environment} (${reason}), and there is no earlier successful deployment to roll back to: the GitOps repository still pins it.`,
    )
    return undefined
  }
  const message = [
    `roll back ${subject.service} in ${inputs.environment} to ${previous.slice(0, 19)}`,
    '',
    `${inputs.target}@${subject.digest} was rejected: ${reason}`,
    `Image:  ${inputs.target}@${previous}`,
    ...(deps.runUrl ? [`Run:    ${deps.runUrl}`] : []),
  ].join('\n')
  const gitops = await deps.gitops({ message, image: inputs.target, digest: previous, aliases: [], service: subject.service })
  core.warning(`rolled ${inputs.environment} back to ${previous} (GitOps commit ${gitops.commit.slice(0, 12)}): ${subject.digest} ${reason}`)
  const wait = deps.confirm?.wait ? await deps.confirm.wait({ commit: gitops.commit, digest: previous }) : undefined
  if (wait && !wait.ok) core.warning(`the rollback to ${previous} did not run healthy either: ${wait.verdict.summary}`)
  return { digest: previous, commit: gitops.commit, ...(wait ? { wait } : {}) }
}

/** The required checks on the source commit, refused when missing or red; '' without require-checks. */
async function verifyGates(inputs: Inputs, deps: PromoteDeps, { sha, digest }: Subject): Promise<string> {
  if (inputs['require-checks'].length === 0) return ''
  if (!deps.github)
    throw new UserError('Input "require-checks" needs GitHub access, but "github-token" is empty. Expected a token with checks: read, or no required checks.')
  if (!sha)
    throw new UserError(
      'Input "require-checks" needs the source commit, but the image has no org.opencontainers.image.revision label and no "sha" was given. Expected the 40-hex commit in "sha".',
    )
  return checkGates(deps.github.client, deps.github.repo, inputs['require-checks'], sha, digest)
}

/** Looks every target tag up before anything changes: one naming another digest stops the run. */
async function refuseTagMoves(inputs: Inputs, deps: PromoteDeps, tags: readonly string[], digest: string): Promise<Map<string, string>> {
  const existing = new Map<string, string>()
  for (const tag of tags) {
    const current = await deps.target.headManifest(deps.targetRepository, tag)
    if (current && current !== digest) {
      throw new UserError(
        `Tag ${inputs.target}:${tag} already exists with digest ${current}, not ${digest}. Tags are never moved to another digest, so nothing was changed. Expected a new version tag, or the digest that tag already names.`,
      )
    }
    if (current) existing.set(tag, current)
  }
  return existing
}

/** The previous digest of the environment, and (unless a dry run) a Deployment set in progress. */
async function startDeployment(inputs: Inputs, deps: PromoteDeps, { sha, digest, service, version }: Subject, dryRun: boolean): Promise<DeploymentRecord> {
  const github = deps.github
  if (!github) {
    core.notice('github-token is empty: the GitHub Deployment and previous-digest are skipped; the registry and GitOps steps still run.')
    return { previous: '', deploymentId: 0 }
  }
  const previous = await previousDigest(github.client, github.repo, inputs.environment, service)
  if (dryRun) return { previous, deploymentId: 0 }
  const deploymentId = await createDeployment(github.client, github.repo, {
    ref: sha || digest,
    environment: inputs.environment,
    payload: { service, version, digest, image: `${inputs.target}@${digest}` } satisfies DeploymentPayload,
    production: isProductionEnvironment(inputs.environment),
    description: `${service} ${version} (${digest.slice(0, 19)})`,
  })
  await setDeploymentStatus(github.client, github.repo, deploymentId, {
    state: 'in_progress',
    logUrl: deps.runUrl,
    description: `promoting ${digest.slice(0, 19)}`,
  })
  return { previous, deploymentId }
}

/** Copies the digest, then reads the target back: it must answer the very same digest. */
async function copyDigestEqual(inputs: Inputs, deps: PromoteDeps, digest: string, dryRun: boolean): Promise<CopySummary> {
  const copy = await deps.copy(digest, dryRun)
  if (!dryRun) {
    const landed = await deps.target.headManifest(deps.targetRepository, digest)
    if (landed !== digest)
      throw new Error(`after the copy the target ${inputs.target} answers ${landed ?? 'nothing'} for ${digest}: refusing a promotion that is not digest-equal`)
  }
  return copy
}

/** Writes the absent tags with the manifest's own bytes and reads each back; says what each tag is now. */
async function writeTags(
  inputs: Inputs,
  deps: PromoteDeps,
  tags: readonly string[],
  existing: ReadonlyMap<string, string>,
  digest: string,
  dryRun: boolean,
): Promise<PromoteResult['tags']> {
  const absent = tags.filter((tag) => !existing.has(tag))
  if (absent.length > 0 && !dryRun) {
    const manifest = await deps.target.getManifest(deps.targetRepository, digest)
    if (!manifest) throw new Error(`${inputs.target}@${digest} vanished after the copy`)
    for (const tag of absent) await deps.target.putManifest(deps.targetRepository, tag, manifest)
    for (const tag of absent) {
      const now = await deps.target.headManifest(deps.targetRepository, tag)
      if (now !== digest)
        throw new Error(`${inputs.target}:${tag} names ${now ?? 'nothing'} after tagging, not ${digest}: another run may have written it at the same time`)
    }
  }
  return tags.map((tag) => ({ tag, state: existing.has(tag) ? 'unchanged' : dryRun ? 'would write' : 'written' }))
}

/** The GitOps commit pinning the digest, and in pull-request mode the pull request opened for it. */
async function recordInGitOps(
  inputs: Inputs,
  deps: PromoteDeps,
  subject: Subject,
  dryRun: boolean,
): Promise<{ gitops?: GitOpsResult; pullRequest?: PromoteResult['pullRequest'] }> {
  if (!deps.gitops) return {}
  const { digest, service } = subject
  const message = gitopsMessage(inputs, deps, subject)
  const pushBranch = inputs['gitops-mode'] === 'pull-request' ? `promote/${inputs.environment}/${service}-${digest.slice(7, 19)}` : undefined
  const gitops = await deps.gitops({ message, image: inputs.target, digest, aliases: [subject.sourceName], service, ...(pushBranch ? { pushBranch } : {}) })
  if (!pushBranch || !gitops.changed || dryRun) return { gitops }
  const github = deps.github
  if (!github)
    throw new UserError(
      'Input "gitops-mode" is pull-request, but "github-token" is empty. Expected a token that can open pull requests in the GitOps repository, or gitops-mode: commit.',
    )
  const pullRequest = await openPullRequest(github.client, gitopsRepoFrom(inputs['gitops-repo']) ?? github.repo, {
    head: pushBranch,
    base: gitops.baseBranch,
    title: message.split('\n')[0]!,
    body: message.split('\n').slice(2).join('\n'),
  })
  return { gitops, pullRequest }
}

/** The GitOps commit message: what moved where, and the commit and run behind it. */
function gitopsMessage(
  inputs: Pick<Inputs, 'environment' | 'target'>,
  deps: Pick<PromoteDeps, 'runUrl'>,
  { digest, sourceName, sha, service, version }: Subject,
): string {
  return [
    `promote ${service} ${version} to ${inputs.environment}`,
    '',
    `Image:  ${inputs.target}@${digest}`,
    `Source: ${sourceName}@${digest}`,
    ...(sha ? [`Commit: ${sha}`] : []),
    ...(deps.runUrl ? [`Run:    ${deps.runUrl}`] : []),
  ].join('\n')
}

/** Sets the Deployment's final state, when there is one. */
async function finishDeployment(
  deps: PromoteDeps,
  { deploymentId }: DeploymentRecord,
  status: { state: 'success' | 'failure'; description: string; environmentUrl?: string },
): Promise<void> {
  if (!deps.github || !deploymentId) return
  await setDeploymentStatus(deps.github.client, deps.github.repo, deploymentId, {
    state: status.state,
    logUrl: deps.runUrl,
    description: status.description,
    ...(status.environmentUrl ? { environmentUrl: status.environmentUrl } : {}),
  })
}

/** owner/name from the last two path segments of a GitOps repository URL or path. */
export function gitopsRepoFrom(value: string): Repo | undefined {
  const m = /([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(value)
  return m ? { owner: m[1]!, repo: m[2]! } : undefined
}
