import * as core from '@actions/core'
import { UserError } from '@cna/kit'
import type { Manifest } from '@cna/kit/registry'
import type { BuildPlan } from './argv.js'
import type { Builder } from './builders.js'

/** The narrow part of the registry client that tagging needs. */
export interface TagRegistry {
  headManifest(repository: string, reference: string): Promise<string | undefined>
  getManifest(repository: string, reference: string): Promise<Manifest | undefined>
  putManifest(repository: string, reference: string, manifest: Pick<Manifest, 'bytes' | 'mediaType'>): Promise<string>
}

export interface BuildRequest {
  image: string
  repository: string
  sha: string
  tags: readonly string[]
  push: boolean
}

export interface BuildResult {
  digest: string
  imageRef: string
  tags: string[]
  shaTag: string
  builder: string
  /** Tags that already pointed at this image, left as they were (a re-run). */
  unchanged: string[]
  /** Tags written by this run. */
  written: string[]
}

export class TagConflictError extends UserError {
  override name = 'TagConflictError'
}

/**
 * Builds once and tags without ever moving a tag. Every tag is looked up before anything
 * is pushed; a tag that already names other content stops the run with both digests, and
 * a tag that already names this image is a successful no-op, so re-runs are safe.
 */
export async function run(request: BuildRequest, deps: { builder: Builder; registry: TagRegistry; plan: BuildPlan }): Promise<BuildResult> {
  const { builder, registry, plan } = deps
  const { image, repository, sha, tags } = request
  const shaTag = `${image}:${sha}`
  const base = { shaTag, builder: builder.name, unchanged: [] as string[], written: [] as string[] }

  if (!request.push) {
    await builder.build(plan)
    core.info('push is false: the image was built and not pushed, so it has no registry digest')
    return { ...base, digest: '', imageRef: '', tags: [] }
  }

  const existing = new Map<string, string>()
  for (const tag of tags) {
    const digest = await registry.headManifest(repository, tag)
    if (digest) existing.set(tag, digest)
  }

  const built = await builder.build(plan)
  let digest: string
  if (built.digest) {
    digest = built.digest
    for (const [tag, current] of existing) {
      if (current !== digest) throw conflict(image, tag, current, `this build pushed ${digest} (untagged)`)
    }
  } else {
    for (const [tag, current] of existing) {
      if (current === built.imageId) continue
      const manifest = await registry.getManifest(repository, current)
      if (!built.imageId || manifest?.json.config?.digest !== built.imageId) {
        throw conflict(image, tag, current, `this build produced image ${built.imageId ?? '(unknown id)'}`)
      }
    }
    const reuse = existing.get(sha) ?? existing.values().next().value
    digest = reuse ?? (await builder.push(plan, shaTag))
    if (!reuse) base.written.push(sha)
  }

  const absent = tags.filter((tag) => !existing.has(tag) && !base.written.includes(tag))
  base.written.push(...(await writeTags(request, registry, digest, absent, 'after the push')))
  await verifyTags(request, registry, digest, base.written)
  base.unchanged.push(...[...existing.keys()])
  return { ...base, digest, imageRef: `${image}@${digest}`, tags: tags.map((tag) => `${image}:${tag}`) }
}

/**
 * Tags an image that is already in the registry (the gated image adopted for a commit)
 * without building: every tag is looked up first, one that names other content stops the
 * run before anything is written, and the absent ones get the manifest's own bytes, so they
 * name the very same digest. `source` says where the digest came from, for the conflict message.
 */
export async function tagExisting(request: BuildRequest, registry: TagRegistry, digest: string, source: string): Promise<BuildResult> {
  const { image, repository, sha, tags } = request
  const existing = new Map<string, string>()
  for (const tag of tags) {
    const current = await registry.headManifest(repository, tag)
    if (!current) continue
    if (current !== digest) throw conflict(image, tag, current, `${source} is ${digest}`)
    existing.set(tag, current)
  }
  const written = await writeTags(
    request,
    registry,
    digest,
    tags.filter((tag) => !existing.has(tag)),
    'to adopt',
  )
  await verifyTags(request, registry, digest, written)
  return {
    digest,
    imageRef: `${image}@${digest}`,
    tags: tags.map((tag) => `${image}:${tag}`),
    shaTag: `${image}:${sha}`,
    builder: '',
    unchanged: [...existing.keys()],
    written,
  }
}

async function writeTags(request: BuildRequest, registry: TagRegistry, digest: string, absent: readonly string[], when: string): Promise<string[]> {
  if (absent.length === 0) return []
  // Tags are written with the manifest's own bytes, so every tag names the same digest.
  const manifest = await registry.getManifest(request.repository, digest)
  if (!manifest) throw new Error(`${request.image}@${digest} is not in the registry ${when}`)
  for (const tag of absent) await registry.putManifest(request.repository, tag, manifest)
  return [...absent]
}

async function verifyTags(request: BuildRequest, registry: TagRegistry, digest: string, written: readonly string[]): Promise<void> {
  for (const tag of written) {
    const now = await registry.headManifest(request.repository, tag)
    if (now !== digest)
      throw new Error(`${request.image}:${tag} names ${now ?? 'nothing'} after tagging, not ${digest}: another run may have pushed it at the same time`)
  }
}

export function conflict(image: string, tag: string, current: string, ours: string): TagConflictError {
  return new TagConflictError(
    `Tag ${image}:${tag} already exists with digest ${current}, and ${ours}. Tags are never moved to another digest, so the registry was left untouched. Expected a tag that does not exist yet, or the same content (re-running the same commit).`,
  )
}
