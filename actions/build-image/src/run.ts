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
  if (absent.length > 0) {
    // Tags are written with the manifest's own bytes, so every tag names the same digest.
    const manifest = await registry.getManifest(repository, digest)
    if (!manifest) throw new Error(`${image}@${digest} is not in the registry after the push`)
    for (const tag of absent) {
      await registry.putManifest(repository, tag, manifest)
      base.written.push(tag)
    }
  }
  for (const tag of base.written) {
    const now = await registry.headManifest(repository, tag)
    if (now !== digest) throw new Error(`${image}:${tag} names ${now ?? 'nothing'} after tagging, not ${digest}: another run may have pushed it at the same time`)
  }
  base.unchanged.push(...[...existing.keys()])
  return { ...base, digest, imageRef: `${image}@${digest}`, tags: tags.map((tag) => `${image}:${tag}`) }
}

function conflict(image: string, tag: string, current: string, ours: string): TagConflictError {
  return new TagConflictError(
    `Tag ${image}:${tag} already exists with digest ${current}, and ${ours}. Tags are never moved to another digest, so the registry was left untouched. Expected a tag that does not exist yet, or the same content (re-running the same commit).`,
  )
}
