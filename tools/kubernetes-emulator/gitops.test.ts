/* eslint-disable @typescript-eslint/no-explicit-any -- statuses are read loosely, as kubectl -o json would */
// The emulator's Argo CD and Flux controllers against a real git repository and the real
// `kubectl kustomize`: what they report after a sync, on a refresh or reconcile request, when
// pods crash-loop, when a sync fails, and when someone edits the cluster by hand.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { startKubernetesEmulator, type KubernetesEmulator } from './emulator.js'

const run = promisify(execFile)
const IMAGE = 'registry.local/sensor-api'
const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`
let kube: KubernetesEmulator
let dir: string
let repo: string

async function git(...args: string[]): Promise<string> {
  return (await run('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args])).stdout.trim()
}

/** Pins `envs/<env>` to the digest and commits; returns the commit. */
async function pin(env: string, d: string): Promise<string> {
  await mkdir(join(repo, 'envs', env), { recursive: true })
  await writeFile(
    join(repo, 'envs', env, 'kustomization.yaml'),
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: sensor-api\n    newName: ${IMAGE}\n    digest: ${d}\n`,
  )
  await git('add', '-A')
  await git('commit', '--quiet', '-m', `pin ${env} ${d}`)
  return git('rev-parse', 'HEAD')
}

async function call(method: string, path: string, body?: unknown, contentType = 'application/merge-patch+json'): Promise<any> {
  const res = await fetch(kube.url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': contentType },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const json = await res.json()
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > end) throw new Error(`timed out; last: ${JSON.stringify((value as any)?.status ?? value).slice(0, 3000)}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

const APPS = '/apis/argoproj.io/v1alpha1/namespaces/argocd/applications'
const KS = '/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations'
const app = (name: string, path: string, namespace: string) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  metadata: { name, namespace: 'argocd' },
  spec: {
    project: 'default',
    source: { repoURL: repo, path, targetRevision: 'main' },
    destination: { server: 'https://kubernetes.default.svc', namespace },
    syncPolicy: { automated: { prune: true } },
  },
})
const ks = (name: string, path: string, namespace: string) => ({
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
  metadata: { name, namespace: 'flux-system' },
  spec: {
    interval: '10m',
    path: `./${path}`,
    prune: true,
    sourceRef: { kind: 'GitRepository', name: 'gitops' },
    targetNamespace: namespace,
    timeout: '2s',
    wait: true,
  },
})
const deploymentOf = (namespace: string) => kube.store.find('Deployment', namespace, 'sensor-api') as any

/** The keys of `fixture`, recursively (arrays by their first element), that `actual` lacks. */
function missingKeys(fixture: any, actual: any, path = ''): string[] {
  if (Array.isArray(fixture))
    return fixture.length && Array.isArray(actual) && actual.length ? missingKeys(fixture[0], actual[0], `${path}[0]`) : Array.isArray(actual) ? [] : [path]
  if (!fixture || typeof fixture !== 'object') return []
  if (!actual || typeof actual !== 'object') return [path]
  return Object.keys(fixture).flatMap((k) => (k in actual ? missingKeys(fixture[k], actual[k], `${path}.${k}`) : [`${path}.${k}`]))
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gitops-emu-'))
  repo = join(dir, 'gitops')
  await mkdir(join(repo, 'base'), { recursive: true })
  await run('git', ['init', '--quiet', '-b', 'main', repo])
  await writeFile(join(repo, 'base', 'kustomization.yaml'), 'resources:\n  - deployment.yaml\n  - service.yaml\n')
  await writeFile(
    join(repo, 'base', 'deployment.yaml'),
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: sensor-api\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: sensor-api}\n  template:\n    metadata:\n      labels: {app: sensor-api}\n    spec:\n      containers:\n        - name: api\n          image: sensor-api\n`,
  )
  await writeFile(
    join(repo, 'base', 'service.yaml'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: sensor-api\nspec:\n  selector: {app: sensor-api}\n  ports:\n    - port: 80\n',
  )
  // Polling is off (an hour): every reconcile below happens because something asked for it.
  kube = await startKubernetesEmulator({ rolloutDelayMs: 20, progressDeadlineMs: 300, gitops: { pollMs: 3_600_000, healthPollMs: 20 } })
  for (const ns of ['argocd', 'flux-system', 'staging', 'production', 'flux-staging'])
    kube.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } })
})

