import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { KubeClient } from '../src/k8s/client.js'
import { loadClusterAccess } from '../src/k8s/config.js'
import { KubeApiError } from '../src/k8s/errors.js'
import type { KubeObject } from '../src/k8s/resources.js'
import { startKubernetesEmulator, type KubernetesEmulator } from '../../../tools/kubernetes-emulator/emulator.js'

/** The kit's client against the Kubernetes API emulator, from a kubeconfig, as an action uses it. */
let kube: KubernetesEmulator
let client: KubeClient

beforeAll(async () => {
  kube = await startKubernetesEmulator({ token: 'client-test-token', terminationDelayMs: 50 })
  client = new KubeClient(await loadClusterAccess({ kubeconfig: kube.kubeconfig(), env: {} }))
})
afterAll(async () => {
  client?.close()
  await kube?.stop()
})

describe('KubeClient', () => {
  test('server-side apply with a field manager, get, list by label; 404 reads as undefined', async () => {
    await client.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kc', labels: { team: 'a' } } }, 'kit-test')
    const cm = await client.apply<KubeObject>({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'kc' }, data: { a: '1' } }, 'kit-test')
    expect(cm.metadata.resourceVersion).toBeTruthy()
    expect(kube.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: '/api/v1/namespaces/kc/configmaps/c',
      query: '?fieldManager=kit-test&force=true',
      contentType: 'application/apply-patch+yaml',
    })
    expect(await client.get('/api/v1/namespaces/kc/configmaps/c')).toMatchObject({ data: { a: '1' } })
    expect(await client.get('/api/v1/namespaces/kc/configmaps/none')).toBeUndefined()
    expect((await client.list('/api/v1/namespaces', { labelSelector: 'team=a' })).items.map((n) => n.metadata.name)).toEqual(['kc'])
  })

  test('lists follow continue tokens', async () => {
    for (const n of ['a', 'b', 'c', 'd', 'e'])
      await client.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `p-${n}`, namespace: 'kc', labels: { page: 'yes' } } }, 'kit-test')
    const before = kube.requests.length
    const list = await client.list('/api/v1/namespaces/kc/configmaps', { labelSelector: 'page=yes', limit: 2 })
    expect(list.items).toHaveLength(5)
    expect(kube.requests.length - before).toBe(3)
  })

  test('errors carry the Status reason', async () => {
    const error = await client
      .request('POST', '/api/v1/namespaces/kc/configmaps', { body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KubeApiError)
    expect(error).toMatchObject({ status: 409, reason: 'AlreadyExists' })
    expect((error as Error).message).toContain('configmaps "c" already exists')
  })

  test('a wrong token is refused (the kubeconfig credentials are really sent)', async () => {
    const other = new KubeClient(await loadClusterAccess({ kubeconfig: kube.kubeconfig().replace('client-test-token', 'wrong'), env: {} }))
    await expect(other.get('/api/v1/namespaces')).rejects.toMatchObject({ status: 401 })
    other.close()
  })

  test('unknown kinds are found by discovery', async () => {
    const before = kube.requests.length
    await expect(client.resourceType('apps/v1', 'ControllerRevision')).rejects.toThrow(/no kind ControllerRevision in apps\/v1/)
    expect(kube.requests.slice(before).map((r) => r.path)).toEqual(['/apis/apps/v1'])
    await expect(client.resourceType('example.com/v1', 'Widget')).rejects.toThrow(/does not serve example.com\/v1/)
  })

  test('watch: resolves done when the handler says so, timeout when the time runs out', async () => {
    const deleted = await client.delete('/api/v1/namespaces/kc')
    expect((deleted?.status as { phase: string }).phase).toBe('Terminating')
    const closed = once(kube.events, 'watch-closed')
    const done = await client.watch(
      '/api/v1/namespaces',
      { fieldSelector: 'metadata.name=kc', resourceVersion: deleted!.metadata.resourceVersion!, timeoutMs: 5000 },
      (type) => type === 'DELETED',
    )
    expect(done).toBe('done')
    // Ending a watch aborts its response; that must not surface as an unhandled error (vitest fails the run if it does).
    // The client's abort is handled before the server can see the connection close, so by then any such error is out.
    expect(await closed).toEqual(['/api/v1/namespaces'])
    expect(await client.delete('/api/v1/namespaces/kc')).toBeUndefined()
    const started = Date.now()
    expect(await client.watch('/api/v1/namespaces', { fieldSelector: 'metadata.name=never', timeoutMs: 300 }, () => false)).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
