import { readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import * as core from '@actions/core'
import { exec, valueAt, readRunContext, registerSecret, UserError, writeSummary, type RunContext } from '@cna/kit'
import { createRestClient } from '@cna/kit/github'
import { sonarQualityGate } from '@cna/kit/lint'
import { headShaOf, publishGateReport, trimJobSummary } from '@cna/kit/check-run'
import { findFiles } from '@cna/kit/test-reports'
import { pullAddedLines, pullChangedFiles, type PullRef } from './changes.js'
import { getInputs } from './inputs.js'
import { run } from './run.js'
import { qualitySummary } from './summary.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerSecret(inputs['github-token'])
  registerSecret(inputs['sonar-token'])
  const context = readRunContext(env)
  const root = context.workspace
  const [owner = '', repo = ''] = context.repository.split('/')
  const client = inputs['github-token'] && owner && repo ? createRestClient(inputs['github-token']) : undefined
  const pull = pullRefOf(context, owner, repo)
  const read = (path: string) => readFile(isAbsolute(path) ? path : join(root, path), 'utf8')
  const changeDeps = { ...(client ? { client } : {}), exec, cwd: root }

  const result = await run(inputs, {
    root,
    isPullRequest: !!pull,
    findFiles: (patterns) => findFiles(patterns, root),
    readText: read,
    addedLines: () => pullAddedLines(pull!, changeDeps),
    changedFiles: () => pullChangedFiles(pull!, changeDeps),
    ...(inputs['sonar-host-url']
      ? {
          sonar: async () => {
            let reportTask: string
            try {
              reportTask = await read(inputs['sonar-report-task'])
            } catch {
              throw new UserError(
                `Input "sonar-report-task" points to "${inputs['sonar-report-task']}", which cannot be read. Expected the report-task.txt the Sonar scanner writes; run the scanner before this step.`,
              )
            }
            return sonarQualityGate({
              hostUrl: inputs['sonar-host-url'],
              token: inputs['sonar-token'],
              reportTask,
              timeoutMs: inputs['sonar-timeout'],
              intervalMs: Number(env.CNA_SONAR_POLL_MS ?? 2000),
            })
          },
        }
      : {}),
    publish: (report) =>
      publishGateReport(report, {
        ...(client ? { client } : {}),
        owner,
        repo,
        headSha: headShaOf(context),
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
      }),
  })
  core.setOutput('conclusion', result.conclusion)
  core.setOutput('errors', String(result.errors))
  core.setOutput('warnings', String(result.warnings))
  core.setOutput('quality-gate', result.qualityGate)
  await writeSummary(trimJobSummary(qualitySummary({ ...result, checkName: inputs['check-name'] })))
  if (result.conclusion === 'failure') throw new UserError(`Code quality gate failed: ${result.reasons.join('; ')}.`)
}

/** The pull request under review on pull_request events, with its base and head commits. */
function pullRefOf(context: RunContext, owner: string, repo: string): PullRef | undefined {
  const pr = (...path: string[]) => valueAt(context.payload, 'pull_request', ...path)
  const [number, baseSha, headSha] = [pr('number'), pr('base', 'sha'), pr('head', 'sha')]
  if (
    !context.eventName.startsWith('pull_request') ||
    typeof number !== 'number' ||
    typeof baseSha !== 'string' ||
    typeof headSha !== 'string' ||
    !baseSha ||
    !headSha
  )
    return undefined
  return { owner, repo, number, baseSha, headSha }
}
