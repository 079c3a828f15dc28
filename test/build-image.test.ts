import { mkdir, mkdtemp, rm, symlink, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { manifestDigest, startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { DOCKER_BIN, startDockerEngine, type DockerEngine } from '../tools/parts/docker-engine.js'

/**
 * build-image, run from its committed bundle exactly as the runner runs it, against the
 * real distribution registry (with basic auth) and real builders: buildah, and a real
 * Docker engine.
 */
const USER = 'ci-bot'
const PASSWORD = 'pa55-w0rd-Very-Secret'
const SHA = '3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21'
const HEAD_SHA = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d'

let registry: RegistryFixture
let work: string
let buildahEnv: Record<string, string>

async function makeContext(name: string, content: string): Promise<string> {
  const dir = join(work, name)
  await mkdir(dir, { recursive: true })
  await copyFile('/bin/busybox', join(dir, 'busybox'))
  await writeFile(join(dir, 'message.txt'), content)
  await writeFile(
    join(dir, 'Containerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nCOPY message.txt /message.txt\nCMD ["/bin/busybox", "cat", "/message.txt"]\n',
  )
  return dir
}

/** Everything the run printed or wrote, for secret checks. */
function everything(run: ActionRun): string {
  // `::add-mask::` lines are consumed by the runner and never shown; everything else is.
  const shown = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [shown, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.exportedEnv), JSON.stringify(run.state)].join('\n')
}

beforeAll(async () => {
  registry = await startRegistry({ auth: { username: USER, password: PASSWORD } })
  work = await mkdtemp(join(tmpdir(), 'build-image-it-'))
  // buildah's storage in a private vfs root, chosen through its own config variables,
  // so the action itself needs no test-only inputs.
  await writeFile(join(work, 'storage.conf'), `[storage]\ndriver = "vfs"\ngraphroot = "${work}/store"\nrunroot = "${work}/run"\n`)
  buildahEnv = { CONTAINERS_STORAGE_CONF: join(work, 'storage.conf'), BUILDAH_ISOLATION: 'chroot', SOURCE_DATE_EPOCH: '1700000000' }
})

afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('build-image with buildah against a real registry', () => {
  const repo = 'octo-org/sensor-api'
  const image = () => `${registry.host}/${repo}`

  test("pushes the full-SHA tag; the digest output is the registry's Docker-Content-Digest", async () => {
    const context = await makeContext('ctx-a', 'hello from a\n')
    const run = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: { image: image(), context, builder: 'buildah', tags: 'v1.4.2', 'registry-username': USER, 'registry-password': PASSWORD },
      env: { ...buildahEnv, ACTIONS_STEP_DEBUG: 'true' },
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const digest = await manifestDigest(registry, repo, SHA)
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(run.outputs.digest).toBe(digest)
    expect(await manifestDigest(registry, repo, 'v1.4.2')).toBe(digest)
    expect(run.outputs['image-ref']).toBe(`${image()}@${digest}`)
    expect(run.outputs['sha-tag']).toBe(`${image()}:${SHA}`)
    expect((run.outputs.tags ?? '').split('\n')).toEqual([`${image()}:${SHA}`, `${image()}:v1.4.2`])
    expect(run.summary).toContain(`${image()}@${digest}`)
    expect(run.summary).toContain(`${image()}:v1.4.2`)
    // Credentials: masked for the runner, and in no output, log or summary, even in debug mode.
    expect(run.masks).toContain(PASSWORD)
    expect(everything(run)).not.toContain(PASSWORD)
    expect(everything(run)).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString('base64'))
    // The SHA tag can never be `latest`, and nothing else got tagged.
    expect(await manifestDigest(registry, repo, 'latest')).toBeUndefined()
  })

  test('re-running the same commit is a successful no-op with the same digest', async () => {
    const context = await makeContext('ctx-a', 'hello from a\n')
    const before = await manifestDigest(registry, repo, SHA)
    const run = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: { image: image(), context, builder: 'buildah', tags: 'v1.4.2', 'registry-username': USER, 'registry-password': PASSWORD },
      env: buildahEnv,
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(before)
    expect(run.summary).toContain('already there, same digest')
  })

  test('an existing SHA tag with other content is refused and left untouched', async () => {
    const before = await manifestDigest(registry, repo, SHA)
    const context = await makeContext('ctx-b', 'different content\n')
    const run = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: { image: image(), context, builder: 'buildah', 'registry-username': USER, 'registry-password': PASSWORD },
      env: buildahEnv,
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`${image()}:${SHA} already exists with digest ${before}`)
    expect(run.errors[0]).toMatch(/this build produced image sha256:[a-f0-9]{64}/)
    expect(run.stdout).not.toMatch(/at .*\.js:\d+/)
    expect(await manifestDigest(registry, repo, SHA)).toBe(before)
  })

  test('on pull_request events the tag is the PR head SHA, not the merge commit', async () => {
    const context = await makeContext('ctx-pr', 'pull request\n')
    const run = await runAction({
      action: 'build-image',
      cwd: work,
      eventName: 'pull_request',
      event: { pull_request: { number: 7, head: { sha: HEAD_SHA, ref: 'feature/x' }, base: { ref: 'main' } } },
      github: { sha: SHA, ref: 'refs/pull/7/merge' },
      inputs: { image: `${registry.host}/octo-org/pr-app`, context, builder: 'buildah', 'registry-username': USER, 'registry-password': PASSWORD },
      env: buildahEnv,
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['sha-tag']).toBe(`${registry.host}/octo-org/pr-app:${HEAD_SHA}`)
    expect(await manifestDigest(registry, 'octo-org/pr-app', HEAD_SHA)).toBe(run.outputs.digest)
    expect(await manifestDigest(registry, 'octo-org/pr-app', SHA)).toBeUndefined()
  })

  test('build arguments reach the builder verbatim, never through a shell', async () => {
    const dir = join(work, 'ctx-args')
    await mkdir(dir, { recursive: true })
    await copyFile('/bin/busybox', join(dir, 'busybox'))
    await writeFile(join(dir, 'Containerfile'), 'FROM scratch\nARG NOTE\nLABEL note=$NOTE\nCOPY busybox /bin/busybox\n')
    const marker = join(work, 'pwned')
    const note = `$(touch ${marker}); \`touch ${marker}\``
    const run = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: {
        image: `${registry.host}/octo-org/args`,
        context: dir,
        builder: 'buildah',
        'build-args': `NOTE=${note}`,
        'registry-username': USER,
        'registry-password': PASSWORD,
      },
      env: buildahEnv,
    })
    expect(run.exitCode).toBe(0)
    const { existsSync } = await import('node:fs')
    expect(existsSync(marker)).toBe(false)
  })

  test("without credentials the registry's refusal is one clear error", async () => {
    const context = await makeContext('ctx-c', 'no creds\n')
    const run = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: { image: `${registry.host}/octo-org/nocreds`, context, builder: 'buildah' },
      env: { ...buildahEnv, HOME: work },
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/requires credentials|401/)
  })
})

