import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import type { Manifest } from '@cna/kit/registry'
import type { BuildPlan } from '../src/argv.js'
import type { Builder } from '../src/builders.js'
import { run, TagConflictError, type TagRegistry } from '../src/run.js'

const SHA = 'a'.repeat(40)
const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** An in-memory registry: tags → manifest bytes; manifests addressed by digest too. */
function fakeRegistry() {
  const blobs = new Map<string, Manifest>()
  const tags = new Map<string, string>()
  const puts: string[] = []
  const add = (config: string): string => {
    const bytes = Buffer.from(JSON.stringify({ mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: config } }))
    const digest = digestOf(bytes)
    blobs.set(digest, { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes, json: JSON.parse(bytes.toString()) })
    return digest
  }
  const registry: TagRegistry = {
    async headManifest(_repo, ref) {
      return ref.startsWith('sha256:') ? (blobs.has(ref) ? ref : undefined) : tags.get(ref)
    },
    async getManifest(_repo, ref) {
      return blobs.get(ref.startsWith('sha256:') ? ref : (tags.get(ref) ?? ''))
    },
    async putManifest(_repo, ref, manifest) {
      puts.push(ref)
      const digest = digestOf(manifest.bytes)
      tags.set(ref, digest)
      return digest
    },
  }
  return { registry, tags, add, puts }
}

function fakeBuilder(reg: ReturnType<typeof fakeRegistry>, config: string, opts: { pushesOnBuild?: boolean } = {}) {
  const calls: string[] = []
  const builder: Builder = {
    name: opts.pushesOnBuild ? 'buildx' : 'buildah',
    pushesOnBuild: Boolean(opts.pushesOnBuild),
    async build() {
      calls.push('build')
      return opts.pushesOnBuild ? { digest: reg.add(config) } : { imageId: config }
    },
    async push(_plan, destination) {
      calls.push(`push ${destination}`)
      const digest = reg.add(config)
      reg.tags.set(destination.slice(destination.lastIndexOf(':') + 1), digest)
      return digest
    },
  }
  return { builder, calls }
}

const plan = {} as BuildPlan
const request = { image: '127.0.0.1:5000/app', repository: 'app', sha: SHA, tags: [SHA, 'v1'], push: true }

describe('build once, tag without ever moving a tag', () => {
  test('a new commit: pushes the SHA tag, writes the extra tag with the same manifest bytes', async () => {
    const reg = fakeRegistry()
    const { builder, calls } = fakeBuilder(reg, 'sha256:config1')
    const result = await run(request, { builder, registry: reg.registry, plan })
    expect(calls).toEqual(['build', `push 127.0.0.1:5000/app:${SHA}`])
    expect(reg.tags.get('v1')).toBe(result.digest)
    expect(reg.tags.get(SHA)).toBe(result.digest)
    expect(result.imageRef).toBe(`127.0.0.1:5000/app@${result.digest}`)
    expect(result.tags).toEqual([`127.0.0.1:5000/app:${SHA}`, '127.0.0.1:5000/app:v1'])
    expect(result.written).toEqual([SHA, 'v1'])
  })

  test('a re-run of the same commit with the same content is a no-op success', async () => {
    const reg = fakeRegistry()
    await run(request, { builder: fakeBuilder(reg, 'sha256:config1').builder, registry: reg.registry, plan })
    reg.puts.length = 0
    const again = fakeBuilder(reg, 'sha256:config1')
    const result = await run(request, { builder: again.builder, registry: reg.registry, plan })
    expect(again.calls).toEqual(['build'])
    expect(reg.puts).toEqual([])
    expect(result.unchanged).toEqual([SHA, 'v1'])
    expect(result.written).toEqual([])
  })

  test('an existing tag with other content is refused, naming both digests, and nothing is pushed', async () => {
    const reg = fakeRegistry()
    const old = reg.add('sha256:config-old')
    reg.tags.set('v1', old)
    const { builder, calls } = fakeBuilder(reg, 'sha256:config-new')
    const error = await run(request, { builder, registry: reg.registry, plan }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TagConflictError)
    expect((error as Error).message).toContain(old)
    expect((error as Error).message).toContain('sha256:config-new')
    expect((error as Error).message).toContain('127.0.0.1:5000/app:v1')
    expect(calls).toEqual(['build'])
    expect(reg.tags.get('v1')).toBe(old)
    expect(reg.tags.has(SHA)).toBe(false)
  })

  test('buildx pushes by digest; an existing tag with another digest is refused and keeps its digest', async () => {
    const reg = fakeRegistry()
    const old = reg.add('sha256:config-old')
    reg.tags.set(SHA, old)
    const { builder } = fakeBuilder(reg, 'sha256:config-new', { pushesOnBuild: true })
    await expect(run(request, { builder, registry: reg.registry, plan })).rejects.toThrow(/already exists with digest/)
    expect(reg.tags.get(SHA)).toBe(old)
    expect(reg.puts).toEqual([])
  })

  // Both paths (push by tag, push by digest) and both kinds of tag (the commit SHA, an extra
  // tag such as v1): a tag naming another digest stops the run before any tag is written.
  test.each([
    ['push by tag (buildah)', SHA, false],
    ['push by tag (buildah)', 'v1', false],
    ['push by digest (buildx)', SHA, true],
    ['push by digest (buildx)', 'v1', true],
  ])('%s: an existing %s naming another digest is refused; no tag is written or moved', async (_path, taken, pushesOnBuild) => {
    const reg = fakeRegistry()
    const old = reg.add('sha256:config-old')
    reg.tags.set(taken, old)
    const { builder } = fakeBuilder(reg, 'sha256:config-new', { pushesOnBuild })
    const error = await run(request, { builder, registry: reg.registry, plan }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TagConflictError)
    expect((error as Error).message).toContain(`127.0.0.1:5000/app:${taken} already exists with digest ${old}`)
    expect(reg.puts).toEqual([])
    expect([...reg.tags]).toEqual([[taken, old]])
  })

  test.each([
    ['push by tag (buildah)', false],
    ['push by digest (buildx)', true],
  ])('%s: every tag in the output names the output digest, and was written or already there', async (_path, pushesOnBuild) => {
    const reg = fakeRegistry()
    const { builder } = fakeBuilder(reg, 'sha256:config1', { pushesOnBuild })
    reg.tags.set('v1', reg.add('sha256:config1')) // a re-run: v1 already names this image
    const result = await run(request, { builder, registry: reg.registry, plan })
    for (const ref of result.tags) expect(reg.tags.get(ref.slice(ref.lastIndexOf(':') + 1)), ref).toBe(result.digest)
    expect([...result.written, ...result.unchanged].sort()).toEqual([SHA, 'v1'].sort())
    expect(result.unchanged).toEqual(['v1'])
  })

  test('buildx: all tags written through the registry API after the push by digest', async () => {
    const reg = fakeRegistry()
    const { builder } = fakeBuilder(reg, 'sha256:c', { pushesOnBuild: true })
    const result = await run(request, { builder, registry: reg.registry, plan })
    expect(reg.puts).toEqual([SHA, 'v1'])
    expect(reg.tags.get(SHA)).toBe(result.digest)
  })

  test('push: false builds and touches no registry', async () => {
    const reg = fakeRegistry()
    const { builder, calls } = fakeBuilder(reg, 'sha256:c')
    const result = await run({ ...request, push: false }, { builder, registry: reg.registry, plan })
    expect(calls).toEqual(['build'])
    expect(result.digest).toBe('')
    expect(reg.tags.size).toBe(0)
  })
})
