// Merging a pull request the three ways GitHub does, for tests of what happens on the base
// branch afterwards: the merge commit lands on the base branch and the pull request records
// it as `merge_commit_sha` (for a rebase, the last rebased commit), as GitHub reports it.
import { diffTrees, GitStore, type BlobRecord, type GitIdentity } from './git.js'
import type { EmulatorState, PullRecord } from './state.js'

export type MergeMethod = 'merge' | 'squash' | 'rebase'

/** Merges pull request `number` into its base branch; returns the commit now at the base branch's head. */
export function mergePull(state: EmulatorState, fullName: string, number: number, opts: { method?: MergeMethod; author?: Partial<GitIdentity> } = {}): string {
  const repo = state.repo(fullName)
  const pull = repo.pulls.get(number)
  if (!pull) throw new Error(`emulator merge: no pull request #${number} in ${fullName}`)
  if (pull.state !== 'open') throw new Error(`emulator merge: pull request #${number} is ${pull.merged ? 'merged' : 'closed'}`)
  const git = repo.git
  const baseRef = `refs/heads/${pull.base.ref}`
  const baseSha = git.refs.get(baseRef)!
  const headSha = pull.head.sha
  const author: GitIdentity = { name: 'Monalisa Octocat', email: 'octocat@github.com', date: state.now(), ...opts.author }
  const message = `Merge pull request #${number} from ${pull.head.repo.split('/')[0]}/${pull.head.ref}`

  // The content GitHub's server-side merge computes, whatever the method.
  const trial = git.merge(baseSha, headSha, message, author)
  if (trial.kind === 'conflict') throw new Error(`emulator merge: #${number} conflicts in ${trial.paths.join(', ')}`)
  const mergedTree = git.commits.get(trial.sha)!.tree

  let sha: string
  const method = opts.method ?? 'merge'
  if (method === 'merge') {
    // Always a merge commit (GitHub never fast-forwards a merge), with both parents.
    sha = trial.kind === 'merged' ? trial.sha : git.commit({ tree: mergedTree, parents: [baseSha, headSha], message, author }).sha
  } else if (method === 'squash') {
    sha = git.commit({ tree: mergedTree, parents: [baseSha], message: `${pull.title} (#${number})`, author }).sha
  } else {
    // GitHub rewrites every commit with itself as the committer, even when the branch is up to date.
    sha = rebase(git, baseSha, headSha, { name: 'GitHub', email: 'noreply@github.com', date: state.now() })
  }
  git.refs.set(baseRef, sha)
  const now = state.now()
  Object.assign(pull, { state: 'closed', merged: true, merged_at: now, merge_commit_sha: sha, closed_at: now, updated_at: now } satisfies Partial<PullRecord>)
  return sha
}

/** Replays the pull request's commits (first-parent chain back to the base) onto the base, one by one. */
function rebase(git: GitStore, baseSha: string, headSha: string, committer: GitIdentity): string {
  const onBase = git.ancestors(baseSha)
  const chain: string[] = []
  for (let sha: string | undefined = headSha; sha && !onBase.has(sha); sha = git.commits.get(sha)?.parents[0]) chain.unshift(sha)
  let current = baseSha
  for (const sha of chain) {
    const commit = git.commits.get(sha)!
    const parentTree = commit.parents[0] ? git.commits.get(commit.parents[0])!.tree : new Map<string, BlobRecord>()
    const tree = new Map(git.commits.get(current)!.tree)
    for (const change of diffTrees(parentTree, commit.tree)) {
      const blob = commit.tree.get(change.filename)
      if (blob) tree.set(change.filename, blob)
      else tree.delete(change.filename)
    }
    current = git.commit({ tree, parents: [current], message: commit.message, author: commit.author, committer }).sha
  }
  return current
}
