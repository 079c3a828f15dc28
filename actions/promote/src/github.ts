import { parseRepo, deploymentPayload, type Repo, type RestClient } from '@cna/kit/github'

/** The narrow part of Octokit this action uses (see the kit's github/rest). */
export type PromoteGitHub = RestClient
export type { Repo }
export { parseRepo }

export interface DeploymentPayload {
  service: string
  version: string
  digest: string
  image: string
}

/** The digest of the newest deployment to `environment` whose latest status is success: the rollback target. */
export async function previousDigest(gh: PromoteGitHub, repo: Repo, environment: string, service: string): Promise<string> {
  const deployments = await gh.paginate('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, per_page: 100 })
  for (const deployment of deployments) {
    const payload = deploymentPayload(deployment.payload) as Partial<DeploymentPayload> | undefined
    if (!payload?.digest || (payload.service && payload.service !== service)) continue
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...repo,
      deployment_id: Number(deployment.id),
      per_page: 1,
    })
    const latest = data[0]
    if (latest?.state === 'success' || latest?.state === 'inactive') return payload.digest
  }
  return ''
}

export async function openPullRequest(
  gh: PromoteGitHub,
  repo: Repo,
  opts: { head: string; base: string; title: string; body: string },
): Promise<{ number: number; url: string }> {
  const open = await gh.paginate('GET /repos/{owner}/{repo}/pulls', {
    ...repo,
    head: `${repo.owner}:${opts.head}`,
    base: opts.base,
    state: 'open',
    per_page: 100,
  })
  if (open[0]) return { number: open[0].number, url: open[0].html_url }
  const { data } = await gh.request('POST /repos/{owner}/{repo}/pulls', { ...repo, head: opts.head, base: opts.base, title: opts.title, body: opts.body })
  return { number: data.number, url: data.html_url }
}
