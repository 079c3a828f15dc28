import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { manifestDigest, startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { startFaultProxy, type FaultProxy } from '../tools/parts/fault-proxy.js'
import { pushCosignSignature, pushImage, pushIndex } from '../tools/parts/oci-images.js'
import { RegistryClient } from '@cna/kit/registry'

/**
 * promote, from its committed bundle, against two real registries (one with basic auth),
 * a real GitOps repository on disk, and the GitHub emulator (OpenAPI-validated).
 */
const git = promisify(execFile)
const SHA = '3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21'
const SHA2 = '4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b'
const PROD_USER = 'prod-bot'
const PROD_PASSWORD = 'Prod-Registry-Pa55word'
const GITOPS_TOKEN = 'ghp_gitopsTokenValue1234567890'

let dev: RegistryFixture
let prod: RegistryFixture
let emu: GitHubEmulator
let work: string
let gitops: string
let buildEnv: Record<string, string>
const built: Record<string, string> = {}

async function buildImage(sha: string, message: string): Promise<string> {
  const dir = join(work, `ctx-${sha.slice(0, 7)}`)
  await mkdir(dir, { recursive: true })
  await copyFile('/bin/busybox', join(dir, 'busybox'))
  await writeFile(join(dir, 'message.txt'), message)
  await writeFile(join(dir, 'Containerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY message.txt /message.txt\n')
  const run = await runAction({
    action: 'build-image',
    cwd: work,
    github: { sha },
    inputs: { image: `${dev.host}/octo-org/sensor-api`, context: dir, builder: 'buildah' },
    env: buildEnv,
  })
  if (run.exitCode !== 0) throw new Error(`build-image failed: ${run.errors.join('; ')}\n${run.stdout}`)
  return run.outputs.digest!
}

async function promote(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    action: 'promote',
    cwd: work,
    github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: 'octo-org/sensor-api', runId: '42' },
    inputs,
    env,
  })
}

function shown(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
}

async function gitopsFile(path: string): Promise<string> {
  const { stdout } = await git('git', ['-C', gitops, 'show', `main:${path}`])
  return stdout
}

async function gitopsHead(): Promise<string> {
  return (await git('git', ['-C', gitops, 'rev-parse', 'main'])).stdout.trim()
}

