import { describe, expect, test } from 'vitest'
import { RegistryError, blobsOf, copyImage, pool, referrersTag, type CopyOptions } from '../src/registry/index.js'
import {
  OCI_INDEX,
  OCI_MANIFEST,
  STORAGE,
  digestOf,
  fakeRegistry,
  seedCosignSignature,
  seedImage,
  seedIndex,
  seedReferrer,
  type FakeRegistry,
} from './registry-copy-fake.js'

// copyImage against in-memory registries (no network): what moves, in which order, and what
// happens when a transfer breaks off.

const blobPuts = (reg: FakeRegistry) => reg.calls.filter((c) => c.method === 'PUT' && c.url.pathname.includes('/blobs/uploads/'))
const manifestPuts = (reg: FakeRegistry) => reg.calls.filter((c) => c.method === 'PUT' && c.url.pathname.includes('/manifests/'))
const refOf = (path: string) => path.split('/').at(-1)!

function options(source: FakeRegistry, target: FakeRegistry, digest: string, extra: Partial<CopyOptions> = {}): CopyOptions {
  return { source: source.client(), sourceRepository: 'o/app', digest, target: target.client(), targetRepository: 'o/promoted', ...extra }
}

describe('copyImage within one registry', () => {
  test('to another repository: every blob mounted, 0 bytes, the manifest PUT by digest only', async () => {
    const reg = fakeRegistry()
    const image = seedImage(reg, 'o/app', [5000, 300], 'v1')
    const result = await copyImage(options(reg, reg, image.digest))
    expect(result).toEqual({
      digest: image.digest,
      bytesMoved: 0,
      blobs: { skipped: 0, mounted: 3, uploaded: 0 },
      manifests: 1,
      referrers: [],
      retries: 0,
      warnings: [],
    })
    expect(blobPuts(reg)).toHaveLength(0)
    expect(manifestPuts(reg).map((c) => refOf(c.url.pathname))).toEqual([image.digest])
    expect(reg.manifest('o/promoted', image.digest)?.bytes.equals(image.manifest)).toBe(true)
    expect(reg.manifest('o/promoted', 'v1')).toBeUndefined()
    const mounts = reg.calls.filter((c) => c.url.searchParams.has('mount'))
    expect(mounts.map((c) => c.url.searchParams.get('from'))).toEqual(['o/app', 'o/app', 'o/app'])
    // The last call checks the result.
    expect(`${reg.calls.at(-1)!.method} ${reg.calls.at(-1)!.url.pathname}`).toBe(`HEAD /v2/o/promoted/manifests/${image.digest}`)
  })

  test('the mount is asked for at once: no HEAD of a blob before it, one round trip per blob', async () => {
    const reg = fakeRegistry()
    const image = seedImage(reg, 'o/app', [5000, 300])
    reg.addBlob('o/promoted', image.layers[0]!) // already linked there: the mount answers 201 all the same
    const result = await copyImage(options(reg, reg, image.digest))
    expect(result.blobs).toEqual({ skipped: 0, mounted: 3, uploaded: 0 })
    expect(reg.calls.filter((c) => c.method === 'HEAD' && c.url.pathname.includes('/blobs/'))).toHaveLength(0)
  })

  test('a declined mount of a blob the target already has: HEAD, then skipped, not uploaded', async () => {
    const reg = fakeRegistry({ declineMounts: true })
    const image = seedImage(reg, 'o/app', [4000])
    reg.addBlob('o/promoted', image.layers[0]!)
    const result = await copyImage(options(reg, reg, image.digest))
    expect(result).toMatchObject({ bytesMoved: image.config.length, blobs: { skipped: 1, mounted: 0, uploaded: 1 } })
    expect(blobPuts(reg)).toHaveLength(1)
  })

  test('to the same repository: nothing to do, nothing written', async () => {
    const reg = fakeRegistry()
    const image = seedImage(reg, 'o/app', [5000, 300])
    const result = await copyImage({ ...options(reg, reg, image.digest), targetRepository: 'o/app' })
    expect(result).toMatchObject({ digest: image.digest, bytesMoved: 0, blobs: { skipped: 3, mounted: 0, uploaded: 0 }, manifests: 0 })
    expect(reg.writes()).toHaveLength(0)
  })

  test('a declined mount (202) falls back to streaming the blob, and the opened session is cancelled', async () => {
    const reg = fakeRegistry({ declineMounts: true })
    const image = seedImage(reg, 'o/app', [4000])
    const result = await copyImage(options(reg, reg, image.digest))
    expect(result).toMatchObject({ bytesMoved: image.bytes, blobs: { skipped: 0, mounted: 0, uploaded: 2 }, manifests: 1 })
    expect(reg.calls.filter((c) => c.method === 'DELETE')).toHaveLength(2)
    expect(reg.sessions.size).toBe(0)
  })

  test('with Bearer auth: the mount token names both repositories', async () => {
    const reg = fakeRegistry({ auth: { kind: 'bearer' } })
    const image = seedImage(reg, 'o/app', [100])
    await copyImage(options(reg, reg, image.digest))
    const scopes = reg.tokenCalls.map((c) => c.url.searchParams.getAll('scope'))
    expect(scopes).toContainEqual(['repository:o/promoted:pull,push', 'repository:o/app:pull'])
  })
})

