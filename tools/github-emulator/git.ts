// The git model behind one emulated repository: commits with full file trees, refs, and the
// ancestry questions GitHub answers (fast-forward checks, merge bases, auto-merge on deploy).
// Object ids are real git SHA-1s of the blob, tree and commit objects.
import { createHash } from 'node:crypto'

export interface GitIdentity {
  name: string
  email: string
  date: string
}

export interface BlobRecord {
  sha: string
  content: Buffer
}

export interface CommitRecord {
  sha: string
  treeSha: string
  tree: Map<string, BlobRecord>
  parents: string[]
  message: string
  author: GitIdentity
  committer: GitIdentity
}

export interface FileChange {
  filename: string
  status: 'added' | 'removed' | 'modified'
  additions: number
  deletions: number
  /** The blob after the change (before it, for a removal). */
  sha: string
  /** A unified-diff hunk replacing the whole file: enough for tests that read patches. */
  patch: string
}

export type MergeResult = { kind: 'up-to-date' | 'fast-forward'; sha: string } | { kind: 'merged'; sha: string } | { kind: 'conflict'; paths: string[] }

export class GitStore {
  readonly commits = new Map<string, CommitRecord>()
  /** Full ref name (`refs/heads/main`, `refs/tags/v1`) → commit SHA. */
  readonly refs = new Map<string, string>()

  static blob(content: Buffer | string): BlobRecord {
    const buf = Buffer.isBuffer(content) ? content : Buffer.from(content)
    return { sha: gitHash('blob', buf), content: buf }
  }

  commit(input: {
    tree: Map<string, BlobRecord>
    parents: string[]
    message: string
    author: GitIdentity
    committer?: GitIdentity
    sha?: string
  }): CommitRecord {
    const treeSha = treeHash(input.tree)
    const committer = input.committer ?? input.author
    const text =
      `tree ${treeSha}\n` +
      input.parents.map((p) => `parent ${p}\n`).join('') +
      `author ${signature(input.author)}\ncommitter ${signature(committer)}\n\n${input.message}\n`
    const sha = input.sha ?? gitHash('commit', Buffer.from(text))
    const record: CommitRecord = { sha, treeSha, tree: new Map(input.tree), parents: input.parents, message: input.message, author: input.author, committer }
    this.commits.set(sha, record)
    return record
  }

  /** A SHA (full or 7+ hex prefix), a branch or tag name, `heads/x`, `tags/x` or `refs/...`. */
  resolve(ref: string): string | undefined {
    for (const name of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = this.refs.get(name)
      if (sha) return sha
    }
    if (this.commits.has(ref)) return ref
    if (/^[0-9a-f]{7,39}$/i.test(ref)) {
      const hits = [...this.commits.keys()].filter((sha) => sha.startsWith(ref.toLowerCase()))
      if (hits.length === 1) return hits[0]
    }
    return undefined
  }

  /** The branch name when `ref` names a branch (`main`, `heads/main`, `refs/heads/main`). */
  branchOf(ref: string): string | undefined {
    const name = ref.replace(/^refs\//, '').replace(/^heads\//, '')
    return this.refs.has(`refs/heads/${name}`) ? name : undefined
  }

  ancestors(sha: string): Set<string> {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length) {
      const next = stack.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      stack.push(...(this.commits.get(next)?.parents ?? []))
    }
    return seen
  }

  isAncestor(ancestor: string, of: string): boolean {
    return this.ancestors(of).has(ancestor)
  }

  mergeBase(a: string, b: string): string | undefined {
    const ofA = this.ancestors(a)
    // Breadth-first from b: the first commit also reachable from a is a best common ancestor.
    const queue = [b]
    const seen = new Set<string>()
    while (queue.length) {
      const next = queue.shift()!
      if (ofA.has(next)) return next
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(...(this.commits.get(next)?.parents ?? []))
    }
    return undefined
  }

