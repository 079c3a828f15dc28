import { InputError, payloadString } from '@cna/kit'
import { parseRepo, type Repo, type RestClient } from '@cna/kit/github'
import { commitTree, findMergedPull, listChecks, queuePullNumber, type AdoptionFacts, type MergedPull } from '@cna/kit/required-checks'
import type { TagRegistry } from './run.js'

/** The events on which a commit may adopt the image gated on its pull request. */
export const ADOPT_EVENTS = ['push', 'merge_group'] as const

export interface AdoptContext {
  eventName: string
  payload: Record<string, unknown>
}

/**
 * The pull request whose head the commit may stand for: on push, the one merged as the
 * commit; on merge_group, the one named in the queue branch (`gh-readonly-queue/<base>/pr-<N>-<sha>`).
 */
export async function pullOf(gh: RestClient, repo: Repo, sha: string, context: AdoptContext): Promise<MergedPull | undefined> {
  if (context.eventName === 'merge_group') {
    const headRef = payloadString(context.payload, 'merge_group', 'head_ref')
    const number = headRef === undefined ? undefined : queuePullNumber(headRef)
    if (!number) return undefined
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number })
    return { number: data.number, headSha: data.head.sha, baseRef: data.base.ref }
  }
  return findMergedPull(gh, repo, sha)
}

/**
 * Everything decideAdoption needs, read from the registry and GitHub. The head's facts are
 * read only when there is a pull request to read them for.
 */
export async function gatherAdoptionFacts(
  deps: { gh: RestClient; repo: Repo; registry: Pick<TagRegistry, 'headManifest'>; repository: string },
  sha: string,
  required: readonly string[],
  context: AdoptContext,
): Promise<AdoptionFacts> {
  const { gh, repo, registry, repository } = deps
  const [shaDigest, checksOnSha, pull] = await Promise.all([registry.headManifest(repository, sha), listChecks(gh, repo, sha), pullOf(gh, repo, sha, context)])
  const facts: AdoptionFacts = { sha, required, checksOnSha, ...(shaDigest ? { shaDigest } : {}) }
  if (!pull) return facts
  const [shaTree, headTree, checksOnHead, headDigest] = await Promise.all([
    commitTree(gh, repo, sha),
    commitTree(gh, repo, pull.headSha),
    listChecks(gh, repo, pull.headSha),
    registry.headManifest(repository, pull.headSha),
  ])
  return { ...facts, pull, shaTree, headTree, checksOnHead, ...(headDigest ? { headDigest } : {}) }
}

/** Why adopt cannot run at all, as an input error; undefined when it can. Pure. */
export function adoptBlocker(opts: { token: string; repository: string; push: boolean }): InputError | undefined {
  if (!opts.push)
    return new InputError('adopt', 'is true while "push" is false, but adopting writes the commit-SHA tag in the registry', 'push: true, or adopt: false')
  if (!opts.token)
    return new InputError(
      'github-token',
      'is empty while "adopt" is true, so the gates and the pull request cannot be read',
      'a token with contents, pull-requests and statuses read and checks write (the default github.token)',
    )
  if (!parseRepo(opts.repository))
    return new InputError(
      'adopt',
      'is true, but GITHUB_REPOSITORY is not set, so the pull request cannot be looked up',
      'a run inside GitHub Actions, or adopt: false',
    )
  return undefined
}
