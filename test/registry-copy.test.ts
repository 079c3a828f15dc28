import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RegistryClient, RegistryError, copyImage, referrersTag, type CopyResult } from '@cna/kit/registry'
import { startFaultProxy, type FaultProxy } from '../tools/parts/fault-proxy.js'
import { MiB, OCI_MANIFEST, pushCosignSignature, pushImage, pushIndex, pushSbomReferrer, type Pushed } from '../tools/parts/oci-images.js'
import { authHeader, manifestDigest, startRegistry, type RegistryFixture } from '../tools/parts/registry.js'

// copyImage against the real CNCF distribution registry: test images are written blob by blob
// through the client (no builder), then promoted within a registry, across repositories, and
// to a second registry with Basic auth, with and without faults injected by a proxy.

async function tagsOf(reg: RegistryFixture, repo: string): Promise<Record<string, string | undefined>> {
  const res = await fetch(`${reg.url}/v2/${repo}/tags/list`, { headers: authHeader(reg) })
  if (res.status === 404) return {}
  const { tags } = (await res.json()) as { tags: string[] | null }
  const out: Record<string, string | undefined> = {}
  for (const tag of (tags ?? []).sort()) out[tag] = await manifestDigest(reg, repo, tag)
  return out
}

async function blobAt(reg: RegistryFixture, repo: string, digest: string): Promise<number> {
  return (await fetch(`${reg.url}/v2/${repo}/blobs/${digest}`, { method: 'HEAD', headers: authHeader(reg) })).status
}

