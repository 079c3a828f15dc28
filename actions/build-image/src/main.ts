import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { InputError, exec, readRunContext, registerCredentials, writeSummary } from '@cna/kit'
import { RegistryClient, credentialsFromAuthFiles, isLoopback, parseReference } from '@cna/kit/registry'
import type { BuildPlan } from './argv.js'
import { writeAuthConfig } from './auth-config.js'
import { builderWorks, checkPlatforms, chooseBuilder, createBuilder } from './builders.js'
import { commitTimeFromPayload, resolveCommitSha, type EventContext } from './commit.js'
import { getInputs } from './inputs.js'
import { run } from './run.js'
import { buildSummary } from './summary.js'
import { imageTags, ociLabels } from './tags.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerCredentials(inputs['registry-username'], inputs['registry-password'])
  if (Boolean(inputs['registry-username']) !== Boolean(inputs['registry-password'])) {
    throw new InputError(inputs['registry-username'] ? 'registry-password' : 'registry-username', 'is empty while the other credential input is set', 'both registry-username and registry-password, or neither (to use the existing Docker login)')
  }
  const context = readRunContext(env)
  const sha = resolveCommitSha(inputs.sha, context as unknown as EventContext)
  if (!sha) throw new InputError('sha', 'is empty and the event gave no commit SHA (GITHUB_SHA)', 'a full 40-character lowercase hex commit SHA')
  const { registry, repository } = parseReference(inputs.image)!
  const tags = imageTags(sha, inputs.tags)
  const epoch = commitTimeFromPayload(sha, context as unknown as EventContext) ?? (await gitCommitTime(sha, context.workspace)) ?? sourceDateEpoch(env)

  const temp = await mkdtemp(join(context.tempDir || tmpdir(), 'build-image-'))
  try {
    const auth = inputs['registry-username']
      ? await writeAuthConfig({ dir: join(temp, 'docker'), registry, username: inputs['registry-username'], password: inputs['registry-password'], env })
      : undefined
    const credentials = inputs['registry-username']
      ? { username: inputs['registry-username'], password: inputs['registry-password'] }
      : await credentialsFromAuthFiles(registry, env)
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
      labels: ociLabels({ sha, source: context.repository ? `${context.serverUrl}/${context.repository}` : '', created: new Date(epoch * 1000), extra: inputs.labels }),
      platforms: inputs.platforms,
      epoch,
      iidFile: join(temp, 'iid'),
      metadataFile: join(temp, 'metadata.json'),
      push: inputs.push,
    }
    const registryClient = new RegistryClient({ registry, ...(credentials ? { credentials } : {}) })
    const result = await run({ image: inputs.image, repository, sha, tags, push: inputs.push }, { builder, registry: registryClient, plan })

    core.setOutput('digest', result.digest)
    core.setOutput('image-ref', result.imageRef)
    core.setOutput('tags', result.tags.join('\n'))
    core.setOutput('sha-tag', result.shaTag)
    if (result.digest) core.info(`pushed ${result.imageRef}`)
    await writeSummary(buildSummary(result))
  } finally {
    await rm(temp, { recursive: true, force: true })
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
  core.notice('No commit time found (no push payload, no git history for the SHA): the image is stamped with the current time, so a rebuild gets another digest.')
  return Math.floor(Date.now() / 1000)
}

/** Docker's classic builder only looks for `Dockerfile`; buildah and podman also take `Containerfile`. */
function defaultContainerfile(context: string): string {
  for (const name of ['Dockerfile', 'Containerfile']) {
    if (existsSync(join(context, name))) return join(context, name)
  }
  return ''
}
