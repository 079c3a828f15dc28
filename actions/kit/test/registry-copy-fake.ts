// An in-memory OCI registry behind a fake fetch, for the unit tests of blob transfer and
// copyImage: blobs linked per repository, upload sessions (POST, then a monolithic PUT with
// ?digest=), cross-repository mounts, manifests checked for their blobs and children, the
// referrers API (optional), Basic or Bearer auth, blob GETs redirected to a storage host
// that must never see the registry's Authorization, and faults on demand.
import { createHash, randomBytes } from 'node:crypto'
import { RegistryClient, basicAuthorization, type RegistryClientOptions } from '../src/registry/index.js'

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const REALM = 'http://auth.test/token'
export const STORAGE = 'http://storage.test'

export const digestOf = (bytes: Uint8Array | string): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

export interface FakeCall {
  method: string
  url: URL
  headers: Headers
  /** Bytes of the body the fake read (a stream body is read as it arrives). */
  bodyBytes: number
  stream: boolean
  redirect: RequestInit['redirect']
  /** Set when the caller aborted the request (its signal fired) after it was made. */
  aborted?: boolean
}

export type FakeAuth = { kind: 'anonymous' } | { kind: 'basic'; username: string; password: string } | { kind: 'bearer' }

export interface FakeOptions {
  host?: string
  auth?: FakeAuth
  /** Answer GET /v2/<repo>/referrers/<digest> (default false: 404, as distribution 2.8). */
  referrersApi?: boolean
  /** Upload Location: absolute URL with a query (distribution), relative with a query, or relative without one. */
  location?: 'absolute' | 'relative' | 'relative-bare'
  /** Redirect blob GETs (and HEADs) to the storage host. */
  redirectBlobs?: boolean
  /** Decline every mount with 202 (as a registry that cannot see the source repository). */
  declineMounts?: boolean
  /**
   * A registry that does not check uploads: an upload PUT is complete once Content-Length bytes
   * arrived (as an HTTP server reads a request), and the bytes are stored whatever their digest.
   */
  acceptAtLength?: boolean
}

type Fault = (call: FakeCall) => Response | Promise<Response> | undefined

