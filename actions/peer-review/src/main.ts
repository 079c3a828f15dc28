import * as core from '@actions/core'
import { readRunContext, registerSecret, UserError, writeSummary } from '@cna/kit'
import { createRestClient } from '@cna/kit/github'
import { publishGateReport, trimJobSummary } from '@cna/kit/check-run'
import { getInputs } from './inputs.js'
import { noPullSummary, resolveSubject, reviewSubject, run } from './run.js'
import { reviewSummary } from './summary.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)
  const subject = reviewSubject(context.eventName, context.payload, context.sha)
  const [owner = '', repo = ''] = context.repository.split('/')
  if (!inputs['github-token']) {
    core.notice('github-token is empty: peer-review cannot read the reviews, so it reports no approval.')
    core.setOutput('conclusion', 'failure')
    core.setOutput('approvals', '0')
    core.setOutput('missing', 'a github-token to read the reviews')
    throw new UserError(
      'Input "github-token" is empty, so the reviews cannot be read. Expected a token with pull-requests: read and checks: write (the default github.token).',
    )
  }
  const client = createRestClient(inputs['github-token'])
  const { pullNumber, reportSha } = await resolveSubject(subject, client, { owner, repo })
  const result = await run(inputs, {
    client,
    repo: { owner, repo },
    pullNumber,
    ...(reportSha ? { reportSha } : {}),
    publish: (report, headSha) => publishGateReport(report, { client, owner, repo, headSha, ...(context.runUrl ? { detailsUrl: context.runUrl } : {}) }),
  })
  core.setOutput('conclusion', result.conclusion)
  core.setOutput('approvals', String(result.approvals))
  core.setOutput('missing', result.missing.join('; '))
  await writeSummary(trimJobSummary('pull' in result ? reviewSummary(result, inputs) : noPullSummary(inputs['check-name'], result.sha)))
  if (result.conclusion === 'failure') throw new UserError(`Review requirements not met: ${result.missing.join('; ')}.`)
}
