/**
 * The argument arrays each builder is run with, as pure functions of a build plan, so a
 * table of tests pins them down. Nothing here goes through a shell: every value, however
 * odd, is one argv element.
 */
export interface BuildPlan {
  /** Image name, e.g. ghcr.io/octo-org/sensor-api. */
  image: string
  /** The local tag the build produces: image:<sha>. */
  localTag: string
  context: string
  file: string
  buildArgs: ReadonlyArray<[string, string]>
  labels: ReadonlyArray<[string, string]>
  platforms: readonly string[]
  /** Commit time in epoch seconds: builders that support it stamp the image with it, so
   * an unchanged commit rebuilds to the same digest. */
  epoch: number
  iidFile: string
  metadataFile: string
  push: boolean
}

function pairs(flag: string, values: ReadonlyArray<[string, string]>): string[] {
  return values.flatMap(([key, value]) => [flag, `${key}=${value}`])
}

function common(plan: BuildPlan): string[] {
  return [
    ...(plan.file ? ['--file', plan.file] : []),
    ...pairs('--build-arg', plan.buildArgs),
    ...pairs('--label', plan.labels),
    ...(plan.platforms.length > 0 ? ['--platform', plan.platforms.join(',')] : []),
  ]
}

/** buildah and podman take the same build flags. */
export function buildahBuildArgs(plan: BuildPlan): string[] {
  return ['build', '--timestamp', String(plan.epoch), '--tag', plan.localTag, ...common(plan), '--iidfile', plan.iidFile, plan.context]
}

export function buildahPushArgs(opts: { source: string; destination: string; digestFile: string; tlsVerify: boolean; authFile?: string }): string[] {
  return [
    'push',
    ...(opts.authFile ? ['--authfile', opts.authFile] : []),
    ...(opts.tlsVerify ? [] : ['--tls-verify=false']),
    '--digestfile',
    opts.digestFile,
    opts.source,
    `docker://${opts.destination}`,
  ]
}

export function dockerBuildArgs(plan: BuildPlan): string[] {
  return ['build', '--tag', plan.localTag, ...common(plan), '--iidfile', plan.iidFile, plan.context]
}

/**
 * buildx pushes by digest only (no tag): the tags are written afterwards through the
 * registry API, once we know that none of them would move to another digest.
 */
export function buildxBuildArgs(plan: BuildPlan): string[] {
  const output = plan.push
    ? `type=image,name=${plan.image},push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true`
    : plan.platforms.length > 1
      ? `type=image,name=${plan.image},push=false`
      : 'type=docker'
  return [
    'buildx',
    'build',
    ...(plan.push ? [] : ['--tag', plan.localTag]),
    ...common(plan),
    '--build-arg',
    `SOURCE_DATE_EPOCH=${plan.epoch}`,
    '--metadata-file',
    plan.metadataFile,
    '--iidfile',
    plan.iidFile,
    '--output',
    output,
    plan.context,
  ]
}

/** `docker push` ends with `<tag>: digest: sha256:… size: N`. */
export function parseDockerPushDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1]
}

/** buildx's --metadata-file: `containerimage.digest` is the pushed manifest (or index). */
export function parseBuildxMetadata(json: string): { digest?: string; configDigest?: string } {
  const data = JSON.parse(json) as Record<string, unknown>
  const digest = data['containerimage.digest']
  const config = data['containerimage.config.digest']
  return {
    ...(typeof digest === 'string' ? { digest } : {}),
    ...(typeof config === 'string' ? { configDigest: config } : {}),
  }
}
