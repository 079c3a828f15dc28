import type { DeploymentView } from '@cna/kit/chatops'
import type { ReplyTarget } from '@cna/kit/chatops'
import { deploymentPayload, errorStatus, type Repo, type RestClient } from '@cna/kit/github'

/** The narrow part of Octokit this action uses (see the kit's github/rest). */
export type ChatOpsGitHub = RestClient
export type { Repo }

/** What chatops writes into a deployment's payload: promote's fields plus the audit record. */
export interface ChatOpsPayload {
  service: string
  version: string
  digest: string
  image: string
  requested_by: string
  command: string
  requested_at: string
  run_url: string
  request: string
  reply_url: string
  /** The chat thread a relayed command came from. */
  reply_to?: ReplyTarget
}

export async function collaboratorRole(gh: ChatOpsGitHub, repo: Repo, username: string): Promise<{ permission?: string; role_name?: string }> {
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username })
    return data
  } catch (error) {
    // Unknown users have no permission at all.
    if (errorStatus(error) === 404) return { permission: 'none' }
    throw error
  }
}

/**
 * The service's newest deployments in one environment, with their latest status. One page
 * (the newest `limit`) is enough for status, locks and rollbacks, and bounds the requests.
 */
export async function serviceDeployments(gh: ChatOpsGitHub, repo: Repo, environment: string, service: string, limit = 30): Promise<DeploymentView[]> {
  const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, per_page: limit })
  const views: DeploymentView[] = []
  for (const d of data) {
    const payload = deploymentPayload(d.payload)
    if (!payload || payload.service !== service) continue
    const { data: statuses } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...repo,
      deployment_id: Number(d.id),
      per_page: 1,
    })
    const latest = statuses[0]
    views.push({
      id: Number(d.id),
      environment: d.environment ?? environment,
      service,
      ...(typeof payload.version === 'string' ? { version: payload.version } : {}),
      ...(typeof payload.digest === 'string' ? { digest: payload.digest } : {}),
      ...(typeof payload.requested_by === 'string' ? { requestedBy: payload.requested_by } : {}),
      ...(typeof payload.command === 'string' ? { command: payload.command } : {}),
      ...(typeof payload.request === 'string' ? { request: payload.request } : {}),
      sha: d.sha,
      creator: d.creator?.login ?? '',
      createdAt: d.created_at,
      state: latest?.state ?? 'pending',
      updatedAt: latest?.created_at ?? d.created_at,
    })
  }
  return views.sort((a, b) => b.id - a.id)
}

export async function dispatchWorkflow(gh: ChatOpsGitHub, repo: Repo, workflow: string, ref: string, inputs: Record<string, string>): Promise<void> {
  await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { ...repo, workflow_id: workflow, ref, inputs })
}

/** A short SHA to the full commit SHA, through the commits API (which accepts prefixes). */
export async function expandSha(gh: ChatOpsGitHub, repo: Repo, prefix: string): Promise<string | undefined> {
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref: prefix })
    return data.sha.startsWith(prefix) ? data.sha : undefined
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404 || status === 422) return undefined
    throw error
  }
}

export async function react(gh: ChatOpsGitHub, repo: Repo, commentId: number, content: 'eyes' | 'rocket' | 'confused'): Promise<void> {
  await gh.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...repo, comment_id: commentId, content })
}

/**
 * One reply per request, found by its marker, so a re-run updates it instead of adding another.
 * Only the bot's own comments count: anyone can paste the marker into a comment of theirs.
 */
export class Reply {
  private id: number | undefined
  url = ''
  /** The reply as found (without the marker), or '' when there was none. */
  found = ''

  constructor(
    private readonly gh: ChatOpsGitHub,
    private readonly repo: Repo,
    private readonly issue: number,
    private readonly marker: string,
    private readonly author: string,
  ) {}

  async find(): Promise<void> {
    const comments = await this.gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.repo,
      issue_number: this.issue,
      per_page: 100,
    })
    const author = this.author.toLowerCase()
    const found = comments.find((c) => c.user?.login?.toLowerCase() === author && c.body?.includes(this.marker))
    if (found) {
      this.id = Number(found.id)
      this.url = found.html_url
      this.found = (found.body ?? '').replace(this.marker, '').trimEnd()
    }
  }

  async write(markdown: string): Promise<void> {
    const body = `${markdown}\n\n${this.marker}`
    if (this.id) {
      await this.gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.repo, comment_id: this.id, body })
      return
    }
    const { data } = await this.gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: this.issue, body })
    this.id = Number(data.id)
    this.url = data.html_url
  }
}
