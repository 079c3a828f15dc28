import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import type { Manifest } from '@cna/kit/registry'
import type { WaitOutcome } from '../src/cluster/wait.js'
import type { Target } from '../src/cluster/verdict.js'
import type { GitOpsResult } from '../src/gitops/repo.js'
import type { PromoteGitHub } from '../src/github.js'
import { getInputs } from '../src/inputs.js'
import { run, type ImageRegistry, type PromoteDeps } from '../src/run.js'
import { promoteSummary, whatRuns } from '../src/summary.js'
import { httpVerdict } from '../src/verify.js'

const SHA = '3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21'
const bytes = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}')
const DIGEST = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const PREVIOUS = `sha256:${'0'.repeat(64)}`

function registry(tags = new Map<string, string>()): ImageRegistry {
  const manifests = new Set<string>([DIGEST])
  return {
    headManifest: async (_r, ref) => (ref.startsWith('sha256:') ? (manifests.has(ref) ? ref : undefined) : tags.get(ref)),
    getManifest: async () => ({ digest: DIGEST, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes, json: {} }) as Manifest,
    putManifest: async (_r, ref) => {
      tags.set(ref, DIGEST)
      return DIGEST
    },
  }
}

/** GitHub's deployments for the environment: the earlier ones, and every status promote writes. */
function github(earlier: Array<{ id: number; digest: string; state: string; description?: string }>) {
  const statuses: Array<{ id: number; state: string; description: string; environment_url?: string }> = []
  const client = {
    async paginate(route: string) {
      if (route === 'GET /repos/{owner}/{repo}/deployments')
        return earlier.map((d) => ({ id: d.id, payload: { service: 'sensor-api', digest: d.digest }, created_at: '' }))
      return []
    },
    async request(route: string, params: Record<string, unknown>) {
      if (route === 'POST /repos/{owner}/{repo}/deployments') return { data: { id: 77 } }
      if (route === 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses') {
        statuses.push({
          id: Number(params.deployment_id),
          state: String(params.state),
          description: String(params.description),
          ...(params.environment_url ? { environment_url: String(params.environment_url) } : {}),
        })
        return { data: {} }
      }
      if (route === 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses') {
        const d = earlier.find((e) => e.id === params.deployment_id)
        return { data: d ? [{ state: d.state, description: d.description ?? '', created_at: '2026-12-05T10:00:00Z' }] : [] }
      }
      return { data: {} }
    },
  } as unknown as PromoteGitHub
  return { client, statuses }
}

const healthy = (target: Target): WaitOutcome => ({
  ok: true,
  verdict: {
    state: 'healthy',
    summary: `Application sensor-api-staging: Synced at ${target.commit.slice(0, 12)}, Healthy, running ${target.digest.slice(0, 19)}`,
    details: [],
  },
  elapsedMs: 4000,
  pods: 2,
})
const crashing: WaitOutcome = {
  ok: false,
  verdict: {
    state: 'failed',
    summary:
      'pods crash or cannot start: pod sensor-api-7d9-abcde (api): CrashLoopBackOff: back-off 40s restarting failed container=api (last exit code 1, Error)',
    details: [],
  },
  elapsedMs: 3000,
  pods: 2,
}

function deps(gh: ReturnType<typeof github>, wait: (t: Target) => WaitOutcome) {
  const commits: Array<{ digest: string; message: string }> = []
  const waits: Target[] = []
  const events: string[] = []
  const d: PromoteDeps = {
    source: registry(new Map([[SHA, DIGEST]])),
    target: registry(),
    sourceRepository: 'dev/sensor-api',
    targetRepository: 'prod/sensor-api',
    copy: async (digest) => ({ digest, bytesMoved: 0, blobs: { skipped: 1, mounted: 0, uploaded: 0 }, manifests: 1, referrers: [] }),
    readRevision: async () => SHA,
    github: { client: gh.client, repo: { owner: 'o', repo: 'r' } },
    gitops: async (request): Promise<GitOpsResult> => {
      commits.push({ digest: request.digest, message: request.message })
      events.push(`commit ${request.digest.slice(7, 11)}`)
      return { changed: true, commit: String(commits.length).repeat(40), baseBranch: 'main', files: ['envs/staging/kustomization.yaml'] }
    },
    confirm: {
      wait: async (target) => {
        waits.push(target)
        events.push(`wait ${target.digest.slice(7, 11)}`)
        return wait(target)
      },
    },
    runUrl: 'https://github.com/o/r/actions/runs/1',
  }
  return { d, commits, waits, events }
}