describe('copyImage between registries', () => {
  test('every blob streamed once, bytesMoved = their sizes, digest kept, no tag written', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002', auth: { kind: 'basic', username: 'u', password: 'p' } })
    const image = seedImage(a, 'o/app', [100_000, 70_000, 10], 'v1')
    const result = await copyImage({ ...options(a, b, image.digest), target: b.client({ credentials: { username: 'u', password: 'p' } }) })
    expect(result).toMatchObject({ digest: image.digest, bytesMoved: image.bytes, blobs: { skipped: 0, mounted: 0, uploaded: 4 }, manifests: 1, retries: 0 })
    expect(blobPuts(b).every((c) => c.stream)).toBe(true)
    expect(blobPuts(b).reduce((n, c) => n + c.bodyBytes, 0)).toBe(image.bytes)
    for (const [i, layer] of image.layers.entries()) expect(b.blobs.get(image.layerDigests[i]!)!.equals(layer)).toBe(true)
    expect(b.manifest('o/promoted', image.digest)?.bytes.equals(image.manifest)).toBe(true)
    expect(manifestPuts(b).map((c) => refOf(c.url.pathname))).toEqual([image.digest])
    expect(a.writes()).toHaveLength(0)
  })

  test('blobs the target already has are skipped (HEAD first)', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000, 2000])
    b.addBlob('o/promoted', image.layers[0]!)
    const result = await copyImage(options(a, b, image.digest))
    expect(result).toMatchObject({ bytesMoved: 2000 + image.config.length, blobs: { skipped: 1, mounted: 0, uploaded: 2 } })
  })

  test('a source that redirects blob GETs to storage: the storage host never sees the source credentials', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001', auth: { kind: 'bearer' }, redirectBlobs: true })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [100_000])
    const result = await copyImage(options(a, b, image.digest))
    expect(result.blobs.uploaded).toBe(2)
    const storage = a.calls.filter((c) => c.url.origin === STORAGE)
    expect(storage).toHaveLength(2)
    expect(storage.every((c) => c.headers.get('authorization') === null)).toBe(true)
  })

  test('a blob shared by two layers moves once', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    const twice = Buffer.from(
      JSON.stringify({
        ...JSON.parse(image.manifest.toString()),
        layers: [...JSON.parse(image.manifest.toString()).layers, ...JSON.parse(image.manifest.toString()).layers],
      }),
    )
    const digest = a.addManifest('o/app', twice, OCI_MANIFEST)
    const result = await copyImage(options(a, b, digest))
    expect(result.blobs).toEqual({ skipped: 0, mounted: 0, uploaded: 2 })
    expect(blobPuts(b)).toHaveLength(2)
  })

  test('at most `concurrency` blobs in flight, and more than one', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(
      a,
      'o/app',
      Array.from({ length: 10 }, () => 200_000),
    )
    await copyImage({ ...options(a, b, image.digest), concurrency: 3 })
    expect(b.maxUploadsInFlight).toBeLessThanOrEqual(3)
    expect(b.maxUploadsInFlight).toBeGreaterThan(1)
    const serial = fakeRegistry({ host: '127.0.0.1:5003' })
    await copyImage({ ...options(a, serial, image.digest), concurrency: 1 })
    expect(serial.maxUploadsInFlight).toBe(1)
  })
})

