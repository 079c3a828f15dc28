import { afterAll, beforeAll, describe, expect, test } from 'vitest'
// The full @kubernetes/client-node (the kit bundles only its kubeconfig parts): the emulator must
// answer what the library itself sends and parse what it expects back.
import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  Watch,
} from '../../actions/kit/node_modules/@kubernetes/client-node/dist/index.js'
import { startKubernetesEmulator, type KubernetesEmulator } from './emulator.js'

let kube: KubernetesEmulator
let config: KubeConfig

beforeAll(async () => {
  kube = await startKubernetesEmulator({ token: 'client-node-token', terminationDelayMs: 50 })
  config = new KubeConfig()
  config.loadFromString(kube.kubeconfig())
})
afterAll(() => kube?.stop())

describe('@kubernetes/client-node against the emulator', () => {
  test('server-side apply through KubernetesObjectApi, typed reads through CoreV1Api and AppsV1Api', async () => {
    const objects = KubernetesObjectApi.makeApiClient(config)
    await objects.patch(
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'lib', labels: { via: 'client-node' } } },
      undefined,
      undefined,
      'client-node-test',
      true,
      PatchStrategy.ServerSideApply,
    )
    await objects.patch(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'lib' },
        spec: {
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: { containers: [{ name: 'web', image: `registry.example.com/web@sha256:${'4'.repeat(64)}` }] },
          },
        },
      } as never,
      undefined,
      undefined,
      'client-node-test',
      true,
      PatchStrategy.ServerSideApply,
    )
    const sent = kube.requests.filter((r) => r.method === 'PATCH')
    expect(sent.map((r) => r.contentType)).toEqual(['application/apply-patch+yaml', 'application/apply-patch+yaml'])
    expect(sent[0]!.query).toContain('fieldManager=client-node-test')
    expect(sent[0]!.query).toContain('force=true')
    const namespaces = await config.makeApiClient(CoreV1Api).listNamespace({ labelSelector: 'via=client-node' })
    expect(namespaces.items.map((n) => n.metadata?.name)).toEqual(['lib'])
    const deployment = await config.makeApiClient(AppsV1Api).readNamespacedDeployment({ name: 'web', namespace: 'lib' })
    expect(deployment.metadata?.managedFields?.[0]?.manager).toBe('client-node-test')
    await expect(config.makeApiClient(CoreV1Api).readNamespace({ name: 'absent' })).rejects.toMatchObject({ code: 404 })
  })

  test("the library's Watch sees a Deployment roll out and a namespace go", async () => {
    const events: string[] = []
    await new Promise<void>((resolve, reject) => {
      setTimeout(() => reject(new Error('no rollout within 3 s')), 3000)
      void new Watch(config)
        .watch(
          '/apis/apps/v1/namespaces/lib/deployments',
          {},
          (type: string, obj: { status?: { availableReplicas?: number } }) => {
            events.push(`${type}:${obj.status?.availableReplicas ?? 0}`)
            if (obj.status?.availableReplicas === 1) resolve()
          },
          (err: unknown) => (err ? reject(err as Error) : undefined),
        )
        .then((controller) => setTimeout(() => controller.abort(), 3000))
    })
    // ADDED when the rollout finished before the watch began, MODIFIED when it finished during it.
    expect(events.at(-1)).toMatch(/^(ADDED|MODIFIED):1$/)
    await config.makeApiClient(CoreV1Api).deleteNamespace({ name: 'lib' })
    const gone = await new Promise<string>((resolve, reject) => {
      setTimeout(() => reject(new Error('no DELETED event within 3 s')), 3000)
      void new Watch(config).watch(
        '/api/v1/namespaces',
        { fieldSelector: 'metadata.name=lib' },
        (type: string) => type === 'DELETED' && resolve(type),
        (err: unknown) => (err ? reject(err as Error) : undefined),
      )
    })
    expect(gone).toBe('DELETED')
  })
})
