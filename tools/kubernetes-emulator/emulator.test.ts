/* eslint-disable @typescript-eslint/no-explicit-any -- the emulator's JSON answers are read loosely here, as a client script would */
import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startKubernetesEmulator, type KubernetesEmulator } from './emulator.js'

/** The emulator, spoken to over plain HTTP as a client would, and by the real kubectl. */
let kube: KubernetesEmulator
let dir: string
const run = promisify(execFile)

async function call(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(kube.url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': contentType },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
const apply = (path: string, obj: unknown, manager = 'tester', force = true) =>
  call('PATCH', `${path}?fieldManager=${manager}${force ? '&force=true' : ''}`, obj, 'application/apply-patch+yaml')
const ns = (name: string, labels: Record<string, string> = {}) =>
  apply(`/api/v1/namespaces/${name}`, { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } })
const cm = (namespace: string, name: string, data: Record<string, string>, manager = 'tester', force = true) =>
  apply(`/api/v1/namespaces/${namespace}/configmaps/${name}`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data }, manager, force)
const deployment = (name: string, image: string, replicas = 1) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'main', image }] } },
  },
})

/** Reads a watch stream until `until` says stop; returns the events. */
async function watchUntil(
  path: string,
  until: (events: Array<{ type: string; object: any }>) => boolean,
  timeoutMs = 3000,
): Promise<Array<{ type: string; object: any }>> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const events: Array<{ type: string; object: any }> = []
  try {
    const res = await fetch(kube.url + path, { signal: controller.signal })
    const decoder = new TextDecoder()
    let buffer = ''
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true })
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        events.push(JSON.parse(buffer.slice(0, nl)))
        buffer = buffer.slice(nl + 1)
      }
      if (until(events)) break
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
  return events
}

beforeAll(async () => {
  kube = await startKubernetesEmulator({ terminationDelayMs: 150 })
  dir = await mkdtemp(join(tmpdir(), 'kube-emu-'))
})
afterAll(async () => {
  await kube?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('discovery', () => {
  test('/api, /apis and group versions list the served kinds', async () => {
    expect((await call('GET', '/api')).body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] })
    const groups = (await call('GET', '/apis')).body.groups.map((g: { name: string }) => g.name)
    expect(groups).toEqual(expect.arrayContaining(['apps', 'batch', 'networking.k8s.io']))
    const apps = (await call('GET', '/apis/apps/v1')).body
    expect(apps.resources).toContainEqual(expect.objectContaining({ name: 'deployments', kind: 'Deployment', namespaced: true }))
    expect((await call('GET', '/apis/nope/v1')).status).toBe(404)
  })

  test('the real kubectl lists through it, and applies server-side', async () => {
    await ns('kubectl-ns', { team: 'a' })
    const config = join(dir, 'kubeconfig')
    await writeFile(config, kube.kubeconfig())
    const { stdout } = await run('kubectl', ['--kubeconfig', config, 'get', 'namespaces', '-l', 'team=a', '-o', 'name'])
    expect(stdout.trim()).toBe('namespace/kubectl-ns')
    await writeFile(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-kubectl\n  namespace: kubectl-ns\ndata:\n  a: "1"\n')
    await run('kubectl', ['--kubeconfig', config, 'apply', '--server-side', '--validate=false', '-f', join(dir, 'cm.yaml')])
    const sent = kube.requests.filter((r) => r.method === 'PATCH' && r.path === '/api/v1/namespaces/kubectl-ns/configmaps/from-kubectl')
    expect(sent.at(-1)).toMatchObject({ contentType: 'application/apply-patch+yaml', status: 201 })
    expect(sent.at(-1)!.query).toContain('fieldManager=kubectl')
    expect((await call('GET', '/api/v1/namespaces/kubectl-ns/configmaps/from-kubectl')).body.data).toEqual({ a: '1' })
  })
})

describe('objects, resourceVersion and Status errors', () => {
  test('404 and 409 answer Status objects; resourceVersion guards updates', async () => {
    await ns('crud')
    const missing = await call('GET', '/api/v1/namespaces/crud/configmaps/nope')
    expect(missing).toEqual({
      status: 404,
      body: expect.objectContaining({ kind: 'Status', reason: 'NotFound', code: 404, message: 'configmaps "nope" not found' }),
    })
    const body = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' } }
    const created = await call('POST', '/api/v1/namespaces/crud/configmaps', body)
    expect(created.status).toBe(201)
    expect((await call('POST', '/api/v1/namespaces/crud/configmaps', body)).body).toMatchObject({ reason: 'AlreadyExists', code: 409 })
    const rv = created.body.metadata.resourceVersion
    const updated = await call('PUT', '/api/v1/namespaces/crud/configmaps/c', { ...created.body, data: { a: '2' } })
    expect(Number(updated.body.metadata.resourceVersion)).toBeGreaterThan(Number(rv))
    const stale = await call('PUT', '/api/v1/namespaces/crud/configmaps/c', { ...created.body, data: { a: '3' } })
    expect(stale.body).toMatchObject({ reason: 'Conflict', code: 409 })
    expect((await call('POST', '/api/v1/namespaces/absent/configmaps', body)).body).toMatchObject({
      reason: 'NotFound',
      message: 'namespaces "absent" not found',
    })
  })

  test('label and field selectors, and paging with limit/continue', async () => {
    await ns('sel')
    for (const [name, tier] of [
      ['a', 'web'],
      ['b', 'db'],
      ['c', 'web'],
    ]) {
      await apply(`/api/v1/namespaces/sel/configmaps/${name}`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels: { tier } } })
    }
    const names = async (q: string) => (await call('GET', `/api/v1/namespaces/sel/configmaps?${q}`)).body.items.map((o: any) => o.metadata.name)
    expect(await names('labelSelector=tier%3Dweb')).toEqual(['a', 'c'])
    expect(await names('labelSelector=tier%20in%20(db)')).toEqual(['b'])
    expect(await names('labelSelector=tier!%3Dweb')).toEqual(['b'])
    expect(await names('fieldSelector=metadata.name%3Dc')).toEqual(['c'])
    const page = (await call('GET', '/api/v1/namespaces/sel/configmaps?limit=2')).body
    expect(page.items).toHaveLength(2)
    expect((await call('GET', `/api/v1/namespaces/sel/configmaps?limit=2&continue=${page.metadata.continue}`)).body.items).toHaveLength(1)
  })
})

