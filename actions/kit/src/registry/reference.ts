/**
 * Image references, parsed the way Docker normalizes them. Pure.
 *   ghcr.io/org/app:tag  →  registry ghcr.io, repository org/app, tag
 *   app                  →  registry docker.io, repository library/app
 */
export interface ImageName {
  registry: string
  repository: string
}

export interface ImageReference extends ImageName {
  tag?: string
  digest?: string
}

export const DIGEST = /^sha256:[a-f0-9]{64}$/
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$|^\[[0-9a-fA-F:]+\](?::\d+)?$/

/** Parses `name[:tag][@sha256:…]`; returns undefined when it is not a valid reference. */
export function parseReference(ref: string): ImageReference | undefined {
  let rest = ref
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) return undefined
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) return undefined
  }
  const name = parseImageName(rest)
  return name && { ...name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) }
}

/** Parses an image name without tag or digest. */
export function parseImageName(name: string): ImageName | undefined {
  const parts = name.split('/')
  let registry = 'docker.io'
  const first = parts[0] ?? ''
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
    registry = first
    parts.shift()
    if (!HOST.test(registry)) return undefined
  }
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) return undefined
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library')
  const repository = parts.join('/')
  if (repository.length > 255) return undefined
  return { registry, repository }
}

export function formatName(name: ImageName): string {
  return `${name.registry}/${name.repository}`
}

/** Loopback registries are spoken to over plain HTTP, as Docker does; all others over TLS. */
export function isLoopback(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0]!
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** Where the registry API lives; Docker Hub's API host differs from its name. */
export function registryBaseUrl(registry: string): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry
  return `${isLoopback(registry) ? 'http' : 'https'}://${host}`
}
