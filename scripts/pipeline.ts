/**
 * The pipeline, locally, on the bundled example service: starts a real registry, builds
 * the service and its Node base image, runs the committed build-image bundle exactly as
 * the GitHub runner would (INPUT_* variables, event payload, GITHUB_OUTPUT), checks the
 * digest it reports against the registry's own, and starts the image to ask it for
 * /healthz. Everything it starts, it stops.
 */
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { buildBaseImage } from '../examples/sensor-api/base/build-base.ts'
import { ROOT } from '../test/harness/actions.ts'
import { runAction } from '../test/harness/run-action.ts'
import { manifestDigest, startRegistry } from '../test/fixtures/registry.ts'
import { runContainer } from '../test/fixtures/container.ts'

const run = promisify(execFile)
const step = (text: string): void => console.log(`\n==> ${text}`)

async function main(): Promise<void> {
  const work = join(ROOT, '.tmp', 'pipeline')
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const storageConf = join(work, 'storage.conf')
  await writeFile(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${work}/store"\nrunroot = "${work}/run"\n`)

  step('starting a registry (CNCF distribution) on 127.0.0.1')
  const registry = await startRegistry()
  console.log(`registry at ${registry.url}`)
  // Docker treats loopback registries as plain HTTP by itself; buildah and podman are told
  // so in their registries.conf, as a runner with a local registry would be set up.
  const registriesConf = join(work, 'registries.conf')
  await writeFile(registriesConf, `[[registry]]\nlocation = "${registry.host}"\ninsecure = true\n`)
  const containersEnv = { CONTAINERS_STORAGE_CONF: storageConf, CONTAINERS_REGISTRIES_CONF: registriesConf, BUILDAH_ISOLATION: 'chroot' }
  try {
    step('building and unit-testing examples/sensor-api')
    const service = join(ROOT, 'examples', 'sensor-api')
    await run('pnpm', ['run', 'build'], { cwd: service })
    const tests = await run('pnpm', ['run', 'test'], { cwd: service }).catch((e: { stdout?: string }) => {
      throw new Error(`sensor-api unit tests failed:\n${e.stdout ?? ''}`)
    })
    console.log(tests.stdout.split('\n').filter((l) => /Tests|Test Files/.test(l)).join('\n'))

    step('building the Node base image from this machine (nothing can be pulled here)')
    const base = await buildBaseImage({ registryHost: registry.host, workDir: join(work, 'base') })
    console.log(`base image ${base.imageRef}`)

    const sha = (await run('git', ['rev-parse', 'HEAD'], { cwd: ROOT })).stdout.trim()
    const image = `${registry.host}/octo-org/sensor-api`
    step(`build-image (committed bundle) for commit ${sha}`)
    const result = await runAction({
      action: 'build-image',
      cwd: ROOT,
      eventName: 'push',
      github: { sha, repository: 'octo-org/sensor-api' },
      inputs: { image, context: 'examples/sensor-api', builder: 'buildah', 'build-args': `BASE_IMAGE=${base.imageRef}`, tags: 'v1.4.2' },
      env: { ...containersEnv, SOURCE_DATE_EPOCH: (await run('git', ['log', '-1', '--format=%ct'], { cwd: ROOT })).stdout.trim() },
      timeoutMs: 300_000,
    })
    process.stdout.write(result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).map((l) => `    ${l}`).join('\n'))
    if (result.exitCode !== 0) throw new Error(`build-image failed: ${result.errors.join('; ')}`)

    const confirmed = await manifestDigest(registry, 'octo-org/sensor-api', sha)
    if (confirmed !== result.outputs.digest) throw new Error(`registry says ${confirmed}, build-image said ${result.outputs.digest}`)

    step('starting the image and asking it for /healthz')
    const health = await runContainer({ image: result.outputs['image-ref'] ?? '', env: containersEnv, path: '/healthz' })
    console.log(`GET /healthz → ${health.status} ${health.body}`)
    if (health.status !== 200) throw new Error('the service did not answer /healthz with 200')

    step('done')
    console.log(`image-ref: ${result.outputs['image-ref']}`)
    console.log(`registry confirms ${image}:${sha} → ${confirmed}`)
    console.log(`digest: ${result.outputs.digest}`)
  } finally {
    await registry.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`pipeline failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