describe('server-side apply', () => {
  test('needs a field manager; re-applying the same object changes nothing', async () => {
    await ns('ssa')
    expect(
      (
        await call(
          'PATCH',
          '/api/v1/namespaces/ssa/configmaps/x',
          { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } },
          'application/apply-patch+yaml',
        )
      ).status,
    ).toBe(400)
    const first = await cm('ssa', 'x', { a: '1' })
    const again = await cm('ssa', 'x', { a: '1' })
    expect(again.body.metadata.resourceVersion).toBe(first.body.metadata.resourceVersion)
    expect(again.body.metadata.managedFields).toEqual([expect.objectContaining({ manager: 'tester', operation: 'Apply' })])
  })

  test('a manager drops the fields it no longer sets; another manager conflicts unless forced', async () => {
    await cm('ssa', 'y', { a: '1', b: '2' })
    expect((await cm('ssa', 'y', { a: '1' })).body.data).toEqual({ a: '1' })
    const conflict = await cm('ssa', 'y', { a: 'other' }, 'someone-else', false)
    expect(conflict.body).toMatchObject({ reason: 'Conflict', code: 409 })
    expect(conflict.body.message).toContain('conflict with "tester"')
    const forced = await cm('ssa', 'y', { a: 'other' }, 'someone-else', true)
    expect(forced.body.data).toEqual({ a: 'other' })
    // YAML bodies are accepted as kubectl may send them.
    const yaml = await call(
      'PATCH',
      '/api/v1/namespaces/ssa/configmaps/z?fieldManager=tester',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: z\ndata:\n  k: v\n',
      'application/apply-patch+yaml',
    )
    expect(yaml).toMatchObject({ status: 201, body: { data: { k: 'v' } } })
  })
})

