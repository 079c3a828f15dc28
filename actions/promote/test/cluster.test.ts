import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import type { PodProblem } from '@cna/kit/k8s'
import { argoVerdict, type Application } from '../src/cluster/argocd.js'
import { fluxVerdict, type Kustomization } from '../src/cluster/flux.js'
import { fakeRest } from '@cna/kit/testing'
import { githubVerdict, readGitHubSignals, type GitHubSignals } from '../src/cluster/github.js'
import { podDigests, refreshPatch } from '../src/cluster/kube.js'
import { waitForController, type ControllerReader } from '../src/cluster/wait.js'

// The recorded statuses the Kubernetes emulator is checked against: the verdicts read the same shapes.
const fixture = <T>(name: string): T => parse(readFileSync(join(import.meta.dirname, '../../../tools/kubernetes-emulator/fixtures', name), 'utf8')) as T
const argoHealthy = fixture<Application>('argocd-application.yaml')
const argoDegraded = fixture<Application>('argocd-application-degraded.yaml')
const fluxReady = fixture<Kustomization>('flux-kustomization.yaml')
const fluxFailed = fixture<Kustomization>('flux-kustomization-failed.yaml')
const GOOD = { commit: '5c3f0e9b1d2a4c6e8f0a1b2c3d4e5f6a7b8c9d0e', digest: 'sha256:0f3c5a3e1b7d4c2a9e8f6b5d4c3a2b1e0f9d8c7b6a5e4d3c2b1a0f9e8d7c6b5a' }
const BAD = { commit: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b', digest: 'sha256:4d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c' }
const with_ = <T>(o: T, edit: (o: T) => void): T => {
  const copy = structuredClone(o)
  edit(copy)
  return copy
}

describe('Argo CD: when an Application runs our commit', () => {
  test.each([
    ['Synced at our commit, Succeeded, Healthy, our digest in summary.images', argoHealthy, GOOD, 'healthy'],
    ['at an older revision', argoHealthy, { ...GOOD, commit: 'f'.repeat(40) }, 'waiting'],
    ['Healthy at our commit but summary.images names another digest', argoHealthy, { ...GOOD, digest: `sha256:${'e'.repeat(64)}` }, 'waiting'],
    ['OutOfSync at our commit', with_(argoHealthy, (a) => void (a.status!.sync!.status = 'OutOfSync')), GOOD, 'waiting'],
    ['Progressing at our commit', with_(argoHealthy, (a) => void (a.status!.health!.status = 'Progressing')), GOOD, 'waiting'],
    ['the sync of our commit still Running', with_(argoHealthy, (a) => void (a.status!.operationState!.phase = 'Running')), GOOD, 'waiting'],
    ['Degraded at our commit', argoDegraded, BAD, 'failed'],
    [
      'the sync of our commit Failed',
      with_(argoHealthy, (a) =>
        Object.assign(a.status!.operationState!, { phase: 'Failed', message: 'one or more objects failed to apply, reason: namespaces "x" not found' }),
      ),
      GOOD,
      'failed',
    ],
    [
      'a ComparisonError',
      with_(argoHealthy, (a) => void (a.status!.conditions = [{ type: 'ComparisonError', message: 'Failed to load target state' }])),
      GOOD,
      'failed',
    ],
  ] as const)('%s → %s', (_name, app, target, state) => {
    expect(argoVerdict(app as Application, target).state).toBe(state)
  })

  test('a failure names the resources and their messages', () => {
    const v = argoVerdict(argoDegraded, BAD)
    expect(v.summary).toBe('Application sensor-api-staging is Degraded at 9a8b7c6d5e4f')
    expect(v.details).toEqual(['Deployment/sensor-api: Degraded (Deployment "sensor-api" exceeded its progress deadline)'])
    expect(v.namespace).toBeUndefined()
    expect(argoVerdict(argoHealthy, GOOD).namespace).toBe('sensor-api-staging')
  })
})

describe('Flux: when a Kustomization runs our commit', () => {
  test.each([
    ['lastAppliedRevision at our commit, Ready=True for the generation', fluxReady, GOOD, 'healthy'],
    ['Ready=True for an older generation', with_(fluxReady, (k) => void (k.metadata.generation = 2)), GOOD, 'waiting'],
    [
      'applied an older commit, Ready=Unknown while reconciling ours',
      with_(fluxReady, (k) => void (k.status!.conditions![0]!.status = 'Unknown')),
      GOOD,
      'waiting',
    ],
    ['our commit attempted, Ready=False HealthCheckFailed', fluxFailed, BAD, 'failed'],
    ['another commit attempted and failed', fluxFailed, { ...BAD, commit: 'a'.repeat(40) }, 'waiting'],
  ] as const)('%s → %s', (_name, ks, target, state) => {
    expect(fluxVerdict(ks as Kustomization, target).state).toBe(state)
  })

  test("the failure is the Ready condition's own message; the namespace is the targetNamespace", () => {
    const v = fluxVerdict(fluxFailed, BAD)
    expect(v.summary).toContain(
      "HealthCheckFailed at 9a8b7c6d5e4f: health check failed after 10.2s: failed early due to stalled resources: [Deployment/sensor-api-staging/sensor-api status: 'Failed']",
    )
    expect(v.namespace).toBe('sensor-api-staging')
  })
})

describe('asking for a refresh, reading pods', () => {
  test("each controller's documented annotation", () => {
    expect(refreshPatch('argocd', new Date('2026-12-06T10:00:00Z'))).toEqual({ metadata: { annotations: { 'argocd.argoproj.io/refresh': 'normal' } } })
    expect(refreshPatch('flux', new Date('2026-12-06T10:00:00Z'))).toEqual({
      metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': '2026-12-06T10:00:00.000Z' } },
    })
  })

  test("the digests a pod runs come from imageID (the kubelet's), else the image reference", () => {
    const d = `sha256:${'1'.repeat(64)}`
    const e = `sha256:${'2'.repeat(64)}`
    expect(
      podDigests({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { containers: [{ image: `r/app@${d}` }] },
        status: { containerStatuses: [{ image: 'r/app:v1', imageID: `docker-pullable://r/app@${e}` }] },
      }),
    ).toEqual([e, d])
  })
})

/** A fake cluster: the object each read returns, in order (the last repeats), and the pods. */
function reader(objects: unknown[], problems: PodProblem[] = [], count = 2): ControllerReader & { refreshed: number } {
  let i = 0
  const r = {
    refreshed: 0,
    read: async () => objects[Math.min(i++, objects.length - 1)],
    refresh: async () => void r.refreshed++,
    pods: async () => ({ count, problems }),
  }
  return r
}

function clock() {
  let t = 0
  return { now: () => t, sleep: async (ms: number) => void (t += ms) }
}

const older = with_(argoHealthy, (a) => void (a.status!.sync!.revision = 'f'.repeat(40)))
const opts = { controller: 'argocd' as const, name: 'sensor-api-staging', target: GOOD, timeoutMs: 60_000, settleMs: 5_000, pollMs: 1_000 }

describe('waiting for the controller', () => {
  test('asks for a refresh, then returns once healthy has held for the settle period', async () => {
    const r = reader([older, older, argoHealthy])
    const c = clock()
    const outcome = await waitForController(r, opts, c)
    expect(r.refreshed).toBe(1)
    expect(outcome).toMatchObject({ ok: true, pods: 2 })
    expect(outcome.elapsedMs).toBe(2_000 + 5_000)
  })

  test('healthy that does not hold restarts the settle period', async () => {
    const progressing = with_(argoHealthy, (a) => void (a.status!.health!.status = 'Progressing'))
    const outcome = await waitForController(reader([argoHealthy, argoHealthy, progressing, argoHealthy]), opts, clock())
    expect(outcome.ok).toBe(true)
    expect(outcome.elapsedMs).toBe(3_000 + 5_000)
  })

  test("pods of our digest crash-looping fail at once, with the pod's reason, while Argo CD still says Progressing", async () => {
    const progressing = with_(argoHealthy, (a) => void (a.status!.health!.status = 'Progressing'))
    const crash = {
      pod: 'sensor-api-7d9-abcde',
      container: 'api',
      reason: 'CrashLoopBackOff',
      message: 'back-off 40s restarting failed container=api (last exit code 1, Error)',
    }
    const outcome = await waitForController(reader([progressing], [crash]), opts, clock())
    expect(outcome.ok).toBe(false)
    expect(outcome.elapsedMs).toBe(0)
    expect(outcome.verdict.summary).toBe(
      'pods crash or cannot start: pod sensor-api-7d9-abcde (api): CrashLoopBackOff: back-off 40s restarting failed container=api (last exit code 1, Error)',
    )
  })

  test('a pod waiting for a node is not fatal by itself; the timeout names what it waited for', async () => {
    const progressing = with_(argoHealthy, (a) => void (a.status!.health!.status = 'Progressing'))
    const outcome = await waitForController(
      reader([progressing], [{ pod: 'p', reason: 'Unschedulable', message: '0/1 nodes are available' }]),
      { ...opts, timeoutMs: 10_000 },
      clock(),
    )
    expect(outcome.ok).toBe(false)
    expect(outcome.verdict.summary).toBe('timed out after 10s: Application sensor-api-staging is Progressing at 5c3f0e9b1d2a')
    expect(outcome.verdict.details).toContain('pod p: Unschedulable: 0/1 nodes are available')
  })

  test('a refresh the token may not ask for is logged, and the wait goes on', async () => {
    const r = reader([argoHealthy])
    r.refresh = async () => {
      throw new Error('403 Forbidden')
    }
    const lines: string[] = []
    expect((await waitForController(r, opts, clock(), (l) => lines.push(l))).ok).toBe(true)
    expect(lines[0]).toContain('could not request a refresh (403 Forbidden)')
  })

  test('a Flux Kustomization that never appears times out', async () => {
    const outcome = await waitForController(reader([undefined]), { ...opts, controller: 'flux', name: 'sensor-api', timeoutMs: 3_000 }, clock())
    expect(outcome.verdict.summary).toBe('timed out after 3s: Kustomization sensor-api does not exist (yet)')
  })
})

describe('runners that cannot reach the cluster: what the notifier wrote on GitHub', () => {
  const signals = (statuses: Array<[string, string, string?]>, deployments: Array<[number, string?, string?]> = []): GitHubSignals => ({
    statuses: statuses.map(([context, state, description]) => ({ context, state, description: description ?? '' })),
    deployments: deployments.map(([id, state, description]) => ({ id, ...(state ? { state, description: description ?? '' } : {}) })),
  })
  test.each([
    ['Flux: success for our Kustomization', signals([['kustomization/sensor-api-staging/1a2b3c4d', 'success', 'ReconciliationSucceeded']]), 'healthy'],
    [
      'Flux: the newest status decides (listed newest first)',
      signals([
        ['kustomization/sensor-api-staging/1a2b3c4d', 'failure', 'HealthCheckFailed'],
        ['kustomization/sensor-api-staging/1a2b3c4d', 'success'],
      ]),
      'failed',
    ],
    ["Flux: another Kustomization's success does not count", signals([['kustomization/billing-api-staging/99', 'success']]), 'waiting'],
    ['Flux: pending', signals([['kustomization/sensor-api-staging/1a2b3c4d', 'pending', 'Progressing']]), 'waiting'],
    [
      'Argo CD Notifications: the deployment of the commit succeeded',
      signals([], [[12, 'success', 'Application sensor-api-staging is now running new version']]),
      'healthy',
    ],
    ['Argo CD Notifications: degraded', signals([], [[12, 'failure', 'Application sensor-api-staging has degraded']]), 'failed'],
    ['nothing yet', signals([], [[12]]), 'waiting'],
  ] as const)('%s → %s', (_name, s, state) => {
    expect(githubVerdict(s, GOOD, 'sensor-api-staging').state).toBe(state)
  })

  test.each([422, 404])('a commit GitHub does not know yet (%i on its statuses, the push still on its way) is waited for, not a failure', async (status) => {
    const gh = fakeRest({
      'GET /repos/{owner}/{repo}/commits/{ref}/statuses': () => Promise.reject(Object.assign(new Error('No commit found for SHA'), { status })),
      'GET /repos/{owner}/{repo}/deployments': () => [],
    })
    const read = await readGitHubSignals(gh, { owner: 'octo', repo: 'gitops' }, GOOD.commit, 'staging')
    expect(read).toEqual({ statuses: [], deployments: [] })
    expect(githubVerdict(read, GOOD, 'sensor-api-staging').state).toBe('waiting')
  })

  test('any other error reading the statuses is not swallowed', async () => {
    const gh = fakeRest({
      'GET /repos/{owner}/{repo}/commits/{ref}/statuses': () => Promise.reject(Object.assign(new Error('Bad credentials'), { status: 401 })),
    })
    await expect(readGitHubSignals(gh, { owner: 'octo', repo: 'gitops' }, GOOD.commit, 'staging')).rejects.toThrow('Bad credentials')
  })

  test('a failure quotes the notifier', () => {
    expect(githubVerdict(signals([], [[12, 'failure', 'Application sensor-api-staging has degraded']]), GOOD, 'sensor-api-staging').summary).toBe(
      'Argo CD Notifications (deployment 12) reported failure for 5c3f0e9b1d2a: Application sensor-api-staging has degraded',
    )
  })
})
