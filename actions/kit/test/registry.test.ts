import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  MANIFEST_ACCEPT,
  RegistryClient,
  RegistryError,
  authFileCandidates,
  basicAuthorization,
  credentialsFromAuthFiles,
  credentialsFromConfig,
  formatName,
  isLoopback,
  parseChallenge,
  parseImageName,
  parseReference,
  registryBaseUrl,
  sha256,
  type RegistryClientOptions,
} from '../src/registry/index.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const b64 = (value: string): string => Buffer.from(value).toString('base64')
const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

describe('parseReference', () => {
  test.each([
    ['app', { registry: 'docker.io', repository: 'library/app' }],
    ['app:1.0', { registry: 'docker.io', repository: 'library/app', tag: '1.0' }],
    ['octo/app', { registry: 'docker.io', repository: 'octo/app' }],
    ['docker.io/app', { registry: 'docker.io', repository: 'library/app' }],
    ['ghcr.io/o/a', { registry: 'ghcr.io', repository: 'o/a' }],
    ['ghcr.io/o/a:tag', { registry: 'ghcr.io', repository: 'o/a', tag: 'tag' }],
    [`ghcr.io/o/a@${DIGEST}`, { registry: 'ghcr.io', repository: 'o/a', digest: DIGEST }],
    [`ghcr.io/o/a:tag@${DIGEST}`, { registry: 'ghcr.io', repository: 'o/a', tag: 'tag', digest: DIGEST }],
    ['127.0.0.1:5000/a/b:1', { registry: '127.0.0.1:5000', repository: 'a/b', tag: '1' }],
    ['localhost:5000/x', { registry: 'localhost:5000', repository: 'x' }],
    ['localhost/x:v2', { registry: 'localhost', repository: 'x', tag: 'v2' }],
    ['[::1]:5000/x', { registry: '[::1]:5000', repository: 'x' }],
    ['europe-docker.pkg.dev/proj/repo/img:v1.2.3-rc_1', { registry: 'europe-docker.pkg.dev', repository: 'proj/repo/img', tag: 'v1.2.3-rc_1' }],
    ['ghcr.io/o/my_app.web--x', { registry: 'ghcr.io', repository: 'o/my_app.web--x' }],
    [`ghcr.io/o/a:${'t'.repeat(128)}`, { registry: 'ghcr.io', repository: 'o/a', tag: 't'.repeat(128) }],
  ])('%s', (ref, expected) => {
    expect(parseReference(ref)).toEqual(expected)
  })

  test.each([
    ['empty', ''],
    ['uppercase repository', 'ghcr.io/Octo/App'],
    ['uppercase image on Docker Hub', 'App'],
    ['a tag starting with a dot', 'app:.bad'],
    ['a tag starting with a dash', 'app:-bad'],
    ['an empty tag', 'app:'],
    ['a tag too long', `app:${'t'.repeat(129)}`],
    ['a tag with a slash-free colon mess', 'app:a:b'],
    ['a short digest', 'app@sha256:abc'],
    ['an uppercase digest', `app@sha256:${'A'.repeat(64)}`],
    ['another algorithm', `app@md5:${'a'.repeat(32)}`],
    ['an empty digest', 'app@'],
    ['only a tag', ':tag'],
    ['an empty path component', 'ghcr.io//a'],
    ['a trailing slash', 'ghcr.io/o/'],
    ['spaces', 'ghcr.io/o/a b'],
    ['a bad registry host', 'bad_host.io:5000/x'],
  ])('refuses %s', (_label, ref) => {
    expect(parseReference(ref)).toBeUndefined()
  })
})

describe('parseImageName', () => {
  test.each([
    ['app', 'docker.io/library/app'],
    ['octo/app', 'docker.io/octo/app'],
    ['ghcr.io/o/a', 'ghcr.io/o/a'],
    ['localhost/x', 'localhost/x'],
    ['127.0.0.1:5000/a/b', '127.0.0.1:5000/a/b'],
  ])('%s → %s', (name, expected) => {
    const parsed = parseImageName(name)
    expect(parsed).toBeDefined()
    expect(formatName(parsed!)).toBe(expected)
  })

  test.each(['', 'ghcr.io/o/a:tag', 'Upper/app', `o/${'a'.repeat(256)}`])('refuses %j', (name) => {
    expect(parseImageName(name)).toBeUndefined()
  })
})

