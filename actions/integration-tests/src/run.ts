import * as core from '@actions/core'
import { testGateSettings } from '@cna/kit/test-reports'
import { runTestGate, type TestGateDeps, type TestGateRun } from '@cna/kit/gates/test-run'
import { formatDuration } from '@cna/kit/gates/tests'
import type { Inputs } from './inputs.js'
import { waitForEndpoints, type WaitResult } from './wait.js'

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
  const earlierProblems = waited
    .filter((w) => !w.ok)
    .map((w) => `${w.url} did not answer within ${formatDuration(inputs['wait-timeout'])} (${w.attempts} attempts, last: ${w.last ?? 'no answer'})`)
  const gate = await runTestGate(testGateSettings(inputs, paths), {
    ...deps,
    ...(inputs.command ? {} : { runCommand: undefined }),
    earlierProblems,
  })
  return { ...gate, waited }
}
