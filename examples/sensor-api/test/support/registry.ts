// A real OCI registry (CNCF distribution, Debian's docker-registry) on a free loopback port,
// with its storage in a temp dir; stopped by its own PID, never by name.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Registry {
  /** 127.0.0.1:PORT */
  host: string
  pid: number
  stop(): Promise<void>
}

export async function startRegistry(timeoutMs = 10_000): Promise<Registry> {
  const dir = await mkdtemp(join(tmpdir(), 'sensor-api-registry-'))
  const config = join(dir, 'config.yml')
  // Port 0: the kernel picks a free port, which the registry then logs; no port races between runs.
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: {level: info}',
      'storage:',
      `  filesystem: {rootdirectory: ${join(dir, 'data')}}`,
      '  delete: {enabled: true}',
      'http: {addr: 127.0.0.1:0}',
      '',
    ].join('\n'),
  )
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  try {
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`registry did not report its port within ${timeoutMs} ms:\n${log}`)), timeoutMs)
      const onData = (chunk: Buffer): void => {
        log += chunk.toString()
        const match = /listening on 127\.0\.0\.1:(\d+)/.exec(log)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!)
        }
      }
      child.stdout!.on('data', onData)
      child.stderr!.on('data', onData)
      child.once('error', reject)
      child.once('exit', (code) => reject(new Error(`registry exited with ${code}:\n${log}`)))
    })
    return { host: `127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child, dir) }
  } catch (error) {
    await stopChild(child, dir)
    throw error
  }
}

async function stopChild(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  await rm(dir, { recursive: true, force: true })
}

// Without this Accept list the registry answers 404 for OCI manifests and down-converts Docker
// ones to schema 1 (another digest).
const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ')

export interface ImageConfig {
  User?: string
  Env?: string[]
  Cmd?: string[]
  Entrypoint?: string[] | null
  ExposedPorts?: Record<string, object>
  WorkingDir?: string
}

/** The image's run configuration (user, env, command, ports) as the registry stores it. */
export async function fetchImageConfig(host: string, repository: string, digest: string): Promise<{ mediaType: string; config: ImageConfig }> {
  const base = `http://${host}/v2/${repository}`
  const manifestResponse = await fetch(`${base}/manifests/${digest}`, { headers: { accept: MANIFEST_TYPES } })
  if (!manifestResponse.ok) throw new Error(`manifest ${digest}: HTTP ${manifestResponse.status}`)
  const manifest = (await manifestResponse.json()) as { mediaType?: string; config: { digest: string } }
  const blob = await fetch(`${base}/blobs/${manifest.config.digest}`)
  if (!blob.ok) throw new Error(`config blob ${manifest.config.digest}: HTTP ${blob.status}`)
  const { config } = (await blob.json()) as { config: ImageConfig }
  return { mediaType: manifestResponse.headers.get('content-type') ?? '', config }
}
