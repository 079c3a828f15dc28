import { describe, expect, test } from 'vitest'
import { parseRendered, type RenderedObject } from '../src/objects.js'
import { allowedRules, checkPolicies, parseImage, podSpecPath } from '../src/policies.js'

const DIGEST = `sha256:${'c'.repeat(64)}`
const limits = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '32Mi' } }

function workload(
  kind: string,
  container: Record<string, unknown>,
  extra: { annotations?: Record<string, string>; volumes?: unknown[]; namespace?: string } = {},
): RenderedObject {
  const pod = { containers: [{ name: 'app', ...container }], ...(extra.volumes ? { volumes: extra.volumes } : {}) }
  const path = podSpecPath(kind)!
  const body: Record<string, unknown> = {
    apiVersion: 'apps/v1',
    kind,
    metadata: { name: 'w', ...(extra.annotations ? { annotations: extra.annotations } : {}) },
  }
  let cursor = body
  for (const key of path.slice(0, -1)) cursor = (cursor[key] ??= {}) as Record<string, unknown>
  cursor[path.at(-1)!] = pod
  return { apiVersion: 'apps/v1', kind, name: 'w', namespace: extra.namespace ?? 'ns', body, origin: '' }
}

const ids = (o: RenderedObject, opts = {}) => checkPolicies(o, opts).map((v) => (v.allowed ? `${v.rule.id} (allowed)` : v.rule.id))

describe('images: pinned by digest, never latest', () => {
  test.each([
    [`reg.example:5000/app@${DIGEST}`, []],
    [`reg.example:5000/app:1.2@${DIGEST}`, []],
    ['reg.example:5000/app:1.2', ['image-digest']],
    ['reg.example:5000/app', ['no-latest']],
    ['app:latest', ['no-latest']],
    ['app@sha256:short', ['no-latest']],
  ])('%s → %j', (image, expected) => {
    expect(ids(workload('Deployment', { image, resources: limits }))).toEqual(expected)
  })

  test('a registry port is not a tag', () => {
    expect(parseImage('reg.example:5000/team/app')).toEqual({ repository: 'reg.example:5000/team/app', tag: '', digest: '' })
    expect(parseImage(`r/app:v1@${DIGEST}`)).toEqual({ repository: 'r/app', tag: 'v1', digest: DIGEST })
  })
})

describe('resources, privileged containers and host paths', () => {
  test('missing requests and limits are one violation per container naming each', () => {
    const violations = checkPolicies(workload('StatefulSet', { image: `a@${DIGEST}`, resources: { requests: { cpu: '1' } } }))
    expect(violations.map((v) => [v.rule.id, v.message, v.path.join('.')])).toEqual([
      [
        'resources',
        'container "app" has no resources.requests.memory, resources.limits.cpu, resources.limits.memory',
        'spec.template.spec.containers.0.resources',
      ],
    ])
  })

  test('privileged and hostPath, in every workload kind', () => {
    for (const kind of ['Pod', 'Deployment', 'DaemonSet', 'Job', 'CronJob']) {
      const o = workload(
        kind,
        { image: `a@${DIGEST}`, resources: limits, securityContext: { privileged: true } },
        { volumes: [{ name: 'root', hostPath: { path: '/' } }] },
      )
      expect(ids(o), kind).toEqual(['no-privileged', 'no-host-path'])
    }
  })

  test('objects that run no pods are not workloads', () => {
    const cm: RenderedObject = { apiVersion: 'v1', kind: 'ConfigMap', name: 'c', namespace: 'ns', body: { data: { image: 'x:latest' } }, origin: '' }
    expect(checkPolicies(cm)).toEqual([])
  })
})

describe('namespaces as expected per environment', () => {
  const o = workload('Deployment', { image: `a@${DIGEST}`, resources: limits }, { namespace: 'other' })
  test('a namespaced object elsewhere fails; cluster-scoped kinds and unset expectations do not', () => {
    expect(ids(o, { namespace: 'prod', namespaced: true })).toEqual(['namespace'])
    expect(ids(o, { namespace: 'other', namespaced: true })).toEqual([])
    expect(ids(o, { namespace: 'prod', namespaced: false })).toEqual([])
    expect(ids(o, {})).toEqual([])
  })
})

describe('exceptions: the allow annotation, with a reason', () => {
  test('allowed rules become allowed with the reason; others stay', () => {
    const o = workload(
      'DaemonSet',
      { image: `a@${DIGEST}`, securityContext: { privileged: true } },
      { annotations: { 'config-gate.cna.dev/allow': 'no-privileged, resources: node exporter reads the host' } },
    )
    expect(ids(o)).toEqual(['resources (allowed)', 'no-privileged (allowed)'])
    expect(checkPolicies(o)[0]!.allowed).toBe('node exporter reads the host')
  })

  test('an allow without a reason allows nothing', () => {
    const o = workload('Deployment', { image: 'a:1' }, { annotations: { 'config-gate.cna.dev/allow': 'image-digest' } })
    expect(allowedRules(o).size).toBe(0)
    expect(ids(o)).toEqual(['image-digest', 'resources'])
  })

  test('the annotation read from real YAML', () => {
    const [o] = parseRendered(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    config-gate.cna.dev/allow: "no-latest: smoke test image"\nspec:\n  containers:\n  - name: c\n    image: busybox\n    resources: {requests: {cpu: 1, memory: 1Mi}, limits: {cpu: 1, memory: 1Mi}}\n',
      '',
      false,
    )
    expect(ids(o!)).toEqual(['no-latest (allowed)'])
  })
})