const inputs = (values: Record<string, string> = {}) =>
  getInputs(
    (name) =>
      ({
        source: `127.0.0.1:5000/dev/sensor-api:${SHA}`,
        target: '127.0.0.1:5000/prod/sensor-api',
        environment: 'staging',
        'gitops-repo': '/tmp/gitops',
        'gitops-path': 'envs/staging',
        'wait-for': 'argocd',
        'environment-url': 'https://staging.example.com',
        ...values,
      })[name],
  )

describe('a deployment is success only once the cluster runs it', () => {
  test('waits for the controller on the GitOps commit and digest, then marks success with the environment URL', async () => {
    const gh = github([{ id: 5, digest: PREVIOUS, state: 'success' }])
    const { d, waits, events } = deps(gh, healthy)
    d.confirm!.wait = async (target) => {
      events.push(`wait ${target.digest.slice(7, 11)}`)
      // While the controller is still syncing, nothing says success yet.
      expect(gh.statuses.map((s) => s.state)).toEqual(['in_progress'])
      waits.push(target)
      return healthy(target)
    }
    const result = await run(inputs(), d)
    expect(waits).toEqual([{ commit: '1'.repeat(40), digest: DIGEST }])
    expect(gh.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect(gh.statuses[1]!.environment_url).toBe('https://staging.example.com')
    expect(result).toMatchObject({ outcome: 'success', failure: '' })
    expect(result.rollback).toBeUndefined()
  })

  test('without wait-for, nothing waits (as before): success right after the commit', async () => {
    const gh = github([])
    const { d } = deps(gh, healthy)
    delete d.confirm
    const result = await run(inputs({ 'wait-for': 'none' }), d)
    expect(result.outcome).toBe('success')
    expect(gh.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
  })
})

describe('a version that does not run is rolled back by itself', () => {
  test("crash-looping pods: the previous digest is committed back and waited for; the deployment is failure, rejected, with the pod's reason", async () => {
    const gh = github([{ id: 5, digest: PREVIOUS, state: 'success' }])
    const { d, commits, events } = deps(gh, (t) => (t.digest === DIGEST ? crashing : healthy(t)))
    const result = await run(inputs(), d)
    expect(events).toEqual([`commit ${DIGEST.slice(7, 11)}`, `wait ${DIGEST.slice(7, 11)}`, `commit ${PREVIOUS.slice(7, 11)}`, `wait ${PREVIOUS.slice(7, 11)}`])
    expect(commits[1]!.message).toContain(`roll back sensor-api in staging to ${PREVIOUS.slice(0, 19)}`)
    expect(commits[1]!.message).toContain(`was rejected: ${crashing.verdict.summary}`)
    expect(result).toMatchObject({ outcome: 'failure', failure: crashing.verdict.summary, rollback: { digest: PREVIOUS, commit: '2'.repeat(40) } })
    const final = gh.statuses.at(-1)!
    expect(final.state).toBe('failure')
    expect(final.description).toBe(`rejected: ${crashing.verdict.summary}`.slice(0, 140))
    expect(final.description).toContain('CrashLoopBackOff')
    // The summary says what runs now: Git and the newest successful deployment are the previous digest, and so are the pods.
    expect(whatRuns(result)).toEqual({
      git: `\`${PREVIOUS.slice(0, 19)}\``,
      deployed: `\`${PREVIOUS.slice(0, 19)}\``,
      running: `\`${PREVIOUS.slice(0, 19)}\` (2 pods)`,
      drift: 'none',
    })
    expect(promoteSummary(result, { source: 's', target: 't', environment: 'staging' })).toContain('did not run in staging, rolled back')
  })

  test('rollback: false leaves the GitOps repository as it is, and still marks the failure', async () => {
    const gh = github([{ id: 5, digest: PREVIOUS, state: 'success' }])
    const { d, commits } = deps(gh, () => crashing)
    const result = await run(inputs({ rollback: 'false' }), d)
    expect(commits).toHaveLength(1)
    expect(result.outcome).toBe('failure')
    expect(gh.statuses.at(-1)!.state).toBe('failure')
  })

  test('a failed verification after a healthy sync rolls back too', async () => {
    const gh = github([{ id: 5, digest: PREVIOUS, state: 'success' }])
    const { d, commits } = deps(gh, healthy)
    d.confirm!.verify = async () => ({
      ok: false,
      summary: 'HTTP check of https://staging.example.com/healthz failed: 3/10 answered 2xx/3xx (30%, at least 100% required), slowest 12 ms; e.g. HTTP 500',
    })
    const result = await run(inputs({ 'verify-url': 'https://staging.example.com/healthz' }), d)
    expect(commits.map((c) => c.digest)).toEqual([DIGEST, PREVIOUS])
    expect(result.failure).toContain('3/10 answered')
    expect(gh.statuses.at(-1)!.description).toMatch(/^rejected: HTTP check/)
  })

  test('no earlier successful deployment: nothing to roll back to, the failure still stands', async () => {
    const gh = github([])
    const { d, commits } = deps(gh, () => crashing)
    const result = await run(inputs(), d)
    expect(commits).toHaveLength(1)
    expect(result).toMatchObject({ outcome: 'failure' })
    expect(result.rollback).toBeUndefined()
  })
})

describe('a rejected digest is not promoted again automatically', () => {
  const rejected = [
    { id: 5, digest: PREVIOUS, state: 'success' },
    { id: 9, digest: DIGEST, state: 'failure', description: `rejected: ${crashing.verdict.summary}` },
  ]

  test('refused before anything moves, naming when and why', async () => {
    const gh = github(rejected)
    const { d, commits } = deps(gh, healthy)
    await expect(run(inputs(), d)).rejects.toThrow(
      `Input "source": ${DIGEST} was rejected for staging on 2026-12-05T10:00:00Z (deployment 9: ${crashing.verdict.summary}), so it is not promoted there again.`,
    )
    expect(commits).toEqual([])
    expect(gh.statuses).toEqual([])
  })

  test('a plain failure (not a rejection) does not block; allow-rejected lets a person override', async () => {
    const plain = github([{ id: 9, digest: DIGEST, state: 'failure', description: 'promotion failed' }])
    expect((await run(inputs(), deps(plain, healthy).d)).outcome).toBe('success')
    const override = github(rejected)
    expect((await run(inputs({ 'allow-rejected': 'true' }), deps(override, healthy).d)).outcome).toBe('success')
  })
})

describe('the HTTP check decides by its thresholds', () => {
  const url = 'https://staging.example.com/healthz'
  test.each([
    ['all 200', [200, 200, 200], 100, 0, true],
    ['one 503 with 100% required', [200, 503, 200], 100, 0, false],
    ['one 503 with 60% required', [200, 503, 200], 60, 0, true],
    ['a redirect counts as an answer', [302, 200], 100, 0, true],
    ['too slow', [200, 200], 100, 5, false],
  ] as const)('%s', (_name, codes, rate, maxLatency, ok) => {
    expect(
      httpVerdict(
        codes.map((status, i) => ({ status, ms: i * 10 })),
        { url, minSuccessRate: rate, maxLatencyMs: maxLatency },
      ).ok,
    ).toBe(ok)
  })

  test('connection errors count as failures and are quoted', () => {
    const v = httpVerdict([{ ms: 3, error: 'connect ECONNREFUSED 127.0.0.1:1' }], { url, minSuccessRate: 100, maxLatencyMs: 0 })
    expect(v).toEqual({
      ok: false,
      summary: `HTTP check of ${url} failed: 0/1 answered 2xx/3xx (0%, at least 100% required), slowest 3 ms; e.g. connect ECONNREFUSED 127.0.0.1:1`,
    })
  })
})

describe('inputs', () => {
  test('verification without a controller to wait for is refused, naming the input', () => {
    expect(() => inputs({ 'wait-for': 'none', 'verify-url': 'https://x.example.com' })).toThrow(/verify-url/)
  })
  test('waiting without a GitOps repository is refused', () => {
    expect(() => getInputs((name) => ({ source: `r.io/a:${SHA}`, target: 'r.io/b', environment: 'dev', 'wait-for': 'flux' })[name])).toThrow(/wait-for/)
  })
})
