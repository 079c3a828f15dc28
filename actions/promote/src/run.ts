import * as core from '@actions/core'
import { UserError } from '@cna/kit'
import type { Manifest } from '@cna/kit/registry'
import { checkGates } from './gates.js'
import type { GitOpsResult } from './gitops/repo.js'
import { createDeployment, setDeploymentStatus } from '@cna/kit/github/deployments'
import type { DeploymentPayload } from './github.js'
import { openPullRequest, previousDigest, type PromoteGitHub, type Repo } from './github.js'
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
  runUrl: string
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
}

/**
 * Moves one digest to the target without rebuilding: resolve, check the gates, refuse any
 * tag move, copy, read the target back and require the same digest, tag, record it in
 * GitOps and as a GitHub Deployment. Nothing at the target changes before every check passed.
 */
export async function run(inputs: Inputs, deps: PromoteDeps): Promise<PromoteResult> {
  const dryRun = inputs['dry-run']
  const source = inputs.source
  const sourceName = `${source.registry}/${source.repository}`
  const digest = source.digest ?? (await deps.source.headManifest(deps.sourceRepository, source.shaTag!))
  if (!digest) throw new UserError(`Input "source": ${sourceName}:${source.shaTag} does not exist. Expected an image that build-image pushed for that commit.`)
  core.info(`source ${sourceName}@${digest}`)

  const sha = inputs.sha || source.shaTag || (await deps.readRevision(digest)) || ''
  const service = inputs.service || serviceName(deps.targetRepository)
  const version = inputs.version || inputs.tags[0] || (sha ? sha.slice(0, 12) : digest.slice(7, 19))

  let gates = ''
  if (inputs['require-checks'].length > 0) {
    if (!deps.github) throw new UserError('Input "require-checks" needs GitHub access, but "github-token" is empty. Expected a token with checks: read, or no required checks.')
    if (!sha) throw new UserError('Input "require-checks" needs the source commit, but the image has no org.opencontainers.image.revision label and no "sha" was given. Expected the 40-hex commit in "sha".')
    gates = await checkGates(deps.github.client, deps.github.repo, inputs['require-checks'], sha, digest)
  }

  const tags = [...new Set([...(sha ? [sha] : []), ...inputs.tags])]
  const existing = new Map<string, string>()
  for (const tag of tags) {
    const current = await deps.target.headManifest(deps.targetRepository, tag)
    if (current && current !== digest) {
      throw new UserError(`Tag ${inputs.target}:${tag} already exists with digest ${current}, not ${digest}. Tags are never moved to another digest, so nothing was changed. Expected a new version tag, or the digest that tag already names.`)
    }
    if (current) existing.set(tag, current)
  }

  let previous = ''
  let deploymentId = 0
  const github = deps.github
  if (github) {
    previous = await previousDigest(github.client, github.repo, inputs.environment, service)
    if (!dryRun) {
      deploymentId = await createDeployment(github.client, github.repo, {
        ref: sha || digest,
        environment: inputs.environment,
        payload: { service, version, digest, image: `${inputs.target}@${digest}` } satisfies DeploymentPayload,
        production: isProductionEnvironment(inputs.environment),
        description: `${service} ${version} (${digest.slice(0, 19)})`,
      })
      await setDeploymentStatus(github.client, github.repo, deploymentId, { state: 'in_progress', logUrl: deps.runUrl, description: `promoting ${digest.slice(0, 19)}` })
    }
  } else {
    core.notice('github-token is empty: the GitHub Deployment and previous-digest are skipped; the registry and GitOps steps still run.')
  }

  try {
    const copy = await deps.copy(digest, dryRun)
    if (!dryRun) {
      const landed = await deps.target.headManifest(deps.targetRepository, digest)
      if (landed !== digest) throw new Error(`after the copy the target ${inputs.target} answers ${landed ?? 'nothing'} for ${digest}: refusing a promotion that is not digest-equal`)
    }
    const tagStates: PromoteResult['tags'] = []
    const absent = tags.filter((tag) => !existing.has(tag))
    if (absent.length > 0 && !dryRun) {
      const manifest = await deps.target.getManifest(deps.targetRepository, digest)
      if (!manifest) throw new Error(`${inputs.target}@${digest} vanished after the copy`)
      for (const tag of absent) await deps.target.putManifest(deps.targetRepository, tag, manifest)
      for (const tag of absent) {
        const now = await deps.target.headManifest(deps.targetRepository, tag)
        if (now !== digest) throw new Error(`${inputs.target}:${tag} names ${now ?? 'nothing'} after tagging, not ${digest}: another run may have written it at the same time`)
      }
    }
    for (const tag of tags) tagStates.push({ tag, state: existing.has(tag) ? 'unchanged' : dryRun ? 'would write' : 'written' })

    let gitops: GitOpsResult | undefined
    let pullRequest: PromoteResult['pullRequest']
    if (deps.gitops) {
      const message = [
        `promote ${service} ${version} to ${inputs.environment}`,
        '',
        `Image:  ${inputs.target}@${digest}`,
        `Source: ${sourceName}@${digest}`,
        ...(sha ? [`Commit: ${sha}`] : []),
        ...(deps.runUrl ? [`Run:    ${deps.runUrl}`] : []),
      ].join('\n')
      const pushBranch = inputs['gitops-mode'] === 'pull-request' ? `promote/${inputs.environment}/${service}-${digest.slice(7, 19)}` : undefined
      gitops = await deps.gitops({ message, image: inputs.target, digest, aliases: [sourceName], service, ...(pushBranch ? { pushBranch } : {}) })
      if (pushBranch && gitops.changed && !dryRun) {
        if (!github) throw new UserError('Input "gitops-mode" is pull-request, but "github-token" is empty. Expected a token that can open pull requests in the GitOps repository, or gitops-mode: commit.')
        const gitopsRepo = deps.github?.repo
        pullRequest = await openPullRequest(github.client, gitopsRepoFrom(inputs['gitops-repo']) ?? gitopsRepo!, {
          head: pushBranch,
          base: gitops.baseBranch,
          title: message.split('\n')[0]!,
          body: message.split('\n').slice(2).join('\n'),
        })
      }
    }

    if (github && deploymentId) {
      await setDeploymentStatus(github.client, github.repo, deploymentId, { state: 'success', logUrl: deps.runUrl, description: `${inputs.target}@${digest.slice(0, 19)}` })
    }
    return {
      digest,
      imageRef: `${inputs.target}@${digest}`,
      previousDigest: previous,
      deploymentId: deploymentId ? String(deploymentId) : '',
      gitopsCommit: gitops?.commit ?? '',
      ...(pullRequest ? { pullRequest } : {}),
      sha,
      service,
      version,
      tags: tagStates,
      copy,
      gitopsChanged: gitops?.changed ?? false,
      dryRun,
      gates,
    }
  } catch (error) {
    if (github && deploymentId) {
      await setDeploymentStatus(github.client, github.repo, deploymentId, { state: 'failure', logUrl: deps.runUrl, description: 'promotion failed' }).catch(() => undefined)
    }
    throw error
  }
}

/** owner/name from the last two path segments of a GitOps repository URL or path. */
export function gitopsRepoFrom(value: string): Repo | undefined {
  const m = /([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(value)
  return m ? { owner: m[1]!, repo: m[2]! } : undefined
}