afterAll(async () => {
  await kube?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('Argo CD Application', () => {
  let first: string
  test('a new Application syncs the branch: Synced at the commit, operation Succeeded, Healthy, the images', async () => {
    first = await pin('staging', digest(1))
    await call('POST', APPS, app('sensor-api-staging', 'envs/staging', 'staging'), 'application/json')
    const a = await until(
      () => call('GET', `${APPS}/sensor-api-staging`),
      (a) => a.status?.health?.status === 'Healthy',
    )
    expect(a.status.sync).toMatchObject({ status: 'Synced', revision: first })
    expect(a.status.operationState).toMatchObject({
      phase: 'Succeeded',
      message: 'successfully synced (all tasks run)',
      syncResult: { revision: first },
      operation: { sync: { revision: first } },
    })
    expect(a.status.summary.images).toEqual([`${IMAGE}@${digest(1)}`])
    expect(a.status.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'Deployment', group: 'apps', namespace: 'staging', status: 'Synced', health: { status: 'Healthy' } }),
      ]),
    )
    expect(deploymentOf('staging').spec.template.spec.containers[0].image).toBe(`${IMAGE}@${digest(1)}`)
    const fixture = parse(await readFile(join(import.meta.dirname, 'fixtures', 'argocd-application.yaml'), 'utf8'))
    expect(missingKeys(fixture.status, a.status)).toEqual([])
  })

  test('a new commit is picked up on a refresh request, and the refresh annotation is removed', async () => {
    const second = await pin('staging', digest(2))
    // Nothing polls: without the request the Application stays at the first commit.
    await new Promise((r) => setTimeout(r, 100))
    expect((await call('GET', `${APPS}/sensor-api-staging`)).status.sync.revision).toBe(first)
    await call('PATCH', `${APPS}/sensor-api-staging`, { metadata: { annotations: { 'argocd.argoproj.io/refresh': 'normal' } } })
    const a = await until(
      () => call('GET', `${APPS}/sensor-api-staging`),
      (a) => a.status.sync.revision === second && a.status.health.status === 'Healthy',
    )
    expect(a.metadata.annotations?.['argocd.argoproj.io/refresh']).toBeUndefined()
    expect(a.status.summary.images).toEqual([`${IMAGE}@${digest(2)}`])
    expect(a.status.history.map((h: any) => h.revision)).toEqual([first, second])
  })

  test('pods that crash-loop: the sync Succeeded, health Progressing, then Degraded at the progress deadline', async () => {
    kube.failImages.set(`${IMAGE}@${digest(3)}`, 'CrashLoopBackOff')
    const third = await pin('staging', digest(3))
    await call('PATCH', `${APPS}/sensor-api-staging`, { metadata: { annotations: { 'argocd.argoproj.io/refresh': 'normal' } } })
    const progressing = await until(
      () => call('GET', `${APPS}/sensor-api-staging`),
      (a) => a.status.sync.revision === third && a.status.health.status === 'Progressing',
    )
    expect(progressing.status.operationState.phase).toBe('Succeeded')
    const degraded = await until(
      () => call('GET', `${APPS}/sensor-api-staging`),
      (a) => a.status.health.status === 'Degraded',
    )
    const deployment = degraded.status.resources.find((r: any) => r.kind === 'Deployment')
    expect(deployment.health).toEqual({ status: 'Degraded', message: 'Deployment "sensor-api" exceeded its progress deadline' })
    const pods = kube.store.listKind('Pod', 'staging') as any[]
    expect(pods.map((p) => p.status.containerStatuses[0].state.waiting?.reason)).toContain('CrashLoopBackOff')
    const fixture = parse(await readFile(join(import.meta.dirname, 'fixtures', 'argocd-application-degraded.yaml'), 'utf8'))
    expect(missingKeys(fixture.status, degraded.status)).toEqual([])
  })

  test("a sync that cannot apply: operation Failed with the API server's reason, not retried for the same revision", async () => {
    const commit = await pin('production', digest(1))
    await call('POST', APPS, app('sensor-api-production', 'envs/production', 'missing-namespace'), 'application/json')
    const a = await until(
      () => call('GET', `${APPS}/sensor-api-production`),
      (a) => a.status?.operationState?.phase === 'Failed',
    )
    expect(a.status.operationState.message).toBe('one or more objects failed to apply, reason: namespaces "missing-namespace" not found')
    expect(a.status.operationState.syncResult.revision).toBe(commit)
    expect(a.status.sync.status).toBe('OutOfSync')
    expect(a.status.health.status).toBe('Missing')
  })

  test('a path that does not render: sync Unknown with a ComparisonError', async () => {
    await call('POST', APPS, app('broken', 'envs/nowhere', 'staging'), 'application/json')
    const a = await until(
      () => call('GET', `${APPS}/broken`),
      (a) => a.status?.sync?.status === 'Unknown',
    )
    expect(a.status.conditions[0]).toMatchObject({ type: 'ComparisonError', message: expect.stringContaining('envs/nowhere: app path does not exist') })
  })

  test('an edit by hand in the cluster: OutOfSync at once, and the running image is what was edited', async () => {
    kube.failImages.clear()
    const fourth = await pin('staging', digest(4))
    await call('PATCH', `${APPS}/sensor-api-staging`, { metadata: { annotations: { 'argocd.argoproj.io/refresh': 'normal' } } })
    await until(
      () => call('GET', `${APPS}/sensor-api-staging`),
      (a) => a.status.sync.revision === fourth && a.status.sync.status === 'Synced' && a.status.health.status === 'Healthy',
    )
    const live = structuredClone(deploymentOf('staging'))
    live.spec.template.spec.containers[0].image = `${IMAGE}@${digest(5)}`
    await call('PUT', '/apis/apps/v1/namespaces/staging/deployments/sensor-api', live, 'application/json')
    const a = await until(
      () => call('GET', `${APPS}/sensor-api-staging`),
      (a) => a.status.sync.status === 'OutOfSync',
    )
    expect(a.status.summary.images).toEqual([`${IMAGE}@${digest(5)}`])
    expect(a.status.resources.find((r: any) => r.kind === 'Deployment').status).toBe('OutOfSync')
    expect(kube.gitops.errors).toEqual([])
  })
})

