import * as core from '@actions/core'
import { payloadNumber, payloadString, UserError } from '@cna/kit'
import { findMergedPull, queuePullNumber } from '@cna/kit/required-checks'
import type { Repo as RestRepo, RestClient } from '@cna/kit/github'
import type { GateReport, PublishResult } from '@cna/kit/check-run'
import { evaluateReviews, parseCodeOwners, type ReviewState } from '@cna/kit/review'
import { decide, formatReviewer, sensitiveFiles, type Decision, type SensitiveFile } from '@cna/kit/gates/review'
import { getPull, isReviewer, listFiles, listReviews, readCodeOwners, type PullInfo, type Repo, type ReviewClient } from './github.js'
import type { Inputs } from './inputs.js'
import { reviewSummary } from './summary.js'

export interface PeerReviewDeps {
  client: ReviewClient
  repo: Repo
  /** The pull request whose reviews decide; undefined when the pushed commit came from none. */
  pullNumber: number | undefined
  /** Where the check run goes: the pushed or queued commit; default the pull request's head. */
  reportSha?: string
  publish(report: GateReport, headSha: string): Promise<PublishResult>
}

/** The outcome when no pull request stands behind the commit: nobody approved it. */
export interface NoPullResult {
  conclusion: 'failure'
  approvals: 0
  missing: string[]
  sha: string
  publish: PublishResult
}

export interface PeerReviewResult extends Decision {
  pull: PullInfo
  state: ReviewState
  sensitive: SensitiveFile[]
  codeowners?: string
  problems: string[]
  publish: PublishResult
}

export const PULL_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review']

/**
 * What an event asks the gate to judge. Pull request events: that pull request, reported on
 * its head. merge_group: the pull request named in the queue branch, reported on the queue
 * commit. push: the pull request merged as the pushed commit (looked up), reported on it. Pure.
 */
export type ReviewSubject = { kind: 'pull'; number: number } | { kind: 'queue'; number: number | undefined; reportSha: string } | { kind: 'push'; sha: string }

export function reviewSubject(eventName: string, payload: Record<string, unknown>, sha: string): ReviewSubject {
  const number = payloadNumber(payload, 'pull_request', 'number')
  if (PULL_EVENTS.includes(eventName) && number !== undefined) return { kind: 'pull', number }
  if (eventName === 'merge_group') {
    const headRef = payloadString(payload, 'merge_group', 'head_ref')
    return {
      kind: 'queue',
      number: headRef === undefined ? undefined : queuePullNumber(headRef),
      reportSha: payloadString(payload, 'merge_group', 'head_sha') || sha,
    }
  }
  if (eventName === 'push' && /^[0-9a-f]{40}$/.test(sha)) return { kind: 'push', sha }
  throw new UserError(
    `peer-review runs on pull_request, pull_request_review, merge_group and push events; this run is a "${eventName || 'unknown'}" event without a pull request. Expected on: [pull_request, pull_request_review, merge_group, push].`,
  )
}

/** The pull request number and the commit to report on, looking up the merged pull request on push. */
export async function resolveSubject(subject: ReviewSubject, gh: RestClient, repo: RestRepo): Promise<{ pullNumber: number | undefined; reportSha?: string }> {
  if (subject.kind === 'pull') return { pullNumber: subject.number }
  if (subject.kind === 'queue') return { pullNumber: subject.number, reportSha: subject.reportSha }
  return { pullNumber: (await findMergedPull(gh, repo, subject.sha))?.number, reportSha: subject.sha }
}

export async function run(inputs: Inputs, deps: PeerReviewDeps): Promise<PeerReviewResult | NoPullResult> {
  const { client, repo } = deps
  if (deps.pullNumber === undefined) return reportNoPull(inputs, deps, deps.reportSha ?? '')
  // Read fresh: a review event's payload may predate the latest push.
  const pull = await getPull(client, repo, deps.pullNumber)
  const reviews = await listReviews(client, repo, pull.number)
  const state = evaluateReviews(reviews, { author: pull.author, headSha: pull.headSha, requireLatestCommit: inputs['require-latest-commit'] })

  const reviewers = inputs['security-reviewers']
  let sensitive: SensitiveFile[] = []
  let codeownersPath: string | undefined
  const problems = new Set<string>()
  if (inputs['security-paths'].length || inputs['use-codeowners']) {
    const files = await listFiles(client, repo, pull.number)
    let codeowners
    if (inputs['use-codeowners']) {
      const found = await readCodeOwners(client, repo, pull.baseSha)
      if (found) {
        codeowners = parseCodeOwners(found.text)
        codeownersPath = found.path
      } else core.notice('use-codeowners is true but the base commit has no CODEOWNERS (.github/, root or docs/)')
    }
    sensitive = sensitiveFiles(files, { securityPaths: inputs['security-paths'], ...(codeowners ? { codeowners } : {}), securityReviewers: reviewers })
  }
  const securityApprovers: string[] = []
  if (sensitive.length) {
    for (const login of state.approvers) if (await isReviewer(client, login, reviewers, problems)) securityApprovers.push(login)
  }
  const decision = decide(state, { required: inputs['required-approvals'], sensitive, securityApprovers, securityReviewers: reviewers })
  const partial = { ...decision, pull, state, sensitive, ...(codeownersPath ? { codeowners: codeownersPath } : {}), problems: [...problems] }
  const publish = await deps.publish(
    {
      checkName: inputs['check-name'],
      conclusion: decision.conclusion,
      title:
        decision.conclusion === 'success'
          ? `Approved (${decision.approvals} of ${inputs['required-approvals']})${decision.securityApprovedBy ? `, security review by @${decision.securityApprovedBy}` : ''}`
          : `Missing: ${decision.missing.join('; ')}`.slice(0, 1000),
      summary: reviewSummary(partial, inputs),
      annotations: [],
    },
    deps.reportSha ?? pull.headSha,
  )
  core.info(
    `${inputs['check-name']}: ${decision.conclusion}; approvals ${decision.approvals}/${inputs['required-approvals']}${sensitive.length ? `; security-sensitive files ${sensitive.length}, reviewers ${reviewers.map(formatReviewer).join(', ')}` : ''}`,
  )
  return { ...partial, publish }
}

/** A commit no pull request stands behind (a direct push, a queue entry without a number): nobody approved it. */
async function reportNoPull(inputs: Inputs, deps: PeerReviewDeps, sha: string): Promise<NoPullResult> {
  const missing = [`no pull request approved ${sha}`]
  const summary = noPullSummary(inputs['check-name'], sha)
  const publish = await deps.publish({ checkName: inputs['check-name'], conclusion: 'failure', title: `Missing: ${missing[0]}`, summary, annotations: [] }, sha)
  core.info(`${inputs['check-name']}: failure; ${missing[0]}`)
  return { conclusion: 'failure', approvals: 0, missing, sha, publish }
}

export function noPullSummary(checkName: string, sha: string): string {
  return `## ${checkName}: ❌ not approved\n\nNo pull request was merged as (or queued for) ${sha}, so no review approved it: the commit reached the branch without a reviewed pull request.\n`
}
