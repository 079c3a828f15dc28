import { deploymentPayload } from '@cna/kit/github'
import type { DeploymentPayload, PromoteGitHub, Repo } from './github.js'

/**
 * Where a rejection is recorded: the failed deployment's final status, `failure` with a
 * description that starts with this. The deployments of an environment are the record every
 * later promotion reads anyway (previous-digest), and a person sees it on the environment page.
 */
export const REJECTED = 'rejected: '

export interface Rejection {
  reason: string
  at: string
  deploymentId: number
}

/** Why `digest` was rejected for `environment`, or undefined when it never was. */
export async function rejection(gh: PromoteGitHub, repo: Repo, environment: string, service: string, digest: string): Promise<Rejection | undefined> {
  const deployments = await gh.paginate('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, per_page: 100 })
  for (const deployment of deployments) {
    const payload = deploymentPayload(deployment.payload) as Partial<DeploymentPayload> | undefined
    if (payload?.digest !== digest || (payload.service && payload.service !== service)) continue
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...repo,
      deployment_id: Number(deployment.id),
      per_page: 1,
    })
    const latest = data[0]
    if (latest?.state === 'failure' && latest.description?.startsWith(REJECTED))
      return { reason: latest.description.slice(REJECTED.length), at: latest.created_at, deploymentId: Number(deployment.id) }
  }
  return undefined
}
