import { describe, expect, test } from 'vitest'
import { commitTimeFromPayload, resolveCommitSha } from '../src/commit.js'
import { imageTags, ociLabels } from '../src/tags.js'
import { getInputs } from '../src/inputs.js'

const MERGE = '1'.repeat(40)
const HEAD = '2'.repeat(40)

describe('which commit the image is tagged with', () => {
  test.each([
    ['push', {}, MERGE, '', MERGE],
    ['pull_request', { pull_request: { head: { sha: HEAD } } }, MERGE, '', HEAD],
    ['pull_request_target', { pull_request: { head: { sha: HEAD } } }, MERGE, '', HEAD],
    ['push', {}, MERGE, 'f'.repeat(40), 'f'.repeat(40)],
    ['push', {}, 'not-a-sha', '', undefined],
  ])('%s event → the right SHA', (eventName, payload, sha, input, expected) => {
    expect(resolveCommitSha(input, { eventName, payload, sha })).toBe(expected)
  })

  test('commit time comes from the push payload only when it describes this commit', () => {
    const payload = { head_commit: { id: MERGE, timestamp: '2026-11-01T10:00:00+01:00' } }
    expect(commitTimeFromPayload(MERGE, { eventName: 'push', payload, sha: MERGE })).toBe(Date.parse('2026-11-01T09:00:00Z') / 1000)
    expect(commitTimeFromPayload(HEAD, { eventName: 'push', payload, sha: MERGE })).toBeUndefined()
  })
})

describe('tags and labels', () => {
  test('the full SHA comes first, extras after, without duplicates', () => {
    expect(imageTags(MERGE, ['v1.4.2', MERGE, 'v1.4'])).toEqual([MERGE, 'v1.4.2', 'v1.4'])
  })

  test('OCI labels: revision, source, created from the commit time; a user label cannot replace the revision', () => {
    const labels = ociLabels({
      sha: MERGE,
      source: 'https://github.com/o/r',
      created: new Date(1700000000_000),
      extra: [
        ['org.opencontainers.image.revision', 'x'],
        ['team', 'sensors'],
      ],
    })
    expect(Object.fromEntries(labels)).toEqual({
      'org.opencontainers.image.revision': MERGE,
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      team: 'sensors',
    })
  })
})

describe('bad input: one clear error naming the input and the accepted form', () => {
  const base = { image: 'ghcr.io/o/app' }
  test.each([
    [{ image: '' }, 'image', 'is required'],
    [{ image: 'Ghcr.io/O/App' }, 'image', 'invalid value'],
    [{ image: 'ghcr.io/o/app:v1' }, 'image', 'without tag or digest'],
    [{ image: `ghcr.io/o/app@sha256:${'a'.repeat(64)}` }, 'image', 'without tag or digest'],
    [{ tags: 'v1\nlatest' }, 'tags', '"latest", which is refused'],
    [{ tags: 'LATEST' }, 'tags', '"latest", which is refused'],
    [{ tags: '-bad' }, 'tags', 'invalid tag'],
    [{ builder: 'kaniko' }, 'builder', 'one of: auto, buildx, docker, buildah, podman'],
    [{ push: 'yes' }, 'push', '"true" or "false"'],
    [{ sha: 'abc123' }, 'sha', '40-character'],
    [{ 'build-args': 'NOVALUE' }, 'build-args', 'KEY=VALUE'],
    [{ labels: '=x' }, 'labels', 'KEY=VALUE'],
    [{ platforms: 'linux' }, 'platforms', 'os/arch'],
  ])('%j', (given, input, fragment) => {
    const values: Record<string, string> = { ...base, ...given }
    expect(() => getInputs((name) => values[name])).toThrowError(new RegExp(`^Input "${input}" .*${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  })

  test('good input is typed', () => {
    const values: Record<string, string> = { image: '127.0.0.1:5000/o/app', tags: 'v1, v1.4\n# comment\n', 'build-args': 'A=1=2\nB=x,y', push: 'false' }
    const inputs = getInputs((name) => values[name])
    expect(inputs.tags).toEqual(['v1', 'v1.4'])
    expect(inputs['build-args']).toEqual([
      ['A', '1=2'],
      ['B', 'x,y'],
    ])
    expect(inputs.push).toBe(false)
    expect(inputs.builder).toBe('auto')
    expect(inputs.context).toBe('.')
  })
})
