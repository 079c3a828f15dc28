// End to end, with real parts only: a registry on loopback, the base image built from this
// machine's node, the service image built FROM that base by digest, pushed, pulled into a
// separate podman store and run; then the running container is requested and stopped.
// Slow (two image builds on vfs), hence its own vitest project: `pnpm test:container`.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBaseImage } from '../base/build-base.ts'
import { buildah, runTool } from '../base/buildah.ts'
import { freePort, waitFor200 } from './support/http.ts'
import { podman, RUN_LIMITS } from './support/podman.ts'
import { fetchImageConfig, startRegistry, type Registry } from './support/registry.ts'

const SERVICE_DIR = fileURLToPath(new URL('..', import.meta.url))
// The pipeline tags images with the full 40-hex commit SHA and passes it as REVISION.
const REVISION = '0123456789abcdef0123456789abcdef01234567'

let registry: Registry
let work: string
let base: Awaited<ReturnType<typeof buildBaseImage>>

/** Builds the service image FROM the base in the store under dir, pushes it, returns its digest. */
async function buildService(dir: string, tag: string): Promise<string> {
  const digestFile = join(dir, 'service.digest')
  await buildah(dir, [
    'build',
    '--isolation',
    'chroot',
    '--timestamp',
    '0',
    // The base comes from the loopback registry, which speaks plain HTTP.
    '--tls-verify=false',
    '--build-arg',
    `BASE_IMAGE=${base.imageRef}`,
    '--build-arg',
    `REVISION=${REVISION}`,
    '-f',
    join(SERVICE_DIR, 'Containerfile'),
    '-t',
    tag,
    SERVICE_DIR,
  ])
  await buildah(dir, ['push', '--tls-verify=false', '--digestfile', digestFile, tag, `docker://${tag}`])
  return (await readFile(digestFile, 'utf8')).trim()
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sensor-api-container-'))
  registry = await startRegistry()
  // The image copies dist/ as is: compile it now so the image holds the sources under test.
  await runTool(process.execPath, [join(SERVICE_DIR, 'node_modules/typescript/bin/tsc'), '-p', join(SERVICE_DIR, 'tsconfig.json')])
  base = await buildBaseImage({ registryHost: registry.host, workDir: join(work, 'base') })
})

afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('base image', () => {
  it('is pushed and pinned by digest, tagged with the node major version', () => {
    expect(base.imageRef).toMatch(new RegExp(`^${registry.host.replace(/\./g, '\\.')}/node-base@sha256:[0-9a-f]{64}$`))
    expect(base.tag).toBe(`${registry.host}/node-base:${process.versions.node.split('.')[0]}`)
  })

  it('is reproducible: a rebuild in a fresh store gives the same digest', async () => {
    const again = await buildBaseImage({ registryHost: registry.host, workDir: join(work, 'base-again') })
    expect(again.digest).toBe(base.digest)
  })
})

describe('service image', () => {
  const repository = 'sensor-api'
  let digest: string
  let imageRef: string
  let podmanDir: string
  let container: string | undefined

  beforeAll(async () => {
    // A store of its own: the base must come from the registry by digest, as in CI.
    digest = await buildService(join(work, 'service'), `${registry.host}/${repository}:${REVISION}`)
    imageRef = `${registry.host}/${repository}@${digest}`
    podmanDir = join(work, 'podman')
  })

  afterAll(async () => {
    // Only reached with a container left over when a test failed before stopping it.
    if (container) await podman(podmanDir, ['rm', '--force', '--time', '5', container]).catch(() => {})
  })

  it('has a digest, and the same one when rebuilt from the same inputs', async () => {
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await buildService(join(work, 'service-again'), `${registry.host}/${repository}:rebuild`)).toBe(digest)
  })

  it('runs node as the unprivileged user on port 8080, in exec form', async () => {
    const { config } = await fetchImageConfig(registry.host, repository, digest)
    expect(config.User).toBe('65532')
    expect(config.Cmd).toEqual(['node', '/app/dist/main.js'])
    expect(config.ExposedPorts).toHaveProperty('8080/tcp')
    expect(config.Env).toEqual(expect.arrayContaining(['PORT=8080', `REVISION=${REVISION}`, 'PATH=/usr/local/bin:/bin']))
  })

  it('is pulled by digest and serves; SIGTERM stops it gracefully', async () => {
    // Host networking on a free loopback port: podman's bridge (-p 127.0.0.1:P:8080) also works
    // here, but would add a bridge and firewall rules to a machine other tests share.
    const port = await freePort()
    container = (await podman(podmanDir, ['run', '--detach', '--tls-verify=false', '--network', 'host', ...RUN_LIMITS, '--env', `PORT=${port}`, imageRef]))
      .trim()
      .split('\n')
      .at(-1)!
    const url = `http://127.0.0.1:${port}`

    const health = await waitFor200(`${url}/healthz`, 30_000)
    expect(health.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await health.json()).toEqual({ status: 'ok' })
    expect(await (await fetch(`${url}/version`)).json()).toEqual({ name: 'sensor-api', version: '1.4.2', revision: REVISION })

    for (const value of [3, 5]) {
      const posted = await fetch(`${url}/sensors/probe-1/readings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ value, unit: 'C' }),
      })
      expect(posted.status).toBe(201)
    }
    expect(await (await fetch(`${url}/sensors/probe-1/stats`)).json()).toEqual({ sensorId: 'probe-1', unit: 'C', count: 2, min: 3, max: 5, mean: 4 })

    // The process really runs as uid 65532: read from the host's /proc (no user namespace here),
    // so no shell or tool is needed inside the image.
    const pid = (await podman(podmanDir, ['inspect', '--format', '{{.State.Pid}}', container])).trim()
    expect(await readFile(`/proc/${pid}/status`, 'utf8')).toMatch(/^Uid:\s+65532\s+65532\s/m)
    expect((await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0')).toEqual(['node', '/app/dist/main.js', ''])

    // node is PID 1 and handles SIGTERM itself: stop returns long before the 10 s kill timeout,
    // with exit code 0 and the shutdown in the log. (No --rm, so the exit code can be read.)
    const began = Date.now()
    await podman(podmanDir, ['stop', '--time', '10', container])
    expect(Date.now() - began).toBeLessThan(5_000)
    expect((await podman(podmanDir, ['inspect', '--format', '{{.State.ExitCode}}', container])).trim()).toBe('0')
    const logs = (await podman(podmanDir, ['logs', container]))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(logs[0]).toMatchObject({ msg: 'listening', port, version: '1.4.2', revision: REVISION })
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'shutting down', signal: 'SIGTERM' }))
    expect(logs.at(-1)).toMatchObject({ msg: 'stopped' })
    await podman(podmanDir, ['rm', container])
    container = undefined
  })
})