describe('copyImage of an index', () => {
  test('children first: each blob before its manifest, every child before the index; all by digest', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const index = seedIndex(a, 'o/app', 'v1')
    const result = await copyImage(options(a, b, index.digest))
    expect(result).toMatchObject({ digest: index.digest, blobs: { skipped: 0, mounted: 0, uploaded: 5 }, manifests: 3 })
    const writes = b.writes().filter((c) => c.method === 'PUT')
    const order = writes.map((c) => (c.url.pathname.includes('/manifests/') ? refOf(c.url.pathname) : 'blob'))
    expect(order.slice(0, 5)).toEqual(['blob', 'blob', 'blob', 'blob', 'blob'])
    expect(order.slice(5)).toEqual([index.children[0]!.digest, index.children[1]!.digest, index.digest])
    for (const child of index.children) expect(b.manifest('o/promoted', child.digest)).toBeDefined()
    expect(b.manifest('o/promoted', index.digest)?.bytes.equals(index.index)).toBe(true)
  })

  test('a child the target already has: its blobs are skipped and it is not written again', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const index = seedIndex(a, 'o/app')
    const first = index.children[0]!
    await copyImage(options(a, b, first.digest))
    const before = b.calls.length
    const result = await copyImage(options(a, b, index.digest))
    expect(result).toMatchObject({ blobs: { skipped: 3, mounted: 0, uploaded: 2 }, manifests: 2 })
    expect(
      manifestPuts(b)
        .slice(1)
        .map((c) => refOf(c.url.pathname)),
    ).toEqual([index.children[1]!.digest, index.digest])
    expect(b.calls.length).toBeGreaterThan(before)
  })

  test('copied again: all skipped, 0 bytes, nothing written', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const index = seedIndex(a, 'o/app')
    await copyImage(options(a, b, index.digest))
    const writes = b.writes().length
    const result = await copyImage(options(a, b, index.digest))
    expect(result).toEqual({
      digest: index.digest,
      bytesMoved: 0,
      blobs: { skipped: 5, mounted: 0, uploaded: 0 },
      manifests: 0,
      referrers: [],
      retries: 0,
      warnings: [],
    })
    expect(b.writes()).toHaveLength(writes)
  })
})

describe('copyImage dry run', () => {
  test('between registries: counts what would move, writes nothing', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const index = seedIndex(a, 'o/app')
    const sig = seedCosignSignature(a, 'o/app', index.digest)
    const result = await copyImage({ ...options(a, b, index.digest), dryRun: true })
    const bytes = index.children.reduce((n, c) => n + c.bytes, 0) + sig.blobBytes
    // 5 blobs of the image and 2 of the signature; 3 manifests and the signature.
    expect(result).toMatchObject({ digest: index.digest, bytesMoved: bytes, blobs: { skipped: 0, mounted: 0, uploaded: 7 }, manifests: 4 })
    expect(result.referrers).toHaveLength(1)
    expect(b.writes()).toHaveLength(0)
    expect(a.writes()).toHaveLength(0)
  })

  test('within a registry: mounts predicted, nothing written', async () => {
    const reg = fakeRegistry()
    const image = seedImage(reg, 'o/app', [1000])
    const result = await copyImage({ ...options(reg, reg, image.digest), dryRun: true })
    expect(result).toMatchObject({ bytesMoved: 0, blobs: { skipped: 0, mounted: 2, uploaded: 0 }, manifests: 1 })
    expect(reg.writes()).toHaveLength(0)
  })
})

