import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { RegistryError, cosignTags, isTransient, referrersTag, verifyingStream } from '../src/registry/index.js'
import { OCI_INDEX, REALM, STORAGE, digestOf, fakeRegistry, seedCosignSignature, seedImage, seedReferrer } from './registry-copy-fake.js'

// The blob half of the registry client against the in-memory registry (no network).

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

function streamOf(bytes: Buffer, chunk = 10_000): ReadableStream<Uint8Array> {
  let offset = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + chunk)))
      offset += chunk
    },
  })
}

describe('headBlob', () => {
  test('present → its size; absent from the repository → undefined (even when another repository has it)', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(1234)
    const digest = reg.addBlob('o/app', bytes)
    const client = reg.client()
    expect(await client.headBlob('o/app', digest)).toBe(1234)
    expect(await client.headBlob('o/other', digest)).toBeUndefined()
    expect(reg.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([`HEAD /v2/o/app/blobs/${digest}`, `HEAD /v2/o/other/blobs/${digest}`])
  })

  test('a 500 that stays is an error with the status', async () => {
    const reg = fakeRegistry()
    for (let i = 0; i < 5; i++) reg.faults.push(() => new Response('boom', { status: 500 }))
    await expect(reg.client({ attempts: 2 }).headBlob('o/app', digestOf('x'))).rejects.toMatchObject({ status: 500 })
  })
})

describe('getBlobStream', () => {
  test('streams the bytes and their size', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(200_000)
    const digest = reg.addBlob('o/app', bytes)
    const blob = await reg.client().getBlobStream('o/app', digest)
    expect(blob.size).toBe(200_000)
    expect((await readAll(blob.stream)).equals(bytes)).toBe(true)
  })

  test('follows a redirect to storage without the registry Authorization, which the registry itself did get', async () => {
    const reg = fakeRegistry({ auth: { kind: 'bearer' }, redirectBlobs: true })
    const bytes = randomBytes(70_000)
    const digest = reg.addBlob('o/app', bytes)
    const blob = await reg.client().getBlobStream('o/app', digest, bytes.length)
    expect((await readAll(blob.stream)).equals(bytes)).toBe(true)
    const toRegistry = reg.calls.filter((c) => c.url.origin === reg.origin)
    const toStorage = reg.calls.filter((c) => c.url.origin === STORAGE)
    expect(toRegistry.at(-1)!.headers.get('authorization')).toBe(`Bearer tok:repository:o/app:pull`)
    expect(toStorage).toHaveLength(1)
    expect(toStorage[0]!.headers.get('authorization')).toBeNull()
  })

  test('a redirect within the registry keeps the Authorization', async () => {
    const reg = fakeRegistry({ auth: { kind: 'basic', username: 'u', password: 'p' } })
    const bytes = randomBytes(100)
    const digest = reg.addBlob('o/app', bytes)
    let redirected = false
    reg.faults.push((call) => {
      if (call.method !== 'GET' || !call.headers.get('authorization') || redirected) return undefined
      redirected = true
      return new Response(null, { status: 307, headers: { location: `/v2/o/app/blobs/${digest}?again=1` } })
    })
    const blob = await reg.client({ credentials: { username: 'u', password: 'p' } }).getBlobStream('o/app', digest)
    expect((await readAll(blob.stream)).equals(bytes)).toBe(true)
    const again = reg.calls.find((c) => c.url.search === '?again=1')!
    expect(again.headers.get('authorization')).toMatch(/^Basic /)
  })

  test('too many redirects are an error', async () => {
    const reg = fakeRegistry()
    const digest = reg.addBlob('o/app', Buffer.from('x'))
    for (let i = 0; i < 10; i++) reg.faults.push(() => new Response(null, { status: 302, headers: { location: `${STORAGE}/loop/${i}` } }))
    await expect(reg.client().getBlobStream('o/app', digest)).rejects.toThrow(/more than 5 redirects/)
  })

  test('bytes that do not match the digest: every byte is delivered, then the stream errors at the end', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(150_000)
    const digest = reg.addBlob('o/app', bytes)
    reg.corruptDownloads.push(true)
    const blob = await reg.client().getBlobStream('o/app', digest)
    let received = 0
    const error = await (async () => {
      for await (const chunk of blob.stream as unknown as AsyncIterable<Uint8Array>) received += chunk.byteLength
    })().catch((e: unknown) => e)
    expect(received).toBe(bytes.length)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toContain('refusing content that does not match its digest')
    expect(isTransient(error)).toBe(false)
  })

  test('a body that breaks off: the stream errors, and the error is transient', async () => {
    const reg = fakeRegistry()
    const digest = reg.addBlob('o/app', randomBytes(300_000))
    reg.downloadResets.push(100_000)
    const blob = await reg.client().getBlobStream('o/app', digest)
    const error = await readAll(blob.stream).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(isTransient(error)).toBe(true)
  })

  test('a descriptor size that disagrees with Content-Length fails before any byte flows', async () => {
    const reg = fakeRegistry()
    const digest = reg.addBlob('o/app', randomBytes(100))
    await expect(reg.client().getBlobStream('o/app', digest, 99)).rejects.toThrow('the registry announces 100 bytes, the descriptor 99')
  })

  test('without Content-Length, more bytes than the descriptor says fail as soon as they pass the size', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(50_000)
    const digest = digestOf(bytes)
    reg.faults.push(() => new Response(streamOf(Buffer.concat([bytes, randomBytes(50_000)])), { status: 200 }))
    const blob = await reg.client().getBlobStream('o/app', digest, bytes.length)
    await expect(readAll(blob.stream)).rejects.toThrow('more than the expected 50000 bytes')
  })

  test('404 is an error with the status', async () => {
    const reg = fakeRegistry()
    await expect(reg.client().getBlobStream('o/app', digestOf('nope'))).rejects.toMatchObject({ status: 404 })
  })
})

