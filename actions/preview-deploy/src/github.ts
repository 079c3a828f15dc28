import { parseRepo, type Repo, type RestClient } from '@cna/kit/github'
/** The narrow part of Octokit this action uses (see the kit's github/rest). */
export type PreviewGitHub = RestClient
export type { Repo }
export { parseRepo }

/** The open pull request whose head is `branch` in this repository, if any. */
export async function findPullRequest(gh: PreviewGitHub, repo: Repo, branch: string): Promise<number | undefined> {
  const pulls = await gh.paginate('GET /repos/{owner}/{repo}/pulls', { ...repo, head: `${repo.owner}:${branch}`, state: 'open', per_page: 100 })
  return pulls[0]?.number
}

/** Creates the comment carrying `marker`, or updates the one that already does: one comment per preview, ever. */
export async function upsertComment(gh: PreviewGitHub, repo: Repo, issue: number, marker: string, body: string): Promise<{ id: number; created: boolean }> {
  const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, per_page: 100 })
  const existing = comments.find((c) => c.body?.includes(marker))
  if (existing) {
    await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.id, body })
    return { id: Number(existing.id), created: false }
  }
  const { data } = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, body })
  return { id: Number(data.id), created: true }
}
