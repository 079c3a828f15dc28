import { describe, expect, test } from 'vitest'
import { parseRendered, type RenderedObject } from '../src/objects.js'
import { KUBERNETES_VERSION, SchemaValidator } from '../src/schema.js'
import { renderedObjects } from './rendered.js'

const one = (yaml: string): RenderedObject => parseRendered(yaml, '', false)[0]!

describe('the bundled Kubernetes schemas', () => {
  test('name their release', () => {
    expect(KUBERNETES_VERSION).toBe('1.34.0')
  })

  test("kubectl kustomize's rendering of the clean repository is valid in every environment", () => {
    const v = new SchemaValidator()
    for (const env of ['dev', 'staging', 'production']) {
      for (const o of renderedObjects('base', env)) expect(v.validate(o), `${env} ${o.kind}`).toEqual({ known: true, problems: [] })
    }
  })

  test('a wrong type, an unknown field and a missing required field, each at its path', () => {
    const v = new SchemaValidator()
    const o = one(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: two\n  selector: {matchLabels: {a: b}}\n  template:\n    spec:\n      containers:\n      - name: c\n        imagePullPolicy: Always\n        imagee: x\n      - image: y\n',
    )
    const result = v.validate(o)
    expect(result.known && result.problems).toEqual([
      { path: ['spec', 'replicas'], message: 'spec.replicas: must be integer' },
      { path: ['spec', 'template', 'spec', 'containers', 0, 'imagee'], message: 'spec.template.spec.containers.0: unknown field "imagee"' },
      { path: ['spec', 'template', 'spec', 'containers', 1], message: 'spec.template.spec.containers.1: missing required field "name"' },
    ])
  })

  test('quantities may be numbers, int-or-string ports both, labels only strings', () => {
    const v = new SchemaValidator()
    const ok = one(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {tier: web}}\nspec:\n  containers:\n  - name: c\n    resources: {limits: {cpu: 1, memory: 1Gi}}\n    readinessProbe: {httpGet: {port: http}}\n    livenessProbe: {httpGet: {port: 8080}}\n',
    )
    expect(v.validate(ok)).toEqual({ known: true, problems: [] })
    const bad = one('apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {tier: 3}}\nspec: {containers: [{name: c}]}\n')
    expect(v.validate(bad)).toMatchObject({ known: true, problems: [{ path: ['metadata', 'labels', 'tier'] }] })
  })

  test('scope: namespaced and cluster-scoped kinds', () => {
    const v = new SchemaValidator()
    expect(v.namespaced({ apiVersion: 'apps/v1', kind: 'Deployment' })).toBe(true)
    expect(v.namespaced({ apiVersion: 'v1', kind: 'Namespace' })).toBe(false)
    expect(v.namespaced({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole' })).toBe(false)
    expect(v.namespaced({ apiVersion: 'example.com/v1', kind: 'Widget' })).toBeUndefined()
  })
})

describe('custom resources: the CRDs of the repository', () => {
  const crd = one(`apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            properties:
              size: {type: integer, minimum: 1}
`)
  test('unknown without its CRD; validated against its openAPIV3Schema with it', () => {
    const v = new SchemaValidator()
    const widget = one('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 0}\n')
    expect(v.validate(widget)).toEqual({ known: false })
    expect(v.validate(crd)).toEqual({ known: true, problems: [] })
    v.addCrd(crd.body)
    const v2 = new SchemaValidator()
    v2.addCrd(crd.body)
    expect(v2.validate(widget)).toMatchObject({ known: true, problems: [{ path: ['spec', 'size'], message: 'spec.size: must be >= 1' }] })
    expect(v2.validate(one('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 2}\n'))).toEqual({ known: true, problems: [] })
  })
})
