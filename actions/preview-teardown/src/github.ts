import { setDeploymentStatus } from '@cna/kit/github'
import { errorStatus as status, parseRepo, type Repo, type RestClient } from '@cna/kit/github'
/** The narrow part of Octokit this action uses (see the kit's github/rest). */
export type TeardownGitHub = RestClient
export type { Repo }
export { parseRepo }

/** Marks every deployment of `environment` whose latest status is not inactive as inactive (GitHub shows them destroyed). */
export async function deactivateDeployments(gh: TeardownGitHub, repo: Repo, environment: string, logUrl: string): Promise<number[]> {
  const deployments = await gh.paginate('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, per_page: 100 })
  const changed: number[] = []
  for (const deployment of deployments) {
    const id = Number(deployment.id)
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: id, per_page: 1 })
    if (data[0]?.state === 'inactive') continue
    await setDeploymentStatus(gh, repo, id, { state: 'inactive', description: 'Preview torn down', logUrl })
    changed.push(id)
  }
  return changed
}

/** The newest pull request (open or closed) whose head is `branch` in this repository. */
export async function findPullRequest(gh: TeardownGitHub, repo: Repo, branch: string): Promise<number | undefined> {
  const pulls = await gh.paginate('GET /repos/{owner}/{repo}/pulls', { ...repo, head: `${repo.owner}:${branch}`, state: 'all', per_page: 100 })
  return pulls.map((p) => p.number).sort((a, b) => b - a)[0]
}

/** Updates the comment that carries `marker`; none is created if there was none. */
export async function updateComment(gh: TeardownGitHub, repo: Repo, issue: number, marker: string, body: string): Promise<number | undefined> {
  const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, per_page: 100 })
  const existing = comments.find((c) => c.body?.includes(marker))
  if (!existing) return undefined
  await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.id, body })
  return Number(existing.id)
}

export async function branchExists(gh: TeardownGitHub, repo: Repo, branch: string): Promise<boolean> {
  try {
    await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `heads/${branch}` })
    return true
  } catch (error) {
    if (status(error) === 404) return false
    throw error
  }
}

export async function pullRequestState(gh: TeardownGitHub, repo: Repo, number: number): Promise<'open' | 'closed' | 'missing'> {
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number })
    return data.state === 'open' ? 'open' : 'closed'
  } catch (error) {
    if (status(error) === 404) return 'missing'
    throw error
  }
}
