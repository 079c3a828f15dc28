import { createHash } from 'node:crypto'
import type { Transformer } from 'node:stream/web'
import { basicAuthorization, parseChallenge } from './auth.js'
import type { Credentials } from './credentials.js'
import { registryBaseUrl } from './reference.js'

/** Every manifest type we read; without this list an OCI manifest answers 404 and a
 * Docker v2 manifest is down-converted to schema 1 (with another digest). */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ')

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'

/** A content descriptor, as manifests, indexes and the referrers API list them. */
export interface Descriptor {
  mediaType?: string
  digest: string
  size?: number
  urls?: string[]
  platform?: unknown
  artifactType?: string
  annotations?: Record<string, string>
}

export interface Manifest {
  digest: string
  mediaType: string
  bytes: Buffer
  json: {
    schemaVersion?: number
    mediaType?: string
    artifactType?: string
    config?: { digest: string; size?: number; mediaType?: string }
    manifests?: Array<{ digest: string; platform?: unknown; mediaType?: string; size?: number; artifactType?: string; annotations?: Record<string, string> }>
    layers?: Array<{ digest: string; size: number; mediaType?: string; urls?: string[] }>
    /** The blobs of an OCI artifact manifest (`application/vnd.oci.artifact.manifest.v1+json`, draft). */
    blobs?: Descriptor[]
    /** The manifest this one refers to (signatures, SBOMs, attestations). */
    subject?: Descriptor
    annotations?: Record<string, string>
  }
}

/** A manifest that refers to another one: a signature, an SBOM, an attestation. */
export interface Referrer {
  digest: string
  mediaType: string
  size?: number
  artifactType?: string
  annotations?: Record<string, string>
  /** Set when it was found under a tag (cosign's `sha256-<hex>.sig`, `.att`, `.sbom`): the tag to write at a target. */
  tag?: string
}

export interface Referrers {
  /** `api`: the registry answered the OCI referrers API; `tags`: it does not have it (404), so the tag schema was read. */
  via: 'api' | 'tags'
  referrers: Referrer[]
  /** The referrers tag schema index (tag `sha256-<hex>`), when the tag schema was read and that tag exists. */
  index?: Manifest
}

/** A blob on its way out of a registry, checked against its digest and size while it streams. */
export interface BlobStream {
  /** The size the bytes are checked against: the expected size if given, else Content-Length; undefined if neither. */
  size: number | undefined
  stream: ReadableStream<Uint8Array>
}

export type BlobBody = Uint8Array | ReadableStream<Uint8Array>

export class RegistryError extends Error {
  override name = 'RegistryError'
  /** Wait the registry asked for (Retry-After), when it did. */
  readonly retryAfterMs?: number
  /** True when trying again may succeed (429, 5xx, a broken connection, a truncated body). */
  readonly transient: boolean
  constructor(
    message: string,
    readonly status?: number,
    options: { retryAfterMs?: number; transient?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs
    this.transient = options.transient ?? (status !== undefined && (status === 408 || status === 429 || status >= 500))
  }
}

/**
 * Whether an error from a registry call is worth one more try: a RegistryError says so
 * itself (429, 5xx, broken connection, truncated body); a 4xx or a digest mismatch is not;
 * anything else (a reset socket, `fetch failed`) is.
 */
export function isTransient(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof RegistryError) return e.transient
  }
  return true
}

export interface RegistryClientOptions {
  registry: string
  credentials?: Credentials
  fetch?: typeof fetch
  /** Attempts per request on 429, 5xx and connection errors. */
  attempts?: number
  /** Base of the exponential back-off in ms; `Retry-After` wins when the registry sends it. */
  backoffMs?: number
  /** Upper bound on any one wait, so a hostile Retry-After cannot stall a job. */
  maxWaitMs?: number
}

export interface RetryPolicy {
  attempts: number
  backoffMs: number
  maxWaitMs: number
}

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** The referrers tag schema's tag for a subject: `sha256:<hex>` → `sha256-<hex>`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

