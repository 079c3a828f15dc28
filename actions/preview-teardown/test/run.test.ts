import { describe, expect, test } from 'vitest'
import type { KubeObject } from '@cna/kit/k8s'
import type { Inputs } from '../src/inputs.js'
import { run, type TeardownDeps } from '../src/run.js'

const NOW = new Date('2026-11-26T12:00:00Z')
const inputs = (over: Partial<Inputs> = {}): Inputs => ({
  mode: 'reap',
  branch: '',
  'namespace-prefix': 'dev',
  kubeconfig: '',
  'max-age': 0,
  timeout: 60_000,
  'dry-run': false,
  'github-token': '',
  ...over,
})

function ns(name: string, opts: { expires?: string; created?: string; branch?: string; pr?: number; terminating?: boolean; prefix?: string } = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      creationTimestamp: opts.created ?? '2026-11-25T00:00:00Z',
      labels: {
        'app.kubernetes.io/managed-by': 'cna-preview',
        'preview.cna.dev/prefix': opts.prefix ?? 'dev',
        ...(opts.pr ? { 'preview.cna.dev/pull-request': String(opts.pr) } : {}),
      },
      annotations: { 'preview.cna.dev/expires-at': opts.expires ?? '2026-12-01T00:00:00Z', ...(opts.branch ? { 'preview.cna.dev/branch': opts.branch } : {}) },
      ...(opts.terminating ? { deletionTimestamp: '2026-11-26T11:00:00Z' } : {}),
    },
  }
}

function fakes(namespaces: KubeObject[], github?: { branches: string[]; openPulls: number[] }) {
  const deleted: string[] = []
  const calls: string[] = []
  const deps: TeardownDeps = {
    now: () => NOW,
    context: { branch: '', runUrl: '' },
    kube: {
      list: async (_path: string, opts?: { labelSelector?: string }) => {
        calls.push(`list ${opts?.labelSelector}`)
        return { items: namespaces as never[], metadata: {} }
      },
      delete: async (path: string) => {
        deleted.push(path.split('/').pop()!)
        return {} as never
      },
      get: async () => undefined,
      watch: async () => 'done' as const,
    },
    ...(github
      ? {
          github: {
            repo: { owner: 'o', repo: 'r' },
            client: {
              paginate: async () => [],
              request: async (route: string, params: Record<string, unknown>) => {
                calls.push(`${route} ${JSON.stringify(params.ref ?? params.pull_number)}`)
                if (route.includes('/git/ref/')) {
                  if (github.branches.includes(String(params.ref).replace('heads/', ''))) return { data: {} }
                  throw Object.assign(new Error('Not Found'), { status: 404 })
                }
                return { data: { state: github.openPulls.includes(Number(params.pull_number)) ? 'open' : 'closed' } }
              },
            },
          },
        }
      : {}),
  }
  return { deps, deleted, calls }
}

describe('reap', () => {
  test('deletes the expired and the too old; keeps the live and the terminating; lists by label', async () => {
    const { deps, deleted, calls } = fakes([
      ns('dev-old', { created: '2026-10-01T00:00:00Z' }),
      ns('dev-expired', { expires: '2026-11-26T11:59:59Z' }),
      ns('dev-live'),
      ns('dev-going', { expires: '2026-11-01T00:00:00Z', terminating: true }),
    ])
    const result = await run(inputs({ 'max-age': 14 * 86_400_000 }), deps)
    expect(calls[0]).toBe('list app.kubernetes.io/managed-by=cna-preview,preview.cna.dev/prefix=dev')
    expect(deleted.sort()).toEqual(['dev-expired', 'dev-old'])
    expect(result.removals.map((r) => `${r.namespace}: ${r.reason}`)).toEqual([
      'dev-expired: expired at 2026-11-26T11:59:59Z',
      'dev-old: older than max-age (created 2026-10-01T00:00:00Z)',
    ])
    expect(result.kept).toEqual([
      { namespace: 'dev-going', reason: 'already terminating' },
      { namespace: 'dev-live', reason: 'live' },
    ])
  })

  test('with GitHub: closed pull requests and deleted branches go; expired ones need no GitHub call', async () => {
    const { deps, deleted, calls } = fakes(
      [
        ns('dev-a', { branch: 'a', pr: 1 }),
        ns('dev-b', { branch: 'b' }),
        ns('dev-c', { branch: 'c', pr: 3 }),
        ns('dev-d', { branch: 'd', expires: '2026-01-01T00:00:00Z' }),
      ],
      { branches: ['a', 'c'], openPulls: [3] },
    )
    const result = await run(inputs(), deps)
    expect(deleted.sort()).toEqual(['dev-a', 'dev-b', 'dev-d'])
    expect(result.removals.find((r) => r.namespace === 'dev-a')!.reason).toBe('pull request #1 is closed')
    expect(result.removals.find((r) => r.namespace === 'dev-b')!.reason).toBe('branch b no longer exists')
    expect(calls.some((c) => c.includes('"heads/d"'))).toBe(false)
  })

  test('dry-run lists and deletes nothing', async () => {
    const { deps, deleted } = fakes([ns('dev-x', { expires: '2026-01-01T00:00:00Z' })])
    const result = await run(inputs({ 'dry-run': true }), deps)
    expect(deleted).toEqual([])
    expect(result.removals).toEqual([{ namespace: 'dev-x', reason: 'expired at 2026-01-01T00:00:00Z', state: 'would delete' }])
  })
})

describe('branch', () => {
  test('already gone is success', async () => {
    const { deps, deleted } = fakes([])
    const result = await run(inputs({ mode: 'branch', branch: 'feature-a' }), deps)
    expect(deleted).toEqual([])
    expect(result.removals).toEqual([{ namespace: 'dev-feature-a', reason: 'branch feature-a', state: 'gone' }])
  })
})
