import { describe, expect, test } from 'vitest'
import { getInputs } from '../src/inputs.js'
import { testGateSettings } from '@cna/kit/test-reports'

const from = (values: Record<string, string>) => (name: string) => values[name]

describe('inputs', () => {
  test('defaults', () => {
    const inputs = getInputs(from({}))
    expect(inputs).toMatchObject({
      command: '',
      'working-directory': '.',
      reports: ['**/junit*.xml', '**/TEST-*.xml', '**/test-results/**/*.xml'],
      coverage: [],
      'min-coverage': 0,
      'max-duration': 300_000,
      'fail-on-duration': false,
      'fail-on-empty': true,
      'max-annotations': 50,
      'check-name': 'unit-tests',
    })
  })

  test.each([
    ['min-coverage', '80', 80],
    ['min-coverage', '72.5%', 72.5],
    ['max-duration', '90s', 90_000],
    ['max-duration', '0', 0],
    ['max-annotations', '0', 0],
    ['max-annotations', '1000', 1000],
    ['reports', 'a.xml, b/*.xml\n!b/skip.xml', ['a.xml', 'b/*.xml', '!b/skip.xml']],
  ])('%s: %j', (name, raw, expected) => {
    expect(getInputs(from({ [name]: raw }))[name as 'reports']).toEqual(expected)
  })

  test.each([
    ['min-coverage', '101', 'Input "min-coverage" has an invalid value "101". Expected a percentage from 0 to 100, such as 80 or 72.5.'],
    ['min-coverage', '-1', 'Input "min-coverage" has an invalid value "-1". Expected a percentage from 0 to 100, such as 80 or 72.5.'],
    ['max-duration', 'long', 'Input "max-duration" has an invalid duration "long". Expected a duration such as 90s, 5m, 1h30m or 2d.'],
    ['max-annotations', '1001', 'Input "max-annotations" has an invalid value "1001". Expected a whole number from 0 to 1000.'],
    ['fail-on-empty', 'yes', 'Input "fail-on-empty" has an invalid value "yes". Expected "true" or "false".'],
  ])('refuses %s %j', (name, raw, message) => {
    expect(() => getInputs(from({ [name]: raw }))).toThrow(message)
  })

  test('settings for the shared gate', () => {
    const settings = testGateSettings(getInputs(from({ 'min-coverage': '75', 'check-name': 'unit (api)' })), { cwd: '/w/api', workspace: '/w' })
    expect(settings).toMatchObject({ checkName: 'unit (api)', minCoverage: 75, maxDurationMs: 300_000, cwd: '/w/api', workspace: '/w' })
  })
})
