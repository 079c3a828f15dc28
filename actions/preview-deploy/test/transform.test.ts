import { describe, expect, test } from 'vitest'
import type { KubeObject } from '@cna/kit/k8s'
import { formatViolations, unpinnedImages } from '../src/policy.js'
import { parseObjects } from '../src/objects.js'
import { applyOrder, transformObject } from '../src/transform.js'

const PINNED = `ghcr.io/octo/app@sha256:${'a'.repeat(64)}`
const OTHER = `ghcr.io/octo/proxy@sha256:${'b'.repeat(64)}`
const opts = { imageRef: PINNED, namespace: 'dev-x', host: 'x.dev.example.com', labels: { 'app.kubernetes.io/managed-by': 'cna-preview' } }

const workload = (kind: string, images: string[]): KubeObject => {
  const pod = { containers: images.map((image, i) => ({ name: `c${i}`, image })) }
  const spec = kind === 'Pod' ? pod : kind === 'CronJob' ? { jobTemplate: { spec: { template: { spec: pod } } } } : { template: { spec: pod } }
  return { apiVersion: 'apps/v1', kind, metadata: { name: 'w' }, spec }
}

describe('transformObject', () => {
  test.each([
    ['ghcr.io/octo/app:dev', PINNED],
    ['ghcr.io/octo/app', PINNED],
    [`ghcr.io/octo/app@sha256:${'c'.repeat(64)}`, PINNED],
    ['ghcr.io/octo/app-worker:dev', 'ghcr.io/octo/app-worker:dev'],
    ['docker.io/octo/app:dev', 'docker.io/octo/app:dev'],
    [OTHER, OTHER],
  ])('image %s becomes %s', (image, expected) => {
    const out = transformObject(workload('Deployment', [image]), true, opts)
    expect((out.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers[0]!.image).toBe(expected)
  })

  test('puts the object in the namespace with the preview labels, without changing the input', () => {
    const input = workload('Deployment', ['ghcr.io/octo/app:dev'])
    input.metadata.namespace = 'production'
    const out = transformObject(input, true, opts)
    expect(out.metadata.namespace).toBe('dev-x')
    expect(out.metadata.labels).toEqual(opts.labels)
    expect(input.metadata.namespace).toBe('production')
  })

  test('sets Ingress rule and TLS hosts', () => {
    const ingress: KubeObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'i' },
      spec: { rules: [{ host: 'a' }, { host: 'b' }], tls: [{ hosts: ['a', 'b'] }] },
    }
    expect(transformObject(ingress, true, opts).spec).toEqual({
      rules: [{ host: 'x.dev.example.com' }, { host: 'x.dev.example.com' }],
      tls: [{ hosts: ['x.dev.example.com'] }],
    })
  })

  test('applies what others refer to first and the Ingress last', () => {
    const kinds = ['Ingress', 'Deployment', 'ConfigMap', 'Service'].map((kind) => ({ apiVersion: 'v1', kind, metadata: { name: kind } }))
    expect(kinds.sort(applyOrder).map((o) => o.kind)).toEqual(['ConfigMap', 'Service', 'Deployment', 'Ingress'])
  })
})

describe('policy: every workload image pinned by digest', () => {
  test.each(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'])('%s with a tag is refused, naming object and image', (kind) => {
    const violations = unpinnedImages([workload(kind, [PINNED, 'busybox:1.36'])])
    expect(violations).toEqual([{ object: `${kind}/w`, container: 'c1', image: 'busybox:1.36' }])
    expect(formatViolations(violations)).toContain(`${kind}/w container "c1" uses busybox:1.36`)
  })

  test('pinned images, and objects without pods, pass', () => {
    expect(unpinnedImages([workload('Deployment', [PINNED, OTHER]), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }])).toEqual([])
  })

  test('a digest that is not sha256:<64 hex> is not a pin', () => {
    expect(unpinnedImages([workload('Pod', ['app@sha256:abc'])])).toHaveLength(1)
  })
})

describe('parseObjects', () => {
  test.each([
    ['a name with a new line and a workflow command', 'kind: ConfigMap\nmetadata:\n  name: "a\\n::add-mask::x"'],
    ['a name with Markdown', 'kind: ConfigMap\nmetadata:\n  name: "[Approve](https://evil.example)"'],
    ['a kind with a new line', 'kind: "ConfigMap\\n::set-output name=x::y"\nmetadata:\n  name: a'],
  ])('refuses %s before anything is printed', (_, doc) => {
    const parse = () => parseObjects(`apiVersion: v1\n${doc}\n`, 'evil.yaml')
    expect(parse).toThrow(/evil\.yaml holds an object whose kind or name is not a Kubernetes name/)
    expect(parse).not.toThrow(/\n::/)
  })

  test('keeps RBAC names such as system:aggregate-to-view', () => {
    expect(parseObjects('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: system:preview-view\n', 'r.yaml')).toHaveLength(1)
  })

  test('multi-document YAML, Lists unpacked, empty documents skipped', () => {
    const text =
      '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Service, metadata: {name: b}}\n'
    expect(parseObjects(text, 'f.yaml').map((r) => `${r.object.kind}/${r.object.metadata.name}`)).toEqual(['ConfigMap/a', 'Service/b'])
  })
  test('a document that is not an object is refused with its file', () => {
    expect(() => parseObjects('just: text\n', 'x.yaml')).toThrow(/x.yaml holds a document that is not a Kubernetes object/)
  })
})