describe('isLoopback', () => {
  test.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1', true],
    ['127.0.0.1:5000', true],
    ['127.8.9.10:80', true],
    ['[::1]', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['docker.io', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io:5000', false],
    ['10.0.0.1:5000', false],
    ['[::2]:5000', false],
  ])('%s → %s', (registry, expected) => {
    expect(isLoopback(registry)).toBe(expected)
  })
})

describe('registryBaseUrl', () => {
  test.each([
    ['docker.io', 'https://registry-1.docker.io'],
    ['ghcr.io', 'https://ghcr.io'],
    ['registry.example.com:5000', 'https://registry.example.com:5000'],
    ['localhost:5000', 'http://localhost:5000'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['[::1]:5000', 'http://[::1]:5000'],
  ])('%s → %s', (registry, expected) => {
    expect(registryBaseUrl(registry)).toBe(expected)
  })
})

describe('parseChallenge', () => {
  test.each([
    [
      'Bearer with quoted params and commas inside quotes',
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/app:pull,push"',
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/app:pull,push' } },
    ],
    [
      'Bearer with spaces after commas and an error',
      'Bearer realm="https://ghcr.io/token", service="ghcr.io", scope="repository:o/a:pull", error="insufficient_scope"',
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:o/a:pull', error: 'insufficient_scope' } },
    ],
    ['Basic with a realm containing spaces', 'Basic realm="Registry Realm"', { scheme: 'basic', params: { realm: 'Registry Realm' } }],
    [
      'unquoted params and mixed-case names',
      'BEARER Realm=https://x/token,Service=x',
      { scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } },
    ],
    ['an escaped quote inside a value', 'Basic realm="say \\"hi\\""', { scheme: 'basic', params: { realm: 'say "hi"' } }],
    ['a scheme without params', 'Basic', { scheme: 'basic', params: {} }],
  ])('%s', (_label, header, expected) => {
    expect(parseChallenge(header)).toEqual(expected)
  })

  test.each([null, ''])('%j → undefined', (header) => {
    expect(parseChallenge(header)).toBeUndefined()
  })
})

describe('credentialsFromConfig', () => {
  test.each([
    ['auth as base64 user:password', { auths: { 'ghcr.io': { auth: b64('octo:pw') } } }, 'ghcr.io', { username: 'octo', password: 'pw' }],
    ['a password containing colons', { auths: { 'ghcr.io': { auth: b64('octo:p:w:d') } } }, 'ghcr.io', { username: 'octo', password: 'p:w:d' }],
    ['the username/password form', { auths: { 'ghcr.io': { username: 'octo', password: 'pw' } } }, 'ghcr.io', { username: 'octo', password: 'pw' }],
    ['a key written with https://', { auths: { 'https://ghcr.io': { auth: b64('octo:pw') } } }, 'ghcr.io', { username: 'octo', password: 'pw' }],
    ['a key with a trailing slash', { auths: { 'registry.example.com/': { auth: b64('u:p') } } }, 'registry.example.com', { username: 'u', password: 'p' }],
    ['a loopback key with http://', { auths: { 'http://localhost:5000': { auth: b64('u:p') } } }, 'localhost:5000', { username: 'u', password: 'p' }],
    [
      'docker.io under the legacy index key',
      { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } } },
      'docker.io',
      { username: 'hub', password: 'pw' },
    ],
    ['docker.io under its own name', { auths: { 'docker.io': { auth: b64('hub:pw') } } }, 'docker.io', { username: 'hub', password: 'pw' }],
    [
      'an auth without a colon falls back to username/password',
      { auths: { 'ghcr.io': { auth: b64('nocolon'), username: 'u', password: 'p' } } },
      'ghcr.io',
      { username: 'u', password: 'p' },
    ],
  ])('%s', (_label, config, registry, expected) => {
    expect(credentialsFromConfig(config, registry)).toEqual(expected)
  })

  test.each([
    ['another registry only', { auths: { 'quay.io': { auth: b64('u:p') } } }, 'ghcr.io'],
    ['an entry with a credential helper only', { auths: { 'ghcr.io': {} }, credHelpers: { 'ghcr.io': 'gcloud' } }, 'ghcr.io'],
    ['an auth without a colon', { auths: { 'ghcr.io': { auth: b64('nocolon') } } }, 'ghcr.io'],
    ['no auths at all', {}, 'ghcr.io'],
    ['null', null, 'ghcr.io'],
    ['docker.io is not matched by a suffix', { auths: { 'mirror.docker.io.example': { auth: b64('u:p') } } }, 'docker.io'],
  ])('absent: %s', (_label, config, registry) => {
    expect(credentialsFromConfig(config, registry)).toBeUndefined()
  })
})

