import { describe, expect, test } from 'vitest'
import { imageName, pinImage } from '../src/gitops/pin.js'

const D1 = `sha256:${'a'.repeat(64)}`
const D2 = `sha256:${'b'.repeat(64)}`
const IMAGE = 'registry.example.com/prod/sensor-api'

describe('kustomization images: entry', () => {
  const text = `# staging overlay: reconciled by Argo CD
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base   # shared base
images:
  - name: sensor-api # the app
    newName: registry.example.com/prod/sensor-api
    newTag: "1.4.1"
  - name: redis
    newTag: "7"
`
  test('pins newName + digest, drops newTag, keeps every other byte', () => {
    const result = pinImage('envs/staging/kustomization.yaml', text, { image: IMAGE, digest: D1, aliases: ['sensor-api'] })
    expect(result.kind).toBe('kustomization')
    expect(result.changed).toBe(true)
    expect(result.text).toBe(
      text
        .replace('    newTag: "1.4.1"\n', '')
        .replace('newName: registry.example.com/prod/sensor-api\n', `newName: registry.example.com/prod/sensor-api\n    digest: ${D1}\n`),
    )
  })

  test('a second run with the same digest changes nothing; another digest replaces it in place', () => {
    const once = pinImage('kustomization.yaml', text, { image: IMAGE, digest: D1, aliases: ['sensor-api'] }).text
    expect(pinImage('kustomization.yaml', once, { image: IMAGE, digest: D1, aliases: ['sensor-api'] })).toMatchObject({ changed: false, text: once })
    const twice = pinImage('kustomization.yaml', once, { image: IMAGE, digest: D2, aliases: ['sensor-api'] })
    expect(twice.text).toBe(once.replace(D1, D2))
  })

  test('adds an entry when the image is not listed yet', () => {
    const result = pinImage('kustomization.yaml', 'kind: Kustomization\nimages:\n  - name: redis\n    newTag: "7"\n', { image: IMAGE, digest: D1 })
    expect(result.text).toBe(`kind: Kustomization\nimages:\n  - name: redis\n    newTag: "7"\n  - name: ${IMAGE}\n    newName: ${IMAGE}\n    digest: ${D1}\n`)
  })

  test('adds an images: list when there is none', () => {
    const result = pinImage('kustomization.yaml', 'kind: Kustomization\nresources: [deploy.yaml]\n', { image: IMAGE, digest: D1 })
    expect(result.text).toBe(`kind: Kustomization\nresources: [deploy.yaml]\nimages:\n  - name: ${IMAGE}\n    newName: ${IMAGE}\n    digest: ${D1}\n`)
  })
})

describe('Helm values image.repository + image.digest', () => {
  test('sets digest beside repository, keeps comments and quoting', () => {
    const text = 'replicaCount: 2\nimage:\n  repository: registry.example.com/prod/sensor-api  # the repo\n  tag: "1.4.1"\n  pullPolicy: IfNotPresent\n'
    const result = pinImage('values-production.yaml', text, { image: IMAGE, digest: D1 })
    expect(result.kind).toBe('helm-values')
    expect(result.text).toBe(text.replace('  pullPolicy: IfNotPresent\n', `  pullPolicy: IfNotPresent\n  digest: ${D1}\n`))
  })

  test('nested image maps, a quoted existing digest is replaced keeping its quotes', () => {
    const text = `api:\n  image:\n    repository: ${IMAGE}\n    digest: "${D1}"\nworker:\n  image:\n    repository: other/worker\n`
    const result = pinImage('values.yaml', text, { image: IMAGE, digest: D2 })
    expect(result.text).toBe(text.replace(`"${D1}"`, `"${D2}"`))
    expect(result.pinned).toBe(1)
  })
})

describe('plain manifests: container image fields', () => {
  test('every container naming the image, across documents; others untouched', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: sensor-api}
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/octo-org/sensor-api:3f2a9c1e # migrations
      containers:
        - name: app
          image: ghcr.io/octo-org/sensor-api@sha256:${'c'.repeat(64)}
        - name: sidecar
          image: envoyproxy/envoy:v1.31
---
apiVersion: batch/v1
kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - {name: report, image: "ghcr.io/octo-org/sensor-api:v1"}
`
    const result = pinImage('deploy.yaml', text, { image: IMAGE, digest: D1, aliases: ['ghcr.io/octo-org/sensor-api'] })
    expect(result.kind).toBe('manifests')
    expect(result.pinned).toBe(3)
    expect(result.text).toBe(
      text
        .replace('ghcr.io/octo-org/sensor-api:3f2a9c1e', `${IMAGE}@${D1}`)
        .replace(`ghcr.io/octo-org/sensor-api@sha256:${'c'.repeat(64)}`, `${IMAGE}@${D1}`)
        .replace('"ghcr.io/octo-org/sensor-api:v1"', `"${IMAGE}@${D1}"`),
    )
    expect(result.text).toContain('envoyproxy/envoy:v1.31')
  })

  test('a file that does not mention the image pins nothing', () => {
    expect(pinImage('cm.yaml', 'kind: ConfigMap\ndata: {a: b}\n', { image: IMAGE, digest: D1 })).toMatchObject({ pinned: 0, changed: false })
  })

  test('invalid YAML is a clear error', () => {
    expect(() => pinImage('bad.yaml', 'a: [1, 2\n', { image: IMAGE, digest: D1 })).toThrow(/bad.yaml is not valid YAML/)
  })
})

test.each([
  ['ghcr.io/o/a:v1', 'ghcr.io/o/a'],
  ['127.0.0.1:5000/a@sha256:x', '127.0.0.1:5000/a'],
  ['127.0.0.1:5000/a', '127.0.0.1:5000/a'],
  ['a:1@sha256:x', 'a'],
])('imageName(%s) = %s', (ref, name) => expect(imageName(ref)).toBe(name))

test('an environment file naming the image under another registry is moved over by service name', () => {
  const text = 'image:\n  repository: ghcr.io/octo-org/sensor-api\n  tag: "1"\nsidecar:\n  image:\n    repository: ghcr.io/octo-org/envoy\n'
  const result = pinImage('values.yaml', text, { image: IMAGE, digest: D1, service: 'sensor-api' })
  expect(result.pinned).toBe(1)
  expect(result.text).toBe(`image:\n  repository: ${IMAGE}\n  tag: "1"\n  digest: ${D1}\nsidecar:\n  image:\n    repository: ghcr.io/octo-org/envoy\n`)
})

test('an entry holding only name (and newTag) gets newName then digest, in that order', () => {
  const text = 'kind: Kustomization\nimages:\n  - name: sensor-api # svc\n    newTag: "1"\n'
  expect(pinImage('kustomization.yaml', text, { image: IMAGE, digest: D1, service: 'sensor-api' }).text).toBe(
    `kind: Kustomization\nimages:\n  - name: sensor-api # svc\n    newName: ${IMAGE}\n    digest: ${D1}\n`,
  )
})
