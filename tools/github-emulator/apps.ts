// GitHub Apps in the emulator: an App (id, slug, public key) installed on some repositories
// with some permissions. The App authenticates with a JWT it signs with its private key
// (RS256; `iss` = the App id; at most 10 minutes between `iat` and `exp`), verified here
// against the registered public key exactly as GitHub does; with it, it asks for an
// installation access token, which may be narrowed to fewer repositories and permissions,
// never widened. The token then acts as `<slug>[bot]` with just those grants.
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto'
import type { EmulatorState } from './state.js'
import type { Access, Permissions, Scope, TokenRecord } from './records.js'

export interface AppInstallation {
  id: number
  appId: number
  /** The account it is installed on (user or organization login). */
  account: string
  /** `owner/name` of the repositories it may reach (repository_selection: selected). */
  repositories: string[]
  permissions: Permissions
}

export interface AppRecord {
  id: number
  slug: string
  publicKey: KeyObject
}

export interface IssuedToken {
  token: string
  installationId: number
  repositories: string[]
  permissions: Permissions
  expiresAt: string
}

export class AppRegistry {
  readonly apps = new Map<number, AppRecord>()
  readonly installations = new Map<number, AppInstallation>()
  /** Every installation token issued, for tests to check what was asked for. */
  readonly issued: IssuedToken[] = []
  /** Every JWT refused, with why. */
  readonly refusedJwts: string[] = []
  private readonly jwtTokens = new Map<string, TokenRecord & { appId: number }>()

  constructor(private readonly state: EmulatorState) {}

  addApp(opts: { slug: string; publicKeyPem: string; id?: number }): AppRecord {
    const app: AppRecord = { id: opts.id ?? this.state.nextId(), slug: opts.slug, publicKey: createPublicKey(opts.publicKeyPem) }
    this.apps.set(app.id, app)
    this.state.addUser(`${app.slug}[bot]`, { type: 'Bot' })
    return app
  }

  install(appId: number, opts: { repositories: string[]; permissions: Permissions }): AppInstallation {
    const first = opts.repositories[0]
    if (!first) throw new Error('an installation needs at least one repository')
    const installation: AppInstallation = {
      id: this.state.nextId(),
      appId,
      account: first.split('/')[0]!,
      repositories: opts.repositories,
      permissions: { metadata: 'read', ...opts.permissions },
    }
    this.installations.set(installation.id, installation)
    return installation
  }

  /** The App a request's bearer JWT proves, or undefined. Verified signature, issuer and times. */
  appOf(token: TokenRecord): AppRecord | undefined {
    const found = this.jwtTokens.get(token.token)
    return found ? this.apps.get(found.appId) : undefined
  }

  /** Called for a bearer that is not a known token: a valid App JWT becomes a token record that can reach only the app routes. */
  tokenForJwt(jwt: string): TokenRecord | undefined {
    const parts = jwt.split('.')
    if (parts.length !== 3) return undefined
    const refuse = (why: string): undefined => {
      this.refusedJwts.push(why)
      return undefined
    }
    let header: { alg?: string; typ?: string }
    let claims: { iss?: unknown; iat?: unknown; exp?: unknown }
    try {
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as typeof header
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as typeof claims
    } catch {
      return refuse('not a JSON web token')
    }
    if (header.alg !== 'RS256') return refuse(`alg ${String(header.alg)} (GitHub accepts RS256 only)`)
    const app = this.apps.get(Number(claims.iss))
    if (!app) return refuse(`iss ${String(claims.iss)} is no registered App`)
    if (!verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), app.publicKey, Buffer.from(parts[2]!, 'base64url')))
      return refuse('signature does not verify with the App public key')
    const now = Date.parse(this.state.now()) / 1000
    const iat = Number(claims.iat)
    const exp = Number(claims.exp)
    if (!Number.isFinite(iat) || !Number.isFinite(exp)) return refuse('iat and exp are required')
    if (iat > now + 60) return refuse("'Issued at' claim ('iat') must be an Integer representing a time in the past")
    if (exp <= now) return refuse("'Expiration time' claim ('exp') is too far in the future or expired")
    if (exp - iat > 600)
      return refuse("'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires (at most 10 minutes)")
    // No repository scope at all: only the routes that take an App JWT accept it.
    const record = { token: jwt, login: `${app.slug}[bot]`, permissions: {}, used: new Set<string>(), repositories: [], appId: app.id }
    this.jwtTokens.set(jwt, record)
    return record
  }

  issue(installation: AppInstallation, opts: { repositories?: string[]; permissions?: Permissions }): IssuedToken {
    const app = this.apps.get(installation.appId)!
    const token = `ghs_${randomBytes(18).toString('base64url')}`
    const repositories = opts.repositories ?? installation.repositories
    const permissions = opts.permissions ? { metadata: 'read' as Access, ...opts.permissions } : installation.permissions
    this.state.addToken(token, { login: `${app.slug}[bot]`, permissions, repositories })
    const issued: IssuedToken = {
      token,
      installationId: installation.id,
      repositories,
      permissions,
      expiresAt: new Date(Date.parse(this.state.now()) + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }
    this.issued.push(issued)
    return issued
  }
}

const registries = new WeakMap<EmulatorState, AppRegistry>()

/**
 * The state's App registry. On first use it teaches the state's token lookup about App JWTs:
 * the request pipeline looks bearers up in `state.tokens`, and a JWT cannot be registered
 * ahead (the App signs a fresh one per request).
 */
export function appsOf(state: EmulatorState): AppRegistry {
  let registry = registries.get(state)
  if (!registry) {
    const created = new AppRegistry(state)
    const tokens = state.tokens
    const known = tokens.get.bind(tokens)
    tokens.get = (key: string) => known(key) ?? (key.startsWith('eyJ') ? created.tokenForJwt(key) : undefined)
    registries.set(state, created)
    registry = created
  }
  return registry
}

/** App permissions the emulator knows as token scopes; others are granted by nothing here. */
export function scopeOf(name: string): Scope | undefined {
  const known: Scope[] = [
    'actions',
    'administration',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'issues',
    'members',
    'metadata',
    'packages',
    'pages',
    'pull_requests',
    'repository_projects',
    'security_events',
    'statuses',
  ]
  return (known as string[]).includes(name) ? (name as Scope) : undefined
}
