import { describe, expect, test } from 'vitest'
import type { KubeObject, ListResult, WatchHandler } from '@cna/kit/k8s'
import {
  ANNOTATION_BRANCH,
  ANNOTATION_COMMIT,
  ANNOTATION_EXPIRES,
  ANNOTATION_IMAGE,
  ANNOTATION_RUN,
  LABEL_PR,
  previewMarker,
  previewNames,
} from '@cna/kit/names'
import { getInputs } from '../src/inputs.js'
import { fakeRest } from '@cna/kit/testing'
import type { Rendered } from '../src/render.js'
import { RolloutError, run, type DeployDeps, type PreviewKube } from '../src/run.js'

const SHA = 'c'.repeat(40)
const IMAGE = `ghcr.io/octo/app@sha256:${'a'.repeat(64)}`
const NOW = new Date('2026-11-01T10:00:00Z')
const RUN_URL = 'https://github.com/octo/app/actions/runs/9'
/** The names the kit gives the branch's preview (tested in the kit); run must use them. */
const NAMES = previewNames('feature/login', 'dev', 'dev.example.com')
const NS = NAMES.namespace

const deployment = (image = 'ghcr.io/octo/app:dev'): Rendered => ({
  source: 'deploy/app.yaml',
  object: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'app' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'app' } }, template: { spec: { containers: [{ name: 'app', image }] } } },
  },
})
const service: Rendered = {
  source: 'deploy/app.yaml',
  object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'app' }, spec: { ports: [{ port: 80 }] } },
}

type Rollout = 'rolls out' | 'exceeds its deadline'

/** A cluster stand-in: apply echoes the object, a watch reports each applied workload's rollout once. */
function fakeKube(opts: { rollout?: Rollout; terminating?: boolean } = {}) {
  const applied: KubeObject[] = []
  const watched: string[] = []
  const kube: PreviewKube = {
    async apply<T extends KubeObject>(obj: T): Promise<T> {
      applied.push(obj)
      const terminating = obj.kind === 'Namespace' && opts.terminating ? { deletionTimestamp: NOW.toISOString() } : {}
      return { ...obj, metadata: { ...obj.metadata, generation: 1, ...terminating } }
    },
    async resourceType(apiVersion, kind) {
      return { apiVersion, kind, plural: `${kind.toLowerCase()}s`, namespaced: kind !== 'ClusterIssuer' }
    },
    async watch(path: string, _opts: unknown, handler: WatchHandler) {
      watched.push(path)
      for (const object of applied.filter((o) => o.kind === 'Deployment')) {
        const status =
          opts.rollout === 'exceeds its deadline'
            ? { observedGeneration: 1, conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }] }
            : { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 }
        if (handler('MODIFIED', { ...object, metadata: { ...object.metadata, generation: 1 }, status })) return 'done'
      }
      return 'timeout'
    },
    async list<T = KubeObject>(): Promise<ListResult<T>> {
      return { items: [], metadata: {} }
    },
  }
  return { kube, applied, watched }
}

/** A GitHub stand-in that answers the routes preview-deploy uses and fails on any other. */
function fakeGitHub(opts: { openPulls?: number[]; comments?: Array<{ id: number; body: string }> } = {}) {
  const client = fakeRest({
    'GET /repos/{owner}/{repo}/pulls': () => (opts.openPulls ?? []).map((number) => ({ number })),
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': () => opts.comments ?? [],
    'POST /repos/{owner}/{repo}/deployments': () => ({ id: 41 }),
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': () => ({}),
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': () => ({ id: 501 }),
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': () => ({}),
  })
  const calls = client.calls
  const routes = (): string[] => calls.map((c) => `${c.route}${c.params.state ? ` ${String(c.params.state)}` : ''}`)
  return { client, calls, routes }
}

const inputs = (values: Record<string, string> = {}) =>
  getInputs((name) => ({ 'image-ref': IMAGE, manifests: 'deploy', domain: 'dev.example.com', ...values })[name])

