// The emulator keeps its own git model; actions that look a commit up (check runs, statuses,
// deployments) need the local commit there too. This copies one local commit, with its SHA,
// its whole tree, and its first parent when the emulator has it, onto a branch or tag.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { EmulatorState } from '../../../test/github/state.js'
import { git } from './git.js'

const execFileP = promisify(execFile)

export async function mirrorCommit(state: EmulatorState, repository: string, repoDir: string, sha: string, ref: string): Promise<void> {
  const repo = state.repo(repository)
  if (repo.git.commits.has(sha)) {
    state.setRef(repository, ref.startsWith('refs/') ? ref : `refs/heads/${ref}`, sha)
    return
  }
  const listing = await git(repoDir, ['ls-tree', '-r', '-z', sha])
  const files: Record<string, Buffer | null> = {}
  for (const entry of listing.split('\0').filter(Boolean)) {
    const [meta, path] = entry.split('\t') as [string, string]
    const [, type, blob] = meta.split(' ')
    if (type !== 'blob') continue
    const { stdout } = await execFileP('git', ['-C', repoDir, 'cat-file', 'blob', blob!], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 })
    files[path] = stdout
  }
  const [parent] = (await git(repoDir, ['rev-list', '--parents', '-n', '1', sha])).trim().split(' ').slice(1)
  const parents = parent && repo.git.commits.has(parent) ? [parent] : []
  // Paths of the emulator's parent tree that the local commit no longer has are deleted.
  const base = parents[0] ? repo.git.commits.get(parents[0])!.tree : undefined
  for (const path of base?.keys() ?? []) if (!(path in files)) files[path] = null
  const message = (await git(repoDir, ['log', '-1', '--format=%B', sha])).trim()
  const branch = ref.replace(/^refs\/heads\//, '')
  if (ref.startsWith('refs/') && !ref.startsWith('refs/heads/')) {
    // Tags and pull refs: commit on a scratch branch, then point the ref at it.
    state.commit(repository, { branch: `mirror/${sha}`, files, message, sha, parents })
    state.setRef(repository, ref, sha)
    repo.git.refs.delete(`refs/heads/mirror/${sha}`)
  } else state.commit(repository, { branch, files, message, sha, parents })
}