export function fakeRegistry(options: FakeOptions = {}) {
  const host = options.host ?? '127.0.0.1:5001'
  const origin = `http://${host}`
  const auth = options.auth ?? { kind: 'anonymous' }
  const blobs = new Map<string, Buffer>()
  const links = new Map<string, Set<string>>()
  const manifests = new Map<string, Map<string, { bytes: Buffer; mediaType: string; digest: string }>>()
  const referrers = new Map<string, Array<Record<string, unknown>>>()
  const sessions = new Map<string, string>()
  const calls: FakeCall[] = []
  const tokenCalls: FakeCall[] = []
  /** One-shot faults: each is offered every call in turn until it answers; it is then removed. */
  const faults: Fault[] = []
  /** Upload PUTs that break off after this many body bytes (one entry per upload). */
  const uploadResets: number[] = []
  /** Blob GETs whose body breaks off after this many bytes (one entry per download). */
  const downloadResets: number[] = []
  /** Bytes served to a blob GET that are swapped for other bytes (one entry per download). */
  const corruptDownloads: boolean[] = []
  let uploadsInFlight = 0
  let maxUploadsInFlight = 0
  let sessionCounter = 0

  const link = (repo: string, digest: string): void => {
    if (!links.has(repo)) links.set(repo, new Set())
    links.get(repo)!.add(digest)
  }
  const linked = (repo: string, digest: string): boolean => links.get(repo)?.has(digest) ?? false
  const repoManifests = (repo: string) => {
    if (!manifests.has(repo)) manifests.set(repo, new Map())
    return manifests.get(repo)!
  }

  /** Seeds a blob (no HTTP); returns its digest. */
  const addBlob = (repo: string, bytes: Buffer): string => {
    const digest = digestOf(bytes)
    blobs.set(digest, bytes)
    link(repo, digest)
    return digest
  }

  /** Seeds a manifest (no HTTP, no checks); returns its digest. */
  const addManifest = (repo: string, bytes: Buffer, mediaType: string, tag?: string): string => {
    const digest = digestOf(bytes)
    const entry = { bytes, mediaType, digest }
    repoManifests(repo).set(digest, entry)
    if (tag) repoManifests(repo).set(tag, entry)
    indexSubject(repo, bytes, mediaType, digest)
    return digest
  }

  const indexSubject = (repo: string, bytes: Buffer, mediaType: string, digest: string): boolean => {
    const json = JSON.parse(bytes.toString()) as {
      subject?: { digest: string }
      artifactType?: string
      config?: { mediaType?: string }
      annotations?: Record<string, string>
    }
    if (!json.subject) return false
    const key = `${repo}@${json.subject.digest}`
    const list = referrers.get(key) ?? []
    if (!list.some((d) => d.digest === digest)) {
      list.push({
        mediaType,
        digest,
        size: bytes.length,
        artifactType: json.artifactType ?? json.config?.mediaType,
        ...(json.annotations ? { annotations: json.annotations } : {}),
      })
    }
    referrers.set(key, list)
    return true
  }

  const granted = (headers: Headers, needed: string[]): boolean => {
    const header = headers.get('authorization')
    if (auth.kind === 'anonymous') return true
    if (auth.kind === 'basic') return header === basicAuthorization(auth.username, auth.password)
    if (!header?.startsWith('Bearer tok:')) return false
    const held = header.slice('Bearer tok:'.length).split(' ')
    return needed.every((scope) => {
      const colon = scope.lastIndexOf(':')
      return held.some((h) => {
        const c = h.lastIndexOf(':')
        return (
          h.slice(0, c) === scope.slice(0, colon) &&
          scope
            .slice(colon + 1)
            .split(',')
            .every((a) =>
              h
                .slice(c + 1)
                .split(',')
                .includes(a),
            )
        )
      })
    })
  }

  const challenge = (needed: string[]): Response =>
    new Response('{"errors":[{"code":"UNAUTHORIZED"}]}', {
      status: 401,
      headers: { 'www-authenticate': auth.kind === 'basic' ? 'Basic realm="fake"' : `Bearer realm="${REALM}",service="fake",scope="${needed.join(' ')}"` },
    })

  const error = (status: number, code: string): Response =>
    new Response(JSON.stringify({ errors: [{ code }] }), { status, headers: { 'content-type': 'application/json' } })

  /** A body that yields `bytes` in 64 KiB chunks, optionally breaking off or swapping bytes. */
  const blobBody = (bytes: Buffer, resetAfter?: number, corrupt?: boolean): ReadableStream<Uint8Array> => {
    let offset = 0
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (resetAfter !== undefined && offset >= resetAfter) {
          controller.error(new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }))
          return
        }
        if (offset >= bytes.length) {
          controller.close()
          return
        }
        const end = Math.min(bytes.length, offset + 65_536, resetAfter ?? Number.POSITIVE_INFINITY)
        const chunk = Buffer.from(bytes.subarray(offset, end))
        if (corrupt && offset === 0) chunk[0] = chunk[0]! ^ 0xff
        offset = end
        controller.enqueue(new Uint8Array(chunk))
      },
    })
  }

  const readBody = async (body: unknown, call: FakeCall, resetAfter?: number, length?: number): Promise<Buffer> => {
    if (body === undefined || body === null) return Buffer.alloc(0)
    if (body instanceof Uint8Array) {
      call.bodyBytes = body.byteLength
      return Buffer.from(body)
    }
    call.stream = true
    const reader = (body as ReadableStream<Uint8Array>).getReader()
    const chunks: Buffer[] = []
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(Buffer.from(value))
      call.bodyBytes += value.byteLength
      // The request is complete at its Content-Length: what the client does after is not read.
      if (length !== undefined && call.bodyBytes >= length) break
      if (resetAfter !== undefined && call.bodyBytes >= resetAfter) {
        await reader.cancel().catch(() => undefined)
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('write ECONNRESET'), { code: 'ECONNRESET' }) })
      }
    }
    return Buffer.concat(chunks)
  }

  const locationFor = (repo: string, id: string): string => {
    const path = `/v2/${repo}/blobs/uploads/${id}`
    switch (options.location ?? 'absolute') {
      case 'absolute':
        return `${origin}${path}?_state=${encodeURIComponent(`st+${id}/=`)}`
      case 'relative':
        return `${path}?_state=${encodeURIComponent(`st+${id}/=`)}`
      case 'relative-bare':
        return path
    }
  }

  const registry = async (call: FakeCall, init: RequestInit | undefined): Promise<Response> => {
    const { method, url } = call
    if (url.origin === STORAGE) {
      if (call.headers.has('authorization')) return new Response('the registry credentials reached the storage host', { status: 400 })
      const digest = url.pathname.replace('/blobs/', '')
      const bytes = blobs.get(digest)
      if (!bytes) return new Response(null, { status: 404 })
      const reset = downloadResets.shift()
      const corrupt = corruptDownloads.shift()
      return new Response(method === 'HEAD' ? null : blobBody(bytes, reset, corrupt), { status: 200, headers: { 'content-length': String(bytes.length) } })
    }
    if (url.origin !== origin) return new Response('unknown host', { status: 502 })
    const path = url.pathname

    let m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path)
    if (m) {
      const [, repo, ref] = m as unknown as [string, string, string]
      const needed = [`repository:${repo}:${method === 'PUT' ? 'pull,push' : 'pull'}`]
      if (!granted(call.headers, needed)) return challenge(needed)
      if (method === 'PUT') {
        const bytes = await readBody(init?.body, call)
        const digest = digestOf(bytes)
        if (ref.startsWith('sha256:') && ref !== digest) return error(400, 'DIGEST_INVALID')
        const json = JSON.parse(bytes.toString()) as {
          config?: { digest: string }
          layers?: Array<{ digest: string }>
          manifests?: Array<{ digest: string }>
          blobs?: Array<{ digest: string }>
        }
        for (const d of [...(json.config ? [json.config] : []), ...(json.layers ?? []), ...(json.blobs ?? [])]) {
          if (!linked(repo, d.digest)) return error(400, 'MANIFEST_BLOB_UNKNOWN')
        }
        for (const d of json.manifests ?? []) {
          if (!repoManifests(repo).has(d.digest) && !ref.startsWith('sha256-')) return error(400, 'MANIFEST_UNKNOWN')
        }
        const mediaType = call.headers.get('content-type') ?? ''
        const entry = { bytes, mediaType, digest }
        repoManifests(repo).set(digest, entry)
        repoManifests(repo).set(ref, entry)
        const headers: Record<string, string> = { 'docker-content-digest': digest, location: `/v2/${repo}/manifests/${digest}` }
        const subject = indexSubject(repo, bytes, mediaType, digest)
        if (subject && options.referrersApi) headers['oci-subject'] = (JSON.parse(bytes.toString()) as { subject: { digest: string } }).subject.digest
        return new Response(null, { status: 201, headers })
      }
      const entry = repoManifests(repo).get(ref)
      // As distribution: a manifest whose type the client does not accept is not found.
      const accepted = !call.headers.has('accept') || (entry && call.headers.get('accept')!.includes(entry.mediaType))
      if (!entry || !accepted) return new Response(method === 'HEAD' ? null : '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}', { status: 404 })
      const headers = { 'content-type': entry.mediaType, 'content-length': String(entry.bytes.length), 'docker-content-digest': entry.digest }
      return new Response(method === 'HEAD' ? null : new Uint8Array(entry.bytes), { status: 200, headers })
    }

    m = /^\/v2\/(.+)\/referrers\/([^/]+)$/.exec(path)
    if (m) {
      const [, repo, digest] = m as unknown as [string, string, string]
      const needed = [`repository:${repo}:pull`]
      if (!granted(call.headers, needed)) return challenge(needed)
      if (!options.referrersApi) return new Response('404 page not found', { status: 404 })
      const list = referrers.get(`${repo}@${digest}`) ?? []
      return new Response(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: list }), { status: 200, headers: { 'content-type': OCI_INDEX } })
    }

    m = /^\/v2\/(.+)\/blobs\/uploads\/?$/.exec(path)
    if (m && method === 'POST') {
      const repo = m[1]!
      const mount = url.searchParams.get('mount')
      const from = url.searchParams.get('from')
      const needed = [`repository:${repo}:pull,push`, ...(mount && from ? [`repository:${from}:pull`] : [])]
      if (!granted(call.headers, needed)) return challenge(needed)
      if (mount && from && !options.declineMounts && linked(from, mount)) {
        link(repo, mount)
        return new Response(null, { status: 201, headers: { 'docker-content-digest': mount, location: `/v2/${repo}/blobs/${mount}` } })
      }
      const id = `u${++sessionCounter}`
      sessions.set(id, repo)
      return new Response(null, { status: 202, headers: { location: locationFor(repo, id), 'docker-upload-uuid': id, range: '0-0' } })
    }

    m = /^\/v2\/(.+)\/blobs\/uploads\/([^/]+)$/.exec(path)
    if (m) {
      const [, repo, id] = m as unknown as [string, string, string]
      const needed = [`repository:${repo}:pull,push`]
      if (!granted(call.headers, needed)) return challenge(needed)
      if (sessions.get(id) !== repo) return error(404, 'BLOB_UPLOAD_UNKNOWN')
      if (options.location !== 'relative-bare' && url.searchParams.get('_state') !== `st+${id}/=`) return error(400, 'BLOB_UPLOAD_INVALID')
      if (method === 'DELETE') {
        sessions.delete(id)
        return new Response(null, { status: 204 })
      }
      if (method !== 'PUT') return error(405, 'UNSUPPORTED')
      uploadsInFlight++
      maxUploadsInFlight = Math.max(maxUploadsInFlight, uploadsInFlight)
      try {
        const declared = call.headers.get('content-length')
        const bytes = await readBody(init?.body, call, uploadResets.shift(), options.acceptAtLength && declared !== null ? Number(declared) : undefined)
        if (declared !== null && Number(declared) !== bytes.length) return error(400, 'SIZE_INVALID')
        const digest = url.searchParams.get('digest')
        if (!digest || (!options.acceptAtLength && digestOf(bytes) !== digest)) return error(400, 'DIGEST_INVALID')
        sessions.delete(id)
        blobs.set(digest, bytes)
        link(repo, digest)
        return new Response(null, { status: 201, headers: { 'docker-content-digest': digest, location: `/v2/${repo}/blobs/${digest}` } })
      } finally {
        uploadsInFlight--
      }
    }

    m = /^\/v2\/(.+)\/blobs\/([^/]+)$/.exec(path)
    if (m) {
      const [, repo, digest] = m as unknown as [string, string, string]
      const needed = [`repository:${repo}:pull`]
      if (!granted(call.headers, needed)) return challenge(needed)
      const bytes = blobs.get(digest)
      if (!bytes || !linked(repo, digest)) return new Response(null, { status: 404 })
      if (options.redirectBlobs && method === 'GET') return new Response(null, { status: 307, headers: { location: `${STORAGE}/blobs/${digest}` } })
      const reset = method === 'GET' ? downloadResets.shift() : undefined
      const corrupt = method === 'GET' ? corruptDownloads.shift() : undefined
      return new Response(method === 'HEAD' ? null : blobBody(bytes, reset, corrupt), {
        status: 200,
        headers: { 'content-length': String(bytes.length), 'docker-content-digest': digest, 'content-type': 'application/octet-stream' },
      })
    }
    return new Response('404 page not found', { status: 404 })
  }

  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input))
    const call: FakeCall = { method: init?.method ?? 'GET', url, headers: new Headers(init?.headers), bodyBytes: 0, stream: false, redirect: init?.redirect }
    if (url.href.startsWith(REALM)) {
      tokenCalls.push(call)
      if (auth.kind !== 'bearer') return new Response('no', { status: 404 })
      return Response.json({ token: `tok:${url.searchParams.getAll('scope').join(' ')}` })
    }
    calls.push(call)
    init?.signal?.addEventListener('abort', () => (call.aborted = true), { once: true })
    for (let i = 0; i < faults.length; i++) {
      const answer = faults[i]!(call)
      if (answer === undefined) continue
      faults.splice(i, 1) // before any await, so two calls in flight never share one fault
      if (init?.body && !(init.body instanceof Uint8Array)) await (init.body as ReadableStream).cancel().catch(() => undefined)
      return answer
    }
    return registry(call, init)
  }

  const client = (extra: Partial<RegistryClientOptions> = {}): RegistryClient =>
    new RegistryClient({ registry: host, fetch: fetch as typeof globalThis.fetch, backoffMs: 1, maxWaitMs: 5, ...extra })

  return {
    host,
    origin,
    client,
    fetch,
    calls,
    tokenCalls,
    faults,
    uploadResets,
    downloadResets,
    corruptDownloads,
    blobs,
    sessions,
    addBlob,
    addManifest,
    linked,
    manifest: (repo: string, ref: string) => manifests.get(repo)?.get(ref),
    get maxUploadsInFlight() {
      return maxUploadsInFlight
    },
    /** Calls that change something: POST, PUT, PATCH, DELETE. */
    writes: () => calls.filter((c) => c.method !== 'GET' && c.method !== 'HEAD'),
  }
}