beforeAll(async () => {
  ;[dev, prod, emu] = await Promise.all([startRegistry(), startRegistry({ auth: { username: PROD_USER, password: PROD_PASSWORD } }), startGitHubEmulator()])
  work = await mkdtemp(join(tmpdir(), 'promote-it-'))
  await writeFile(join(work, 'storage.conf'), `[storage]\ndriver = "vfs"\ngraphroot = "${work}/store"\nrunroot = "${work}/run"\n`)
  buildEnv = { CONTAINERS_STORAGE_CONF: join(work, 'storage.conf'), BUILDAH_ISOLATION: 'chroot', SOURCE_DATE_EPOCH: '1700000000' }
  built[SHA] = await buildImage(SHA, 'release one\n')
  built[SHA2] = await buildImage(SHA2, 'release two\n')

  // The application repository on "GitHub": both commits, the gates' check runs.
  emu.state.addRepo('octo-org/sensor-api')
  for (const sha of [SHA, SHA2]) {
    emu.state.commit('octo-org/sensor-api', { sha, files: { VERSION: sha }, message: `commit ${sha.slice(0, 7)}` })
    for (const name of ['unit-tests', 'integration-tests', 'security-scan'])
      emu.state.addCheckRun('octo-org/sensor-api', { head_sha: sha, name, status: 'completed', conclusion: 'success' })
  }
  emu.state.addCheckRun('octo-org/sensor-api', { head_sha: SHA2, name: 'peer-review', status: 'completed', conclusion: 'failure' })

  // The GitOps config repository Argo CD would reconcile: a bare repository with overlays.
  const seed = join(work, 'seed')
  gitops = join(work, 'octo-org', 'gitops-config.git')
  await mkdir(join(seed, 'envs', 'staging'), { recursive: true })
  await mkdir(join(seed, 'envs', 'production'), { recursive: true })
  await writeFile(
    join(seed, 'envs', 'staging', 'kustomization.yaml'),
    '# staging\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: sensor-api   # the service\n    newTag: "1.4.1"\n',
  )
  await writeFile(
    join(seed, 'envs', 'production', 'values.yaml'),
    'replicaCount: 3\nimage:\n  repository: ghcr.io/octo-org/sensor-api # moved on promote\n  tag: "1.4.1"\n',
  )
  for (const args of [
    ['init', '-q', '-b', 'main', seed],
    ['-C', seed, 'add', '.'],
    ['-C', seed, '-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'seed'],
    ['clone', '-q', '--bare', seed, gitops],
  ]) {
    await git('git', args)
  }
}, 300_000)

afterEach(() => assertNoViolations(emu))

afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop(), emu?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

describe('promote inside one registry', () => {
  const inputs = () => ({
    source: `${dev.host}/octo-org/sensor-api:${SHA}`,
    target: `${dev.host}/staging/sensor-api`,
    environment: 'staging',
    tags: 'v1.4.2',
    'require-checks': 'unit-tests, integration-tests, security-scan',
    'gitops-repo': gitops,
    'gitops-path': 'envs/staging',
    'gitops-token': GITOPS_TOKEN,
  })

  test('mounts every blob (zero bytes moved), lands the identical digest, pins it in GitOps, records a deployment', async () => {
    const run = await promote(inputs())
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const digest = built[SHA]!
    expect(run.outputs.digest).toBe(digest)
    expect(run.outputs['image-ref']).toBe(`${dev.host}/staging/sensor-api@${digest}`)
    expect(await manifestDigest(dev, 'staging/sensor-api', SHA)).toBe(digest)
    expect(await manifestDigest(dev, 'staging/sensor-api', 'v1.4.2')).toBe(digest)
    expect(run.summary).toMatch(/bytes moved\*\* \| 0 B \(0 uploaded, \d+ mounted/)

    // GitOps: pinned by digest, formatting and comments kept, commit names service, env, digest, commit.
    const kustomization = await gitopsFile('envs/staging/kustomization.yaml')
    expect(kustomization).toBe(
      `# staging\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: sensor-api   # the service\n    newName: ${dev.host}/staging/sensor-api\n    digest: ${digest}\n`,
    )
    expect(run.outputs['gitops-commit']).toBe(await gitopsHead())
    const { stdout: message } = await git('git', ['-C', gitops, 'log', '-1', '--format=%B', 'main'])
    expect(message).toContain('promote sensor-api v1.4.2 to staging')
    expect(message).toContain(digest)
    expect(message).toContain(SHA)

    // The GitHub Deployment, with the payload /status and /rollback read.
    const deployment = emu.state.repo('octo-org/sensor-api').deployments.find((d) => String(d.id) === run.outputs['deployment-id'])
    expect(deployment).toMatchObject({
      environment: 'staging',
      sha: SHA,
      production_environment: false,
      payload: { service: 'sensor-api', version: 'v1.4.2', digest, image: `${dev.host}/staging/sensor-api@${digest}` },
    })
    expect(deployment!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect(run.outputs['previous-digest']).toBe('')
    expect(shown(run)).not.toContain(GITOPS_TOKEN)
  })

  test('a second identical run changes nothing: no GitOps commit, tags as they were', async () => {
    const head = await gitopsHead()
    const run = await promote(inputs())
    expect(run.exitCode).toBe(0)
    expect(await gitopsHead()).toBe(head)
    expect(run.outputs['gitops-commit']).toBe(head)
    expect(run.summary).toContain('unchanged')
    expect(run.summary).toContain('already pinned')
  })

  test('the next release reports the previous digest (the rollback target)', async () => {
    const run = await promote({ ...inputs(), source: `${dev.host}/octo-org/sensor-api@${built[SHA2]}`, tags: 'v1.4.3' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['previous-digest']).toBe(built[SHA])
    expect(await gitopsFile('envs/staging/kustomization.yaml')).toContain(`digest: ${built[SHA2]}`)
  })

  test('a red or missing required check refuses the promotion and changes nothing', async () => {
    const head = await gitopsHead()
    const run = await promote({
      ...inputs(),
      source: `${dev.host}/octo-org/sensor-api@${built[SHA2]}`,
      target: `${dev.host}/refused/sensor-api`,
      'require-checks': 'unit-tests, peer-review, code-quality',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('peer-review: concluded failure')
    expect(run.errors[0]).toContain('code-quality: missing')
    expect(await manifestDigest(dev, 'refused/sensor-api', SHA2)).toBeUndefined()
    expect(await gitopsHead()).toBe(head)
  })

  test('an existing target tag naming another digest is never moved', async () => {
    const run = await promote({ ...inputs(), source: `${dev.host}/octo-org/sensor-api@${built[SHA2]}`, tags: 'v1.4.2' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`staging/sensor-api:v1.4.2 already exists with digest ${built[SHA]}`)
    expect(await manifestDigest(dev, 'staging/sensor-api', 'v1.4.2')).toBe(built[SHA])
  })

  test('dry-run says what would happen and changes nothing', async () => {
    const head = await gitopsHead()
    const before = emu.state.repo('octo-org/sensor-api').deployments.length
    const run = await promote({ ...inputs(), target: `${dev.host}/dry/sensor-api`, 'gitops-path': 'envs/production', 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('Dry run: would promote')
    expect(await manifestDigest(dev, 'dry/sensor-api', SHA)).toBeUndefined()
    expect(await gitopsHead()).toBe(head)
    expect(emu.state.repo('octo-org/sensor-api').deployments.length).toBe(before)
  })
})

describe('promote to another registry with credentials', () => {
  test('streams the blobs, lands the identical digest, Helm values pinned, secrets never shown', async () => {
    const run = await promote(
      {
        source: `${dev.host}/octo-org/sensor-api@${built[SHA]}`,
        target: `${prod.host}/prod/sensor-api`,
        environment: 'production',
        tags: 'v1.4.2',
        'target-username': PROD_USER,
        'target-password': PROD_PASSWORD,
        'gitops-repo': gitops,
        'gitops-path': 'envs/production/values.yaml',
        'gitops-token': GITOPS_TOKEN,
      },
      { ACTIONS_STEP_DEBUG: 'true' },
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(await manifestDigest(prod, 'prod/sensor-api', SHA)).toBe(built[SHA])
    expect(await manifestDigest(prod, 'prod/sensor-api', 'v1.4.2')).toBe(built[SHA])
    expect(run.summary).toMatch(/bytes moved\*\* \| [1-9][\d.]* (B|KiB|MiB) \(\d+ uploaded, 0 mounted/)
    expect(await gitopsFile('envs/production/values.yaml')).toBe(
      `replicaCount: 3\nimage:\n  repository: ${prod.host}/prod/sensor-api # moved on promote\n  tag: "1.4.1"\n  digest: ${built[SHA]}\n`,
    )
    const deployment = emu.state.repo('octo-org/sensor-api').deployments.find((d) => String(d.id) === run.outputs['deployment-id'])
    expect(deployment?.production_environment).toBe(true)
    expect(run.masks).toContain(PROD_PASSWORD)
    expect(shown(run)).not.toContain(PROD_PASSWORD)
    expect(shown(run)).not.toContain(Buffer.from(`${PROD_USER}:${PROD_PASSWORD}`).toString('base64'))
  })

  test('wrong credentials: one clear error, nothing at the target', async () => {
    const run = await promote({
      source: `${dev.host}/octo-org/sensor-api@${built[SHA2]}`,
      target: `${prod.host}/other/sensor-api`,
      environment: 'production',
      'target-username': PROD_USER,
      'target-password': 'wrong',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/401/)
    expect(shown(run)).not.toContain('\n    at ')
  })
})

describe('multi-platform images and signatures', () => {
  test('an image index is promoted whole, children first, with its cosign signature', async () => {
    const client = new RegistryClient({ registry: dev.host })
    const index = await pushIndex(client, 'octo-org/multi', 'build')
    const signature = await pushCosignSignature(client, 'octo-org/multi', index.digest)
    const run = await promote({
      source: `${dev.host}/octo-org/multi@${index.digest}`,
      target: `${prod.host}/prod/multi`,
      environment: 'staging',
      sha: SHA,
      'target-username': PROD_USER,
      'target-password': PROD_PASSWORD,
    })
    expect(run.errors).toEqual([])
    expect(run.outputs.digest).toBe(index.digest)
    expect(await manifestDigest(prod, 'prod/multi', SHA)).toBe(index.digest)
    for (const child of index.children) expect(await manifestDigest(prod, 'prod/multi', child.digest)).toBe(child.digest)
    expect(await manifestDigest(prod, 'prod/multi', signature.tag)).toBe(signature.digest)
    expect(run.summary).toContain('referrers copied')
  })
})

describe('promote through a faulty network', () => {
  let proxy: FaultProxy
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: prod.url })
  })
  afterAll(async () => proxy?.stop())

  const promoteThroughProxy = (repo: string, digest: string) =>
    promote({
      source: `${dev.host}/octo-org/faulty@${digest}`,
      target: `${proxy.host}/${repo}`,
      environment: 'staging',
      sha: SHA,
      'target-username': PROD_USER,
      'target-password': PROD_PASSWORD,
    })

  test.each([
    ['429 with Retry-After', (p: FaultProxy) => p.faults.tooManyRequests(2, 1)],
    ['503 on uploads', (p: FaultProxy) => p.faults.unavailable(3, ['blob-upload', 'upload-start'])],
    ['a connection reset in the middle of a blob', (p: FaultProxy) => p.faults.resetAfter(256 * 1024, 1, ['blob-upload'])],
    ['slow responses', (p: FaultProxy) => p.faults.delay(40)],
  ])('%s: succeeds with the same digest', async (name, inject) => {
    const image = await pushImage(new RegistryClient({ registry: dev.host }), 'octo-org/faulty', [1024 * 1024, 2048])
    proxy.faults.clear()
    proxy.resetStats()
    inject(proxy)
    const repo = `faulty/${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
    const run = await promoteThroughProxy(repo, image.digest)
    proxy.faults.clear()
    expect(run.errors).toEqual([])
    expect(run.outputs.digest).toBe(image.digest)
    expect(await manifestDigest(prod, repo, SHA)).toBe(image.digest)
    const fired = proxy.stats.faultsFired
    expect(fired.status + fired.reset + fired.delay).toBeGreaterThan(0)
  })

  test('a registry that keeps failing: a clean failure, and no tag at the target', async () => {
    const image = await pushImage(new RegistryClient({ registry: dev.host }), 'octo-org/faulty', [300_000])
    proxy.faults.clear()
    proxy.faults.unavailable(1_000, ['blob-upload', 'upload-start'])
    const run = await promoteThroughProxy('faulty/down', image.digest)
    proxy.faults.clear()
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/503/)
    expect(await manifestDigest(prod, 'faulty/down', SHA)).toBeUndefined()
  })
})

describe('GitOps through a pull request', () => {
  test('pushes a branch and opens a pull request; a re-run reuses it', async () => {
    const digest = built[SHA2]!
    const branch = `promote/production/sensor-api-${digest.slice(7, 19)}`
    // On GitHub the pushed branch exists in the GitOps repository; seed it in the emulator.
    emu.state.addRepo('octo-org/gitops-config')
    emu.state.commit('octo-org/gitops-config', { branch, files: { 'envs/production/values.yaml': 'pinned' }, message: 'promote' })
    const inputs = {
      source: `${dev.host}/octo-org/sensor-api@${digest}`,
      target: `${dev.host}/prod-pr/sensor-api`,
      environment: 'production',
      'gitops-repo': gitops,
      'gitops-path': 'envs/production/values.yaml',
      'gitops-mode': 'pull-request',
    }
    const head = await gitopsHead()
    const run = await promote(inputs)
    expect(run.errors).toEqual([])
    expect(await gitopsHead()).toBe(head)
    const { stdout } = await git('git', ['-C', gitops, 'show', `${branch}:envs/production/values.yaml`])
    expect(stdout).toContain(`digest: ${digest}`)
    const pulls = [...emu.state.repo('octo-org/gitops-config').pulls.values()]
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).toMatchObject({ head: { ref: branch }, base: { ref: 'main' }, title: 'promote sensor-api 4a3b2c1d0e9f to production' })
    expect(run.summary).toContain(`pull request [#${pulls[0]!.number}]`)
    const again = await promote(inputs)
    expect(again.exitCode).toBe(0)
    expect(emu.state.repo('octo-org/gitops-config').pulls.size).toBe(1)
  })
})

describe('bad input: one ::error:: line naming the input', () => {
  test.each([
    [{ source: 'ghcr.io/o/app:latest' }, /^Input "source" .*not an immutable image reference/],
    [{ source: 'ghcr.io/o/app:v1.4.2' }, /^Input "source" /],
    [{ target: 'ghcr.io/o/app:v1' }, /^Input "target" .*without tag or digest/],
    [{ tags: 'latest' }, /^Input "tags" contains "latest"/],
    [{ environment: '' }, /^Input "environment" is required/],
    [{ 'gitops-repo': '/tmp/x' }, /^Input "gitops-path" is empty while gitops-repo is set/],
    [{ 'gitops-mode': 'merge' }, /^Input "gitops-mode" .*one of: commit, pull-request/],
    [{ 'target-username': 'u' }, /^Input "target-password" is empty/],
    [{ 'dry-run': 'maybe' }, /^Input "dry-run" .*"true" or "false"/],
  ])('%j', async (given, expected) => {
    const base = { source: `127.0.0.1:1/o/app@sha256:${'a'.repeat(64)}`, target: '127.0.0.1:1/p/app', environment: 'staging' }
    const run = await runAction({ action: 'promote', inputs: { ...base, ...given } })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(expected)
  })
})
