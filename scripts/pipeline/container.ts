/**
 * Starts the built image with podman, in the background, for the integration-tests gate to
 * wait for and test; the flags are the ones this machine needs (see tools/parts/container.ts).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
const PODMAN_FLAGS = ['--runtime', 'runc', '--cgroup-manager', 'cgroupfs', '--events-backend', 'file']

export interface RunningContainer {
  id: string
  /** The container's last log lines (for an error message). */
  logs(): Promise<string>
  stop(): Promise<void>
}

export async function startContainer(opts: { image: string; env: Record<string, string>; port: number }): Promise<RunningContainer> {
  const env = { ...process.env, ...opts.env }
  const { stdout } = await run(
    'podman',
    [
      ...PODMAN_FLAGS,
      'run',
      '-d',
      '--tls-verify=false',
      '--network',
      'host',
      '--ulimit',
      'nofile=1024:1024',
      '--ulimit',
      'nproc=4096:4096',
      '-e',
      `PORT=${opts.port}`,
      opts.image,
    ],
    { env },
  )
  const id = stdout.trim().split('\n').at(-1)!
  return {
    id,
    logs: async () => (await run('podman', [...PODMAN_FLAGS, 'logs', '--tail', '20', id], { env }).catch(() => ({ stdout: '' }))).stdout,
    stop: async () => {
      await run('podman', [...PODMAN_FLAGS, 'rm', '-f', '-t', '5', id], { env }).catch(() => undefined)
    },
  }
}