describe('verifyingStream', () => {
  test.each([
    ['matching bytes', Buffer.from('hello'), digestOf('hello'), 5, undefined],
    ['matching bytes, size unknown', Buffer.from('hello'), digestOf('hello'), undefined, undefined],
    ['too few bytes', Buffer.from('hell'), digestOf('hello'), 5, 'ended after 4 of 5 bytes'],
    ['too many bytes', Buffer.from('hello!'), digestOf('hello'), 5, 'more than the expected 5 bytes'],
    ['other bytes', Buffer.from('HELLO'), digestOf('hello'), 5, 'does not match its digest'],
  ])('%s', async (_label, bytes, digest, size, error) => {
    const out = readAll(streamOf(bytes, 2).pipeThrough(verifyingStream(digest, size, 'blob')))
    if (error) await expect(out).rejects.toThrow(error)
    else expect((await out).equals(bytes)).toBe(true)
  })

  test('an unsupported algorithm is refused up front', () => {
    expect(() => verifyingStream(`md5:${'a'.repeat(32)}`, 1, 'blob')).toThrow('unsupported digest algorithm')
  })
})

describe('mountBlob', () => {
  test('201: mounted, no bytes sent; one token request names the target (pull,push) and the source (pull)', async () => {
    const reg = fakeRegistry({ auth: { kind: 'bearer' } })
    const digest = reg.addBlob('o/src', randomBytes(1000))
    expect(await reg.client().mountBlob('o/dst', digest, 'o/src')).toBe(true)
    expect(reg.linked('o/dst', digest)).toBe(true)
    expect(reg.tokenCalls).toHaveLength(1)
    const url = reg.tokenCalls[0]!.url
    expect(`${url.origin}${url.pathname}`).toBe(REALM)
    expect(url.searchParams.getAll('scope')).toEqual(['repository:o/dst:pull,push', 'repository:o/src:pull'])
    const post = reg.calls.at(-1)!
    expect(post.method).toBe('POST')
    expect(post.url.pathname).toBe('/v2/o/dst/blobs/uploads/')
    expect(post.url.searchParams.get('mount')).toBe(digest)
    expect(post.url.searchParams.get('from')).toBe('o/src')
    expect(post.bodyBytes).toBe(0)
  })

  test('202: not mounted, and the upload session the registry opened is cancelled', async () => {
    const reg = fakeRegistry({ declineMounts: true })
    const digest = reg.addBlob('o/src', randomBytes(1000))
    expect(await reg.client().mountBlob('o/dst', digest, 'o/src')).toBe(false)
    expect(reg.linked('o/dst', digest)).toBe(false)
    expect(reg.calls.map((c) => c.method)).toEqual(['POST', 'DELETE'])
    expect(reg.sessions.size).toBe(0)
  })

  test('a source the registry does not have: 202, false', async () => {
    const reg = fakeRegistry()
    expect(await reg.client().mountBlob('o/dst', digestOf('nowhere'), 'o/src')).toBe(false)
  })
})

