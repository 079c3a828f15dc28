import { DIGEST, parseReference, type ImageReference } from '@cna/kit/registry'

/**
 * The promoted image is named by digest, or by its 40-hex commit-SHA tag (resolved to a
 * digest before anything else happens). Nothing mutable like `latest` or `v1` is accepted
 * as a source: what gets promoted must be exactly what was tested. Pure.
 */
export interface SourceRef extends ImageReference {
  /** The 40-hex commit when the source was given by its SHA tag. */
  shaTag?: string
}

export function parseSource(value: string): SourceRef | undefined {
  const ref = parseReference(value)
  if (!ref) return undefined
  if (ref.digest && !ref.tag) return ref
  if (!ref.digest && ref.tag && /^[0-9a-f]{40}$/.test(ref.tag)) return { ...ref, shaTag: ref.tag }
  return undefined
}

export function isDigest(value: string): boolean {
  return DIGEST.test(value)
}

/** The service a promotion is about, for messages and the deployment payload. */
export function serviceName(repository: string): string {
  return repository.split('/').pop() ?? repository
}

export function isProductionEnvironment(environment: string): boolean {
  return /^prod(uction)?$/i.test(environment)
}
