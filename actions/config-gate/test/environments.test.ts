import { describe, expect, test } from 'vitest'
import { discoverEnvironments, parseEnvironments } from '../src/environments.js'
import { getInputs } from '../src/inputs.js'

describe('environments: name=path lines, or discovered', () => {
  test('lines', () => {
    expect(parseEnvironments(['dev=overlays/dev/', 'prod=./clusters/prod'])).toEqual([
      { name: 'dev', path: 'overlays/dev' },
      { name: 'prod', path: 'clusters/prod' },
    ])
  })

  test.each(['dev', 'dev=', '=x', 'dev=/abs', 'dev=../outside', 'a b=x'])('%s is one error naming the input and the accepted form', (line) => {
    expect(() => parseEnvironments([line])).toThrow(`Input "environments" has an invalid line "${line}". Expected one name=path per line`)
  })

  test('a name twice', () => {
    expect(() => parseEnvironments(['a=x', 'a=y'])).toThrow('names the environment "a" twice')
  })

  test('discovered under environments/ first, then overlays/; only direct children', () => {
    expect(discoverEnvironments(['base', 'environments/prod', 'environments/dev', 'overlays/x', 'environments/prod/extra'])).toEqual([
      { name: 'dev', path: 'environments/dev' },
      { name: 'prod', path: 'environments/prod' },
    ])
    expect(discoverEnvironments(['overlays/x'])).toEqual([{ name: 'x', path: 'overlays/x' }])
    expect(discoverEnvironments(['base'])).toEqual([])
  })
})

describe('inputs', () => {
  const inputs = (raw: Record<string, string>) => getInputs((name) => raw[name])
  test('defaults', () => {
    expect(inputs({})).toMatchObject({ environments: [], namespaces: [], 'repository-path': '.', terraform: true, comment: true, 'check-name': 'config-gate' })
  })
  test('repository-path stays in the workspace', () => {
    expect(() => inputs({ 'repository-path': '../x' })).toThrow('Input "repository-path" has an invalid value "../x". Expected a folder inside the workspace')
    expect(inputs({ 'repository-path': 'gitops' })['repository-path']).toBe('gitops')
  })
  test('namespaces', () => {
    expect(inputs({ namespaces: 'dev=a\nprod=b' }).namespaces).toEqual([
      ['dev', 'a'],
      ['prod', 'b'],
    ])
    expect(() => inputs({ namespaces: 'dev' })).toThrow('Input "namespaces" has an invalid line "dev". Expected one environment=namespace per line')
  })
})