describe('copyImage against the real distribution registry', () => {
  let a: RegistryFixture // anonymous
  let b: RegistryFixture // Basic auth
  let pa: FaultProxy
  let pb: FaultProxy
  let src: RegistryClient // A through its proxy
  let dst: RegistryClient // B through its proxy
  let image: Pushed
  let index: Pushed & { children: Pushed[] }
  let sig: { digest: string; tag: string; blobBytes: number }
  let sbom: { digest: string; index: string }
  let n = 0
  const fresh = (name: string) => `promoted/${name}-${++n}`

  beforeAll(async () => {
    ;[a, b] = await Promise.all([startRegistry(), startRegistry({ auth: { username: 'ci', password: 's3cret' } })])
    ;[pa, pb] = await Promise.all([startFaultProxy({ target: a.url }), startFaultProxy({ target: b.url })])
    src = new RegistryClient({ registry: pa.host, backoffMs: 20, maxWaitMs: 2_000 })
    dst = new RegistryClient({ registry: pb.host, credentials: { username: 'ci', password: 's3cret' }, backoffMs: 20, maxWaitMs: 2_000 })
    image = await pushImage(src, 'app/api', [2 * MiB, 300_000, 40], { tag: 'v1' })
    sig = await pushCosignSignature(src, 'app/api', image.digest)
    sbom = await pushSbomReferrer(src, 'app/api', image)
    index = await pushIndex(src, 'app/multi', 'v1')
  })
  afterAll(async () => {
    await Promise.all([pa?.stop(), pb?.stop()])
    await Promise.all([a?.stop(), b?.stop()])
  })
  beforeEach(() => {
    pa.faults.clear()
    pb.faults.clear()
    pa.resetStats()
    pb.resetStats()
  })

  it('the test images are really there, with their digests', async () => {
    expect(await manifestDigest(a, 'app/api', 'v1')).toBe(image.digest)
    expect(await manifestDigest(a, 'app/api', sig.tag)).toBe(sig.digest)
    expect(await manifestDigest(a, 'app/api', referrersTag(image.digest))).toBe(sbom.index)
    expect(await manifestDigest(a, 'app/multi', 'v1')).toBe(index.digest)
    for (const child of index.children) expect(await manifestDigest(a, 'app/multi', child.digest)).toBe(child.digest)
    // distribution 2.8 has no referrers API: listReferrers falls back to the tag schema.
    const list = await src.listReferrers('app/api', image.digest)
    expect(list.via).toBe('tags')
    expect(list.referrers.map((r) => r.digest).sort()).toEqual([sbom.digest, sig.digest].sort())
  })

  it('same repository: 0 bytes moved, nothing written', async () => {
    const result = await copyImage({ source: src, sourceRepository: 'app/api', digest: image.digest, target: src, targetRepository: 'app/api' })
    // 4 blobs of the image, 4 of its referrers, all already there.
    expect(result).toMatchObject({ digest: image.digest, bytesMoved: 0, blobs: { skipped: 8, mounted: 0, uploaded: 0 }, manifests: 0 })
    expect(result.referrers.sort()).toEqual([sbom.digest, sig.digest].sort())
    expect(pa.stats.blobBytesUp + pa.stats.blobBytesDown).toBe(0)
    expect(pa.log.filter((e) => e.method !== 'GET' && e.method !== 'HEAD')).toEqual([])
  })

  it('another repository in the same registry: mounted, 0 bytes moved, no tag but the referrers', async () => {
    const repo = fresh('mount')
    const result = await copyImage({ source: src, sourceRepository: 'app/api', digest: image.digest, target: src, targetRepository: repo })
    expect(result.digest).toBe(image.digest)
    expect(result.bytesMoved).toBe(0)
    expect(result.blobs).toEqual({ skipped: 0, mounted: 8, uploaded: 0 }) // 4 of the image, 2 + 2 of the referrers (the empty config blob and the SBOM, the config and payload of the signature)
    expect(pa.stats.blobBytesUp).toBe(0)
    expect(pa.stats.blobBytesDown).toBe(0)
    expect(await manifestDigest(a, repo, image.digest)).toBe(image.digest)
    expect(await tagsOf(a, repo)).toEqual({ [referrersTag(image.digest)]: sbom.index, [sig.tag]: sig.digest })
  })

  it('a second registry with Basic auth: identical digest, bytesMoved = the layer and config sizes', async () => {
    const repo = fresh('remote')
    const result = await copyImage({ source: src, sourceRepository: 'app/api', digest: image.digest, target: dst, targetRepository: repo, referrers: false })
    expect(result).toEqual({
      digest: image.digest,
      bytesMoved: image.blobBytes,
      blobs: { skipped: 0, mounted: 0, uploaded: 4 },
      manifests: 1,
      referrers: [],
      retries: 0,
      warnings: [],
    })
    expect(await manifestDigest(b, repo, image.digest)).toBe(image.digest)
    expect(pb.stats.blobBytesUp).toBe(image.blobBytes)
    expect(pa.stats.blobBytesDown).toBe(image.blobBytes)
    expect(await tagsOf(b, repo)).toEqual({})
    for (const blob of image.blobs) expect(await blobAt(b, repo, blob)).toBe(200)
  })

  it('an index, whole: every child at the target by digest, then the index', async () => {
    const repo = fresh('index')
    const result = await copyImage({ source: src, sourceRepository: 'app/multi', digest: index.digest, target: dst, targetRepository: repo })
    expect(result).toMatchObject({ digest: index.digest, bytesMoved: index.blobBytes, blobs: { skipped: 0, mounted: 0, uploaded: 5 }, manifests: 3 })
    for (const child of index.children) expect(await manifestDigest(b, repo, child.digest)).toBe(child.digest)
    expect(await manifestDigest(b, repo, index.digest)).toBe(index.digest)
    const manifestPuts = pb.log.filter((e) => e.method === 'PUT' && e.kind === 'manifest').map((e) => e.path.split('/').at(-1))
    expect(manifestPuts).toEqual([index.children[0]!.digest, index.children[1]!.digest, index.digest])
    const lastBlobPut = pb.log.findLastIndex((e) => e.kind === 'blob-upload')
    const firstManifestPut = pb.log.findIndex((e) => e.method === 'PUT' && e.kind === 'manifest')
    expect(lastBlobPut).toBeLessThan(firstManifestPut)
  })

  it('referrers: the cosign .sig tag and the SBOM (with its sha256-<hex> index) are copied after the image', async () => {
    const repo = fresh('signed')
    const result = await copyImage({ source: src, sourceRepository: 'app/api', digest: image.digest, target: dst, targetRepository: repo })
    expect(result.referrers.sort()).toEqual([sbom.digest, sig.digest].sort())
    expect(await manifestDigest(b, repo, sig.tag)).toBe(sig.digest)
    expect(await manifestDigest(b, repo, sbom.digest)).toBe(sbom.digest)
    expect(await manifestDigest(b, repo, referrersTag(image.digest))).toBe(sbom.index) // the very bytes of the source index
    expect(await tagsOf(b, repo)).toEqual({ [referrersTag(image.digest)]: sbom.index, [sig.tag]: sig.digest })
    const puts = pb.log.filter((e) => e.method === 'PUT' && e.kind === 'manifest').map((e) => e.path.split('/').at(-1))
    expect(puts[0]).toBe(image.digest)
    // And what the target now lists is what the source lists.
    const there = await dst.listReferrers(repo, image.digest)
    expect(there.referrers.map((r) => r.digest).sort()).toEqual([sbom.digest, sig.digest].sort())
  })

  it('copied again: all skipped, 0 bytes, nothing written', async () => {
    const repo = fresh('again')
    const first = await copyImage({ source: src, sourceRepository: 'app/multi', digest: index.digest, target: dst, targetRepository: repo })
    expect(first.blobs.uploaded).toBe(5)
    pa.resetStats()
    pb.resetStats()
    const again = await copyImage({ source: src, sourceRepository: 'app/multi', digest: index.digest, target: dst, targetRepository: repo })
    expect(again).toEqual({
      digest: index.digest,
      bytesMoved: 0,
      blobs: { skipped: 5, mounted: 0, uploaded: 0 },
      manifests: 0,
      referrers: [],
      retries: 0,
      warnings: [],
    })
    expect(pb.stats.blobBytesUp).toBe(0)
    expect(pa.stats.blobBytesDown).toBe(0)
    expect(pb.log.filter((e) => e.method !== 'GET' && e.method !== 'HEAD')).toEqual([])
  })

  it('dry run: counts what would move and writes nothing', async () => {
    const repo = fresh('dry')
    const result = await copyImage({ source: src, sourceRepository: 'app/api', digest: image.digest, target: dst, targetRepository: repo, dryRun: true })
    expect(result.digest).toBe(image.digest)
    expect(result.blobs).toEqual({ skipped: 0, mounted: 0, uploaded: 8 })
    expect(result.bytesMoved).toBeGreaterThan(image.blobBytes)
    expect(result.manifests).toBe(4) // the image, the SBOM, the signature, the referrers index
    expect(result.referrers.sort()).toEqual([sbom.digest, sig.digest].sort())
    expect(pb.log.filter((e) => e.method !== 'GET' && e.method !== 'HEAD')).toEqual([])
    expect(pb.stats.blobBytesUp + pa.stats.blobBytesDown).toBe(0)
    expect(await manifestDigest(b, repo, image.digest)).toBeUndefined()
    for (const blob of image.blobs) expect(await blobAt(b, repo, blob)).toBe(404)
    expect(await tagsOf(b, repo)).toEqual({})
  })
})

