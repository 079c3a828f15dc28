import { InputError } from '../errors.js'
import { bool, duration, list, secret, text, type InputSpec } from '../inputs.js'

/**
 * The inputs every test gate shares (unit-tests, integration-tests), declared once. Each
 * action spreads them into its own registry with its defaults.
 */
export function percent(defaultValue: number): InputSpec<number> {
  return {
    parse(raw, name) {
      if (raw === '') return defaultValue
      const value = Number(raw.replace(/%$/, ''))
      if (!/^\d+(\.\d+)?%?$/.test(raw) || value > 100) throw new InputError(name, `has an invalid value "${raw}"`, 'a percentage from 0 to 100, such as 80 or 72.5')
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
    'check-name': text({ default: defaults.checkName, pattern: /^[^\n]{1,100}$/, accepted: 'a check name of at most 100 characters on one line' }),
    'github-token': secret(),
  } satisfies Record<string, InputSpec<unknown>>
}
