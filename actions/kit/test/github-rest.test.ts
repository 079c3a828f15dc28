import { expect, test } from 'vitest'
import { deploymentPayload, parseRepo } from '../src/github/rest.js'

test.each([
  ['octo-org/sensor-api', { owner: 'octo-org', repo: 'sensor-api' }],
  ['o/r.js', { owner: 'o', repo: 'r.js' }],
  ['noslash', undefined],
  ['a/b/c', undefined],
  ['', undefined],
])('parseRepo(%j)', (value, expected) => expect(parseRepo(value)).toEqual(expected))

test.each([
  [{ digest: 'sha256:x' }, { digest: 'sha256:x' }],
  ['{"digest":"sha256:y"}', { digest: 'sha256:y' }],
  ['not json', undefined],
  [null, undefined],
  ['"just a string"', undefined],
])('deploymentPayload(%j)', (payload, expected) => expect(deploymentPayload(payload)).toEqual(expected))
