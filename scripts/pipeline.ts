/**
 * The pipeline, locally, on the bundled example service, through the committed action
 * bundles run exactly as the GitHub runner runs them (INPUT_* variables, event payload,
 * GITHUB_OUTPUT, job summary). Real parts where they can run here — the registry, buildah,
 * podman, git — and the emulators in test/ where they cannot (GitHub). Everything it
 * starts, it stops. It ends with one table: the same digest at every stage.
 */
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { buildBaseImage } from '../examples/sensor-api/base/build-base.ts'
import { ROOT } from '../test/harness/actions.ts'
import { runAction, type ActionRun, type RunActionOptions } from '../test/harness/run-action.ts'
import { manifestDigest, startRegistry } from '../test/fixtures/registry.ts'
import { runContainer } from '../test/fixtures/container.ts'
import { startGitHubEmulator, WRITE_TOKEN } from '../test/github/emulator.ts'
import { Stages } from './pipeline/stages.ts'

const run = promisify(execFile)
const REPOSITORY = 'octo-org/sensor-api'
const PROD_USER = 'prod-deployer'
const PROD_PASSWORD = `local-${Math.random().toString(36).slice(2)}`

/** Removes the colour codes vitest writes, to read its summary line. */
function stripAnsi(text: string): string {
  return text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
}