/** The tags cosign writes next to an image: signature, attestations, SBOM. */
export function cosignTags(digest: string): string[] {
  const base = referrersTag(digest)
  return [`${base}.sig`, `${base}.att`, `${base}.sbom`]
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5
const MAX_REFERRER_PAGES = 20
const HASHES: Record<string, string> = { sha256: 'sha256', sha512: 'sha512' }

/**
 * A TransformStream that passes bytes through and checks them against a digest and a size:
 * too many bytes fail at once, too few or a wrong digest fail at the end. Never buffers.
 */
export function verifyingStream(digest: string, size: number | undefined, what: string): TransformStream<Uint8Array, Uint8Array> {
  const algorithm = HASHES[digest.slice(0, digest.indexOf(':'))]
  if (!algorithm) throw new RegistryError(`${what}: unsupported digest algorithm in ${digest}`)
  const hash = createHash(algorithm)
  let seen = 0
  const transformer: Transformer<Uint8Array, Uint8Array> = {
    transform(chunk, controller) {
      seen += chunk.byteLength
      if (size !== undefined && seen > size) {
        controller.error(new RegistryError(`${what}: more than the expected ${size} bytes`))
        return
      }
      hash.update(chunk)
      controller.enqueue(chunk)
    },
    flush(controller) {
      if (size !== undefined && seen !== size) {
        controller.error(new RegistryError(`${what}: ended after ${seen} of ${size} bytes`, undefined, { transient: true }))
        return
      }
      const actual = `${digest.slice(0, digest.indexOf(':'))}:${hash.digest('hex')}`
      if (actual !== digest) controller.error(new RegistryError(`${what}: the bytes have digest ${actual}: refusing content that does not match its digest`))
    },
  }
  return new TransformStream(transformer)
}

function describe(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const message = e instanceof Error ? e.message : String(e)
    if (message && !parts.includes(message)) parts.push(message)
  }
  return parts.join(': ') || 'unknown error'
}

async function drain(response: Response): Promise<void> {
  await response.arrayBuffer().catch(() => undefined)
}

/** `<url>; rel="next"` from a Link header, resolved against the request URL. */
function nextLink(header: string | null, base: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(',')) {
    const m = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(part)
    if (m) return new URL(m[1]!, base).href
  }
  return undefined
}

/**
 * A small client for the OCI distribution API: anonymous, basic and bearer-token auth
 * (the challenge flow GHCR, Docker Hub and Artifact Registry use), bounded retries, and
 * every manifest and blob checked against its digest.
 */
export class RegistryClient {
  private readonly base: string
  private readonly origin: string
  private readonly fetch: typeof fetch
  private readonly tokens = new Map<string, string>()
  private basic = false

  constructor(private readonly options: RegistryClientOptions) {
    this.base = registryBaseUrl(options.registry)
    this.origin = new URL(this.base).origin
    this.fetch = options.fetch ?? fetch
  }

  get registry(): string {
    return this.options.registry
  }

  /** The retry bounds this client uses, so callers that retry whole operations keep to the same ones. */
  get retry(): RetryPolicy {
    return { attempts: this.options.attempts ?? 4, backoffMs: this.options.backoffMs ?? 500, maxWaitMs: this.options.maxWaitMs ?? 30_000 }
  }

  async headManifest(repository: string, reference: string): Promise<string | undefined> {
    const response = await this.request('HEAD', [pull(repository)], `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_ACCEPT })
    if (response.status === 404) return undefined
    await this.expectOk(response, `HEAD manifest ${repository}:${reference}`)
    const digest = response.headers.get('docker-content-digest')
    if (digest) return digest
    // Some registries omit the header on HEAD; the body's digest is authoritative anyway.
    return (await this.getManifest(repository, reference))?.digest
  }

  /** `accept` defaults to MANIFEST_ACCEPT; pass more types to read an artifact a descriptor announces (e.g. a referrer). */
  async getManifest(repository: string, reference: string, accept: string = MANIFEST_ACCEPT): Promise<Manifest | undefined> {
    const response = await this.request('GET', [pull(repository)], `/v2/${repository}/manifests/${reference}`, { accept })
    if (response.status === 404) return undefined
    await this.expectOk(response, `GET manifest ${repository}:${reference}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    const digest = sha256(bytes)
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new RegistryError(`manifest ${repository}@${reference} from ${this.registry} has digest ${digest}: refusing content that does not match its digest`)
    }
    const json = JSON.parse(bytes.toString()) as Manifest['json']
    const mediaType = json.mediaType ?? response.headers.get('content-type') ?? ''
    return { digest, mediaType, bytes, json }
  }

