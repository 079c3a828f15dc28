import { runTestGate, type TestGateDeps, type TestGateRun } from '@cna/kit/reports/run-gate'
import type { TestGateSettings } from '@cna/kit/reports/test-gate'
import type { Inputs } from './inputs.js'

/** The settings of the shared test gate, from this action's inputs. */
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

/** Runs the command (when given), then gates on what the test tools wrote. */
export async function run(inputs: Inputs, paths: { cwd: string; workspace: string }, deps: TestGateDeps): Promise<TestGateRun> {
  return runTestGate(settingsOf(inputs, paths), inputs.command ? deps : { ...deps, runCommand: undefined })
}