export type FakeRegistry = ReturnType<typeof fakeRegistry>

/** An OCI image seeded straight into the fake: a config and `layers` random layers of the given sizes. */
export function seedImage(reg: FakeRegistry, repo: string, layerSizes: number[], tag?: string, extra: Record<string, unknown> = {}) {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, nonce: randomBytes(8).toString('hex') }),
  )
  const layers = layerSizes.map((size) => randomBytes(size))
  const configDigest = reg.addBlob(repo, config)
  const layerDigests = layers.map((l) => reg.addBlob(repo, l))
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: layers.map((l, i) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layerDigests[i]!, size: l.length })),
      ...extra,
    }),
  )
  const digest = reg.addManifest(repo, manifest, OCI_MANIFEST, tag)
  return {
    digest,
    manifest,
    config,
    configDigest,
    layers,
    layerDigests,
    size: manifest.length,
    bytes: layers.reduce((n, l) => n + l.length, 0) + config.length,
  }
}

/** A two-platform index seeded into the fake. */
export function seedIndex(reg: FakeRegistry, repo: string, tag?: string) {
  const amd64 = seedImage(reg, repo, [3000, 100])
  const arm64 = seedImage(reg, repo, [2000])
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        { mediaType: OCI_MANIFEST, digest: amd64.digest, size: amd64.size, platform: { architecture: 'amd64', os: 'linux' } },
        { mediaType: OCI_MANIFEST, digest: arm64.digest, size: arm64.size, platform: { architecture: 'arm64', os: 'linux' } },
      ],
    }),
  )
  const digest = reg.addManifest(repo, index, OCI_INDEX, tag)
  return { digest, children: [amd64, arm64], index }
}

