// Test fixtures: local git repositories holding workflows, and an emulator-backed runner.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startGitHubEmulator } from '../../github-emulator/emulator.js'
import { WorkflowRunner } from '../index.js'
import type { RunnerOptions } from '../src/types.js'

const dirs: string[] = []

export function cleanupDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' }).trim()

/** A git repository with one commit per call of `commit`. */
export function gitRepo(
  files: Record<string, string>,
  branch = 'main',
): { dir: string; commit: (files: Record<string, string | null>, message?: string) => string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wf-repo-'))
  dirs.push(dir)
  git(dir, 'init', '--quiet', '-b', branch)
  const commit = (changes: Record<string, string | null>, message = 'change') => {
    for (const [path, content] of Object.entries(changes)) {
      const full = join(dir, path)
      if (content === null) rmSync(full, { force: true })
      else {
        mkdirSync(dirname(full), { recursive: true })
        writeFileSync(full, content)
      }
    }
    git(dir, 'add', '-A')
    git(dir, 'commit', '--quiet', '--allow-empty', '-m', message)
    return git(dir, 'rev-parse', 'HEAD')
  }
  const sha = commit(files, 'initial')
  return { dir, commit, sha }
}

export { git }

export type Emulator = Awaited<ReturnType<typeof startGitHubEmulator>>

let shared: Emulator | undefined
export async function emulator(): Promise<Emulator> {
  shared ??= await startGitHubEmulator()
  return shared
}
export async function stopEmulator(): Promise<void> {
  await shared?.stop()
  shared = undefined
}

let repoCounter = 0
/** A runner for a fresh repository (`octo/appN` in the emulator) holding `files`. */
export async function runnerFor(files: Record<string, string>, opts: Partial<RunnerOptions> = {}) {
  const emu = await emulator()
  const repository = opts.repository ?? `octo/app${++repoCounter}`
  emu.state.addRepo(repository)
  const repo = gitRepo(files)
  const runner = new WorkflowRunner({ repository, repoDir: repo.dir, emulator: { url: emu.url, state: emu.state as never }, ...opts })
  return { runner, repo, emu, repository }
}

export const push = (sha: string, branch = 'main') => ({
  file: '.github/workflows/ci.yml',
  event: { name: 'push', payload: { ref: `refs/heads/${branch}`, after: sha } },
  sha,
  ref: `refs/heads/${branch}`,
})