describe('copyImage when transfers break off', () => {
  test('a connection reset in the middle of an upload: that blob starts again, the copy succeeds', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [300_000])
    b.uploadResets.push(Number.POSITIVE_INFINITY, 100_000) // the config (first) passes; the layer breaks off
    const lines: string[] = []
    const result = await copyImage({ ...options(a, b, image.digest), concurrency: 1, log: (l) => lines.push(l) })
    expect(result).toMatchObject({ digest: image.digest, bytesMoved: image.bytes, blobs: { uploaded: 2 }, retries: 1 })
    expect(b.blobs.get(image.layerDigests[0]!)!.equals(image.layers[0]!)).toBe(true)
    expect(lines.some((l) => l.includes('attempt 1 failed') && l.includes('ECONNRESET'))).toBe(true)
    // The download that fed the broken upload was aborted (its connection closed); the one that fed the good one was not.
    const downloads = a.calls.filter((c) => c.method === 'GET' && c.url.pathname.endsWith(image.layerDigests[0]!))
    expect(downloads.map((c) => c.aborted ?? false)).toEqual([true, false])
  })

  test('a source download that breaks off: started again', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [300_000])
    a.downloadResets.push(Number.POSITIVE_INFINITY, 150_000)
    const result = await copyImage({ ...options(a, b, image.digest), concurrency: 1 })
    expect(result).toMatchObject({ digest: image.digest, retries: 1, bytesMoved: image.bytes })
  })

  test('429 with Retry-After on a blob PUT: waited for and retried', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    b.faults.push((call) =>
      call.method === 'PUT' && call.url.pathname.includes('/blobs/') ? new Response('slow down', { status: 429, headers: { 'retry-after': '1' } }) : undefined,
    )
    const result = await copyImage(options(a, b, image.digest))
    expect(result).toMatchObject({ retries: 1, blobs: { uploaded: 2 } })
  })

  test('resets on every attempt: gives up after `attempts`, names the blob, and writes no manifest', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [300_000])
    b.addBlob('o/promoted', image.config)
    b.uploadResets.push(1000, 1000, 1000)
    const error = await copyImage({ ...options(a, b, image.digest), target: b.client({ attempts: 3 }) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toMatch(
      new RegExp(`^copying blob ${image.layerDigests[0]} to 127\\.0\\.0\\.1:5002/o/promoted failed after 3 attempts: .*ECONNRESET`),
    )
    expect(manifestPuts(b)).toHaveLength(0)
    expect(b.manifest('o/promoted', image.digest)).toBeUndefined()
  })

  test('a source blob that does not match its digest: not retried, the copy fails before any manifest', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [100_000])
    b.addBlob('o/promoted', image.config)
    a.corruptDownloads.push(true)
    const error = await copyImage(options(a, b, image.digest)).catch((e: unknown) => e)
    expect((error as Error).message).toContain('does not match its digest')
    expect((error as Error).message).not.toContain('attempts')
    expect(manifestPuts(b)).toHaveLength(0)
    expect(b.linked('o/promoted', image.layerDigests[0]!)).toBe(false)
  })

  test('a target that does not check uploads never gets all the bytes of a blob that does not match its digest', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002', acceptAtLength: true })
    const image = seedImage(a, 'o/app', [300_000])
    b.addBlob('o/promoted', image.config)
    a.corruptDownloads.push(true)
    const error = await copyImage(options(a, b, image.digest)).catch((e: unknown) => e)
    expect((error as Error).message).toContain('does not match its digest')
    // The last chunk was held back until the digest was checked: short of Content-Length, so nothing stored.
    const put = blobPuts(b).at(-1)!
    expect(put.bodyBytes).toBeLessThan(300_000)
    expect(b.linked('o/promoted', image.layerDigests[0]!)).toBe(false)
    expect(b.blobs.has(image.layerDigests[0]!)).toBe(false)
  })

  test('a target that answers 503 to every upload: one retry budget, and the source is never read', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [300_000])
    b.addBlob('o/promoted', image.config)
    for (let i = 0; i < 100; i++)
      b.faults.push((call) => (call.method === 'POST' && call.url.pathname.endsWith('/blobs/uploads/') ? new Response('down', { status: 503 }) : undefined))
    const error = await copyImage({ ...options(a, b, image.digest), target: b.client({ attempts: 4 }) }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      new RegExp(`^copying blob ${image.layerDigests[0]} to 127\\.0\\.0\\.1:5002/o/promoted failed after 4 attempts: start of the upload .*answered 503`),
    )
    // 4 requests in all (not 4 whole-blob tries of 4 requests each), and no byte read from the source.
    expect(b.calls.filter((c) => c.method === 'POST')).toHaveLength(4)
    expect(a.calls.filter((c) => c.method === 'GET' && c.url.pathname.includes('/blobs/')).map((c) => c.url.pathname)).toEqual([])
    expect(manifestPuts(b)).toHaveLength(0)
  })

  test('an upload that breaks off every time: each try reads the source once, within the one budget', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [300_000])
    b.addBlob('o/promoted', image.config)
    b.uploadResets.push(100_000, 100_000, 100_000, 100_000)
    const error = await copyImage({ ...options(a, b, image.digest), target: b.client({ attempts: 3 }) }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/failed after 3 attempts: .*ECONNRESET/)
    expect(blobPuts(b)).toHaveLength(3)
    expect(a.calls.filter((c) => c.method === 'GET' && c.url.pathname.endsWith(image.layerDigests[0]!))).toHaveLength(3)
  })

  test('a source that cannot be read (503 after its own retries): not tried again as a whole', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [300_000])
    b.addBlob('o/promoted', image.config)
    for (let i = 0; i < 100; i++)
      a.faults.push((call) => (call.method === 'GET' && call.url.pathname.endsWith(image.layerDigests[0]!) ? new Response('down', { status: 503 }) : undefined))
    const error = await copyImage({ ...options(a, b, image.digest), source: a.client({ attempts: 3 }), target: b.client({ attempts: 3 }) }).catch(
      (e: unknown) => e,
    )
    expect((error as Error).message).toMatch(/failed after 3 attempts: .*503/)
    expect(a.calls.filter((c) => c.method === 'GET' && c.url.pathname.endsWith(image.layerDigests[0]!))).toHaveLength(3)
  })

  test('one blob failing stops new blobs from starting', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(
      a,
      'o/app',
      Array.from({ length: 8 }, () => 1000),
    )
    b.faults.push((call) => (call.method === 'PUT' ? new Response('{"errors":[{"code":"DENIED"}]}', { status: 403 }) : undefined))
    await expect(copyImage({ ...options(a, b, image.digest), concurrency: 2 })).rejects.toMatchObject({ status: 403 })
    expect(blobPuts(b).length).toBeLessThanOrEqual(2)
  })

  test('a target that answers another digest after the copy: an error', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [100])
    let written = false
    b.faults.push((call) => {
      if (call.method === 'PUT' && call.url.pathname.includes('/manifests/')) written = true
      return written && call.method === 'HEAD' && call.url.pathname.includes('/manifests/')
        ? new Response(null, { status: 200, headers: { 'docker-content-digest': digestOf('else') } })
        : undefined
    })
    await expect(copyImage({ ...options(a, b, image.digest), referrers: false })).rejects.toThrow(`answers ${digestOf('else')}, not the source digest`)
  })
})

