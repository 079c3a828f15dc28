import { createHash } from 'node:crypto'
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

export interface Manifest {
  digest: string
  mediaType: string
  bytes: Buffer
  json: { mediaType?: string; config?: { digest: string }; manifests?: Array<{ digest: string; platform?: unknown }>; layers?: Array<{ digest: string; size: number }> }
}

export class RegistryError extends Error {
  override name = 'RegistryError'
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
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

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/**
 * A small client for the OCI distribution API: anonymous, basic and bearer-token auth
 * (the challenge flow GHCR, Docker Hub and Artifact Registry use), bounded retries, and
 * every manifest checked against its digest.
 */
export class RegistryClient {
  private readonly base: string
  private readonly fetch: typeof fetch
  private readonly tokens = new Map<string, string>()
  private basic = false

  constructor(private readonly options: RegistryClientOptions) {
    this.base = registryBaseUrl(options.registry)
    this.fetch = options.fetch ?? fetch
  }

  get registry(): string {
    return this.options.registry
  }

  async headManifest(repository: string, reference: string): Promise<string | undefined> {
    const response = await this.request('HEAD', repository, `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_ACCEPT }, 'pull')
    if (response.status === 404) return undefined
    await this.expectOk(response, `HEAD manifest ${repository}:${reference}`)
    const digest = response.headers.get('docker-content-digest')
    if (digest) return digest
    // Some registries omit the header on HEAD; the body's digest is authoritative anyway.
    return (await this.getManifest(repository, reference))?.digest
  }

  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const response = await this.request('GET', repository, `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_ACCEPT }, 'pull')
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
    const response = await this.request(
      'PUT',
      repository,
      `/v2/${repository}/manifests/${reference}`,
      { 'content-type': manifest.mediaType },
      'pull,push',
      manifest.bytes,
    )
    await this.expectOk(response, `PUT manifest ${repository}:${reference}`)
    return response.headers.get('docker-content-digest') ?? sha256(manifest.bytes)
  }

  private async expectOk(response: Response, what: string): Promise<void> {
    if (response.ok) return
    const body = response.bodyUsed ? '' : (await response.text().catch(() => '')).slice(0, 300)
    throw new RegistryError(`${what} on ${this.registry} answered ${response.status}${body ? `: ${body.trim()}` : ''}`, response.status)
  }

  private async request(
    method: string,
    repository: string,
    path: string,
    headers: Record<string, string>,
    actions: string,
    body?: Buffer,
  ): Promise<Response> {
    const scope = `repository:${repository}:${actions}`
    let response = await this.send(method, path, { ...headers, ...this.authHeader(scope) }, body)
    if (response.status !== 401) return response
    const challenge = parseChallenge(response.headers.get('www-authenticate'))
    await response.arrayBuffer().catch(() => undefined)
    if (challenge?.scheme === 'basic') {
      if (!this.options.credentials) throw new RegistryError(`${this.registry} requires credentials (answered 401)`, 401)
      this.basic = true
    } else if (challenge?.scheme === 'bearer') {
      await this.fetchToken(challenge.params, scope)
    } else {
      throw new RegistryError(`${this.registry} answered 401 without a usable WWW-Authenticate challenge`, 401)
    }
    response = await this.send(method, path, { ...headers, ...this.authHeader(scope) }, body)
    if (response.status === 401) throw new RegistryError(`${this.registry} refused the credentials (401) for ${scope}`, 401)
    return response
  }

  private authHeader(scope: string): Record<string, string> {
    const token = this.tokens.get(scope)
    if (token) return { authorization: `Bearer ${token}` }
    const creds = this.options.credentials
    if (this.basic && creds) return { authorization: basicAuthorization(creds.username, creds.password) }
    return {}
  }

  private async fetchToken(params: Record<string, string>, scope: string): Promise<void> {
    if (!params.realm) throw new RegistryError(`${this.registry} sent a Bearer challenge without a realm`, 401)
    const url = new URL(params.realm)
    if (params.service) url.searchParams.set('service', params.service)
    url.searchParams.set('scope', scope)
    const creds = this.options.credentials
    const headers: Record<string, string> = creds ? { authorization: basicAuthorization(creds.username, creds.password) } : {}
    const response = await this.withRetries(() => this.fetch(url, { headers }))
    if (!response.ok) throw new RegistryError(`token request to ${url.host} for ${scope} answered ${response.status}`, response.status)
    const body = (await response.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) throw new RegistryError(`token response from ${url.host} held no token`)
    this.tokens.set(scope, token)
  }

  private send(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Response> {
    return this.withRetries(() => this.fetch(`${this.base}${path}`, { method, headers, ...(body ? { body } : {}), redirect: 'follow' }))
  }

  /** Retries 429, 5xx and connection errors with back-off, bounded in count and in wait. */
  private async withRetries(attempt: () => Promise<Response>): Promise<Response> {
    const attempts = this.options.attempts ?? 4
    const backoff = this.options.backoffMs ?? 500
    const maxWait = this.options.maxWaitMs ?? 30_000
    for (let i = 1; ; i++) {
      let response: Response | undefined
      try {
        response = await attempt()
        if (response.status !== 429 && response.status < 500) return response
        if (i >= attempts) return response
      } catch (error) {
        if (i >= attempts) throw new RegistryError(`cannot reach ${this.registry}: ${(error as Error).message}`)
      }
      const retryAfter = Number(response?.headers.get('retry-after'))
      await response?.arrayBuffer().catch(() => undefined)
      const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff * 2 ** (i - 1)
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, maxWait)))
    }
  }
}
