import { readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import * as core from '@actions/core'
import { readRunContext, registerSecret, UserError, writeSummary } from '@cna/kit'
import { createRestClient } from '@cna/kit/github'
import { headShaOf, publishGateReport, trimJobSummary } from '@cna/kit/check-run'
import { findFiles } from '@cna/kit/test-reports'
import { lineReader, loadSecurityReports } from '@cna/kit/sarif'
import { getInputs } from './inputs.js'
import { run, unfinishedLine } from './run.js'
import { securitySummary } from './summary.js'
import { uploadSarif } from './upload.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)
  const root = context.workspace
  const [owner = '', repo = ''] = context.repository.split('/')
  const client = inputs['github-token'] && owner && repo ? createRestClient(inputs['github-token']) : undefined
  const readLine = lineReader(root)

  const result = await run(inputs, {
    findFiles: (patterns) => findFiles(patterns, root),
    loadReports: (files, input, unfinished) => loadSecurityReports(files, { root, input, readLine, ...(unfinished ? { unfinished } : {}) }),
    readText: (path) => readFile(isAbsolute(path) ? path : join(root, path), 'utf8'),
    publish: (report) =>
      publishGateReport(report, {
        ...(client ? { client } : {}),
        owner,
        repo,
        headSha: headShaOf(context),
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
      }),
    ...(client ? { upload: (files: readonly string[]) => uploadSarif(files, { client, owner, repo, commitSha: context.sha, ref: context.ref }) } : {}),
    today: new Date().toISOString().slice(0, 10),
  })

  core.setOutput('conclusion', result.conclusion)
  core.setOutput('critical', String(result.counts.critical))
  core.setOutput('high', String(result.counts.high))
  core.setOutput('medium', String(result.counts.medium))
  core.setOutput('low', String(result.counts.low))
  core.setOutput('new', String(result.newCount))
  await writeSummary(trimJobSummary(securitySummary({ ...result, checkName: inputs['check-name'] })))
  if (result.unfinished.length > 0) {
    const blocking = result.blocking > 0 ? `; and ${result.blocking} finding(s) at or above "${inputs['fail-on']}"` : ''
    throw new UserError(
      `${result.unfinished.map(unfinishedLine).join('; ')}: a scan that did not finish is no pass${blocking}. See the "${inputs['check-name']}" check and the job summary.`,
    )
  }
  if (result.conclusion === 'failure') {
    throw new UserError(
      `${result.blocking} security finding(s) at or above "${inputs['fail-on']}"${result.baselineFiles.length ? ' that are not in the baseline' : ''}: see the "${inputs['check-name']}" check and the job summary.`,
    )
  }
  core.info(
    `${inputs['check-name']}: passed (${result.counts.critical} critical, ${result.counts.high} high, ${result.counts.medium} medium, ${result.counts.low} low)`,
  )
}