describe('bad input: one ::error:: line naming the input, before anything is built or pushed', () => {
  test.each([
    [{ image: '127.0.0.1:1/app', tags: 'latest' }, /^Input "tags" contains "latest", which is refused/],
    [{ image: '127.0.0.1:1/app', tags: 'v1,Latest' }, /^Input "tags" contains "latest"/],
    [{ image: '' }, /^Input "image" is required/],
    [{ image: '127.0.0.1:1/app:v1' }, /^Input "image" .*without tag or digest/],
    [{ image: '127.0.0.1:1/app', builder: 'kaniko' }, /^Input "builder" .*one of: auto, buildx, docker, buildah, podman/],
    [{ image: '127.0.0.1:1/app', sha: 'HEAD' }, /^Input "sha" .*40-character/],
    [{ image: '127.0.0.1:1/app', push: 'maybe' }, /^Input "push" .*"true" or "false"/],
    [{ image: '127.0.0.1:1/app', 'build-args': 'JUSTAKEY' }, /^Input "build-args" .*KEY=VALUE/],
    [{ image: '127.0.0.1:1/app', 'registry-username': 'u' }, /^Input "registry-password" is empty/],
    [{ image: '127.0.0.1:1/app', platforms: 'linux/amd64,linux/arm64', builder: 'buildah' }, /^Input "platforms" lists 2 platforms/],
  ])('%j', async (inputs, expected) => {
    const run = await runAction({ action: 'build-image', github: { sha: SHA }, inputs, env: { SOURCE_DATE_EPOCH: '1700000000' } })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(expected)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
    expect(run.stdout).not.toContain('STEP 1')
  })
})

describe('build-image with a real Docker engine', () => {
  let engine: DockerEngine
  let path: string

  beforeAll(async () => {
    engine = await startDockerEngine()
    // The Debian client, not the newer one that comes first on PATH here.
    const bin = join(work, 'docker-bin')
    await mkdir(bin, { recursive: true })
    await symlink(DOCKER_BIN, join(bin, 'docker')).catch(() => undefined)
    path = `${bin}:${process.env.PATH}`
  })
  afterAll(async () => {
    await engine?.stop()
  })

  test("builder auto picks the Docker engine; the digest output is the registry's", async () => {
    const context = await makeContext('ctx-docker', 'built by docker\n')
    const run = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: { image: `${registry.host}/octo-org/docker-app`, context, tags: 'v2', 'registry-username': USER, 'registry-password': PASSWORD },
      env: { PATH: path, DOCKER_HOST: engine.host, DOCKER_CONFIG: engine.configDir, ACTIONS_STEP_DEBUG: 'true', SOURCE_DATE_EPOCH: '1700000000' },
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('builder: auto chose docker')
    const digest = await manifestDigest(registry, 'octo-org/docker-app', SHA)
    expect(run.outputs.digest).toBe(digest)
    expect(await manifestDigest(registry, 'octo-org/docker-app', 'v2')).toBe(digest)
    expect(everything(run)).not.toContain(PASSWORD)
  })

  test('docker: a re-run is a no-op; other content under the same SHA tag is refused', async () => {
    const env = { PATH: path, DOCKER_HOST: engine.host, DOCKER_CONFIG: engine.configDir, SOURCE_DATE_EPOCH: '1700000000' }
    const inputs = { image: `${registry.host}/octo-org/docker-app`, builder: 'docker', 'registry-username': USER, 'registry-password': PASSWORD }
    const before = await manifestDigest(registry, 'octo-org/docker-app', SHA)
    const again = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: { ...inputs, context: await makeContext('ctx-docker', 'built by docker\n') },
      env,
    })
    expect(again.exitCode).toBe(0)
    expect(again.outputs.digest).toBe(before)
    const other = await runAction({
      action: 'build-image',
      cwd: work,
      github: { sha: SHA },
      inputs: { ...inputs, context: await makeContext('ctx-docker-2', 'changed\n') },
      env,
    })
    expect(other.exitCode).toBe(1)
    expect(other.errors[0]).toContain(`already exists with digest ${before}`)
    expect(await manifestDigest(registry, 'octo-org/docker-app', SHA)).toBe(before)
  })
})
