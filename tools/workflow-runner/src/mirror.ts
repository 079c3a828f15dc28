// The emulator keeps its own git model; actions that look a commit up (check runs, statuses,
// deployments, the tree of a commit) need the local commits there too, with the same SHAs.
// One copier for both uses: one commit onto a ref (mirrorCommit), or a whole repository's
// branches and tags (mirrorToEmulator).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { GitStore, type BlobRecord } from '../../github-emulator/git.js'
import type { EmulatorState } from '../../github-emulator/state.js'

const run = promisify(execFile)

async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: dir, maxBuffer: 256 * 1024 * 1024 })
  return stdout.trim()
}

/** path → blob of every file of a commit, the contents read in one `cat-file --batch`. */
async function treeOf(dir: string, sha: string): Promise<Map<string, BlobRecord>> {
  const entries = (await git(dir, ['ls-tree', '-r', '-z', sha]))
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string]
      const [, type, object] = meta.split(' ') as [string, string, string]
      return { type, object, path }
    })
    .filter((e) => e.type === 'blob')
  const tree = new Map<string, BlobRecord>()
  const contents = entries.length
    ? await catBlobs(
        dir,
        entries.map((e) => e.object),
      )
    : []
  entries.forEach((e, i) => tree.set(e.path, GitStore.blob(contents[i]!)))
  return tree
}

function catBlobs(dir: string, objects: string[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['cat-file', '--batch'], { cwd: dir, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error)
      const out: Buffer[] = []
      let at = 0
      for (let i = 0; i < objects.length; i++) {
        const eol = stdout.indexOf(0x0a, at)
        const size = Number(stdout.subarray(at, eol).toString().split(' ')[2])
        out.push(Buffer.from(stdout.subarray(eol + 1, eol + 1 + size)))
        at = eol + 1 + size + 1
      }
      resolve(out)
    })
    child.stdin!.end(objects.join('\n') + '\n')
  })
}

/** Copies the commits reachable from `revs` that the emulator lacks, parents first; returns them. */
async function copyCommits(state: EmulatorState, repository: string, dir: string, revs: string[]): Promise<string[]> {
  const repo = state.repo(repository)
  const all = (await git(dir, ['rev-list', '--reverse', '--topo-order', ...revs])).split('\n').filter(Boolean)
  const added = all.filter((sha) => !repo.git.commits.has(sha))
  for (const sha of added) {
    const [parents = '', name = '', email = '', date = '', ...message] = (await git(dir, ['show', '-s', '--format=%P%x00%an%x00%ae%x00%aI%x00%B', sha])).split(
      '\0',
    )
    repo.git.commit({
      sha,
      tree: await treeOf(dir, sha),
      parents: parents.split(' ').filter(Boolean),
      message: message.join('\0'),
      author: { name, email, date: new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    })
  }
  return added
}

/** One local commit (and its history) in the emulator, with `ref` (a branch name or a full ref) pointing at it. */
export async function mirrorCommit(state: EmulatorState, repository: string, repoDir: string, sha: string, ref: string): Promise<void> {
  await copyCommits(state, repository, repoDir, [sha])
  state.setRef(repository, ref.startsWith('refs/') ? ref : `refs/heads/${ref}`, sha)
}

/**
 * Everything the emulator does not have yet, then every branch and tag of the local repository
 * (an annotated tag as the commit it points to), and branches the local repository no longer
 * has deleted. Returns the commits it added.
 */
export async function mirrorToEmulator(state: EmulatorState, repository: string, repoDir: string): Promise<string[]> {
  const added = await copyCommits(state, repository, repoDir, ['--branches', '--tags'])
  const repo = state.repo(repository)
  const local = new Set<string>()
  for (const line of (await git(repoDir, ['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)', 'refs/heads', 'refs/tags']))
    .split('\n')
    .filter(Boolean)) {
    const [ref, object, peeled] = line.split(' ') as [string, string, string | undefined]
    local.add(ref)
    repo.git.refs.set(ref, peeled || object)
  }
  for (const ref of [...repo.git.refs.keys()]) if (ref.startsWith('refs/heads/') && !local.has(ref)) repo.git.refs.delete(ref)
  return added
}
