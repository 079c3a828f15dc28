import * as core from '@actions/core'
import { UserError } from '@cna/kit'
import type { GateReport, PublishResult } from '@cna/kit/report/check-run'
import { decide, evaluateReviews, formatReviewer, parseCodeOwners, sensitiveFiles, type Decision, type ReviewState, type SensitiveFile } from '@cna/kit/review/index'
import { getPull, isReviewer, listFiles, listReviews, readCodeOwners, type PullInfo, type Repo, type ReviewClient } from './github.js'
import type { Inputs } from './inputs.js'
import { reviewSummary } from './summary.js'

export interface PeerReviewDeps {
  client: ReviewClient
  repo: Repo
  pullNumber: number
  publish(report: GateReport, headSha: string): Promise<PublishResult>
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

export function pullNumberOf(eventName: string, payload: Record<string, unknown>): number {
  const number = (payload.pull_request as { number?: unknown } | undefined)?.number
  if (!PULL_EVENTS.includes(eventName) || typeof number !== 'number') {
    throw new UserError(`peer-review runs on pull_request and pull_request_review events; this run is a "${eventName || 'unknown'}" event without a pull request. Expected on: [pull_request, pull_request_review].`)
  }
  return number
}

export async function run(inputs: Inputs, deps: PeerReviewDeps): Promise<PeerReviewResult> {
  const { client, repo } = deps
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
      title: decision.conclusion === 'success' ? `Approved (${decision.approvals} of ${inputs['required-approvals']})${decision.securityApprovedBy ? `, security review by @${decision.securityApprovedBy}` : ''}` : `Missing: ${decision.missing.join('; ')}`.slice(0, 1000),
      summary: reviewSummary(partial, inputs),
      annotations: [],
    },
    pull.headSha,
  )
  core.info(`${inputs['check-name']}: ${decision.conclusion}; approvals ${decision.approvals}/${inputs['required-approvals']}${sensitive.length ? `; security-sensitive files ${sensitive.length}, reviewers ${reviewers.map(formatReviewer).join(', ')}` : ''}`)
  return { ...partial, publish }
}
