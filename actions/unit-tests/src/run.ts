import { testGateSettings } from '@cna/kit/test-reports'
import { runTestGate, type TestGateDeps, type TestGateRun } from '@cna/kit/gates/test-run'
import type { Inputs } from './inputs.js'

/** Runs the command (when given), then gates on what the test tools wrote. */
export async function run(inputs: Inputs, paths: { cwd: string; workspace: string }, deps: TestGateDeps): Promise<TestGateRun> {
  return runTestGate(testGateSettings(inputs, paths), inputs.command ? deps : { ...deps, runCommand: undefined })
}
