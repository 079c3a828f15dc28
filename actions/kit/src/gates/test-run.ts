import { existsSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import * as core from '@actions/core'
import type { Exec } from '../exec.js'
import { redact } from '../secrets.js'
import { publishAsAnnotations, publishGateReport, type GateAnnotation, type PublishResult, type ReportTarget } from '../check-run/check-run.js'
import { trimJobSummary } from '../check-run/trim.js'
import { emptyJUnitResult } from '../test-reports/junit.js'
import {
  collectTestGate,
  evaluateTestGate,
  failureAnnotations,
  testGateReport,
  testGateSummary,
  type CommandOutcome,
  type TestGateResult,
  type TestGateSettings,
} from './tests.js'

/**
 * One test gate from start to finish: run the command (if any), read the reports, decide,
 * report (check run or annotations) and return the result. The exit code is the caller's,
 * from `result.conclusion`, never from how the report could be delivered.
 */
export interface TestGateDeps {
  /** Runs the workflow author's command; absent when there is none. */
  runCommand?: () => Promise<CommandOutcome>
  /** Failures found before the tests could run (endpoints that never answered). */
  earlierProblems?: string[]
  publish: (report: Parameters<typeof publishGateReport>[0]) => Promise<PublishResult>
  writeSummary: (markdown: string) => Promise<void>
}

export interface TestGateRun {
  result: TestGateResult
  publish: PublishResult
  annotations: GateAnnotation[]
}

export async function runTestGate(settings: TestGateSettings, deps: TestGateDeps): Promise<TestGateRun> {
  const earlier = deps.earlierProblems ?? []
  const command = earlier.length === 0 && deps.runCommand ? await deps.runCommand() : undefined
  // When the system under test never came up, the tests did not run: reports lying around
  // from an earlier step would only mislead.
  const result =
    earlier.length > 0
      ? {
          ...evaluateTestGate(
            { ...settings, failOnEmpty: false, minCoverage: 0, maxDurationMs: 0 },
            { junit: emptyJUnitResult(), reportFiles: [], coverageResult: undefined, command: undefined, problems: earlier },
          ),
          warnings: [],
        }
      : await collectTestGate(settings, command)
  const annotations = failureAnnotations(result.junit.failures, {
    workspace: settings.workspace,
    cwd: settings.cwd,
    exists: (p) => existsSync(join(settings.workspace, p)),
  })
  for (const warning of result.warnings) core.warning(warning)
  const report = testGateReport(result, settings, annotations)
  let publish: PublishResult
  try {
    publish = await deps.publish(report)
  } catch (error) {
    // The gate's result still decides; the reviewers get annotations and the summary.
    core.warning(`Could not write the "${settings.checkName}" check run: ${redact((error as Error).message.split('\n')[0] ?? '')}`)
    publish = publishAsAnnotations(report)
  }
  await deps.writeSummary(trimJobSummary(testGateSummary(result, settings, annotations)))
  return { result, publish, annotations }
}

/** The folder the tests run in, absolute; it must exist. */
export function resolveWorkingDirectory(dir: string, workspace: string): string {
  return isAbsolute(dir) ? dir : resolve(workspace, dir)
}

/** The workflow author's command, through bash (it is their own text; no event data is spliced in). */
export async function runShellCommand(exec: Exec, command: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CommandOutcome> {
  const started = performance.now()
  const shell = process.platform === 'win32' ? 'pwsh' : 'bash'
  const args = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] : ['-NoProfile', '-Command', command]
  const result = await exec(shell, args, { cwd: options.cwd, env: options.env, check: false })
  const durationMs = Math.round(performance.now() - started)
  const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`
  return { exitCode: result.exitCode, durationMs, tail: output.trimEnd().split('\n').slice(-60).join('\n').slice(-16_000) }
}

export type { ReportTarget }
