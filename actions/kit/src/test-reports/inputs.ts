import { InputError } from '../errors.js'
import { bool, duration, integer, list, secret, text, type InputSpec, type InputValues } from '../inputs.js'
import type { TestGateSettings } from '../gates/tests.js'

/**
 * The inputs every test gate shares (unit-tests, integration-tests), declared once. Each
 * action spreads them into its own registry with its defaults.
 */
export function percent(defaultValue: number): InputSpec<number> {
  return {
    parse(raw, name) {
      if (raw === '') return defaultValue
      const value = Number(raw.replace(/%$/, ''))
      if (!/^\d+(\.\d+)?%?$/.test(raw) || value > 100)
        throw new InputError(name, `has an invalid value "${raw}"`, 'a percentage from 0 to 100, such as 80 or 72.5')
      return value
    },
  }
}

export function testGateInputSpecs(defaults: { checkName: string; maxDuration: string; reports: string }) {
  return {
    command: text(),
    'working-directory': text({ default: '.' }),
    reports: { parse: (raw: string, name: string) => list().parse(raw || defaults.reports, name) },
    coverage: list(),
    'min-coverage': percent(0),
    'max-duration': duration(defaults.maxDuration),
    'fail-on-duration': bool(false),
    'fail-on-empty': bool(true),
    // GitHub takes 50 annotations per check-run write and Octokit spaces writes a second apart:
    // 50 is one write; the rest of the failures are in the summary.
    'max-annotations': integer({ default: 50, min: 0, max: 1000 }),
    'check-name': text({ default: defaults.checkName, pattern: /^[^\n]{1,100}$/, accepted: 'a check name of at most 100 characters on one line' }),
    'github-token': secret(),
  } satisfies Record<string, InputSpec<unknown>>
}

export type TestGateInputs = InputValues<ReturnType<typeof testGateInputSpecs>>

/** The settings of the shared test gate, from a test gate's inputs. */
export function testGateSettings(inputs: TestGateInputs, paths: { cwd: string; workspace: string }): TestGateSettings {
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