function deps(overrides: Partial<DeployDeps> & { rendered?: Rendered[] } = {}): DeployDeps & { logs: string[] } {
  const logs: string[] = []
  const { rendered = [deployment(), service], ...rest } = overrides
  return {
    render: async () => rendered,
    context: { branch: 'feature/login', sha: SHA, runUrl: RUN_URL, pullRequest: 7 },
    now: () => NOW,
    log: (message) => logs.push(message),
    logs,
    ...rest,
  }
}

const repo = { owner: 'octo', repo: 'app' }

describe('preview-deploy run', () => {
  test('deploys: the namespace first with its labels and annotations, then the objects pinned to the image', async () => {
    const { kube, applied } = fakeKube({ rollout: 'rolls out' })
    const result = await run(inputs(), deps({ kube }))
    expect(applied.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([`Namespace/${NS}`, 'Service/app', 'Deployment/app'])
    const ns = applied[0]!
    expect(ns.metadata.annotations).toEqual({
      [ANNOTATION_BRANCH]: 'feature/login',
      [ANNOTATION_COMMIT]: SHA,
      [ANNOTATION_RUN]: RUN_URL,
      [ANNOTATION_EXPIRES]: '2026-11-08T10:00:00Z',
      [ANNOTATION_IMAGE]: IMAGE,
    })
    expect(ns.metadata.labels?.[LABEL_PR]).toBe('7')
    const containers = (applied[2]!.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers
    expect(containers[0]!.image).toBe(IMAGE)
    expect(applied.slice(1).every((o) => o.metadata.namespace === NS)).toBe(true)
    expect(result).toMatchObject({
      state: 'deployed',
      namespace: NS,
      url: `https://${NAMES.host}`,
      dryRun: false,
      deploymentId: '',
      objects: ['Service/app', 'Deployment/app'],
    })
  })

  test.each<[string, Record<string, string>, Partial<DeployDeps>, RegExp]>([
    ['no branch anywhere', {}, { context: { branch: '', sha: SHA, runUrl: RUN_URL } }, /Input "branch" is empty and the event names no branch/],
    [
      'a cluster-scoped object',
      {},
      {
        render: async () => [
          deployment(),
          { source: 'deploy/issuer.yaml', object: { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'x' } } },
        ],
      },
      /deploy\/issuer.yaml: ClusterIssuer\/x is cluster-scoped/,
    ],
    [
      'an image not pinned by digest',
      {},
      { render: async () => [deployment('docker.io/library/redis:7')] },
      /not pinned by digest: Deployment\/app container "app" uses docker.io\/library\/redis:7/,
    ],
  ])('refuses %s before touching the cluster', async (_name, values, overrides, message) => {
    const { kube, applied } = fakeKube()
    await expect(run(inputs(values), { ...deps({ kube }), ...overrides })).rejects.toThrow(message)
    expect(applied).toEqual([])
  })

  test('a namespace still being deleted stops the deploy after the namespace apply', async () => {
    const { kube, applied } = fakeKube({ terminating: true })
    await expect(run(inputs(), deps({ kube }))).rejects.toThrow(`Namespace ${NS} is still being deleted (a teardown is in progress)`)
    expect(applied.map((o) => o.kind)).toEqual(['Namespace'])
  })

  test.each([
    ['the dry-run input', { 'dry-run': 'true' }, true],
    ['no cluster client', {}, false],
  ])('%s: nothing applied, the plan logged', async (_name, values, withKube) => {
    const { kube, applied } = fakeKube()
    const gh = fakeGitHub()
    const d = deps({ ...(withKube ? { kube } : {}), github: { client: gh.client, repo } })
    const result = await run(inputs(values), d)
    expect(result).toMatchObject({ dryRun: true, deploymentId: '', objects: ['Service/app', 'Deployment/app'] })
    expect(d.logs).toEqual([`would apply Service/app in ${NS}`, `would apply Deployment/app in ${NS}`])
    expect(applied).toEqual([])
    expect(gh.calls).toEqual([])
  })

  // With GitHub: which pull request gets the comment, and how the deployment is recorded.
  test.each<
    [string, { pr?: number; prInput?: string; openPulls?: number[]; comments?: Array<{ id: number; body: string }> }, { pr?: number; routes: string[] }]
  >([
    [
      "the event's pull request, a new comment",
      { pr: 7 },
      {
        pr: 7,
        routes: [
          'POST /repos/{owner}/{repo}/deployments',
          'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses success',
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        ],
      },
    ],
    [
      'the pr-number input wins over the event',
      { pr: 7, prInput: '12' },
      {
        pr: 12,
        routes: [
          'POST /repos/{owner}/{repo}/deployments',
          'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses success',
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        ],
      },
    ],
    [
      'a push: the open pull request of the branch, whose comment is updated in place',
      {
        openPulls: [9],
        comments: [
          { id: 299, body: 'an unrelated comment' },
          { id: 300, body: `${previewMarker(NS)}\nold` },
        ],
      },
      {
        pr: 9,
        routes: [
          'GET /repos/{owner}/{repo}/pulls open',
          'POST /repos/{owner}/{repo}/deployments',
          'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses success',
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        ],
      },
    ],
    [
      'a push without an open pull request: no comment',
      { openPulls: [] },
      {
        routes: [
          'GET /repos/{owner}/{repo}/pulls open',
          'POST /repos/{owner}/{repo}/deployments',
          'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses success',
        ],
      },
    ],
  ])('%s', async (_name, given, expected) => {
    const { kube } = fakeKube({ rollout: 'rolls out' })
    const gh = fakeGitHub({ ...(given.openPulls ? { openPulls: given.openPulls } : {}), ...(given.comments ? { comments: given.comments } : {}) })
    const context = { branch: 'feature/login', sha: SHA, runUrl: RUN_URL, ...(given.pr ? { pullRequest: given.pr } : {}) }
    const result = await run(inputs(given.prInput ? { 'pr-number': given.prInput } : {}), deps({ kube, context, github: { client: gh.client, repo } }))
    expect(gh.routes()).toEqual(expected.routes)
    const pulls = gh.calls.find((c) => c.route === 'GET /repos/{owner}/{repo}/pulls')
    if (pulls) expect(pulls.params).toMatchObject({ head: 'octo:feature/login', state: 'open' })
    expect(result.pullRequest).toBe(expected.pr)
    expect(result.deploymentId).toBe('41')
    const created = gh.calls.find((c) => c.route === 'POST /repos/{owner}/{repo}/deployments')!.params
    expect(created).toMatchObject({ ref: SHA, environment: `preview/${NAMES.slug}`, transient_environment: true })
    const comment = gh.calls.find((c) => c.route.includes('/comments') && !c.route.startsWith('GET'))
    if (expected.pr) {
      expect(comment?.params).toMatchObject(comment?.route.startsWith('PATCH') ? { comment_id: 300 } : { issue_number: expected.pr })
      expect(String(comment?.params.body)).toContain(previewMarker(NS))
    } else expect(comment).toBeUndefined()
  })

  test('a failed rollout: the deployment marked failed, the comment says why, the error carries the result', async () => {
    const { kube } = fakeKube({ rollout: 'exceeds its deadline' })
    const gh = fakeGitHub()
    const error = await run(inputs(), deps({ kube, github: { client: gh.client, repo } })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RolloutError)
    const result = (error as RolloutError).result
    expect(result).toMatchObject({ state: 'failed', deploymentId: '41', pullRequest: 7 })
    expect(result.reason).toMatch(/^Deployment\/app did not roll out \(Deployment\/app exceeded its progress deadline\): no pods were created$/)
    expect(gh.routes()).toContain('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses failure')
    const comment = gh.calls.find((c) => c.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments')
    expect(String(comment?.params.body)).toContain('exceeded its progress deadline')
  })
})