describe('uploadBlob', () => {
  test.each([
    ['absolute, with a query', 'absolute' as const, '&'],
    ['relative, with a query', 'relative' as const, '&'],
    ['relative, without a query', 'relative-bare' as const, '?'],
  ])('a stream: POST, then one PUT to the %s Location with the digest and Content-Length', async (_label, location, joiner) => {
    const reg = fakeRegistry({ location })
    const bytes = randomBytes(123_456)
    const digest = digestOf(bytes)
    await reg.client().uploadBlob('o/app', digest, bytes.length, streamOf(bytes))
    expect(reg.linked('o/app', digest)).toBe(true)
    expect(reg.blobs.get(digest)!.equals(bytes)).toBe(true)
    const [post, put] = reg.calls
    expect(post!.method).toBe('POST')
    expect(post!.url.pathname).toBe('/v2/o/app/blobs/uploads/')
    expect(put!.method).toBe('PUT')
    expect(put!.url.href).toContain(`${joiner}digest=${encodeURIComponent(digest)}`)
    expect(put!.headers.get('content-length')).toBe(String(bytes.length))
    expect(put!.headers.get('content-type')).toBe('application/octet-stream')
    expect(put!.stream).toBe(true)
    // Any other mode makes undici tee the stream to replay it on a redirect: the whole blob in memory.
    expect(put!.redirect).toBe('error')
    expect(reg.calls).toHaveLength(2)
  })

  test('with Basic auth, the PUT to the registry carries the credentials', async () => {
    const reg = fakeRegistry({ auth: { kind: 'basic', username: 'u', password: 'p' } })
    const bytes = randomBytes(10)
    await reg.client({ credentials: { username: 'u', password: 'p' } }).uploadBlob('o/app', digestOf(bytes), bytes.length, streamOf(bytes))
    expect(reg.calls.at(-1)!.headers.get('authorization')).toMatch(/^Basic /)
    expect(reg.linked('o/app', digestOf(bytes))).toBe(true)
  })

  test('a byte array is retried whole on 503; a stream is not (it can be read once) and says why', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(1000)
    const digest = digestOf(bytes)
    const failPut = () =>
      reg.faults.push((call) => (call.method === 'PUT' ? new Response('busy', { status: 503, headers: { 'retry-after': '0' } }) : undefined))
    failPut()
    await reg.client().uploadBlob('o/app', digest, bytes.length, bytes)
    expect(reg.linked('o/app', digest)).toBe(true)
    expect(reg.calls.map((c) => c.method)).toEqual(['POST', 'PUT', 'POST', 'PUT'])

    const other = randomBytes(1000)
    failPut()
    const error = await reg
      .client()
      .uploadBlob('o/app', digestOf(other), other.length, streamOf(other))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error).toMatchObject({ status: 503, transient: true })
    expect(reg.linked('o/app', digestOf(other))).toBe(false)
  })

  test('429 on the PUT carries the Retry-After', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(10)
    reg.faults.push((call) => (call.method === 'PUT' ? new Response('slow', { status: 429, headers: { 'retry-after': '7' } }) : undefined))
    const error = await reg
      .client()
      .uploadBlob('o/app', digestOf(bytes), 10, streamOf(bytes))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000, transient: true })
  })

  test('a connection reset mid-PUT: a transient error naming the upload', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(200_000)
    reg.uploadResets.push(50_000)
    const error = await reg
      .client()
      .uploadBlob('o/app', digestOf(bytes), bytes.length, streamOf(bytes))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toMatch(/^upload of blob sha256:[a-f0-9]{64} to 127\.0\.0\.1:5001\/o\/app failed: fetch failed: write ECONNRESET/)
    expect(isTransient(error)).toBe(true)
  })

  test('bytes that are not the digest: the registry refuses (400), not transient', async () => {
    const reg = fakeRegistry()
    const bytes = randomBytes(100)
    const error = await reg
      .client()
      .uploadBlob('o/app', digestOf('other'), bytes.length, bytes)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 400, transient: false })
    expect((error as Error).message).toContain('DIGEST_INVALID')
    expect(reg.calls.filter((c) => c.method === 'PUT')).toHaveLength(1)
  })

  test('a registry that answers the POST without a Location: a clear error', async () => {
    const reg = fakeRegistry()
    reg.faults.push(() => new Response(null, { status: 202 }))
    await expect(reg.client().uploadBlob('o/app', digestOf('x'), 1, Buffer.from('x'))).rejects.toThrow('without an upload location')
  })

  test('a push token is reused for the pulls (HEAD) on the same repository', async () => {
    const reg = fakeRegistry({ auth: { kind: 'bearer' } })
    const bytes = randomBytes(10)
    const client = reg.client()
    await client.uploadBlob('o/app', digestOf(bytes), 10, bytes)
    expect(await client.headBlob('o/app', digestOf(bytes))).toBe(10)
    expect(reg.tokenCalls.map((c) => c.url.searchParams.getAll('scope'))).toEqual([['repository:o/app:pull,push']])
  })
})

