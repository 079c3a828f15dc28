import type { Repo, RestClient } from '../github/rest.js'

/**
 * The pull request a commit on a branch came from. GitHub sets `merge_commit_sha` to the
 * commit that landed on the base branch for all three merge methods (the merge commit, the
 * squashed commit, or the last rebased commit), so "merged, and merge_commit_sha is S" is
 * the one test that holds for each.
 */
export interface MergedPull {
  number: number
  headSha: string
  baseRef: string
}

interface PullSummary {
  number: number
  merged_at?: string | null
  merge_commit_sha?: string | null
  head: { sha: string }
  base: { ref: string }
}

/** Pure: the pull request of `pulls` that was merged as `sha`, if any. */
export function mergedPullOf(pulls: readonly PullSummary[], sha: string): MergedPull | undefined {
  const pull = pulls.find((p) => Boolean(p.merged_at) && p.merge_commit_sha === sha)
  return pull && { number: pull.number, headSha: pull.head.sha, baseRef: pull.base.ref }
}

export async function findMergedPull(gh: RestClient, repo: Repo, sha: string): Promise<MergedPull | undefined> {
  const pulls = await gh.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...repo, commit_sha: sha, per_page: 100 })
  return mergedPullOf(pulls, sha)
}

/** The git tree SHA of a commit: two commits with the same tree hold the same files, byte for byte. */
export async function commitTree(gh: RestClient, repo: Repo, ref: string): Promise<string> {
  const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref, per_page: 1 })
  return data.commit.tree.sha
}

/** The pull request of a merge queue branch, `gh-readonly-queue/<base>/pr-<N>-<sha>`. Pure. */
export function queuePullNumber(headRef: string): number | undefined {
  const m = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/.exec(headRef)
  return m ? Number(m[1]) : undefined
}