  /** PUTs manifest bytes under a tag or digest; the bytes are sent as they are, so the digest is kept. */
  async putManifest(repository: string, reference: string, manifest: Pick<Manifest, 'bytes' | 'mediaType'>): Promise<string> {
    return (await this.putManifestResult(repository, reference, manifest)).digest
  }

  /**
   * As putManifest, and also tells whether the registry indexed the manifest's `subject`
   * (it answers `OCI-Subject`): when it did not, a client that writes a referrer keeps the
   * referrers tag schema (`sha256-<hex>`) up to date itself.
   */
  async putManifestResult(
    repository: string,
    reference: string,
    manifest: Pick<Manifest, 'bytes' | 'mediaType'>,
  ): Promise<{ digest: string; subjectIndexed: boolean }> {
    const response = await this.request(
      'PUT',
      [push(repository)],
      `/v2/${repository}/manifests/${reference}`,
      { 'content-type': manifest.mediaType },
      manifest.bytes,
    )
    await this.expectOk(response, `PUT manifest ${repository}:${reference}`)
    await drain(response)
    return { digest: response.headers.get('docker-content-digest') ?? sha256(manifest.bytes), subjectIndexed: response.headers.has('oci-subject') }
  }

  /** The size of a blob in the repository, or undefined when the repository does not have it (404). -1 when the registry does not say. */
  async headBlob(repository: string, digest: string): Promise<number | undefined> {
    const response = await this.request('HEAD', [pull(repository)], `/v2/${repository}/blobs/${digest}`, {})
    if (response.status === 404) return undefined
    await this.expectOk(response, `HEAD blob ${repository}@${digest}`)
    const length = response.headers.get('content-length')
    return length === null ? -1 : Number(length)
  }

