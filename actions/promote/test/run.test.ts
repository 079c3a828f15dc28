import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import type { Manifest } from '@cna/kit/registry'
import type { PromoteGitHub } from '../src/github.js'
import { getInputs } from '../src/inputs.js'
import { run, type ImageRegistry, type PromoteDeps } from '../src/run.js'

const SHA = '3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21'
const bytes = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}')
const DIGEST = `sha256:${createHash('sha256').update(bytes).digest('hex')}`

function registry(tags: Record<string, string> = {}, manifests: string[] = []) {
  const state = { tags: new Map(Object.entries(tags)), manifests: new Set(manifests), puts: [] as string[] }
  const client: ImageRegistry = {
    async headManifest(_repo, ref) {
      return ref.startsWith('sha256:') ? (state.manifests.has(ref) ? ref : undefined) : state.tags.get(ref)
    },
    async getManifest(_repo, ref) {
      const digest = ref.startsWith('sha256:') ? ref : state.tags.get(ref)
      return digest && state.manifests.has(digest)
        ? ({ digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes, json: {} } as Manifest)
        : undefined
    },
    async putManifest(_repo, ref, _m) {
      state.puts.push(ref)
      state.tags.set(ref, DIGEST)
      return DIGEST
    },
  }
  return { client, state }
}

/** A GitHub stand-in recording the calls promote makes. */
function github(checks: Array<{ name: string; conclusion: string }>, deployments: Array<{ id: number; payload: unknown; state: string }> = []) {
  const calls: string[] = []
  const client: PromoteGitHub = {
    async paginate<T>(route: string): Promise<T[]> {
      calls.push(route)
      if (route.includes('check-runs'))
        return checks.map((c) => ({ name: c.name, status: 'completed', conclusion: c.conclusion, completed_at: '2026-11-01T00:00:00Z' })) as T[]
      if (route.includes('statuses')) return []
      if (route.includes('deployments')) return deployments.map((d) => ({ id: d.id, payload: d.payload, created_at: '' })) as T[]
      return []
    },
    async request(route: string, params: Record<string, unknown>) {
      calls.push(`${route} ${params.state ?? ''}`.trim())
      if (route === 'POST /repos/{owner}/{repo}/deployments') return { data: { id: 77 } }
      if (route.endsWith('/statuses') && route.startsWith('GET')) return { data: [{ state: deployments.find((d) => d.id === params.deployment_id)?.state }] }
      return { data: {} }
    },
  }
  return { client, calls }
}

function deps(overrides: Partial<PromoteDeps> & { target: ImageRegistry }): PromoteDeps & { copies: string[] } {
  const copies: string[] = []
  const source = registry({ [SHA]: DIGEST }, [DIGEST]).client
  return {
    source,
    sourceRepository: 'dev/sensor-api',
    targetRepository: 'prod/sensor-api',
    async copy(digest, dryRun) {
      copies.push(`${digest} dry=${dryRun}`)
      return { digest, bytesMoved: 0, blobs: { skipped: 0, mounted: 2, uploaded: 0 }, manifests: 1, referrers: [] }
    },
    readRevision: async () => SHA,
    runUrl: 'https://github.com/o/r/actions/runs/1',
    copies,
    ...overrides,
  }
}

const inputs = (values: Record<string, string>) =>
  getInputs((name) => ({ source: `127.0.0.1:5000/dev/sensor-api:${SHA}`, target: '127.0.0.1:5000/prod/sensor-api', environment: 'staging', ...values })[name])

