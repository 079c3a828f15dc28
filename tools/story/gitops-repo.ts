// The local GitOps repository the config-gate tests gate: git, with the fixture's main and
// branches for the pull requests under test (test/config-gate.test.ts, the starter's run).
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const git = async (cwd: string, ...args: string[]): Promise<string> =>
  (await run('git', ['-c', 'user.name=Gitops Bot', '-c', 'user.email=gitops@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd })).stdout.trim()

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
}

/** A repository at `dir` whose main holds `files`; returns main's SHA. */
export async function initRepository(dir: string, files: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true })
  await git(dir, 'init', '-q', '-b', 'main')
  await writeFiles(dir, files)
  await git(dir, 'add', '-A')
  await git(dir, 'commit', '-q', '-m', 'The GitOps repository')
  return git(dir, 'rev-parse', 'HEAD')
}

/** A branch off main with `files` changed in one commit; returns its SHA (main stays checked out). */
export async function branch(dir: string, name: string, files: Record<string, string>, from = 'main'): Promise<string> {
  await git(dir, 'checkout', '-q', '-b', name, from)
  await writeFiles(dir, files)
  await git(dir, 'add', '-A')
  await git(dir, 'commit', '-q', '-m', `Change on ${name}`)
  const sha = await git(dir, 'rev-parse', 'HEAD')
  await git(dir, 'checkout', '-q', 'main')
  return sha
}
