// Reading repositories at a ref with git (argv arrays, never a shell).
import { execFile, spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { promisify } from 'node:util'

const execFileP = promisify(execFile)

export async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await execFileP('git', ['-C', dir, ...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })
  return stdout
}

/** The commit a ref names (sha, branch, tag, refs/...), or undefined. */
export async function resolveCommit(dir: string, ref: string): Promise<string | undefined> {
  for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    try {
      return (await git(dir, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`])).trim()
    } catch {
      // try the next form
    }
  }
  return undefined
}

/** A file's text at a commit, or undefined when the path does not exist there. */
export async function showFile(dir: string, commit: string, path: string): Promise<string | undefined> {
  try {
    return await git(dir, ['show', `${commit}:${path.replace(/^\.\//, '')}`])
  } catch {
    return undefined
  }
}

/** Names of the files directly under a folder at a commit. */
export async function listFiles(dir: string, commit: string, folder: string): Promise<string[]> {
  try {
    const out = await git(dir, ['ls-tree', '--name-only', `${commit}:${folder}`])
    return out.split('\n').filter(Boolean)
  } catch {
    return []
  }
}

/** Extracts the tree of a commit into `target` (`git archive | tar -x`, both as argv). */
export async function extractTree(dir: string, commit: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true })
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['-C', dir, 'archive', '--format=tar', commit], { stdio: ['ignore', 'pipe', 'pipe'] })
    const tar = spawn('tar', ['-x', '-C', target], { stdio: ['pipe', 'ignore', 'pipe'] })
    archive.stdout.pipe(tar.stdin)
    let err = ''
    archive.stderr.on('data', (c: Buffer) => (err += c.toString()))
    tar.stderr.on('data', (c: Buffer) => (err += c.toString()))
    let pending = 2
    let failed = false
    const done = (code: number | null) => {
      if (code !== 0) failed = true
      if (--pending > 0) return
      if (failed) reject(new Error(`git archive ${commit} from ${dir} failed: ${err.trim()}`))
      else resolve()
    }
    archive.on('close', done)
    tar.on('close', done)
  })
}