  /** Merges `theirs` into `ours` the way GitHub's server-side merge does, path by path. */
  merge(ours: string, theirs: string, message: string, author: GitIdentity): MergeResult {
    if (this.isAncestor(theirs, ours)) return { kind: 'up-to-date', sha: ours }
    if (this.isAncestor(ours, theirs)) return { kind: 'fast-forward', sha: theirs }
    const base = this.mergeBase(ours, theirs)
    const baseTree = base ? this.commits.get(base)!.tree : new Map<string, BlobRecord>()
    const oursTree = this.commits.get(ours)!.tree
    const theirsTree = this.commits.get(theirs)!.tree
    const merged = new Map(oursTree)
    const conflicts: string[] = []
    for (const path of new Set([...baseTree.keys(), ...oursTree.keys(), ...theirsTree.keys()])) {
      const b = baseTree.get(path)?.sha
      const o = oursTree.get(path)?.sha
      const t = theirsTree.get(path)?.sha
      if (t === b || t === o) continue // theirs did not change it, or both made the same change
      if (o === b) {
        const blob = theirsTree.get(path)
        if (blob) merged.set(path, blob)
        else merged.delete(path)
      } else conflicts.push(path)
    }
    if (conflicts.length) return { kind: 'conflict', paths: conflicts.sort() }
    return { kind: 'merged', sha: this.commit({ tree: merged, parents: [ours, theirs], message, author }).sha }
  }
}

function gitHash(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex')
}

function signature(who: GitIdentity): string {
  return `${who.name} <${who.email}> ${Math.floor(Date.parse(who.date) / 1000)} +0000`
}

/** The SHA-1 of the git tree object for a flat path → blob map (nested trees built on the way). */
function treeHash(tree: Map<string, BlobRecord>): string {
  interface Dir {
    files: Map<string, string>
    dirs: Map<string, Dir>
  }
  const root: Dir = { files: new Map(), dirs: new Map() }
  for (const [path, blob] of tree) {
    const parts = path.split('/')
    let dir = root
    for (const part of parts.slice(0, -1)) {
      if (!dir.dirs.has(part)) dir.dirs.set(part, { files: new Map(), dirs: new Map() })
      dir = dir.dirs.get(part)!
    }
    dir.files.set(parts.at(-1)!, blob.sha)
  }
  const hashDir = (dir: Dir): string => {
    const entries: Array<{ sortKey: string; bytes: Buffer }> = []
    for (const [name, sha] of dir.files) entries.push({ sortKey: name, bytes: Buffer.concat([Buffer.from(`100644 ${name}\0`), Buffer.from(sha, 'hex')]) })
    for (const [name, sub] of dir.dirs)
      entries.push({ sortKey: `${name}/`, bytes: Buffer.concat([Buffer.from(`40000 ${name}\0`), Buffer.from(hashDir(sub), 'hex')]) })
    entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    return gitHash('tree', Buffer.concat(entries.map((e) => e.bytes)))
  }
  return hashDir(root)
}

/** The files that differ between two trees, sorted by path. */
export function diffTrees(before: Map<string, BlobRecord>, after: Map<string, BlobRecord>): FileChange[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort()
  return paths.flatMap((filename) => {
    const old = before.get(filename)
    const now = after.get(filename)
    if (old?.sha === now?.sha) return []
    const oldLines = lines(old?.content.toString('utf8') ?? '')
    const newLines = lines(now?.content.toString('utf8') ?? '')
    const { additions, deletions } = lineChanges(oldLines, newLines)
    const patch =
      `@@ -${oldLines.length ? 1 : 0},${oldLines.length} +${newLines.length ? 1 : 0},${newLines.length} @@\n` +
      [...oldLines.map((l) => `-${l}`), ...newLines.map((l) => `+${l}`)].join('\n')
    return [{ filename, status: !old ? 'added' : !now ? 'removed' : 'modified', additions, deletions, sha: (now ?? old)!.sha, patch }]
  })
}

function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n')
}

/** Lines added and removed, counted as a multiset difference (close to a real diff for tests). */
function lineChanges(before: string[], after: string[]): { additions: number; deletions: number } {
  const remaining = new Map<string, number>()
  for (const line of before) remaining.set(line, (remaining.get(line) ?? 0) + 1)
  let additions = 0
  for (const line of after) {
    const left = remaining.get(line) ?? 0
    if (left > 0) remaining.set(line, left - 1)
    else additions++
  }
  const deletions = [...remaining.values()].reduce((a, b) => a + b, 0)
  return { additions, deletions }
}
