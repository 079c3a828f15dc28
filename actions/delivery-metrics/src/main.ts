import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import * as core from '@actions/core'
import { readRunContext, registerSecret, UserError, writeSummary } from '@cna/kit'
import { createRestClient, parseRepo } from '@cna/kit/github'
import { dashboardHtml } from './dashboard.js'
import { ChangeReader, readDeployments } from './github.js'
import { getInputs } from './inputs.js'
import { run } from './run.js'
import { metricsSummary } from './summary.js'

/** The only place with process-level effects: inputs in, the GitHub client, outputs, summary and the dashboard file out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)
  const repo = inputs.repository ?? parseRepo(context.repository)
  if (!repo)
    throw new UserError(
      `No repository to read: GITHUB_REPOSITORY is "${context.repository}" and the repository input is empty. Expected repository: owner/name.`,
    )
  const gh = createRestClient(inputs['github-token'])
  const changes = new ChangeReader(gh, repo, inputs['fix-labels'])
  const report = await run(inputs, {
    readDeployments: (window) => readDeployments(gh, repo, window),
    changesBetween: (base, head) => changes.between(base, head),
    now: () => Date.now(),
  })
  const prod = report.production
  core.setOutput('deployments', String(prod.deployments))
  core.setOutput('deployment-frequency', String(prod.deploymentsPerDay))
  core.setOutput('lead-time-median', seconds(prod.leadTime.median))
  core.setOutput('lead-time-p90', seconds(prod.leadTime.p90))
  core.setOutput('change-failure-rate', prod.changeFailureRate === null ? '' : String(prod.changeFailureRate))
  core.setOutput('recovery-time-median', seconds(prod.recovery.median))
  core.setOutput('metrics', JSON.stringify(report))
  let dashboard = ''
  if (inputs.dashboard) {
    dashboard = resolve(context.workspace, inputs.dashboard)
    await mkdir(dirname(dashboard), { recursive: true })
    await writeFile(dashboard, dashboardHtml(report))
    core.info(`dashboard written to ${dashboard}`)
  }
  core.setOutput('dashboard', dashboard)
  await writeSummary(metricsSummary(report))
}

/** Durations go out in whole seconds; empty when there was nothing to measure. */
const seconds = (ms: number | null): string => (ms === null ? '' : String(Math.round(ms / 1000)))
