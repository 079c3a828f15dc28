import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { InputError, exec, readRunContext, registerCredentials, registerSecret, writeSummary, type RunContext } from '@cna/kit'
import { GATE_EVIDENCE_CHECK, decideAdoption, renderEvidence, type AdoptionDecision } from '@cna/kit/required-checks'
import { parseRepo, type RestClient } from '@cna/kit/github'
import { createRestClient } from '@cna/kit/github'
import { RegistryClient, credentialsFromAuthFiles, isLoopback, parseReference } from '@cna/kit/registry'
import { publishGateReport } from '@cna/kit/check-run'
import type { ChecksClient } from '@cna/kit/check-run'
import { ADOPT_EVENTS, adoptBlocker, gatherAdoptionFacts } from './adopt.js'
import type { BuildPlan } from './argv.js'
import { writeAuthConfig } from './auth-config.js'
import { builderWorks, checkPlatforms, chooseBuilder, createBuilder } from './builders.js'
import { commitTimeFromPayload, resolveCommitSha } from './commit.js'
import { getInputs } from './inputs.js'
import { conflict, run, tagExisting, type BuildRequest, type BuildResult } from './run.js'
import { buildSummary } from './summary.js'
import { imageTags, ociLabels } from './tags.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerCredentials(inputs['registry-username'], inputs['registry-password'])
  registerSecret(inputs['github-token'])
  if (Boolean(inputs['registry-username']) !== Boolean(inputs['registry-password'])) {
    throw new InputError(
      inputs['registry-username'] ? 'registry-password' : 'registry-username',
      'is empty while the other credential input is set',
      'both registry-username and registry-password, or neither (to use the existing Docker login)',
    )
  }
  const context = readRunContext(env)
  const sha = resolveCommitSha(inputs.sha, context)
  if (!sha) throw new InputError('sha', 'is empty and the event gave no commit SHA (GITHUB_SHA)', 'a full 40-character lowercase hex commit SHA')
  const { registry, repository } = parseReference(inputs.image)!
  const tags = imageTags(sha, inputs.tags)

  const temp = await mkdtemp(join(context.tempDir || tmpdir(), 'build-image-'))
  try {
    const auth = inputs['registry-username']
      ? await writeAuthConfig({ dir: join(temp, 'docker'), registry, username: inputs['registry-username'], password: inputs['registry-password'], env })
      : undefined
    const credentials = inputs['registry-username']
      ? { username: inputs['registry-username'], password: inputs['registry-password'] }
      : await credentialsFromAuthFiles(registry, env)
    const registryClient = new RegistryClient({ registry, ...(credentials ? { credentials } : {}) })
    const request: BuildRequest = { image: inputs.image, repository, sha, tags, push: inputs.push }

    let decision: AdoptionDecision | undefined
    let result: BuildResult | undefined
    if (inputs.adopt && (ADOPT_EVENTS as readonly string[]).includes(context.eventName)) {
      const blocker = adoptBlocker({ token: inputs['github-token'], repository: context.repository, push: inputs.push })
      if (blocker) throw blocker
      const gh = createRestClient(inputs['github-token'])
      decision = await decide(gh, inputs['require-checks'], context, sha, { request, registry: registryClient })
      result = await applyDecision(decision, request, registryClient, { gh, context, sha })
    } else if (inputs.adopt) {
      core.info(`adopt: only push and merge_group events adopt a gated image; this is a "${context.eventName}" event, so the image is built`)
    }

    if (!result) {
      const epoch = commitTimeFromPayload(sha, context) ?? (await gitCommitTime(sha, context.workspace)) ?? sourceDateEpoch(env)
      checkPlatforms(inputs.builder, inputs.platforms)
      const builderName = await chooseBuilder(inputs.builder, (name) => builderWorks(name, env))
      checkPlatforms(builderName, inputs.platforms)
      const builder = createBuilder(builderName, {
        exec,
        env,
        tlsVerify: !isLoopback(registry),
        digestFile: join(temp, 'digest'),
        ...(auth ? { authFile: auth.authFile, dockerConfig: auth.dockerConfig } : {}),
      })
      const plan: BuildPlan = {
        image: inputs.image,
        localTag: `${inputs.image}:${sha}`,
        context: inputs.context,
        file: inputs.file || defaultContainerfile(inputs.context),
        buildArgs: inputs['build-args'],
        labels: ociLabels({
          sha,
          source: context.repository ? `${context.serverUrl}/${context.repository}` : '',
          created: new Date(epoch * 1000),
          extra: inputs.labels,
        }),
        platforms: inputs.platforms,
        epoch,
        iidFile: join(temp, 'iid'),
        metadataFile: join(temp, 'metadata.json'),
        push: inputs.push,
      }
      result = await run(request, { builder, registry: registryClient, plan })
    }

    core.setOutput('digest', result.digest)
    core.setOutput('image-ref', result.imageRef)
    core.setOutput('tags', result.tags.join('\n'))
    core.setOutput('sha-tag', result.shaTag)
    const adopted = decision?.kind === 'adopt'
    core.setOutput('adopted', String(adopted))
    core.setOutput('built', String(Boolean(result.builder)))
    core.setOutput('gated-sha', decision?.kind === 'adopt' || decision?.kind === 'reuse' ? decision.gatedSha : '')
    core.setOutput('pull-request', decision?.kind === 'adopt' ? String(decision.evidence.pullRequest) : '')
    if (result.digest) core.info(`${result.builder ? 'pushed' : adopted ? 'adopted' : 'reused'} ${result.imageRef}`)
    await writeSummary(buildSummary(result, decision))
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

/** Reads the registry and GitHub and decides, purely, whether the gated image can stand for this commit. */
async function decide(
  gh: RestClient,
  required: readonly string[],
  context: RunContext,
  sha: string,
  deps: { request: BuildRequest; registry: RegistryClient },
): Promise<AdoptionDecision> {
  const repo = parseRepo(context.repository)!
  const facts = await gatherAdoptionFacts({ gh, repo, registry: deps.registry, repository: deps.request.repository }, sha, required, context)
  const decision = decideAdoption(facts)
  core.info(`adopt: ${decision.kind}: ${decision.reason}`)
  return decision
}

/** Tags the adopted or reused digest and records the evidence; undefined when the image must be built. */
async function applyDecision(
  decision: AdoptionDecision,
  request: BuildRequest,
  registry: RegistryClient,
  opts: { gh: ChecksClient; context: RunContext; sha: string },
): Promise<BuildResult | undefined> {
  switch (decision.kind) {
    case 'build':
      core.notice(`Not adopted: ${decision.reason}. Building ${opts.sha} instead; the workflow gates it itself.`)
      return undefined
    case 'conflict':
      throw conflict(request.image, opts.sha, decision.existing, `the gated image to adopt is ${decision.wanted}`)
    case 'reuse':
      return tagExisting(request, registry, decision.digest, `the image gated on ${opts.sha}`)
    case 'adopt': {
      const e = decision.evidence
      const result = await tagExisting(request, registry, decision.digest, `the gated image of #${e.pullRequest} (head ${e.headSha})`)
      const [owner = '', repo = ''] = opts.context.repository.split('/')
      const rendered = renderEvidence(e, request.image)
      const published = await publishGateReport(
        { checkName: GATE_EVIDENCE_CHECK, conclusion: 'success', title: rendered.title, summary: rendered.summary, text: rendered.text, annotations: [] },
        { client: opts.gh, owner, repo, headSha: opts.sha, ...(opts.context.runUrl ? { detailsUrl: opts.context.runUrl } : {}) },
      )
      if (published.mode !== 'check-run')
        core.warning(
          `The "${GATE_EVIDENCE_CHECK}" check run could not be written on ${opts.sha}: promote with require-checks will not find where the gates passed. Grant checks: write.`,
        )
      return result
    }
  }
}

async function gitCommitTime(sha: string, cwd: string): Promise<number | undefined> {
  try {
    const result = await exec('git', ['log', '-1', '--format=%ct', sha], { cwd, stream: false, check: false })
    const seconds = Number(result.stdout.trim())
    return result.exitCode === 0 && seconds > 0 ? seconds : undefined
  } catch {
    return undefined
  }
}

/** Without a commit time, SOURCE_DATE_EPOCH (the reproducible-builds convention), else now. */
function sourceDateEpoch(env: NodeJS.ProcessEnv): number {
  const value = Number(env.SOURCE_DATE_EPOCH)
  if (Number.isInteger(value) && value > 0) return value
  core.notice(
    'No commit time found (no push payload, no git history for the SHA): the image is stamped with the current time, so a rebuild gets another digest.',
  )
  return Math.floor(Date.now() / 1000)
}

/** Docker's classic builder only looks for `Dockerfile`; buildah and podman also take `Containerfile`. */
function defaultContainerfile(context: string): string {
  for (const name of ['Dockerfile', 'Containerfile']) {
    if (existsSync(join(context, name))) return join(context, name)
  }
  return ''
}