describe('credentials from the auth files that docker, podman and buildah login write', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kit-auth-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })
  const write = (path: string, content: unknown): string => {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
    return path
  }

  test('reads $DOCKER_CONFIG/config.json', async () => {
    write(join(dir, 'docker', 'config.json'), { auths: { 'ghcr.io': { auth: b64('octo:pw') } } })
    expect(await credentialsFromAuthFiles('ghcr.io', { DOCKER_CONFIG: join(dir, 'docker') })).toEqual({ username: 'octo', password: 'pw' })
  })

  test('falls back to $HOME/.docker/config.json', async () => {
    write(join(dir, '.docker', 'config.json'), { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } } })
    expect(await credentialsFromAuthFiles('docker.io', { HOME: dir })).toEqual({ username: 'hub', password: 'pw' })
  })

  test('REGISTRY_AUTH_FILE, then $XDG_RUNTIME_DIR/containers/auth.json, then the Docker config', async () => {
    const env = {
      REGISTRY_AUTH_FILE: write(join(dir, 'explicit.json'), { auths: { 'a.example': { auth: b64('explicit:1') } } }),
      XDG_RUNTIME_DIR: join(dir, 'run'),
      DOCKER_CONFIG: join(dir, 'docker'),
    }
    write(join(dir, 'run', 'containers', 'auth.json'), { auths: { 'a.example': { auth: b64('podman:2') }, 'b.example': { auth: b64('podman:2') } } })
    write(join(dir, 'docker', 'config.json'), { auths: { 'b.example': { auth: b64('docker:3') }, 'c.example': { auth: b64('docker:3') } } })
    expect(authFileCandidates(env)).toEqual([env.REGISTRY_AUTH_FILE, join(dir, 'run', 'containers', 'auth.json'), join(dir, 'docker', 'config.json')])
    expect(await credentialsFromAuthFiles('a.example', env)).toEqual({ username: 'explicit', password: '1' })
    expect(await credentialsFromAuthFiles('b.example', env)).toEqual({ username: 'podman', password: '2' })
    expect(await credentialsFromAuthFiles('c.example', env)).toEqual({ username: 'docker', password: '3' })
  })

  test('a missing or unreadable file is skipped', async () => {
    const env = { REGISTRY_AUTH_FILE: write(join(dir, 'broken.json'), '{not json'), XDG_RUNTIME_DIR: join(dir, 'none'), DOCKER_CONFIG: join(dir, 'docker') }
    write(join(dir, 'docker', 'config.json'), { auths: { 'ghcr.io': { auth: b64('octo:pw') } } })
    expect(await credentialsFromAuthFiles('ghcr.io', env)).toEqual({ username: 'octo', password: 'pw' })
  })

  test('no file holds the registry → undefined', async () => {
    expect(await credentialsFromAuthFiles('ghcr.io', { DOCKER_CONFIG: join(dir, 'empty') })).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------------------------
// RegistryClient against a tiny in-memory registry behind a fake fetch (no network).

interface Call {
  method: string
  url: URL
  headers: Headers
  body?: Buffer
}

type Auth = { kind: 'anonymous' } | { kind: 'basic'; username: string; password: string } | { kind: 'bearer'; username?: string; password?: string }

const REALM = 'http://auth.test/token'
const SERVICE = 'registry.test'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

/** One stored manifest: bytes as pushed, its media type, and the digest of the bytes. */
function manifestBytes(config: string): Buffer {
  // Deliberately not canonical JSON (spacing, key order): the digest is of these exact bytes.
  return Buffer.from(`{\n  "schemaVersion": 2,\n  "mediaType": "${OCI_MANIFEST}",\n  "config": {"digest": "${config}", "size": 2}\n}`)
}

function fakeRegistry(auth: Auth = { kind: 'anonymous' }) {
  const manifests = new Map<string, { bytes: Buffer; mediaType: string }>()
  const calls: Call[] = []
  const tokenCalls: Call[] = []
  /** Responses served before the registry answers for real: one per call, for fault injection. */
  const faults: Array<() => Response | Promise<Response>> = []
  let omitDigestOnHead = false

  const put = (repository: string, reference: string, bytes: Buffer, mediaType = OCI_MANIFEST): string => {
    const digest = digestOf(bytes)
    manifests.set(`${repository}@${digest}`, { bytes, mediaType })
    manifests.set(`${repository}@${reference}`, { bytes, mediaType })
    return digest
  }

  const authorized = (headers: Headers, scope: string): boolean => {
    const header = headers.get('authorization')
    if (auth.kind === 'anonymous') return true
    if (auth.kind === 'basic') return header === basicAuthorization(auth.username, auth.password)
    return header === `Bearer token-for(${scope})`
  }

  const challenge = (scope: string): Response =>
    new Response(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED' }] }), {
      status: 401,
      headers: {
        'www-authenticate': auth.kind === 'basic' ? 'Basic realm="fake"' : `Bearer realm="${REALM}",service="${SERVICE}",scope="${scope}"`,
      },
    })

  const registry = async (call: Call): Promise<Response> => {
    const match = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(call.url.pathname)
    if (!match) return new Response('not found', { status: 404 })
    const [, repository, reference] = match as unknown as [string, string, string]
    const scope = `repository:${repository}:${call.method === 'PUT' ? 'pull,push' : 'pull'}`
    if (!authorized(call.headers, scope)) return challenge(scope)
    if (call.method === 'PUT') {
      const digest = put(repository, reference, call.body!, call.headers.get('content-type') ?? '')
      return new Response(null, { status: 201, headers: { 'docker-content-digest': digest } })
    }
    const stored = manifests.get(`${repository}@${reference}`)
    if (!stored) return new Response(call.method === 'HEAD' ? null : '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}', { status: 404 })
    const headers: Record<string, string> = { 'content-type': stored.mediaType, 'content-length': String(stored.bytes.length) }
    if (!(call.method === 'HEAD' && omitDigestOnHead)) headers['docker-content-digest'] = digestOf(stored.bytes)
    return new Response(call.method === 'HEAD' ? null : new Uint8Array(stored.bytes), { status: 200, headers })
  }

  const token = (call: Call): Response => {
    if (auth.kind !== 'bearer') return new Response('no', { status: 404 })
    if (auth.username && call.headers.get('authorization') !== basicAuthorization(auth.username, auth.password ?? '')) {
      return new Response('{"details":"incorrect username or password"}', { status: 401 })
    }
    return Response.json({ token: `token-for(${call.url.searchParams.get('scope')})` })
  }

  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input))
    const body = init?.body ? Buffer.from(init.body as Uint8Array) : undefined
    const call: Call = { method: init?.method ?? 'GET', url, headers: new Headers(init?.headers), ...(body ? { body } : {}) }
    if (url.href.startsWith(REALM)) {
      tokenCalls.push(call)
      return token(call)
    }
    calls.push(call)
    const fault = faults.shift()
    return fault ? fault() : registry(call)
  }

  const client = (options: Partial<RegistryClientOptions> = {}): RegistryClient =>
    new RegistryClient({ registry: '127.0.0.1:1', fetch: fetch as typeof globalThis.fetch, backoffMs: 1, maxWaitMs: 5, ...options })

  return {
    client,
    put,
    calls,
    tokenCalls,
    faults,
    omitDigestOnHead: () => {
      omitDigestOnHead = true
    },
  }
}

