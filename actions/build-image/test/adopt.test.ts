import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { fakeRest } from '@cna/kit/testing'
import { decideAdoption } from '@cna/kit/required-checks'
import type { Manifest } from '@cna/kit/registry'
import { adoptBlocker, gatherAdoptionFacts } from '../src/adopt.js'
import { tagExisting, TagConflictError, type TagRegistry } from '../src/run.js'

const S = '5'.repeat(40)
const H = 'a'.repeat(40)
const TREE = 'b'.repeat(40)
const repo = { owner: 'o', repo: 'app' }
const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

function fakeRegistry(tags: Record<string, string> = {}) {
  const manifests = new Map<string, Manifest>()
  const tagMap = new Map(Object.entries(tags))
  const puts: string[] = []
  const add = (name: string): string => {
    const bytes = Buffer.from(JSON.stringify({ mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: name } }))
    const digest = digestOf(bytes)
    manifests.set(digest, { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes, json: JSON.parse(bytes.toString()) })
    return digest
  }
  const registry: TagRegistry = {
    async headManifest(_r, ref) {
      return ref.startsWith('sha256:') ? (manifests.has(ref) ? ref : undefined) : tagMap.get(ref)
    },
    async getManifest(_r, ref) {
      return manifests.get(ref.startsWith('sha256:') ? ref : (tagMap.get(ref) ?? ''))
    },
    async putManifest(_r, ref, m) {
      puts.push(ref)
      tagMap.set(ref, digestOf(m.bytes))
      return digestOf(m.bytes)
    },
  }
  return { registry, tags: tagMap, add, puts }
}

/** GitHub as build-image reads it for adopt: pulls of a commit, a pull, trees, checks. */
function github(world: { pullsOf?: unknown[]; pull?: unknown; trees: Record<string, string>; checks: Record<string, string[]> }) {
  const calls: string[] = []
  const gh = fakeRest(
    {
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': () => world.pullsOf ?? [],
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': (params) => ({
        total_count: 0,
        check_runs: (world.checks[params.ref] ?? []).map((name) => ({
          name,
          status: 'completed',
          conclusion: 'success',
          completed_at: '2026-11-01T00:00:00Z',
        })),
      }),
      'GET /repos/{owner}/{repo}/commits/{ref}/statuses': () => [],
      'GET /repos/{owner}/{repo}/commits/{ref}': (params) => ({ commit: { tree: { sha: world.trees[params.ref] } } }),
      'GET /repos/{owner}/{repo}/pulls/{pull_number}': () => world.pull,
    },
    { onCall: ({ route, params }) => calls.push(`${route} ${String(params.ref ?? params.commit_sha ?? params.pull_number)}`) },
  )
  return { gh, calls }
}

const merged = { number: 12, merged_at: '2026-11-01T10:00:00Z', merge_commit_sha: S, head: { sha: H }, base: { ref: 'main' } }
const REQUIRED = ['unit-tests']

describe('adopt: the facts read from the registry and GitHub', () => {
  test('push: the PR merged as S, both trees, the head checks and image → adopt the head digest', async () => {
    const reg = fakeRegistry()
    reg.tags.set(H, reg.add('gated'))
    const { gh } = github({ pullsOf: [merged], trees: { [S]: TREE, [H]: TREE }, checks: { [H]: ['unit-tests'] } })
    const facts = await gatherAdoptionFacts({ gh, repo, registry: reg.registry, repository: 'app' }, S, REQUIRED, { eventName: 'push', payload: {} })
    expect(facts).toMatchObject({ sha: S, pull: { number: 12, headSha: H }, shaTree: TREE, headTree: TREE, headDigest: reg.tags.get(H) })
    expect(decideAdoption(facts)).toMatchObject({ kind: 'adopt', digest: reg.tags.get(H), gatedSha: H })
  })

  test('push without a merged PR: nothing of a head is read, and the decision is to build', async () => {
    const { gh, calls } = github({ pullsOf: [{ ...merged, merged_at: null }], trees: {}, checks: {} })
    const facts = await gatherAdoptionFacts({ gh, repo, registry: fakeRegistry().registry, repository: 'app' }, S, REQUIRED, { eventName: 'push', payload: {} })
    expect(facts.pull).toBeUndefined()
    expect(calls.some((c) => c.includes('/commits/{ref} '))).toBe(false)
    expect(decideAdoption(facts)).toMatchObject({ kind: 'build' })
  })

  test('merge_group: the PR comes from the queue branch', async () => {
    const reg = fakeRegistry()
    reg.tags.set(H, reg.add('gated'))
    const { gh, calls } = github({
      pull: { number: 7, head: { sha: H }, base: { ref: 'main' } },
      trees: { [S]: TREE, [H]: TREE },
      checks: { [H]: ['unit-tests'] },
    })
    const facts = await gatherAdoptionFacts({ gh, repo, registry: reg.registry, repository: 'app' }, S, REQUIRED, {
      eventName: 'merge_group',
      payload: { merge_group: { head_sha: S, head_ref: `gh-readonly-queue/main/pr-7-${H}` } },
    })
    expect(calls).toContain('GET /repos/{owner}/{repo}/pulls/{pull_number} 7')
    expect(decideAdoption(facts)).toMatchObject({ kind: 'adopt', evidence: { pullRequest: 7 } })
  })
})

describe('adopt: tagging the gated digest, never moving a tag', () => {
  const request = { image: '127.0.0.1:5000/app', repository: 'app', sha: S, tags: [S, 'v1'], push: true }

  test('writes I:S and the extra tags with the same bytes: the same digest', async () => {
    const reg = fakeRegistry()
    const digest = reg.add('gated')
    const result = await tagExisting(request, reg.registry, digest, 'the gated image of #12')
    expect(reg.puts).toEqual([S, 'v1'])
    expect(reg.tags.get(S)).toBe(digest)
    expect(result).toMatchObject({ digest, builder: '', written: [S, 'v1'], unchanged: [] })
  })

  test('a re-run: tags already on that digest are left as they are', async () => {
    const reg = fakeRegistry()
    const digest = reg.add('gated')
    reg.tags.set(S, digest)
    reg.tags.set('v1', digest)
    expect(await tagExisting(request, reg.registry, digest, 'x')).toMatchObject({ written: [], unchanged: [S, 'v1'] })
    expect(reg.puts).toEqual([])
  })

  test('an existing tag with other content stops the run before anything is written', async () => {
    const reg = fakeRegistry()
    const digest = reg.add('gated')
    reg.tags.set('v1', reg.add('other'))
    await expect(tagExisting(request, reg.registry, digest, 'the gated image of #12')).rejects.toThrow(TagConflictError)
    await expect(tagExisting(request, reg.registry, digest, 'the gated image of #12')).rejects.toThrow(
      /:v1 already exists with digest sha256:[a-f0-9]{64}, and the gated image of #12 is sha256/,
    )
    expect(reg.puts).toEqual([])
  })
})

test.each([
  [{ token: 't', repository: 'o/app', push: true }, undefined],
  [{ token: 't', repository: 'o/app', push: false }, /Input "adopt" is true while "push" is false.*Expected push: true, or adopt: false/],
  [{ token: '', repository: 'o/app', push: true }, /Input "github-token" is empty while "adopt" is true/],
  [{ token: 't', repository: '', push: true }, /GITHUB_REPOSITORY is not set/],
])('adopt preconditions %j', (opts, message) => {
  const blocker = adoptBlocker(opts)
  if (message) expect(blocker?.message).toMatch(message)
  else expect(blocker).toBeUndefined()
})