  /**
   * Streams a blob, following redirects to storage (without the registry's Authorization when
   * the redirect leaves the registry's origin). The stream is checked against the digest and
   * the size as it flows and errors at the end on a mismatch; nothing is buffered whole.
   */
  async getBlobStream(repository: string, digest: string, expectedSize?: number, options: { signal?: AbortSignal } = {}): Promise<BlobStream> {
    const what = `blob ${repository}@${digest} from ${this.registry}`
    const response = await this.request('GET', [pull(repository)], `/v2/${repository}/blobs/${digest}`, {}, undefined, options.signal)
    await this.expectOk(response, `GET blob ${repository}@${digest}`)
    const header = response.headers.get('content-length')
    const length = header === null || response.headers.has('content-encoding') ? undefined : Number(header)
    if (expectedSize !== undefined && length !== undefined && length !== expectedSize) {
      await response.body?.cancel().catch(() => undefined)
      throw new RegistryError(`${what}: the registry announces ${length} bytes, the descriptor ${expectedSize}`)
    }
    const size = expectedSize ?? length
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() })
    return { size, stream: body.pipeThrough(verifyingStream(digest, size, what)) }
  }

  /**
   * Cross-repository mount: asks the registry to link `digest` from `fromRepository` into
   * `repository` without sending a byte. True when mounted (201); false when the registry
   * opened an upload instead (202), which is cancelled.
   */
  async mountBlob(repository: string, digest: string, fromRepository: string): Promise<boolean> {
    const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(fromRepository)}`
    const response = await this.request('POST', [push(repository), pull(fromRepository)], `/v2/${repository}/blobs/uploads/${query}`, { 'content-length': '0' })
    if (response.status === 201) {
      await drain(response)
      return true
    }
    await this.expectOk(response, `mount of ${digest} from ${fromRepository} into ${repository}`)
    await drain(response)
    const location = response.headers.get('location')
    if (response.status === 202 && location) await this.cancelUpload(repository, location)
    return false
  }

  /**
   * Uploads a blob: POST to open an upload, then one monolithic PUT of the bytes with the
   * digest (a stream is sent as it is read, with its Content-Length, never buffered). A
   * stream can be sent once, so a failed PUT of a stream is not retried here: retry by
   * opening a new stream and calling again. A byte array is retried whole.
   */
  async uploadBlob(repository: string, digest: string, size: number, body: BlobBody): Promise<void> {
    if (!(body instanceof Uint8Array)) return this.uploadOnce(repository, digest, size, body)
    const { attempts } = this.retry
    for (let i = 1; ; i++) {
      try {
        return await this.uploadOnce(repository, digest, size, body)
      } catch (error) {
        if (i >= attempts || !isTransient(error)) throw error
        await this.pause(i, (error as RegistryError).retryAfterMs)
      }
    }
  }

  /**
   * The manifests that refer to `digest`: the OCI referrers API when the registry has it, else
   * (404) the referrers tag schema (`sha256-<hex>`, an index); and in both cases cosign's
   * `sha256-<hex>.sig`, `.att` and `.sbom` tags, which cosign writes whatever the registry supports.
   */
  async listReferrers(repository: string, digest: string): Promise<Referrers> {
    // The three lookups are independent: ask at once.
    const [listed, tagged] = await Promise.all([
      this.referrersFromApiOrIndex(repository, digest),
      Promise.all(cosignTags(digest).map(async (tag) => ({ tag, digest: await this.headManifest(repository, tag) }))),
    ])
    const referrers: Referrer[] = []
    const seen = new Set<string>()
    for (const d of listed.descriptors) {
      if (seen.has(d.digest)) continue
      seen.add(d.digest)
      referrers.push(fromDescriptor(d))
    }
    for (const { tag, digest: found } of tagged) {
      if (!found || seen.has(found)) continue
      const manifest = await this.getManifest(repository, found)
      if (!manifest) continue
      seen.add(found)
      referrers.push({
        digest: found,
        mediaType: manifest.mediaType,
        size: manifest.bytes.length,
        ...(manifest.json.artifactType ? { artifactType: manifest.json.artifactType } : {}),
        tag,
      })
    }
    return { via: listed.via, referrers, ...(listed.index ? { index: listed.index } : {}) }
  }

  /** The referrers API (every page), or when the registry does not have it, the referrers tag schema index. */
  private async referrersFromApiOrIndex(repository: string, digest: string): Promise<{ via: Referrers['via']; descriptors: Descriptor[]; index?: Manifest }> {
    const descriptors: Descriptor[] = []
    let url: string | undefined = `${this.base}/v2/${repository}/referrers/${digest}`
    for (let page = 0; url && page < MAX_REFERRER_PAGES; page++) {
      const response = await this.request('GET', [pull(repository)], url, { accept: OCI_INDEX })
      if (page === 0 && [400, 404, 405, 406, 501].includes(response.status)) {
        await drain(response)
        const index = await this.getManifest(repository, referrersTag(digest))
        return { via: 'tags', descriptors: index?.json.manifests ?? [], ...(index ? { index } : {}) }
      }
      await this.expectOk(response, `GET referrers of ${repository}@${digest}`)
      const json = (await response.json()) as Manifest['json']
      descriptors.push(...(json.manifests ?? []))
      url = nextLink(response.headers.get('link'), url)
    }
    return { via: 'api', descriptors }
  }

  private async uploadOnce(repository: string, digest: string, size: number, body: BlobBody): Promise<void> {
    const what = `upload of blob ${digest} to ${this.registry}/${repository}`
    const started = await this.request('POST', [push(repository)], `/v2/${repository}/blobs/uploads/`, { 'content-length': '0' })
    await this.expectOk(started, `start of the ${what}`)
    await drain(started)
    const location = started.headers.get('location')
    if (started.status !== 202 || !location) {
      throw new RegistryError(`start of the ${what} answered ${started.status} without an upload location`, started.status)
    }
    const url = new URL(location, `${this.base}/v2/${repository}/blobs/uploads/`)
    url.hash = ''
    const target = `${url.href}${url.search ? '&' : '?'}digest=${encodeURIComponent(digest)}`
    const headers: Record<string, string> = {
      'content-type': 'application/octet-stream',
      'content-length': String(size),
      ...(url.origin === this.origin ? this.authHeader([push(repository)].join(' ')) : {}),
    }
    let response: Response
    try {
      // redirect 'error', not 'manual': for any other mode undici clones the request to be able to
      // replay it on a redirect, which tees a stream body and keeps every byte of it in memory.
      response = await this.fetch(target, {
        method: 'PUT',
        headers,
        body,
        redirect: 'error',
        ...(body instanceof Uint8Array ? {} : { duplex: 'half' as const }),
      })
    } catch (error) {
      throw new RegistryError(`${what} failed: ${describe(error)}`, undefined, { transient: isTransient(error), cause: error })
    }
    if (!response.ok) {
      const retryAfterMs = this.retryAfter(response)
      const text = (await response.text().catch(() => '')).slice(0, 300).trim()
      throw new RegistryError(
        `${what} answered ${response.status}${text ? `: ${text}` : ''}`,
        response.status,
        retryAfterMs === undefined ? {} : { retryAfterMs },
      )
    }
    await drain(response)
    const stored = response.headers.get('docker-content-digest')
    if (stored && stored !== digest) throw new RegistryError(`${what}: the registry stored it as ${stored}`)
  }

  private async cancelUpload(repository: string, location: string): Promise<void> {
    const url = new URL(location, `${this.base}/v2/${repository}/blobs/uploads/`)
    if (url.origin !== this.origin) return
    const response = await this.request('DELETE', [push(repository)], url.href, {}).catch(() => undefined)
    if (response) await drain(response)
  }

  private async expectOk(response: Response, what: string): Promise<void> {
    if (response.ok) return
    const body = response.bodyUsed ? '' : (await response.text().catch(() => '')).slice(0, 300)
    const retryAfterMs = this.retryAfter(response)
    throw new RegistryError(
      `${what} on ${this.registry} answered ${response.status}${body ? `: ${body.trim()}` : ''}`,
      response.status,
      retryAfterMs === undefined ? {} : { retryAfterMs },
    )
  }

  /**
   * One call with auth: the credentials or token already known for these scopes go up front;
   * a 401 challenge (Basic, or Bearer with one token request naming every scope) is answered once.
   * `target` is a path under the registry or an absolute URL (an upload location).
   */
  private async request(
    method: string,
    scopes: string[],
    target: string,
    headers: Record<string, string>,
    body?: Buffer,
    signal?: AbortSignal,
  ): Promise<Response> {
    const url = target.startsWith('/') ? `${this.base}${target}` : target
    const key = scopes.join(' ')
    let response = await this.send(method, url, { ...headers, ...this.authHeader(key) }, body, signal)
    if (response.status !== 401) return response
    const challenge = parseChallenge(response.headers.get('www-authenticate'))
    await drain(response)
    if (challenge?.scheme === 'basic') {
      if (!this.options.credentials) throw new RegistryError(`${this.registry} requires credentials (answered 401)`, 401)
      this.basic = true
    } else if (challenge?.scheme === 'bearer') {
      await this.fetchToken(challenge.params, scopes)
    } else {
      throw new RegistryError(`${this.registry} answered 401 without a usable WWW-Authenticate challenge`, 401)
    }
    response = await this.send(method, url, { ...headers, ...this.authHeader(key) }, body, signal)
    if (response.status === 401) throw new RegistryError(`${this.registry} refused the credentials (401) for ${key}`, 401)
    return response
  }

  private authHeader(key: string): Record<string, string> {
    const token = this.tokens.get(key) ?? this.coveringToken(key)
    if (token) return { authorization: `Bearer ${token}` }
    const creds = this.options.credentials
    if (this.basic && creds) return { authorization: basicAuthorization(creds.username, creds.password) }
    return {}
  }

  /** A token already held for a wider grant (`pull,push` on a repository covers `pull` on it). */
  private coveringToken(key: string): string | undefined {
    const wanted = key.split(' ').map(parseScope)
    for (const [held, token] of this.tokens) {
      const grants = held.split(' ').map(parseScope)
      const covered = wanted.every((w) => grants.some((g) => g.resource === w.resource && w.actions.every((a) => g.actions.includes(a))))
      if (covered) return token
    }
    return undefined
  }

  private async fetchToken(params: Record<string, string>, scopes: string[]): Promise<void> {
    const key = scopes.join(' ')
    if (!params.realm) throw new RegistryError(`${this.registry} sent a Bearer challenge without a realm`, 401)
    const url = new URL(params.realm)
    if (params.service) url.searchParams.set('service', params.service)
    for (const scope of scopes) url.searchParams.append('scope', scope)
    const creds = this.options.credentials
    const headers: Record<string, string> = creds ? { authorization: basicAuthorization(creds.username, creds.password) } : {}
    const response = await this.withRetries(() => this.fetch(url, { headers }))
    if (!response.ok) throw new RegistryError(`token request to ${url.host} for ${key} answered ${response.status}`, response.status)
    const body = (await response.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) throw new RegistryError(`token response from ${url.host} held no token`)
    this.tokens.set(key, token)
  }

  /**
   * Sends with retries and follows redirects by hand, so the registry's Authorization never
   * reaches another origin (blob GETs are commonly redirected to object storage).
   */
  private async send(method: string, url: string, headers: Record<string, string>, body?: Buffer, signal?: AbortSignal): Promise<Response> {
    let current = url
    for (let hop = 0; ; hop++) {
      const hopHeaders = new URL(current).origin === this.origin ? headers : withoutAuthorization(headers)
      const hopMethod = method
      const hopBody = body
      const response = await this.withRetries(() =>
        this.fetch(current, {
          method: hopMethod,
          headers: hopHeaders,
          ...(hopBody ? { body: hopBody } : {}),
          ...(signal ? { signal } : {}),
          redirect: 'manual',
        }),
      )
      const location = response.headers.get('location')
      if (!REDIRECTS.has(response.status) || !location) return response
      await drain(response)
      if (hop >= MAX_REDIRECTS) throw new RegistryError(`${method} ${url} on ${this.registry}: more than ${MAX_REDIRECTS} redirects`)
      current = new URL(location, current).href
      if (response.status === 303 && method !== 'HEAD') {
        method = 'GET'
        body = undefined
      }
    }
  }

  private retryAfter(response: Response): number | undefined {
    const header = response.headers.get('retry-after')
    if (!header) return undefined
    const seconds = Number(header)
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
    const date = Date.parse(header)
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined
  }

  /** Waits before attempt i+1: Retry-After when given, else exponential back-off; capped by maxWaitMs. */
  private async pause(attempt: number, retryAfterMs?: number): Promise<void> {
    const { backoffMs, maxWaitMs } = this.retry
    const wait = retryAfterMs !== undefined && retryAfterMs > 0 ? retryAfterMs : backoffMs * 2 ** (attempt - 1)
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, maxWaitMs)))
  }

  /** Retries 429, 5xx and connection errors with back-off, bounded in count and in wait. */
  private async withRetries(attempt: () => Promise<Response>): Promise<Response> {
    const { attempts } = this.retry
    for (let i = 1; ; i++) {
      let response: Response | undefined
      try {
        response = await attempt()
        if (response.status !== 429 && response.status < 500) return response
        if (i >= attempts) return response
      } catch (error) {
        if (i >= attempts) throw new RegistryError(`cannot reach ${this.registry}: ${(error as Error).message}`, undefined, { transient: true, cause: error })
      }
      const retryAfter = response ? this.retryAfter(response) : undefined
      if (response) await drain(response)
      await this.pause(i, retryAfter)
    }
  }
}

function pull(repository: string): string {
  return `repository:${repository}:pull`
}

function push(repository: string): string {
  return `repository:${repository}:pull,push`
}

/** `repository:org/app:pull,push` → resource `repository:org/app`, actions [pull, push]. */
function parseScope(scope: string): { resource: string; actions: string[] } {
  const colon = scope.lastIndexOf(':')
  return { resource: scope.slice(0, colon), actions: scope.slice(colon + 1).split(',') }
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
}

function fromDescriptor(d: Descriptor): Referrer {
  return {
    digest: d.digest,
    mediaType: d.mediaType ?? '',
    ...(d.size !== undefined ? { size: d.size } : {}),
    ...(d.artifactType ? { artifactType: d.artifactType } : {}),
    ...(d.annotations ? { annotations: d.annotations } : {}),
  }
}