describe('RegistryClient authentication', () => {
  test('anonymous: answers at once, without an authorization header, over http for loopback', async () => {
    const reg = fakeRegistry()
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    expect(await reg.client().headManifest('o/app', 'v1')).toBe(digest)
    expect(reg.calls).toHaveLength(1)
    expect(reg.calls[0]!.url.href).toBe('http://127.0.0.1:1/v2/o/app/manifests/v1')
    expect(reg.calls[0]!.headers.get('authorization')).toBeNull()
  })

  test('Basic challenge: retried with the Basic credentials, which are then sent up front', async () => {
    const reg = fakeRegistry({ kind: 'basic', username: 'octo', password: 'pw' })
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    const client = reg.client({ credentials: { username: 'octo', password: 'pw' } })
    expect(await client.headManifest('o/app', 'v1')).toBe(digest)
    expect(reg.calls.map((c) => c.headers.get('authorization'))).toEqual([null, `Basic ${b64('octo:pw')}`])
    expect(await client.headManifest('o/app', 'v1')).toBe(digest)
    expect(reg.calls).toHaveLength(3)
  })

  test('Basic challenge without credentials: a clear error', async () => {
    const reg = fakeRegistry({ kind: 'basic', username: 'octo', password: 'pw' })
    await expect(reg.client().headManifest('o/app', 'v1')).rejects.toThrow('127.0.0.1:1 requires credentials (answered 401)')
  })

  test('Basic challenge with wrong credentials: refused, no loop', async () => {
    const reg = fakeRegistry({ kind: 'basic', username: 'octo', password: 'pw' })
    const error = await reg
      .client({ credentials: { username: 'octo', password: 'wrong' } })
      .headManifest('o/app', 'v1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error).toMatchObject({ status: 401, message: '127.0.0.1:1 refused the credentials (401) for repository:o/app:pull' })
    expect(reg.calls).toHaveLength(2)
  })

  test('Bearer challenge: a pull token is fetched from the realm with service and scope, then used', async () => {
    const reg = fakeRegistry({ kind: 'bearer' })
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    const client = reg.client()
    expect(await client.headManifest('o/app', 'v1')).toBe(digest)
    expect(reg.tokenCalls).toHaveLength(1)
    const tokenUrl = reg.tokenCalls[0]!.url
    expect(`${tokenUrl.origin}${tokenUrl.pathname}`).toBe(REALM)
    expect(tokenUrl.searchParams.get('service')).toBe(SERVICE)
    expect(tokenUrl.searchParams.get('scope')).toBe('repository:o/app:pull')
    expect(reg.tokenCalls[0]!.headers.get('authorization')).toBeNull() // anonymous token
    expect(reg.calls.map((c) => c.headers.get('authorization'))).toEqual([null, 'Bearer token-for(repository:o/app:pull)'])

    // The token is kept for its scope: the next pull needs no new token and no challenge.
    await client.headManifest('o/app', 'v1')
    expect(reg.tokenCalls).toHaveLength(1)
    expect(reg.calls).toHaveLength(3)
  })

  test('Bearer challenge with credentials: the token request carries them as Basic', async () => {
    const reg = fakeRegistry({ kind: 'bearer', username: 'octo', password: 'pw' })
    reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    await reg.client({ credentials: { username: 'octo', password: 'pw' } }).getManifest('o/app', 'v1')
    expect(reg.tokenCalls[0]!.headers.get('authorization')).toBe(`Basic ${b64('octo:pw')}`)
  })

  test('Bearer token refused: an error naming the scope', async () => {
    const reg = fakeRegistry({ kind: 'bearer', username: 'octo', password: 'pw' })
    const error = await reg
      .client({ credentials: { username: 'octo', password: 'wrong' } })
      .headManifest('o/app', 'v1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).message).toBe('token request to auth.test for repository:o/app:pull answered 401')
  })

  test('PUT asks for a pull,push token', async () => {
    const reg = fakeRegistry({ kind: 'bearer' })
    await reg.client().putManifest('o/app', 'v1', { bytes: manifestBytes('sha256:c1'), mediaType: OCI_MANIFEST })
    expect(reg.tokenCalls.map((c) => c.url.searchParams.get('scope'))).toEqual(['repository:o/app:pull,push'])
    expect(reg.calls.at(-1)!.headers.get('authorization')).toBe('Bearer token-for(repository:o/app:pull,push)')
  })

  test('a 401 without a usable challenge is an error', async () => {
    const reg = fakeRegistry()
    reg.faults.push(() => new Response('', { status: 401 }))
    await expect(reg.client().headManifest('o/app', 'v1')).rejects.toThrow('127.0.0.1:1 answered 401 without a usable WWW-Authenticate challenge')
  })
})

describe('RegistryClient retries, bounded', () => {
  test('429 with Retry-After, then 200: retried, and a long Retry-After is capped by maxWaitMs', async () => {
    const reg = fakeRegistry()
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    reg.faults.push(() => new Response('slow down', { status: 429, headers: { 'retry-after': '30' } }))
    const started = Date.now()
    expect(await reg.client({ maxWaitMs: 5 }).headManifest('o/app', 'v1')).toBe(digest)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(reg.calls).toHaveLength(2)
  })

  test.each([500, 502, 503])('%d then 200: retried', async (status) => {
    const reg = fakeRegistry()
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    reg.faults.push(() => new Response('unavailable', { status }))
    expect(await reg.client().headManifest('o/app', 'v1')).toBe(digest)
    expect(reg.calls).toHaveLength(2)
  })

  test('a connection error, then 200: retried', async () => {
    const reg = fakeRegistry()
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    reg.faults.push(() => Promise.reject(new TypeError('fetch failed')))
    expect(await reg.client().headManifest('o/app', 'v1')).toBe(digest)
    expect(reg.calls).toHaveLength(2)
  })

  test('always 503: gives up after `attempts` calls with the status', async () => {
    const reg = fakeRegistry()
    for (let i = 0; i < 10; i++) reg.faults.push(() => new Response('down for maintenance', { status: 503 }))
    const error = await reg
      .client({ attempts: 3 })
      .getManifest('o/app', 'v1')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error).toMatchObject({ status: 503, message: 'GET manifest o/app:v1 on 127.0.0.1:1 answered 503: down for maintenance' })
    expect(reg.calls).toHaveLength(3)
  })

  test('always unreachable: gives up after `attempts` calls', async () => {
    const reg = fakeRegistry()
    for (let i = 0; i < 10; i++) reg.faults.push(() => Promise.reject(new TypeError('fetch failed')))
    await expect(reg.client({ attempts: 2 }).headManifest('o/app', 'v1')).rejects.toThrow('cannot reach 127.0.0.1:1: fetch failed')
    expect(reg.calls).toHaveLength(2)
  })

  test.each([400, 403, 404])('%d is an answer, not a fault: not retried', async (status) => {
    const reg = fakeRegistry()
    reg.faults.push(() => new Response('no', { status }))
    await reg
      .client()
      .getManifest('o/app', 'v1')
      .catch(() => undefined)
    expect(reg.calls).toHaveLength(1)
  })
})

describe('RegistryClient manifests', () => {
  test('headManifest asks for all four manifest media types', async () => {
    const reg = fakeRegistry()
    reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    await reg.client().headManifest('o/app', 'v1')
    const accept = reg.calls[0]!.headers.get('accept')!
      .split(',')
      .map((type) => type.trim())
    expect(accept.sort()).toEqual(
      [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.docker.distribution.manifest.v2+json',
      ].sort(),
    )
    expect(reg.calls[0]!.headers.get('accept')).toBe(MANIFEST_ACCEPT)
    expect(reg.calls[0]!.method).toBe('HEAD')
  })

  test('headManifest: 404 → undefined', async () => {
    const reg = fakeRegistry()
    expect(await reg.client().headManifest('o/app', 'missing')).toBeUndefined()
  })

  test('headManifest: without Docker-Content-Digest, the digest of the fetched body', async () => {
    const reg = fakeRegistry()
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    reg.omitDigestOnHead()
    expect(await reg.client().headManifest('o/app', 'v1')).toBe(digest)
    expect(reg.calls.map((c) => c.method)).toEqual(['HEAD', 'GET'])
  })

  test('getManifest returns the exact bytes, their digest, media type and parsed JSON', async () => {
    const reg = fakeRegistry()
    const bytes = manifestBytes('sha256:c1')
    const digest = reg.put('o/app', 'v1', bytes)
    const manifest = await reg.client().getManifest('o/app', 'v1')
    expect(manifest).toBeDefined()
    expect(manifest!.bytes.equals(bytes)).toBe(true)
    expect(manifest!.digest).toBe(digest)
    expect(manifest!.digest).toBe(sha256(bytes))
    expect(manifest!.mediaType).toBe(OCI_MANIFEST)
    expect(manifest!.json.config).toEqual({ digest: 'sha256:c1', size: 2 })
    expect(reg.calls[0]!.headers.get('accept')).toBe(MANIFEST_ACCEPT)
  })

  test('getManifest by digest returns content that matches it', async () => {
    const reg = fakeRegistry()
    const digest = reg.put('o/app', 'v1', manifestBytes('sha256:c1'))
    expect((await reg.client().getManifest('o/app', digest))?.digest).toBe(digest)
  })

  test('getManifest refuses a body whose sha256 does not match the requested digest', async () => {
    const reg = fakeRegistry()
    const real = manifestBytes('sha256:real')
    const requested = digestOf(real)
    reg.put('o/app', requested, manifestBytes('sha256:tampered')) // stored under the wrong digest
    const error = await reg
      .client()
      .getManifest('o/app', requested)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toContain(`manifest o/app@${requested} from 127.0.0.1:1 has digest ${digestOf(manifestBytes('sha256:tampered'))}`)
    expect((error as Error).message).toContain('refusing content that does not match its digest')
  })

  test('getManifest: 404 → undefined', async () => {
    const reg = fakeRegistry()
    expect(await reg.client().getManifest('o/app', 'missing')).toBeUndefined()
  })

  test('putManifest sends the bytes unchanged with their media type and returns the digest', async () => {
    const reg = fakeRegistry()
    const bytes = manifestBytes('sha256:c1')
    const digest = await reg.client().putManifest('o/app', 'v2', { bytes, mediaType: OCI_MANIFEST })
    expect(digest).toBe(digestOf(bytes))
    const put = reg.calls[0]!
    expect(put.method).toBe('PUT')
    expect(put.url.pathname).toBe('/v2/o/app/manifests/v2')
    expect(put.headers.get('content-type')).toBe(OCI_MANIFEST)
    expect(put.body!.equals(bytes)).toBe(true)
    expect(await reg.client().headManifest('o/app', 'v2')).toBe(digest)
  })

  test('putManifest without a Docker-Content-Digest answer computes the digest of the bytes', async () => {
    const reg = fakeRegistry()
    reg.faults.push(() => new Response(null, { status: 201 }))
    const bytes = manifestBytes('sha256:c1')
    expect(await reg.client().putManifest('o/app', 'v2', { bytes, mediaType: OCI_MANIFEST })).toBe(digestOf(bytes))
  })

  test("putManifest refused: the status and the registry's explanation", async () => {
    const reg = fakeRegistry()
    reg.faults.push(() => new Response('{"errors":[{"code":"TAG_INVALID"}]}', { status: 400 }))
    const error = await reg
      .client()
      .putManifest('o/app', 'v2', { bytes: manifestBytes('x'), mediaType: OCI_MANIFEST })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 400, message: 'PUT manifest o/app:v2 on 127.0.0.1:1 answered 400: {"errors":[{"code":"TAG_INVALID"}]}' })
  })

  test('a public registry is spoken to over https at its API host', async () => {
    const urls: string[] = []
    const fetch = (async (input: string | URL | Request) => {
      urls.push(String(input))
      return new Response(null, { status: 404 })
    }) as typeof globalThis.fetch
    await new RegistryClient({ registry: 'docker.io', fetch }).headManifest('library/app', 'v1')
    expect(urls).toEqual(['https://registry-1.docker.io/v2/library/app/manifests/v1'])
  })
})
