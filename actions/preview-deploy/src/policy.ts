import { DIGEST } from '@cna/kit/registry'
import type { KubeObject } from '@cna/kit/k8s'
import { containersOf, podSpecOf } from './transform.js'

/** Every image that reaches a cluster is pinned by digest: the violations, naming object and image. Pure. */
export interface PolicyViolation {
  object: string
  container: string
  image: string
}

export function unpinnedImages(objects: KubeObject[]): PolicyViolation[] {
  const violations: PolicyViolation[] = []
  for (const obj of objects) {
    if (!podSpecOf(obj)) continue
    for (const c of containersOf(obj)) {
      const image = c.image ?? ''
      const at = image.lastIndexOf('@')
      if (at < 0 || !DIGEST.test(image.slice(at + 1)))
        violations.push({ object: `${obj.kind}/${obj.metadata.name}`, container: c.name ?? '?', image: image || '(no image)' })
    }
  }
  return violations
}

export function formatViolations(violations: PolicyViolation[]): string {
  return `Refusing to deploy images that are not pinned by digest: ${violations.map((v) => `${v.object} container "${v.container}" uses ${v.image}`).join('; ')}. Pin each image as name@sha256:<digest> (images of the image-ref repository are pinned automatically).`
}