describe('copyImage through injected faults', () => {
  let a: RegistryFixture
  let b: RegistryFixture
  let pa: FaultProxy
  let pb: FaultProxy
  let image: Pushed
  let other: Pushed
  let n = 0

  const clients = (attempts = 4) => ({
    source: new RegistryClient({ registry: pa.host, backoffMs: 20, maxWaitMs: 3_000, attempts }),
    target: new RegistryClient({ registry: pb.host, credentials: { username: 'ci', password: 's3cret' }, backoffMs: 20, maxWaitMs: 3_000, attempts }),
  })

  /** A target repository that already holds another image under `stable`, whose tags must never change. */
  const prepared = async (): Promise<{ repo: string; before: Record<string, string | undefined> }> => {
    const repo = `faults/app-${++n}`
    const { source, target } = clients()
    await copyImage({ source, sourceRepository: 'app/other', digest: other.digest, target, targetRepository: repo })
    await target.putManifest(repo, 'stable', { bytes: other.manifest, mediaType: OCI_MANIFEST })
    pa.resetStats()
    pb.resetStats()
    return { repo, before: await tagsOf(b, repo) }
  }

  /** Either the same digest at the target, or a clean failure: a RegistryError, the image absent, every tag as it was. */
  const copyUnderFault = async (repo: string, before: Record<string, string | undefined>, attempts = 4): Promise<CopyResult | RegistryError> => {
    const { source, target } = clients(attempts)
    const outcome = await copyImage({ source, sourceRepository: 'app/api', digest: image.digest, target, targetRepository: repo, referrers: false }).catch(
      (e: unknown) => e,
    )
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(RegistryError)
      expect(await manifestDigest(b, repo, image.digest)).toBeUndefined()
    } else {
      expect((outcome as CopyResult).digest).toBe(image.digest)
      expect(await manifestDigest(b, repo, image.digest)).toBe(image.digest)
    }
    expect(await tagsOf(b, repo)).toEqual(before)
    return outcome as CopyResult | RegistryError
  }

  beforeAll(async () => {
    ;[a, b] = await Promise.all([startRegistry(), startRegistry({ auth: { username: 'ci', password: 's3cret' } })])
    ;[pa, pb] = await Promise.all([startFaultProxy({ target: a.url }), startFaultProxy({ target: b.url })])
    const { source } = clients()
    image = await pushImage(source, 'app/api', [3 * MiB, 1 * MiB, 500], { tag: 'v1' })
    other = await pushImage(source, 'app/other', [1000], { tag: 'v1' })
  })
  afterAll(async () => {
    await Promise.all([pa?.stop(), pb?.stop()])
    await Promise.all([a?.stop(), b?.stop()])
  })
  beforeEach(() => {
    pa.faults.clear()
    pb.faults.clear()
  })

  it('429 with Retry-After, twice, on every kind of request: waited for, and the copy succeeds', async () => {
    const { repo, before } = await prepared()
    pb.faults.tooManyRequests(2, 1)
    pa.faults.tooManyRequests(1, 1, ['blob-download'])
    const started = Date.now()
    const result = await copyUnderFault(repo, before)
    expect(result).not.toBeInstanceOf(Error)
    expect(pb.stats.faultsFired.status + pa.stats.faultsFired.status).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000) // Retry-After: 1 was honoured
  })

  it('503 three times on the blob uploads: retried, the copy succeeds', async () => {
    const { repo, before } = await prepared()
    pb.faults.unavailable(3, ['blob-upload', 'upload-start'])
    const result = (await copyUnderFault(repo, before)) as CopyResult
    expect(result).toMatchObject({ digest: image.digest, bytesMoved: image.blobBytes })
    expect(pb.stats.faultsFired.status).toBe(3)
  })

  it('the connection reset in the middle of blob uploads, twice: those blobs start again, the copy succeeds', async () => {
    const { repo, before } = await prepared()
    pb.faults.resetAfter(512 * 1024, 2, ['blob-upload'])
    const result = (await copyUnderFault(repo, before)) as CopyResult
    expect(result).toMatchObject({ digest: image.digest, bytesMoved: image.blobBytes, retries: 2 })
    expect(pb.stats.faultsFired.reset).toBe(2)
    expect(pb.stats.blobBytesUp).toBeGreaterThan(image.blobBytes)
  })

  it('the connection reset in the middle of blob downloads from the source: started again, the copy succeeds', async () => {
    const { repo, before } = await prepared()
    pa.faults.resetAfter(700 * 1024, 2, ['blob-download'])
    const result = (await copyUnderFault(repo, before)) as CopyResult
    expect(result).toMatchObject({ digest: image.digest, retries: 2 })
    expect(pa.stats.faultsFired.reset).toBe(2)
  })

  it('slow answers everywhere: the copy succeeds', async () => {
    const { repo, before } = await prepared()
    pa.faults.delay(30)
    pb.faults.delay(30)
    const result = await copyUnderFault(repo, before)
    expect(result).not.toBeInstanceOf(Error)
    expect(pb.stats.faultsFired.delay).toBeGreaterThan(5)
  })

  it('503 that never ends on uploads: fails cleanly, the tags at the target unchanged', async () => {
    const { repo, before } = await prepared()
    pb.faults.unavailable(1_000, ['blob-upload'])
    const error = await copyUnderFault(repo, before, 3)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).message).toMatch(/failed after 3 attempts: .*answered 503/)
    expect(pb.log.some((e) => e.method === 'PUT' && e.kind === 'manifest')).toBe(false)
  })

  it('503 to every upload start: one retry budget for the blob, and the source blob is never downloaded', async () => {
    const { repo, before } = await prepared()
    pb.faults.unavailable(1_000, ['upload-start'])
    const started = Date.now()
    const error = await copyUnderFault(repo, before, 4)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).message).toMatch(/failed after 4 attempts: start of the upload .*answered 503/)
    // The config and three layers, all in flight at once (concurrency 4), each spend one budget
    // of 4 requests: 16 in all, where whole-blob tries around the client's retries made 4 × 4 per blob.
    expect(pb.log.filter((e) => e.kind === 'upload-start')).toHaveLength(4 * 4)
    expect(pa.log.filter((e) => e.kind === 'blob-download')).toHaveLength(0)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('resets on every attempt: fails cleanly, the tags at the target unchanged', async () => {
    const { repo, before } = await prepared()
    pb.faults.resetAfter(256 * 1024, 1_000, ['blob-upload'])
    const error = await copyUnderFault(repo, before, 2)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).message).toMatch(/^copying blob sha256:[a-f0-9]{64} to 127\.0\.0\.1:\d+\/faults\/app-\d+ failed after 2 attempts/)
  })

  it('503 on the manifest PUT that never ends: fails cleanly after the blobs, no manifest, the tags unchanged', async () => {
    const { repo, before } = await prepared()
    pb.faults.add({ type: 'status', status: 503, times: 1_000, on: (r) => r.method === 'PUT' && r.kind === 'manifest' })
    const error = await copyUnderFault(repo, before, 2)
    expect(error).toMatchObject({ status: 503 })
  })
})