describe('watch', () => {
  test('without resourceVersion: the current objects as ADDED, then changes; with one: the changes after it', async () => {
    await ns('w')
    const base = (await cm('w', 'one', { v: '1' })).body.metadata.resourceVersion
    const listening = once(kube.events, 'watch')
    const pending = watchUntil('/api/v1/namespaces/w/configmaps?watch=true', (e) => e.length >= 2)
    // The change must come after the watch is subscribed, or it is only in the listing.
    expect(await listening).toEqual(['/api/v1/namespaces/w/configmaps'])
    await cm('w', 'one', { v: '2' })
    const events = await pending
    expect(events.map((e) => `${e.type}:${e.object.data.v}`)).toEqual(['ADDED:1', 'MODIFIED:2'])
    const replay = await watchUntil(`/api/v1/namespaces/w/configmaps?watch=1&resourceVersion=${base}`, (e) => e.length >= 1)
    expect(replay.map((e) => `${e.type}:${e.object.data.v}`)).toEqual(['MODIFIED:2'])
  })
})

describe('namespaces pass through Terminating', () => {
  test('delete: Terminating, no new content, then everything in it and the namespace gone', async () => {
    await ns('doomed')
    await cm('doomed', 'c', { a: '1' })
    const deleted = await call('DELETE', '/api/v1/namespaces/doomed')
    expect(deleted.body.status).toEqual({ phase: 'Terminating' })
    expect(deleted.body.metadata.deletionTimestamp).toBeTruthy()
    expect((await cm('doomed', 'new', { a: '1' })).body).toMatchObject({ code: 403, reason: 'Forbidden' })
    const events = await watchUntil(
      `/api/v1/namespaces?watch=true&fieldSelector=metadata.name%3Ddoomed&resourceVersion=${deleted.body.metadata.resourceVersion}`,
      (e) => e.some((x) => x.type === 'DELETED'),
    )
    expect(events.at(-1)!.type).toBe('DELETED')
    expect((await call('GET', '/api/v1/namespaces/doomed')).status).toBe(404)
    expect((await call('GET', '/api/v1/namespaces/doomed/configmaps/c')).status).toBe(404)
  })
})

describe('controller', () => {
  test('a Deployment becomes available with its pods', async () => {
    await ns('roll')
    await apply('/apis/apps/v1/namespaces/roll/deployments/ok', deployment('ok', 'registry.example.com/ok@sha256:' + '1'.repeat(64), 3))
    const events = await watchUntil('/apis/apps/v1/namespaces/roll/deployments?watch=true', (e) => e.some((x) => x.object.status?.availableReplicas === 3))
    expect(events.at(-1)!.object.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 3 })
    expect((await call('GET', '/api/v1/namespaces/roll/pods?labelSelector=app%3Dok')).body.items).toHaveLength(3)
  })

  test.each([
    ['ImagePullBackOff', 'Failed', /Failed to pull image/],
    ['CrashLoopBackOff', 'BackOff', /Back-off restarting failed container main/],
    ['Unschedulable', 'FailedScheduling', /0\/1 nodes are available/],
  ] as const)('images told to fail: %s, with the matching events', async (mode, reason, message) => {
    const image = `registry.example.com/${mode.toLowerCase()}@sha256:${'9'.repeat(64)}`
    kube.failImages.set(image, mode)
    const name = mode.toLowerCase()
    await apply(`/apis/apps/v1/namespaces/roll/deployments/${name}`, deployment(name, image, 1))
    await watchUntil(`/apis/apps/v1/namespaces/roll/deployments?watch=true&fieldSelector=metadata.name%3D${name}`, (e) =>
      e.some((x) => x.object.status?.observedGeneration === 1),
    )
    const pod = (await call('GET', `/api/v1/namespaces/roll/pods?labelSelector=app%3D${name}`)).body.items[0]
    if (mode === 'Unschedulable') expect(pod.status.conditions[0]).toMatchObject({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' })
    else expect(pod.status.containerStatuses[0].state.waiting.reason).toBe(mode)
    const events = (await call('GET', `/api/v1/namespaces/roll/events?fieldSelector=involvedObject.name%3D${pod.metadata.name}`)).body.items
    expect(events.some((e: any) => e.reason === reason && message.test(e.message))).toBe(true)
    const status = (await call('GET', `/apis/apps/v1/namespaces/roll/deployments/${name}`)).body.status
    expect(status.availableReplicas ?? 0).toBe(0)
  })
})
