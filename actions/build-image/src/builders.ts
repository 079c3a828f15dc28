import { readFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { UserError, canRun, type Exec } from '@cna/kit'
import type { BuilderName } from './inputs.js'
import { buildahBuildArgs, buildahPushArgs, buildxBuildArgs, dockerBuildArgs, parseBuildxMetadata, parseDockerPushDigest, type BuildPlan } from './argv.js'

export type ConcreteBuilder = Exclude<BuilderName, 'auto'>

export interface BuiltImage {
  /** Local image ID: the config digest (or, with Docker's containerd store, the manifest digest). */
  imageId?: string
  /** Set when the build itself pushed (buildx pushes by digest). */
  digest?: string
}

export interface Builder {
  name: ConcreteBuilder
  /** Whether `build` already pushes (by digest) when plan.push is set. */
  pushesOnBuild: boolean
  build(plan: BuildPlan): Promise<BuiltImage>
  /** Pushes the local image to `destination` (name:tag) and returns the manifest digest. */
  push(plan: BuildPlan, destination: string): Promise<string>
}

export interface BuilderEnv {
  exec: Exec
  env: NodeJS.ProcessEnv
  /** A registry auth file holding the credentials given as inputs, if any. */
  authFile?: string
  /** A Docker config dir holding that auth file, for docker and buildx. */
  dockerConfig?: string
  tlsVerify: boolean
  digestFile: string
}

async function readTrimmed(file: string): Promise<string | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '')
  return text.trim() || undefined
}

function dockerEnv(ctx: BuilderEnv): NodeJS.ProcessEnv {
  return ctx.dockerConfig ? { ...ctx.env, DOCKER_CONFIG: ctx.dockerConfig } : ctx.env
}

function containersTool(name: 'buildah' | 'podman', ctx: BuilderEnv): Builder {
  return {
    name,
    pushesOnBuild: false,
    async build(plan) {
      await ctx.exec(name, buildahBuildArgs(plan), { env: ctx.env })
      return { imageId: await readTrimmed(plan.iidFile) }
    },
    async push(plan, destination) {
      const args = buildahPushArgs({
        source: plan.localTag,
        destination,
        digestFile: ctx.digestFile,
        tlsVerify: ctx.tlsVerify,
        ...(ctx.authFile ? { authFile: ctx.authFile } : {}),
      })
      await ctx.exec(name, args, { env: ctx.env })
      const digest = await readTrimmed(ctx.digestFile)
      if (!digest) throw new Error(`${name} push did not write a digest`)
      return digest
    },
  }
}

function docker(ctx: BuilderEnv): Builder {
  return {
    name: 'docker',
    pushesOnBuild: false,
    async build(plan) {
      await ctx.exec('docker', dockerBuildArgs(plan), { env: { ...dockerEnv(ctx), SOURCE_DATE_EPOCH: String(plan.epoch) } })
      return { imageId: await readTrimmed(plan.iidFile) }
    },
    async push(plan, destination) {
      if (destination !== plan.localTag) await ctx.exec('docker', ['tag', plan.localTag, destination], { env: dockerEnv(ctx) })
      const result = await ctx.exec('docker', ['push', destination], { env: dockerEnv(ctx) })
      const digest = parseDockerPushDigest(result.stdout + result.stderr)
      if (!digest) throw new Error('docker push did not report a digest')
      return digest
    },
  }
}

function buildx(ctx: BuilderEnv): Builder {
  return {
    name: 'buildx',
    pushesOnBuild: true,
    async build(plan) {
      await ctx.exec('docker', buildxBuildArgs(plan), { env: { ...dockerEnv(ctx), SOURCE_DATE_EPOCH: String(plan.epoch) } })
      const metadata = await readTrimmed(plan.metadataFile)
      const parsed = metadata ? parseBuildxMetadata(metadata) : {}
      const imageId = await readTrimmed(plan.iidFile)
      return { ...(imageId ? { imageId } : {}), ...(parsed.digest && plan.push ? { digest: parsed.digest } : {}) }
    },
    async push() {
      throw new Error('buildx pushes during the build')
    },
  }
}

export function createBuilder(name: ConcreteBuilder, ctx: BuilderEnv): Builder {
  switch (name) {
    case 'buildx':
      return buildx(ctx)
    case 'docker':
      return docker(ctx)
    case 'buildah':
    case 'podman':
      return containersTool(name, ctx)
  }
}

/** Probes that say whether a builder can work on this machine right now. */
export async function builderWorks(name: ConcreteBuilder, env: NodeJS.ProcessEnv): Promise<boolean> {
  switch (name) {
    case 'buildx':
      return (await canRun('docker', ['buildx', 'version'], env)) && canRun('docker', ['info'], env)
    case 'docker':
      return canRun('docker', ['info'], env)
    case 'buildah':
    case 'podman':
      return canRun(name, ['--version'], env)
  }
}

export const AUTO_ORDER: readonly ConcreteBuilder[] = ['buildx', 'docker', 'buildah', 'podman']

export async function chooseBuilder(requested: BuilderName, works: (name: ConcreteBuilder) => Promise<boolean>): Promise<ConcreteBuilder> {
  if (requested !== 'auto') {
    if (!(await works(requested))) {
      throw new UserError(
        `Input "builder" is "${requested}", but ${requested} cannot run on this runner. Expected a builder that is installed and working (auto picks the first of ${AUTO_ORDER.join(', ')} that works).`,
      )
    }
    return requested
  }
  for (const name of AUTO_ORDER) {
    if (await works(name)) {
      core.info(`builder: auto chose ${name} (the first that works of ${AUTO_ORDER.join(', ')})`)
      return name
    }
  }
  throw new UserError(
    `Input "builder" is "auto", but none of ${AUTO_ORDER.join(', ')} works on this runner. Expected a runner with Docker (with or without buildx), buildah or podman installed.`,
  )
}

/** Only buildx builds several platforms into one image index in one run. Pure. */
export function checkPlatforms(builder: BuilderName, platforms: readonly string[]): void {
  if (platforms.length > 1 && builder !== 'buildx' && builder !== 'auto') {
    throw new UserError(
      `Input "platforms" lists ${platforms.length} platforms, but the ${builder} builder builds one platform per run. Expected one platform, or builder: buildx for multi-platform images.`,
    )
  }
}