describe('promote run', () => {
  test('copies, reads the target back, writes the SHA and version tags, records a deployment', async () => {
    const target = registry({}, [])
    const gh = github(
      [{ name: 'unit-tests', conclusion: 'success' }],
      [{ id: 5, payload: { service: 'sensor-api', digest: `sha256:${'0'.repeat(64)}` }, state: 'success' }],
    )
    const d = deps({ target: target.client, github: { client: gh.client, repo: { owner: 'o', repo: 'r' } } })
    d.copy = async (digest) => {
      target.state.manifests.add(digest)
      return { digest, bytesMoved: 10, blobs: { skipped: 0, mounted: 0, uploaded: 2 }, manifests: 1, referrers: [] }
    }
    const result = await run(inputs({ tags: 'v1.4.2', 'require-checks': 'unit-tests' }), d)
    expect(result.digest).toBe(DIGEST)
    expect(result.imageRef).toBe(`127.0.0.1:5000/prod/sensor-api@${DIGEST}`)
    expect(target.state.puts).toEqual([SHA, 'v1.4.2'])
    expect(result.previousDigest).toBe(`sha256:${'0'.repeat(64)}`)
    expect(result.deploymentId).toBe('77')
    expect(gh.calls).toContain('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses in_progress')
    expect(gh.calls.at(-1)).toBe('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses success')
  })

  test('a red required check refuses before anything is created or copied', async () => {
    const target = registry()
    const gh = github([
      { name: 'unit-tests', conclusion: 'success' },
      { name: 'security-scan', conclusion: 'failure' },
    ])
    const d = deps({ target: target.client, github: { client: gh.client, repo: { owner: 'o', repo: 'r' } } })
    await expect(run(inputs({ 'require-checks': 'unit-tests,security-scan,peer-review' }), d)).rejects.toThrow(
      /required checks have not passed on 3f2a9c1e.*security-scan: concluded failure; peer-review: missing/,
    )
    expect(d.copies).toEqual([])
    expect(gh.calls.some((c) => c.startsWith('POST'))).toBe(false)
  })

  test('require-checks without a token is refused, not skipped', async () => {
    await expect(run(inputs({ 'require-checks': 'unit-tests' }), deps({ target: registry().client }))).rejects.toThrow(/needs GitHub access/)
  })

  test('a target tag naming another digest stops the run before the copy', async () => {
    const other = `sha256:${'9'.repeat(64)}`
    const target = registry({ 'v1.4.2': other }, [other])
    const d = deps({ target: target.client })
    await expect(run(inputs({ tags: 'v1.4.2' }), d)).rejects.toThrow(`already exists with digest ${other}, not ${DIGEST}`)
    expect(d.copies).toEqual([])
    expect(target.state.puts).toEqual([])
  })

  // The read-back after the copy: the target must answer the source's digest, not merely something.
  const OTHER = `sha256:${'9'.repeat(64)}`
  test.each<[string, string | undefined]>([
    ['another digest', OTHER],
    ['nothing', undefined],
  ])('the copy landing %s fails the promotion, writes no tag and marks the deployment failed', async (_what, lands) => {
    const target = registry()
    // A target that answers the digest HEAD with what "landed" (a registry that converted the
    // manifest answers another digest).
    const client: ImageRegistry = { ...target.client, headManifest: async (repo, ref) => (ref === DIGEST ? lands : target.client.headManifest(repo, ref)) }
    const gh = github([])
    const d = deps({ target: client, github: { client: gh.client, repo: { owner: 'o', repo: 'r' } } })
    d.copy = async (digest) => {
      target.state.manifests.add(digest)
      return { digest, bytesMoved: 10, blobs: { skipped: 0, mounted: 0, uploaded: 2 }, manifests: 1, referrers: [] }
    }
    await expect(run(inputs({ tags: 'v1' }), d)).rejects.toThrow(
      `after the copy the target 127.0.0.1:5000/prod/sensor-api answers ${lands ?? 'nothing'} for ${DIGEST}: refusing a promotion that is not digest-equal`,
    )
    expect(target.state.puts).toEqual([])
    expect(gh.calls.at(-1)).toBe('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses failure')
  })

  test('a tag that names another digest right after writing it (a concurrent run) fails the promotion', async () => {
    const target = registry()
    const client: ImageRegistry = {
      ...target.client,
      headManifest: async (repo, ref) => (ref === 'v1' && target.state.puts.includes('v1') ? OTHER : target.client.headManifest(repo, ref)),
    }
    const d = deps({ target: client })
    d.copy = async (digest) => {
      target.state.manifests.add(digest)
      return { digest, bytesMoved: 0, blobs: { skipped: 0, mounted: 0, uploaded: 0 }, manifests: 1, referrers: [] }
    }
    await expect(run(inputs({ tags: 'v1' }), d)).rejects.toThrow(`127.0.0.1:5000/prod/sensor-api:v1 names ${OTHER} after tagging, not ${DIGEST}`)
  })

  test('dry-run copies nothing for real, writes no tag, creates no deployment', async () => {
    const target = registry()
    const gh = github([])
    const d = deps({ target: target.client, github: { client: gh.client, repo: { owner: 'o', repo: 'r' } } })
    const result = await run(inputs({ 'dry-run': 'true', tags: 'v1' }), d)
    expect(d.copies).toEqual([`${DIGEST} dry=true`])
    expect(target.state.puts).toEqual([])
    expect(result.tags).toEqual([
      { tag: SHA, state: 'would write' },
      { tag: 'v1', state: 'would write' },
    ])
    expect(gh.calls.some((c) => c.startsWith('POST'))).toBe(false)
  })

  test('tags already at the digest are left as they are (re-runs are no-ops)', async () => {
    const target = registry({ [SHA]: DIGEST }, [DIGEST])
    const result = await run(inputs({}), deps({ target: target.client }))
    expect(target.state.puts).toEqual([])
    expect(result.tags).toEqual([{ tag: SHA, state: 'unchanged' }])
  })

  test('a SHA tag that does not exist at the source is one clear error', async () => {
    const d = deps({ target: registry().client, source: registry().client })
    await expect(run(inputs({}), d)).rejects.toThrow(/^Input "source": 127.0.0.1:5000\/dev\/sensor-api:3f2a.* does not exist/)
  })
})