describe('listReferrers', () => {
  test('the referrers API, and cosign tags besides', async () => {
    const reg = fakeRegistry({ referrersApi: true })
    const image = seedImage(reg, 'o/app', [100])
    const sbom = seedReferrer(reg, 'o/app', image, 'application/spdx+json')
    const sig = seedCosignSignature(reg, 'o/app', image.digest)
    const list = await reg.client().listReferrers('o/app', image.digest)
    expect(list.via).toBe('api')
    expect(list.referrers).toEqual([
      { digest: sbom.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: sbom.bytes.length, artifactType: 'application/spdx+json' },
      { digest: sig.digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: sig.bytes.length, tag: sig.tag },
    ])
    expect(list.index).toBeUndefined()
  })

  test('no referrers API (404): the sha256-<hex> tag schema index, and cosign tags', async () => {
    const reg = fakeRegistry()
    const image = seedImage(reg, 'o/app', [100])
    const sbom = seedReferrer(reg, 'o/app', image, 'application/spdx+json')
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sbom.digest, size: sbom.bytes.length, artifactType: 'application/spdx+json' },
        ],
      }),
    )
    reg.addManifest('o/app', index, OCI_INDEX, referrersTag(image.digest))
    const sig = seedCosignSignature(reg, 'o/app', image.digest)
    const list = await reg.client().listReferrers('o/app', image.digest)
    expect(list.via).toBe('tags')
    expect(list.referrers.map((r) => [r.digest, r.tag])).toEqual([
      [sbom.digest, undefined],
      [sig.digest, sig.tag],
    ])
    expect(list.index?.bytes.equals(index)).toBe(true)
    const heads = reg.calls.filter((c) => c.method === 'HEAD').map((c) => c.url.pathname.split('/').at(-1))
    expect(heads).toEqual(cosignTags(image.digest))
  })

  test('nothing refers to it: an empty list', async () => {
    const reg = fakeRegistry()
    const image = seedImage(reg, 'o/app', [100])
    expect(await reg.client().listReferrers('o/app', image.digest)).toEqual({ via: 'tags', referrers: [] })
  })

  test('the referrers API pages through Link: rel="next"', async () => {
    const reg = fakeRegistry({ referrersApi: true })
    const image = seedImage(reg, 'o/app', [100])
    const a = seedReferrer(reg, 'o/app', image, 'application/a')
    reg.faults.push((call) =>
      call.url.pathname.includes('/referrers/') && !call.url.search
        ? new Response(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'x', digest: digestOf('first-page'), size: 1 }] }), {
            status: 200,
            headers: { link: `</v2/o/app/referrers/${image.digest}?n=1&last=x>; rel="next"` },
          })
        : undefined,
    )
    const list = await reg.client().listReferrers('o/app', image.digest)
    expect(list.referrers.map((r) => r.digest)).toEqual([digestOf('first-page'), a.digest])
  })
})

describe('isTransient', () => {
  test.each([
    ['429', new RegistryError('x', 429), true],
    ['503', new RegistryError('x', 503), true],
    ['408', new RegistryError('x', 408), true],
    ['400', new RegistryError('x', 400), false],
    ['404', new RegistryError('x', 404), false],
    ['a RegistryError without a status', new RegistryError('x'), false],
    ['a RegistryError marked transient', new RegistryError('x', undefined, { transient: true }), true],
    ['fetch failed', new TypeError('fetch failed'), true],
    ['fetch failed caused by a digest mismatch', new TypeError('fetch failed', { cause: new RegistryError('digest') }), false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isTransient(error)).toBe(expected)
  })
})
