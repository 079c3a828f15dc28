import { existsSync } from 'node:fs'
import * as core from '@actions/core'
import { readRunContext, type RunContext } from '../context.js'
import { InputError, UserError } from '../errors.js'
import { registerSecret } from '../secrets.js'
import { publishGateReport, type GateReport, type PublishResult } from '../check-run/check-run.js'
import { gateReportTarget } from '../check-run/target.js'
import { resolveWorkingDirectory } from './test-run.js'
import { coverageOutput, durationOutput, type TestGateResult } from './tests.js'

/** The inputs both test gates (unit-tests, integration-tests) share around their own. */
export interface TestActionInputs {
  'github-token': string
  'working-directory': string
  'max-annotations': number
  'check-name': string
}

export interface TestActionShell {
  context: RunContext
  /** The working directory, resolved in the workspace and known to exist. */
  cwd: string
  /** Where the gate reports: the check run on the commit under test. */
  publish: (report: GateReport) => Promise<PublishResult>
}

/**
 * What unit-tests and integration-tests do before their run: the token masked, the folder
 * checked, the report target chosen. One place, so the two gates cannot drift apart.
 */
export function openTestAction(inputs: TestActionInputs, env: NodeJS.ProcessEnv): TestActionShell {
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)
  const cwd = resolveWorkingDirectory(inputs['working-directory'], context.workspace)
  if (!existsSync(cwd))
    throw new InputError(
      'working-directory',
      `names a folder that does not exist (${inputs['working-directory']})`,
      'a folder of the checked-out repository, such as . or services/api',
    )
  const target = gateReportTarget(context, inputs['github-token'])
  return { context, cwd, publish: (report) => publishGateReport(report, { ...target, maxAnnotations: inputs['max-annotations'] }) }
}

/** The outputs both test gates declare, and the verdict: a failed gate fails the step. */
export function closeTestAction(result: TestGateResult, checkName: string): void {
  core.setOutput('conclusion', result.conclusion)
  core.setOutput('total', String(result.total))
  core.setOutput('passed', String(result.passed))
  core.setOutput('failed', String(result.failed))
  core.setOutput('skipped', String(result.skipped))
  core.setOutput('flaky', String(result.junit.flaky.length))
  core.setOutput('coverage', coverageOutput(result))
  core.setOutput('duration', durationOutput(result))
  if (result.conclusion === 'failure') throw new UserError(`${checkName} failed: ${result.problems.join('; ')}.`)
  core.info(`${checkName} passed: ${result.passed} of ${result.total} tests passed, ${result.skipped} skipped`)
}
