import { errorStatus, type RestClient } from '@cna/kit/github'
import type { Target, Verdict } from './verdict.js'

/**
 * What a controller that cannot be reached pushed back to GitHub about our GitOps commit, in
 * the GitOps repository: Flux's notification-controller (Provider type `github`) writes a commit
 * status per Kustomization (context `kustomization/<name>/<uid>`); Argo CD Notifications
 * (`github.deployment` + `github.status`) creates a deployment whose ref is the synced revision,
 * with a status per notification.
 */
export interface GitHubSignals {
  /** Commit statuses of the GitOps commit, newest first (as the API lists them). */
  statuses: Array<{ context: string; state: string; description?: string | null }>
  /** Deployments of the GitOps commit to the environment, each with its newest status. */
  deployments: Array<{ id: number; state?: string; description?: string | null }>
}

/**
 * Healthy on a `success` for our commit (Flux: the Kustomization's status; Argo CD: the
 * deployment's newest status); a `failure` or `error` for it fails at once. Pure. The commit
 * pins our digest by construction (promote wrote it), so the commit is what is checked here.
 */
export function githubVerdict(signals: GitHubSignals, target: Target, name: string): Verdict {
  const short = target.commit.slice(0, 12)
  const latest = new Map<string, GitHubSignals['statuses'][number]>()
  for (const s of signals.statuses) if (s.context.startsWith(`kustomization/${name}/`) && !latest.has(s.context)) latest.set(s.context, s)
  const reports = [
    ...[...latest.values()].map((s) => ({ who: `Flux (${s.context})`, state: s.state, description: s.description ?? '' })),
    ...signals.deployments
      .filter((d) => d.state)
      .map((d) => ({ who: `Argo CD Notifications (deployment ${d.id})`, state: d.state!, description: d.description ?? '' })),
  ]
  const failed = reports.find((r) => r.state === 'failure' || r.state === 'error')
  if (failed) return { state: 'failed', summary: `${failed.who} reported ${failed.state} for ${short}: ${failed.description}`.trim(), details: [] }
  const ok = reports.find((r) => r.state === 'success')
  if (ok) return { state: 'healthy', summary: `${ok.who} reported success for ${short}: ${ok.description}`.trim(), details: [] }
  return {
    state: 'waiting',
    summary: `no report on GitHub for ${short} yet${reports.length ? ` (${reports.map((r) => `${r.who}: ${r.state}`).join(', ')})` : ''}`,
    details: [],
  }
}

/** Reads the signals from the GitHub API (statuses: read, deployments: read on the GitOps repository). */
export async function readGitHubSignals(gh: RestClient, repo: { owner: string; repo: string }, commit: string, environment: string): Promise<GitHubSignals> {
  const statuses = await commitStatuses(gh, repo, commit)
  const { data: deployments } = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...repo, sha: commit, environment, per_page: 10 })
  const withStatus: GitHubSignals['deployments'] = []
  for (const d of deployments) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: Number(d.id), per_page: 1 })
    withStatus.push({ id: Number(d.id), ...(data[0] ? { state: data[0].state, description: data[0].description ?? '' } : {}) })
  }
  return { statuses: statuses.map((s) => ({ context: s.context, state: s.state, description: s.description ?? '' })), deployments: withStatus }
}

/**
 * The commit's statuses; none yet while GitHub does not know the commit (it answers 422 "No commit
 * found for SHA", or 404, until the push reaches it, as with a mirrored GitOps repository): that
 * is "still waiting", not a failure.
 */
async function commitStatuses(gh: RestClient, repo: { owner: string; repo: string }, commit: string) {
  try {
    return (await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...repo, ref: commit, per_page: 100 })).data
  } catch (error) {
    const status = errorStatus(error)
    if (status === 422 || status === 404) return []
    throw error
  }
}
