import * as core from '@actions/core'
import { runTestGate, type TestGateDeps, type TestGateRun } from '@cna/kit/reports/run-gate'
import { formatDuration, type TestGateSettings } from '@cna/kit/reports/test-gate'
import type { Inputs } from './inputs.js'
import { waitForEndpoints, type WaitResult } from './wait.js'

export function settingsOf(inputs: Inputs, paths: { cwd: string; workspace: string }): TestGateSettings {
  return {
    checkName: inputs['check-name'],
    reports: inputs.reports,
    coverage: inputs.coverage,
    minCoverage: inputs['min-coverage'],
    maxDurationMs: inputs['max-duration'],
    failOnDuration: inputs['fail-on-duration'],
    failOnEmpty: inputs['fail-on-empty'],
    cwd: paths.cwd,
    workspace: paths.workspace,
  }
}

export interface IntegrationDeps extends TestGateDeps {
  wait?: typeof waitForEndpoints
}

/**
 * Waits for every endpoint, then runs the command (BASE_URL set by main) and gates on what
 * it wrote. An endpoint that never came up fails the gate without running the tests.
 */
export async function run(inputs: Inputs, paths: { cwd: string; workspace: string }, deps: IntegrationDeps): Promise<TestGateRun & { waited: WaitResult[] }> {
  const wait = deps.wait ?? waitForEndpoints
  const waited = inputs['wait-for'].length > 0 ? await wait(inputs['wait-for'], inputs['wait-timeout'], { log: (line) => core.info(line) }) : []
  const earlierProblems = waited.filter((w) => !w.ok).map((w) => `${w.url} did not answer within ${formatDuration(inputs['wait-timeout'])} (${w.attempts} attempts, last: ${w.last ?? 'no answer'})`)
  const gate = await runTestGate(settingsOf(inputs, paths), {
    ...deps,
    ...(inputs.command ? {} : { runCommand: undefined }),
    earlierProblems,
  })
  return { ...gate, waited }
}
