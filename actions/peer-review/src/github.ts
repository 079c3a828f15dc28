import * as core from '@actions/core'
import type { Review } from '@cna/kit/review'
import type { ChangedFile, Reviewer } from '@cna/kit/gates/review'
import { CODEOWNERS_LOCATIONS } from '@cna/kit/review'
import { errorStatus, type RestClient } from '@cna/kit/github'

/** The GitHub client peer-review uses (the kit's typed routes); tests pass `fakeRest`. */
export type ReviewClient = RestClient

export interface Repo {
  owner: string
  repo: string
}

export interface PullInfo {
  number: number
  author: string
  headSha: string
  baseSha: string
}

export async function getPull(client: ReviewClient, repo: Repo, number: number): Promise<PullInfo> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number })
  return { number: data.number, author: data.user?.login ?? '', headSha: data.head.sha, baseSha: data.base.sha }
}

export async function listReviews(client: ReviewClient, repo: Repo, number: number): Promise<Review[]> {
  return client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repo, pull_number: number, per_page: 100 })
}

export async function listFiles(client: ReviewClient, repo: Repo, number: number): Promise<ChangedFile[]> {
  return client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: number, per_page: 100 })
}

/** CODEOWNERS of the base commit (a pull request cannot change who reviews it), or undefined. */
export async function readCodeOwners(client: ReviewClient, repo: Repo, ref: string): Promise<{ path: string; text: string } | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    try {
      const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref })
      if (!Array.isArray(data) && data.type === 'file' && 'content' in data) return { path, text: Buffer.from(data.content, 'base64').toString('utf8') }
    } catch (error) {
      if (errorStatus(error) !== 404) throw error
    }
  }
  return undefined
}

/**
 * Whether `login` is one of the reviewers: a listed user, or an active member of a listed
 * team (GitHub's membership endpoint includes members of child teams).
 */
export async function isReviewer(client: ReviewClient, login: string, reviewers: readonly Reviewer[], problems: Set<string>): Promise<boolean> {
  for (const r of reviewers) {
    if (r.kind === 'user') {
      if (r.login.toLowerCase() === login.toLowerCase()) return true
      continue
    }
    try {
      const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org: r.org, team_slug: r.slug, username: login })
      if (data.state === 'active') return true
    } catch (error) {
      const status = errorStatus(error)
      if (status === 404) continue
      if (status === 403 || status === 401) {
        const problem = `cannot read the members of ${r.org}/${r.slug} (${status}): give peer-review a token with organization members: read (a GitHub App or fine-grained token)`
        if (!problems.has(problem)) core.warning(problem)
        problems.add(problem)
        continue
      }
      throw error
    }
  }
  return false
}