describe('Flux Kustomization', () => {
  let branchCommit: string
  test('reconciles on request: lastAppliedRevision <branch>@sha1:<commit>, Ready for the generation', async () => {
    branchCommit = await pin('flux', digest(6))
    kube.seed({
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'GitRepository',
      metadata: { name: 'gitops', namespace: 'flux-system' },
      spec: { interval: '1m', url: repo, ref: { branch: 'main' } },
    })
    await call('POST', KS, ks('sensor-api', 'envs/flux', 'flux-staging'), 'application/json')
    const k = await until(
      () => call('GET', `${KS}/sensor-api`),
      (k) => k.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True'),
    )
    expect(k.status.lastAppliedRevision).toBe(`main@sha1:${branchCommit}`)
    expect(k.status.lastAttemptedRevision).toBe(`main@sha1:${branchCommit}`)
    expect(k.status.observedGeneration).toBe(k.metadata.generation)
    expect(k.status.conditions.find((c: any) => c.type === 'Ready')).toMatchObject({
      reason: 'ReconciliationSucceeded',
      message: `Applied revision: main@sha1:${branchCommit}`,
      observedGeneration: k.metadata.generation,
    })
    expect(k.status.inventory.entries).toEqual([
      { id: 'flux-staging_sensor-api__Service', v: 'v1' },
      { id: 'flux-staging_sensor-api_apps_Deployment', v: 'v1' },
    ])
    const git = kube.store.find('GitRepository', 'flux-system', 'gitops') as any
    expect(git.status.artifact.revision).toBe(`main@sha1:${branchCommit}`)

    const next = await pin('flux', digest(7))
    await call('PATCH', `${KS}/sensor-api`, { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': '2026-12-06T10:00:00Z' } } })
    const again = await until(
      () => call('GET', `${KS}/sensor-api`),
      (k) => k.status.lastAppliedRevision === `main@sha1:${next}`,
    )
    expect(again.status.lastHandledReconcileAt).toBe('2026-12-06T10:00:00Z')
    const fixture = parse(await readFile(join(import.meta.dirname, 'fixtures', 'flux-kustomization.yaml'), 'utf8'))
    expect(missingKeys(fixture.status, again.status)).toEqual([])
    branchCommit = next
  })

  test('a revision whose pods crash-loop: attempted, not applied, Ready=False HealthCheckFailed', async () => {
    kube.failImages.set(`${IMAGE}@${digest(8)}`, 'CrashLoopBackOff')
    const bad = await pin('flux', digest(8))
    await call('PATCH', `${KS}/sensor-api`, { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': '2026-12-06T10:05:00Z' } } })
    const k = await until(
      () => call('GET', `${KS}/sensor-api`),
      (k) => k.status.lastAttemptedRevision === `main@sha1:${bad}` && k.status.conditions.some((c: any) => c.type === 'Ready' && c.status === 'False'),
    )
    expect(k.status.lastAppliedRevision).toBe(`main@sha1:${branchCommit}`)
    expect(k.status.conditions.find((c: any) => c.type === 'Ready')).toMatchObject({
      reason: 'HealthCheckFailed',
      message: expect.stringContaining("failed early due to stalled resources: [Deployment/flux-staging/sensor-api status: 'Failed']"),
    })
    const fixture = parse(await readFile(join(import.meta.dirname, 'fixtures', 'flux-kustomization-failed.yaml'), 'utf8'))
    expect(missingKeys(fixture.status, k.status)).toEqual([])
  })

  test('never ready (unschedulable): the health check times out after spec.timeout', async () => {
    kube.failImages.set(`${IMAGE}@${digest(9)}`, 'Unschedulable')
    await pin('flux', digest(9))
    // A timeout shorter than the Deployment's progress deadline (300 ms): the rollout is still InProgress when it ends.
    await call('PATCH', `${KS}/sensor-api`, {
      spec: { timeout: '200ms' },
      metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': '2026-12-06T10:10:00Z' } },
    })
    const k = await until(
      () => call('GET', `${KS}/sensor-api`),
      (k) =>
        k.status.lastHandledReconcileAt === '2026-12-06T10:10:00Z' &&
        /timeout waiting for/.test(k.status.conditions.find((c: any) => c.type === 'Ready')?.message ?? ''),
      6000,
    )
    expect(k.status.conditions.find((c: any) => c.type === 'Ready').message).toMatch(
      /^health check failed after 2\d\dms: timeout waiting for: \[Deployment\/flux-staging\/sensor-api status: 'InProgress'\]$/,
    )
    expect(kube.gitops.errors).toEqual([])
  })
})