/** A referrer (OCI 1.1 style, with `subject`) of `subject`, seeded into the fake. */
export function seedReferrer(reg: FakeRegistry, repo: string, subject: { digest: string; size: number }, artifactType: string) {
  const empty = Buffer.from('{}')
  const payload = Buffer.from(JSON.stringify({ signed: subject.digest, nonce: randomBytes(4).toString('hex') }))
  const emptyDigest = reg.addBlob(repo, empty)
  const payloadDigest = reg.addBlob(repo, payload)
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: emptyDigest, size: 2 },
      layers: [{ mediaType: 'application/vnd.dev.test.payload', digest: payloadDigest, size: payload.length }],
      subject: { mediaType: OCI_MANIFEST, digest: subject.digest, size: subject.size },
    }),
  )
  return { digest: reg.addManifest(repo, bytes, OCI_MANIFEST), bytes }
}

/** A cosign-style signature manifest tagged `sha256-<hex>.sig`, seeded into the fake. */
export function seedCosignSignature(reg: FakeRegistry, repo: string, subject: string, signer = 'ci') {
  const config = Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [] } }))
  const payload = Buffer.from(
    JSON.stringify({ critical: { image: { 'docker-manifest-digest': subject }, type: 'cosign container image signature' }, optional: { signer } }),
  )
  const configDigest = reg.addBlob(repo, config)
  const payloadDigest = reg.addBlob(repo, payload)
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [
        {
          mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
          digest: payloadDigest,
          size: payload.length,
          annotations: { 'dev.cosignproject.cosign/signature': 'MEUCIQ==' },
        },
      ],
    }),
  )
  const tag = `${subject.replace(':', '-')}.sig`
  return { digest: reg.addManifest(repo, bytes, OCI_MANIFEST, tag), tag, bytes, blobBytes: config.length + payload.length }
}