describe('copyImage of referrers', () => {
  test('cosign signature tag: copied by digest, and the sha256-<hex>.sig tag written at the target', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    const sig = seedCosignSignature(a, 'o/app', image.digest)
    const result = await copyImage(options(a, b, image.digest))
    expect(result.referrers).toEqual([sig.digest])
    expect(result.manifests).toBe(2)
    expect(b.manifest('o/promoted', sig.tag)?.digest).toBe(sig.digest)
    // The signature comes after the image.
    expect(manifestPuts(b).map((c) => refOf(c.url.pathname))).toEqual([image.digest, sig.digest, sig.tag])
  })

  test('a .sig tag at the target that names another signature is left as it is, with a warning', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    const sig = seedCosignSignature(a, 'o/app', image.digest)
    const theirs = seedCosignSignature(b, 'o/promoted', image.digest, 'someone else')
    const result = await copyImage(options(a, b, image.digest))
    expect(b.manifest('o/promoted', sig.tag)?.digest).toBe(theirs.digest)
    expect(b.manifest('o/promoted', sig.digest)).toBeDefined()
    expect(result.warnings).toEqual([
      `127.0.0.1:5002/o/promoted:${sig.tag} names ${theirs.digest}, not ${sig.digest}: left as it is (${sig.digest} was copied by digest)`,
    ])
  })

  test('tag schema at both ends: the referrer by digest, and the source sha256-<hex> index with its exact bytes', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    const sbom = seedReferrer(a, 'o/app', image, 'application/spdx+json')
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [{ mediaType: OCI_MANIFEST, digest: sbom.digest, size: sbom.bytes.length, artifactType: 'application/spdx+json' }],
      }),
    )
    const indexDigest = a.addManifest('o/app', index, OCI_INDEX, referrersTag(image.digest))
    const result = await copyImage(options(a, b, image.digest))
    expect(result.referrers).toEqual([sbom.digest])
    expect(b.manifest('o/promoted', sbom.digest)?.bytes.equals(sbom.bytes)).toBe(true)
    expect(b.manifest('o/promoted', referrersTag(image.digest))?.digest).toBe(indexDigest)
  })

  test('referrers API at the source, none at the target: the target gets a sha256-<hex> index listing them', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001', referrersApi: true })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    const sbom = seedReferrer(a, 'o/app', image, 'application/spdx+json')
    const att = seedReferrer(a, 'o/app', image, 'application/vnd.in-toto+json')
    const result = await copyImage(options(a, b, image.digest))
    expect(result.referrers).toEqual([sbom.digest, att.digest])
    const index = JSON.parse(b.manifest('o/promoted', referrersTag(image.digest))!.bytes.toString()) as {
      manifests: Array<{ digest: string; artifactType: string }>
    }
    expect(index.manifests.map((d) => [d.digest, d.artifactType])).toEqual([
      [sbom.digest, 'application/spdx+json'],
      [att.digest, 'application/vnd.in-toto+json'],
    ])
    // Again: nothing new, the index is not rewritten.
    const writes = b.writes().length
    await copyImage(options(a, b, image.digest))
    expect(b.writes()).toHaveLength(writes)
  })

  test('an index at the target that lacks some referrers is completed, keeping what it had', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001', referrersApi: true })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    const sbom = seedReferrer(a, 'o/app', image, 'application/spdx+json')
    const foreign = { mediaType: OCI_MANIFEST, digest: digestOf('theirs'), size: 3 }
    b.addManifest(
      'o/promoted',
      Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [foreign] })),
      OCI_INDEX,
      referrersTag(image.digest),
    )
    await copyImage(options(a, b, image.digest))
    const index = JSON.parse(b.manifest('o/promoted', referrersTag(image.digest))!.bytes.toString()) as { manifests: Array<{ digest: string }> }
    expect(index.manifests.map((d) => d.digest)).toEqual([foreign.digest, sbom.digest])
  })

  test('referrers API at both ends: the target indexes them itself, no tag is written', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001', referrersApi: true })
    const b = fakeRegistry({ host: '127.0.0.1:5002', referrersApi: true })
    const image = seedImage(a, 'o/app', [1000])
    const sbom = seedReferrer(a, 'o/app', image, 'application/spdx+json')
    const result = await copyImage(options(a, b, image.digest))
    expect(result.referrers).toEqual([sbom.digest])
    expect(manifestPuts(b).map((c) => refOf(c.url.pathname))).toEqual([image.digest, sbom.digest])
    expect((await b.client().listReferrers('o/promoted', image.digest)).referrers.map((r) => r.digest)).toEqual([sbom.digest])
    // Again, with nothing new to write: the target is asked, and still no tag.
    await copyImage(options(a, b, image.digest))
    expect(manifestPuts(b)).toHaveLength(2)
  })

  test('a signature of a signature (a referrer of a referrer) is copied too', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001', referrersApi: true })
    const b = fakeRegistry({ host: '127.0.0.1:5002', referrersApi: true })
    const image = seedImage(a, 'o/app', [1000])
    const sbom = seedReferrer(a, 'o/app', image, 'application/spdx+json')
    const sbomSig = seedReferrer(a, 'o/app', { digest: sbom.digest, size: sbom.bytes.length }, 'application/vnd.dev.sigstore.bundle+json')
    const result = await copyImage(options(a, b, image.digest))
    expect(result.referrers).toEqual([sbom.digest, sbomSig.digest])
  })

  test('a referrer of a media type outside the usual four is asked for by its own type', async () => {
    const ARTIFACT = 'application/vnd.oci.artifact.manifest.v1+json'
    const a = fakeRegistry({ host: '127.0.0.1:5001', referrersApi: true })
    const b = fakeRegistry({ host: '127.0.0.1:5002', referrersApi: true })
    const image = seedImage(a, 'o/app', [1000])
    const blob = a.addBlob('o/app', Buffer.from('signature bytes'))
    const artifact = Buffer.from(
      JSON.stringify({
        mediaType: ARTIFACT,
        artifactType: 'application/vnd.dev.test.sig',
        blobs: [{ mediaType: 'application/octet-stream', digest: blob, size: 15 }],
        subject: { mediaType: OCI_MANIFEST, digest: image.digest, size: image.size },
      }),
    )
    const digest = a.addManifest('o/app', artifact, ARTIFACT)
    expect(await a.client().getManifest('o/app', digest)).toBeUndefined() // not among the usual four
    const result = await copyImage(options(a, b, image.digest))
    expect(result.referrers).toEqual([digest])
    expect(b.manifest('o/promoted', digest)?.bytes.equals(artifact)).toBe(true)
    expect(b.linked('o/promoted', blob)).toBe(true)
  })

  test('referrers: false copies the image alone', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    const image = seedImage(a, 'o/app', [1000])
    seedCosignSignature(a, 'o/app', image.digest)
    const result = await copyImage({ ...options(a, b, image.digest), referrers: false })
    expect(result.referrers).toEqual([])
    expect(a.calls.some((c) => c.url.pathname.includes('.sig'))).toBe(false)
  })
})

