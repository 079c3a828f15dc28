import * as core from '@actions/core'
import { errorStatus, type Repo, type RestClient } from '@cna/kit/github'

/**
 * Creates the comment carrying `marker`, or updates the one that already does: one comment per
 * pull request, however many times the gate runs. Only a bot's own comments count, since anyone
 * can paste the marker into a comment of theirs.
 */
export async function upsertComment(gh: RestClient, repo: Repo, issue: number, marker: string, body: string): Promise<{ id: number; created: boolean }> {
  const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, per_page: 100 })
  const existing = comments.find((c) => c.body?.includes(marker) && (c.user?.type === 'Bot' || c.performed_via_github_app))
  if (existing) {
    await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.id, body })
    return { id: Number(existing.id), created: false }
  }
  const { data } = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, body })
  return { id: Number(data.id), created: true }
}

/**
 * The comment, or a notice where the token may not write it (403: a pull request from a fork gets
 * a read-only token): the gate's result does not depend on the comment.
 */
export async function commentOrNotice(
  gh: RestClient,
  repo: Repo,
  issue: number,
  marker: string,
  body: string,
): Promise<{ id: number; created: boolean } | undefined> {
  try {
    return await upsertComment(gh, repo, issue, marker, body)
  } catch (error) {
    if (errorStatus(error) !== 403) throw error
    core.notice(
      'The token cannot write pull request comments (403), as on pull requests from forks: the rendered difference is in the job summary and the check run only. Grant "pull-requests: write" for the comment.',
    )
    return undefined
  }
}
