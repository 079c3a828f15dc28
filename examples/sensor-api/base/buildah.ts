// Runs buildah against a private storage directory. Private storage (vfs, under a work dir the
// caller owns) keeps tests and pipeline runs from sharing or corrupting each other's images,
// and vfs needs no kernel overlay support. Commands are argv arrays through execFile: nothing
// reaches a shell, so image names and paths are never interpreted.

import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** Global storage flags shared by buildah and podman, so both see the same images. */
export function storageFlags(workDir: string): string[] {
  return ['--root', join(workDir, 'store'), '--runroot', join(workDir, 'run'), '--storage-driver', 'vfs']
}

/** Runs a tool and returns its stdout; on failure the error names the command and quotes stderr. */
export async function runTool(file: string, args: readonly string[], options: { cwd?: string } = {}): Promise<string> {
  try {
    // Build logs of a ~100 MB layer are long; the default 1 MiB buffer would kill the build.
    const { stdout } = await execFileAsync(file, args, { cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } catch (error) {
    const e = error as Error & { stderr?: string; code?: number | string }
    const stderr = (e.stderr ?? '').trim().split('\n').slice(-20).join('\n')
    throw new Error(`${file} ${args.join(' ')} failed (exit ${e.code ?? '?'}):\n${stderr || e.message}`)
  }
}

/** `buildah <storage flags> ...args` for the store under workDir. */
export function buildah(workDir: string, args: readonly string[]): Promise<string> {
  return runTool('buildah', [...storageFlags(workDir), ...args])
}
