import type { Repo, RestClient } from './rest.js'

/**
 * GitHub Deployments, as promote, preview-deploy, preview-teardown and chatops record them.
 * `required_contexts` is always empty: each action checks what must pass itself
 * (require-checks, the environment's required reviewers), and GitHub's default would refuse
 * a deployment while any status on the commit is not green.
 */
export interface NewDeployment {
  ref: string
  environment: string
  payload: Record<string, unknown>
  description: string
  production?: boolean
  transient?: boolean
  task?: string
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

export async function createDeployment(gh: RestClient, repo: Repo, deployment: NewDeployment): Promise<number> {
  const { data } = await gh.request('POST /repos/{owner}/{repo}/deployments', {
    ...repo,
    ref: deployment.ref,
    environment: deployment.environment,
    payload: deployment.payload,
    description: deployment.description.slice(0, 140),
    production_environment: deployment.production ?? false,
    transient_environment: deployment.transient ?? false,
    auto_merge: false,
    required_contexts: [],
    task: deployment.task ?? 'deploy',
  })
  // 202 (a merge of the default branch into the ref is under way) answers a message, not a deployment.
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment to ${deployment.environment}: ${data.message ?? 'no reason given'}`)
  return Number(data.id)
}

/** A success marks earlier successful deployments of the environment inactive (auto_inactive). */
export async function setDeploymentStatus(
  gh: RestClient,
  repo: Repo,
  id: number,
  status: { state: DeploymentState; description: string; logUrl?: string; environmentUrl?: string },
): Promise<void> {
  await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    ...repo,
    deployment_id: id,
    state: status.state,
    description: status.description.slice(0, 140),
    ...(status.logUrl ? { log_url: status.logUrl } : {}),
    ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
    ...(status.state === 'success' ? { auto_inactive: true } : {}),
  })
}
