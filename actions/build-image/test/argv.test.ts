import { describe, expect, test } from 'vitest'
import { buildahBuildArgs, buildahPushArgs, buildxBuildArgs, dockerBuildArgs, parseBuildxMetadata, parseDockerPushDigest, type BuildPlan } from '../src/argv.js'

const SHA = 'a'.repeat(40)
const plan: BuildPlan = {
  image: 'ghcr.io/o/app',
  localTag: `ghcr.io/o/app:${SHA}`,
  context: 'svc',
  file: 'svc/Containerfile',
  buildArgs: [
    ['BASE', 'x@sha256:1'],
    ['NOTE', '$(rm -rf /); echo "hi"'],
  ],
  labels: [['org.opencontainers.image.revision', SHA]],
  platforms: [],
  epoch: 1700000000,
  iidFile: '/t/iid',
  metadataFile: '/t/meta.json',
  push: true,
}

describe('argv for each builder', () => {
  test('buildah/podman build: timestamp from the commit, tag, file, args, labels, iidfile, context last', () => {
    expect(buildahBuildArgs(plan)).toEqual([
      'build',
      '--timestamp',
      '1700000000',
      '--tag',
      `ghcr.io/o/app:${SHA}`,
      '--file',
      'svc/Containerfile',
      '--build-arg',
      'BASE=x@sha256:1',
      '--build-arg',
      'NOTE=$(rm -rf /); echo "hi"',
      '--label',
      `org.opencontainers.image.revision=${SHA}`,
      '--iidfile',
      '/t/iid',
      'svc',
    ])
  })

  test('a build argument with shell syntax stays one literal argv element', () => {
    expect(dockerBuildArgs(plan)).toContain('NOTE=$(rm -rf /); echo "hi"')
  })

  test.each([
    [{ tlsVerify: false }, ['push', '--tls-verify=false', '--digestfile', '/t/d', 'img:1', 'docker://reg/img:1']],
    [{ tlsVerify: true }, ['push', '--digestfile', '/t/d', 'img:1', 'docker://reg/img:1']],
    [{ tlsVerify: true, authFile: '/t/auth.json' }, ['push', '--authfile', '/t/auth.json', '--digestfile', '/t/d', 'img:1', 'docker://reg/img:1']],
  ])('buildah push %j', (opts, expected) => {
    expect(buildahPushArgs({ source: 'img:1', destination: 'reg/img:1', digestFile: '/t/d', ...opts })).toEqual(expected)
  })

  test('docker build: no file flag when the builder should look in the context', () => {
    expect(dockerBuildArgs({ ...plan, file: '', buildArgs: [], labels: [] })).toEqual(['build', '--tag', `ghcr.io/o/app:${SHA}`, '--iidfile', '/t/iid', 'svc'])
  })

  test('buildx pushes by digest only, reproducibly, with metadata', () => {
    const args = buildxBuildArgs({ ...plan, platforms: ['linux/amd64', 'linux/arm64'] })
    expect(args.slice(0, 2)).toEqual(['buildx', 'build'])
    expect(args).not.toContain('--tag')
    expect(args).toContain('--platform')
    expect(args[args.indexOf('--platform') + 1]).toBe('linux/amd64,linux/arm64')
    expect(args[args.indexOf('--output') + 1]).toBe('type=image,name=ghcr.io/o/app,push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true')
    expect(args[args.indexOf('--metadata-file') + 1]).toBe('/t/meta.json')
    expect(args).toContain('SOURCE_DATE_EPOCH=1700000000')
    expect(args.at(-1)).toBe('svc')
  })

  test.each([
    [[], 'type=docker'],
    [['linux/amd64'], 'type=docker'],
    [['linux/amd64', 'linux/arm64'], 'type=image,name=ghcr.io/o/app,push=false'],
  ])('buildx without push, platforms %j → output %s', (platforms, output) => {
    const args = buildxBuildArgs({ ...plan, push: false, platforms })
    expect(args[args.indexOf('--output') + 1]).toBe(output)
    expect(args[args.indexOf('--tag') + 1]).toBe(plan.localTag)
  })
})

describe('digests reported by the builders', () => {
  test('docker push output', () => {
    const out = `The push refers to repository [127.0.0.1:5000/app]\n5f70bf18a086: Pushed\n${SHA}: digest: sha256:${'b'.repeat(64)} size: 528\n`
    expect(parseDockerPushDigest(out)).toBe(`sha256:${'b'.repeat(64)}`)
    expect(parseDockerPushDigest('error')).toBeUndefined()
  })

  test('buildx metadata file', () => {
    const json = JSON.stringify({
      'containerimage.digest': `sha256:${'c'.repeat(64)}`,
      'containerimage.config.digest': `sha256:${'d'.repeat(64)}`,
      'image.name': 'x',
    })
    expect(parseBuildxMetadata(json)).toEqual({ digest: `sha256:${'c'.repeat(64)}`, configDigest: `sha256:${'d'.repeat(64)}` })
    expect(parseBuildxMetadata('{}')).toEqual({})
  })
})