async function main(): Promise<void> {
  const work = join(ROOT, '.tmp', 'pipeline')
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const stages = new Stages()

  const [registry, prodRegistry, github] = await Promise.all([
    startRegistry(),
    startRegistry({ auth: { username: PROD_USER, password: PROD_PASSWORD } }),
    startGitHubEmulator(),
  ])
  console.log(`registry ${registry.url}, production registry ${prodRegistry.url} (basic auth), GitHub API emulator ${github.url}`)
  try {
    // buildah and podman are told the loopback registries speak plain HTTP, as a runner with
    // a local registry would be set up (Docker assumes it for loopback by itself).
    const registriesConf = join(work, 'registries.conf')
    await writeFile(registriesConf, [registry.host, prodRegistry.host].map((h) => `[[registry]]\nlocation = "${h}"\ninsecure = true\n`).join('\n'))
    const storageConf = join(work, 'storage.conf')
    await writeFile(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${work}/store"\nrunroot = "${work}/run"\n`)
    const containersEnv = { CONTAINERS_STORAGE_CONF: storageConf, CONTAINERS_REGISTRIES_CONF: registriesConf, BUILDAH_ISOLATION: 'chroot' }

    const sha = (await run('git', ['rev-parse', 'HEAD'], { cwd: ROOT })).stdout.trim()
    const commitTime = (await run('git', ['log', '-1', '--format=%ct'], { cwd: ROOT })).stdout.trim()
    github.state.addRepo(REPOSITORY)
    github.state.commit(REPOSITORY, { sha, files: { 'README.md': '# sensor-api\n' }, message: 'the commit under test' })
    const action = (name: string, opts: Omit<RunActionOptions, 'action'>): Promise<ActionRun> =>
      runAction({ cwd: ROOT, github: { sha, repository: REPOSITORY, token: WRITE_TOKEN, apiUrl: github.url, runId: '1' }, timeoutMs: 300_000, ...opts, action: name })
    const expectOk = (name: string, result: ActionRun): ActionRun => {
      if (result.exitCode !== 0) throw new Error(`${name} failed: ${result.errors.join('; ') || result.stderr.slice(-2000)}`)
      return result
    }

    const service = join(ROOT, 'examples', 'sensor-api')
    await stages.run('sensor-api: build and unit tests', async () => {
      await run('pnpm', ['run', 'build'], { cwd: service })
      const tests = await run('pnpm', ['run', 'test'], { cwd: service }).catch((e: { stdout?: string }) => {
        throw new Error(`sensor-api unit tests failed:\n${e.stdout ?? ''}`)
      })
      const summary = /Tests\s+(\d+ passed[^\n]*)/.exec(stripAnsi(tests.stdout))?.[1]
      return { detail: summary ?? 'passed' }
    })

    const base = await stages.run('base image (node from this machine; nothing can be pulled here)', async () => {
      const built = await buildBaseImage({ registryHost: registry.host, workDir: join(work, 'base') })
      return { ...built, digest: built.digest, detail: built.tag }
    })

    const image = `${registry.host}/${REPOSITORY}`
    const build = await stages.run(`build-image (commit ${sha.slice(0, 12)})`, async () => {
      const result = expectOk(
        'build-image',
        await action('build-image', {
          eventName: 'push',
          inputs: { image, context: 'examples/sensor-api', builder: 'buildah', 'build-args': `BASE_IMAGE=${base.imageRef}`, tags: 'v1.4.2' },
          env: { ...containersEnv, SOURCE_DATE_EPOCH: commitTime },
        }),
      )
      const confirmed = await manifestDigest(registry, REPOSITORY, sha)
      if (confirmed !== result.outputs.digest) throw new Error(`registry says ${confirmed}, build-image said ${result.outputs.digest}`)
      return { digest: result.outputs.digest!, imageRef: result.outputs['image-ref']!, result: 'pushed', detail: `${image}:${sha.slice(0, 12)}…, v1.4.2` }
    })

    await stages.run('the image runs: GET /healthz', async () => {
      const health = await runContainer({ image: build.imageRef, env: containersEnv, path: '/healthz' })
      if (health.status !== 200) throw new Error(`the service answered /healthz with ${health.status}`)
      return { result: `${health.status} ${health.body}` }
    })

    // The GitOps config repository Argo CD or Flux would reconcile: one overlay per environment.
    const gitops = join(work, 'octo-org', 'gitops-config.git')
    const seed = join(work, 'gitops-seed')
    for (const env of ['dev', 'staging', 'production']) {
      await mkdir(join(seed, 'envs', env), { recursive: true })
      await writeFile(join(seed, 'envs', env, 'kustomization.yaml'), `# ${env}: reconciled by Argo CD\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: sensor-api-${env}\nresources:\n  - ../../base\nimages:\n  - name: sensor-api\n    newTag: "1.4.1"\n`)
    }
    for (const args of [['init', '-q', '-b', 'main', seed], ['-C', seed, 'add', '.'], ['-C', seed, '-c', 'user.name=platform', '-c', 'user.email=platform@example.com', 'commit', '-qm', 'environments'], ['clone', '-q', '--bare', seed, gitops]]) {
      await run('git', args)
    }

    const promotions: Array<{ environment: string; target: string; extra: Record<string, string> }> = [
      { environment: 'dev', target: `${registry.host}/dev/sensor-api`, extra: {} },
      { environment: 'staging', target: `${registry.host}/staging/sensor-api`, extra: {} },
      { environment: 'production', target: `${prodRegistry.host}/prod/sensor-api`, extra: { 'target-username': PROD_USER, 'target-password': PROD_PASSWORD } },
    ]
    let source = build.imageRef
    for (const { environment, target, extra } of promotions) {
      await stages.run(`promote → ${environment}`, async () => {
        const result = expectOk(
          `promote to ${environment}`,
          await action('promote', {
            inputs: { source, target, environment, tags: 'v1.4.2', 'gitops-repo': gitops, 'gitops-path': `envs/${environment}`, ...extra },
          }),
        )
        const moved = /bytes moved\*\* \| ([^|]+)\|/.exec(result.summary)?.[1]?.trim()
        source = result.outputs['image-ref']!
        return { digest: result.outputs.digest!, result: `gitops ${result.outputs['gitops-commit']!.slice(0, 12)}`, detail: `${target}; ${moved ?? ''}` }
      })
    }

    const digests = new Set(stages.records.filter((r) => r.digest && !r.stage.startsWith('base')).map((r) => r.digest))
    console.log(`\n${stages.table()}\n`)
    if (digests.size !== 1) throw new Error(`the digest changed between stages: ${[...digests].join(', ')}`)
    const { stdout: log } = await run('git', ['-C', gitops, 'log', '--format=%h %s', 'main'])
    console.log(`GitOps commits:\n${log.trim().split('\n').map((l) => `  ${l}`).join('\n')}\n`)
    console.log(`image-ref: ${build.imageRef}`)
    console.log(`registry confirms ${image}:${sha} → ${await manifestDigest(registry, REPOSITORY, sha)}`)
    console.log(`production registry confirms ${prodRegistry.host}/prod/sensor-api:${sha} → ${await manifestDigest(prodRegistry, 'prod/sensor-api', sha)}`)
    console.log(`digest: ${build.digest}`)
  } finally {
    await Promise.all([registry.stop(), prodRegistry.stop(), github.stop()])
  }
}

main().catch((error: unknown) => {
  console.error(`pipeline failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