describe('copyImage refuses', () => {
  test.each(['v1', 'sha256:abc', `sha512:${'a'.repeat(128)}`])('a digest like %j', async (digest) => {
    const reg = fakeRegistry()
    await expect(copyImage(options(reg, reg, digest))).rejects.toThrow(`copyImage needs a sha256 digest, got "${digest}"`)
    expect(reg.calls).toHaveLength(0)
  })

  test.each([0, -1, 1.5])('concurrency %d', async (concurrency) => {
    const reg = fakeRegistry()
    await expect(copyImage({ ...options(reg, reg, digestOf('x')), concurrency })).rejects.toThrow('concurrency must be a whole number of at least 1')
  })

  test('a digest the source does not have: 404, nothing written', async () => {
    const a = fakeRegistry({ host: '127.0.0.1:5001' })
    const b = fakeRegistry({ host: '127.0.0.1:5002' })
    await expect(copyImage(options(a, b, digestOf('missing')))).rejects.toMatchObject({
      status: 404,
      message: `127.0.0.1:5001/o/app@${digestOf('missing')} does not exist`,
    })
    expect(b.writes()).toHaveLength(0)
  })
})

describe('blobsOf and pool', () => {
  test('blobsOf: config, layers and artifact blobs; foreign layers that live elsewhere are left out', () => {
    const d = (s: string) => digestOf(s)
    const manifest = {
      digest: d('m'),
      mediaType: OCI_MANIFEST,
      bytes: Buffer.from(''),
      json: {
        config: { digest: d('c'), size: 1 },
        layers: [
          { digest: d('l1'), size: 1 },
          { digest: d('win'), size: 1, mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip', urls: ['https://mcr.microsoft.com/x'] },
        ],
        blobs: [{ digest: d('b'), size: 1 }],
      },
    }
    expect(blobsOf(manifest).map((b) => b.digest)).toEqual([d('c'), d('l1'), d('b')])
  })

  test('pool: never more than `limit` at once; after a failure no new task starts', async () => {
    let running = 0
    let peak = 0
    const started: number[] = []
    const error = await pool([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n)
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 5))
      running--
      if (n === 2) throw new Error('two')
    }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('two')
    expect(peak).toBe(2)
    expect(started).toEqual([1, 2, 3])
  })
})
