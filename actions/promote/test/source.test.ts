import { describe, expect, test } from 'vitest'
import { gitopsRepoFrom } from '../src/run.js'
import { isProductionEnvironment, parseSource } from '../src/source.js'

describe('source references: immutable only', () => {
  test.each([
    [`ghcr.io/o/app@sha256:${'a'.repeat(64)}`, { registry: 'ghcr.io', repository: 'o/app', digest: `sha256:${'a'.repeat(64)}` }],
    [`127.0.0.1:5000/o/app:${'1'.repeat(40)}`, { registry: '127.0.0.1:5000', repository: 'o/app', tag: '1'.repeat(40), shaTag: '1'.repeat(40) }],
  ])('%s', (value, expected) => expect(parseSource(value)).toEqual(expected))

  test.each(['ghcr.io/o/app:latest', 'ghcr.io/o/app:v1.4.2', 'ghcr.io/o/app', `ghcr.io/o/app:${'1'.repeat(39)}`, `ghcr.io/o/app:v1@sha256:${'a'.repeat(64)}`])(
    '%s is refused',
    (value) => {
      expect(parseSource(value)).toBeUndefined()
    },
  )
})

test.each([
  ['production', true],
  ['Prod', true],
  ['staging', false],
  ['production-eu', false],
])('production environment %s → %s', (env, expected) => expect(isProductionEnvironment(env)).toBe(expected))

test.each([
  ['https://github.com/octo-org/gitops-config.git', { owner: 'octo-org', repo: 'gitops-config' }],
  ['/tmp/x/octo-org/gitops', { owner: 'octo-org', repo: 'gitops' }],
])('GitOps repository %s → %j', (value, expected) => expect(gitopsRepoFrom(value)).toEqual(expected))
