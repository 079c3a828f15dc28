import { existsSync } from 'node:fs'
import * as core from '@actions/core'
import { InputError, UserError, exec, readRunContext, registerSecret, writeSummary } from '@cna/kit'
import { publishGateReport } from '@cna/kit/check-run'
import { gateReportTarget } from '@cna/kit/check-run'
import { resolveWorkingDirectory, runShellCommand } from '@cna/kit/gates/test-run'
import { coverageOutput, durationOutput } from '@cna/kit/gates/tests'
import { getInputs } from './inputs.js'
import { run } from './run.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  const token = inputs['github-token']
  registerSecret(token)
  const context = readRunContext(env)
  const cwd = resolveWorkingDirectory(inputs['working-directory'], context.workspace)
  if (!existsSync(cwd)) throw new InputError('working-directory', `names a folder that does not exist (${inputs['working-directory']})`, 'a folder of the checked-out repository, such as . or services/api')

  const target = gateReportTarget(context, token)

  const { result } = await run(inputs, { cwd, workspace: context.workspace }, {
    // The URL goes to the command as an environment variable, never into its text.
    runCommand: () => runShellCommand(exec, inputs.command, { cwd, env: inputs['base-url'] ? { ...env, BASE_URL: inputs['base-url'] } : env }),
    publish: (report) => publishGateReport(report, { ...target, maxAnnotations: inputs['max-annotations'] }),
    writeSummary,
  })
  core.setOutput('conclusion', result.conclusion)
  core.setOutput('total', String(result.total))
  core.setOutput('passed', String(result.passed))
  core.setOutput('failed', String(result.failed))
  core.setOutput('skipped', String(result.skipped))
  core.setOutput('flaky', String(result.junit.flaky.length))
  core.setOutput('coverage', coverageOutput(result))
  core.setOutput('duration', durationOutput(result))
  if (result.conclusion === 'failure') throw new UserError(`${inputs['check-name']} failed: ${result.problems.join('; ')}.`)
  core.info(`${inputs['check-name']} passed: ${result.passed} of ${result.total} tests passed, ${result.skipped} skipped`)
}
