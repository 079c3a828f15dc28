// Mirrors a real local git repository into the GitHub emulator: every commit with its real SHA,
// parents, author, message and full tree, and the branches and tags. The runner checks the real
// repository out while the actions ask the emulator about the same commits, so both must agree.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { GitStore, type BlobRecord } from '../../test/github/git.js'
import type { EmulatorState } from '../../test/github/state.js'

const run = promisify(execFile)

async function git(dir: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
  const { stdout } = await run('git', args, { cwd: dir, encoding, maxBuffer: 256 * 1024 * 1024 })
  return stdout
}

const text = async (dir: string, args: string[]): Promise<string> => String(await git(dir, args)).trim()

/** Commits reachable from the repository's refs that the emulator lacks, parents first. */
async function missingCommits(dir: string, known: (sha: string) => boolean): Promise<string[]> {
  const all = (await text(dir, ['rev-list', '--reverse', '--topo-order', '--branches', '--tags'])).split('\n').filter(Boolean)
  return all.filter((sha) => !known(sha))
}

/** path → blob of every file of a commit, read in one `cat-file --batch`. */
async function treeOf(dir: string, sha: string): Promise<Map<string, BlobRecord>> {
  const listing = String(await git(dir, ['ls-tree', '-r', '-z', sha])).split('\0').filter(Boolean)
  const entries = listing.map((line) => {
    const [meta, path] = line.split('\t') as [string, string]
    return { object: meta.split(' ')[2]!, path }
  })
  const tree = new Map<string, BlobRecord>()
  if (!entries.length) return tree
  const contents = await catBlobs(dir, entries.map((e) => e.object))
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

/**
 * Copies what the emulator does not have yet into repository `fullName`, then sets every branch
 * and tag of the local repository there (and deletes branches the local repository no longer
 * has). Returns the commits it added.
 */
export async function mirrorToEmulator(state: EmulatorState, fullName: string, dir: string): Promise<string[]> {
  const repo = state.repo(fullName)
  const added = await missingCommits(dir, (sha) => repo.git.commits.has(sha))
  for (const sha of added) {
    const [meta, ...message] = (await text(dir, ['show', '-s', '--format=%P%x00%an%x00%ae%x00%aI%x00%B', sha])).split('\0')
    const [parents = '', name = '', email = '', date = ''] = [meta, ...message.slice(0, 3)]
    const body = message.slice(3).join('\0')
    repo.git.commit({ sha, tree: await treeOf(dir, sha), parents: parents.split(' ').filter(Boolean), message: body, author: { name, email, date: new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z') } })
  }
  const refs = (await text(dir, ['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)', 'refs/heads', 'refs/tags'])).split('\n').filter(Boolean)
  const local = new Set<string>()
  for (const line of refs) {
    const [ref, object, peeled] = line.split(' ') as [string, string, string | undefined]
    local.add(ref)
    // An annotated tag names its tag object; the emulator keeps the commit it points to.
    repo.git.refs.set(ref, peeled || object)
  }
  for (const ref of [...repo.git.refs.keys()]) if (ref.startsWith('refs/heads/') && !local.has(ref)) repo.git.refs.delete(ref)
  return added
}
