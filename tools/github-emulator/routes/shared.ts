// Small helpers every route family uses: URLs of the current repository, users, ref
// resolution with GitHub's error for an unknown commit, and typed access to the body.
import { unprocessable } from '../http.js'
import { renderUser, repoApiUrl, repoHtmlUrl } from '../render.js'
import type { RepoContext, RequestContext } from '../router.js'

export function apiUrl(ctx: RepoContext, path = ''): string {
  return repoApiUrl(ctx.urls, ctx.repo) + path
}

export function htmlUrl(ctx: RepoContext, path = ''): string {
  return repoHtmlUrl(ctx.urls, ctx.repo) + path
}

export function user(ctx: RequestContext, login: string): Record<string, unknown> {
  return renderUser(ctx.urls, ctx.state.user(login))
}

/** The request body; it has passed OpenAPI validation, which is what makes this cast sound. */
export function bodyOf<T>(ctx: RequestContext): T {
  return (ctx.body ?? {}) as T
}

export function intParam(ctx: RequestContext, name: string): number {
  return Number(ctx.params[name])
}

/** A SHA, branch or tag → commit SHA, or GitHub's 422 for an unknown one. */
export function commitFor(ctx: RepoContext, ref: string): string {
  const sha = ctx.repo.git.resolve(ref)
  if (!sha) throw unprocessable(`No commit found for SHA: ${ref}`)
  return sha
}

export function authorAssociation(ctx: RepoContext, login: string): string {
  if (login.toLowerCase() === ctx.repo.owner.toLowerCase()) return 'OWNER'
  if (ctx.repo.collaborators.has(login.toLowerCase())) return 'COLLABORATOR'
  const contributed = [...ctx.repo.pulls.values()].some((p) => p.merged && p.user.toLowerCase() === login.toLowerCase())
  return contributed ? 'CONTRIBUTOR' : 'NONE'
}
