import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import { WebClient } from '@slack/web-api'
import { parseAccess, type Access } from './access.js'
import { createGitHubApp, type GitHubAppOptions, type RelayGitHub } from './github.js'
import { Recent } from './recent.js'
import { Relay, type Handled, type SlackApi } from './relay.js'
import { MAX_AGE_SECONDS, verifySlackRequest } from './slack/signature.js'
import { startSocketMode, type SocketModeHandle } from './slack/socket-mode.js'
import { verifyTeamsRequest } from './teams/signature.js'

export interface ChatRelayOptions {
  /** 127.0.0.1 by default; 0.0.0.0 in a container. */
  host?: string
  port?: number
  /** The reviewed access file's text (users and channels), or an Access already parsed. */
  access: string | Access
  slack?: {
    /** For the HTTP endpoints; '' (with socketMode) turns them off. */
    signingSecret: string
    botToken: string
    /** An app-level token (xapp-…): receive commands over Socket Mode, no public ingress needed. */
    socketModeAppToken?: string
    /** Web API base, `https://slack.com/api/` by default (the emulator in tests). */
    apiUrl?: string
    /** response_url must start with this (Slack's hooks host by default): the relay posts nowhere else. */
    responseUrlPrefix?: string
  }
  teams?: { securityToken: string }
  /** The GitHub App, or a RelayGitHub (tests, benchmarks). */
  github: GitHubAppOptions | RelayGitHub
  environments?: string[]
  productionEnvironments?: string[]
  /** Larger bodies are refused with 413 (Slack's are a few KiB). */
  maxBodyBytes?: number
  /** Follow-ups run at once (default 8); the rest wait their turn. */
  followUpConcurrency?: number
  now?: () => number
  log?: (line: string) => void
}

export interface ChatRelay {
  url: string
  /** Resolves when the follow-up work of every answered request has finished (tests, benchmarks). */
  idle(): Promise<void>
  stop(): Promise<void>
}

const SLACK_HOOKS = 'https://hooks.slack.com/'

/**
 * The relay as an HTTP service: POST /slack/commands, POST /slack/interactions,
 * POST /teams/messages, GET /healthz, GET /readyz. Every chat request is verified before its
 * body is even parsed; the answer goes back at once and the dispatch follows.
 */
export async function startChatRelay(options: ChatRelayOptions): Promise<ChatRelay> {
  const now = options.now ?? Date.now
  const log = options.log ?? ((line: string) => process.stdout.write(`${new Date(now()).toISOString()} ${line}\n`))
  const access = typeof options.access === 'string' ? parseAccess(options.access) : options.access
  const github = 'dispatch' in options.github ? options.github : createGitHubApp(options.github)
  const slack = options.slack ? slackApi(options.slack) : undefined
  const relay = new Relay({
    access,
    github,
    ...(slack ? { slack } : {}),
    environments: options.environments ?? ['dev', 'staging', 'production'],
    productionEnvironments: options.productionEnvironments ?? ['production'],
    // The Teams security token is a secret all replicas share; the codes need nothing else.
    confirmKey: Buffer.from(`chatops-confirm:${options.teams?.securityToken ?? ''}`),
    now,
    log,
  })
  const maxBody = options.maxBodyBytes ?? 64 * 1024
  // A signature seen twice within the timestamp window is a replay.
  const signatures = new Recent((MAX_AGE_SECONDS + 60) * 1000)
  const pending = new Set<Promise<void>>()
  // Follow-ups (chat.postMessage, the dispatch) take more CPU than an ack: a few at a time, so that
  // under a burst the acks, which Slack times out after 3 s, are not starved by them.
  const followUps = new Limit(options.followUpConcurrency ?? 8)
  let stopping = false

  const answer = (res: ServerResponse, handled: Handled): void => {
    const body = typeof handled.body === 'string' ? handled.body : JSON.stringify(handled.body ?? {})
    res.writeHead(handled.status, {
      'content-type': typeof handled.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    res.end(body)
    if (handled.after) schedule(handled.after)
  }
  const schedule = (after: () => Promise<void>): void => {
    const work = followUps.run(after).catch((error: unknown) => log(`follow-up failed: ${(error as Error).message}`))
    pending.add(work)
    void work.finally(() => pending.delete(work))
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method === 'GET' && path === '/healthz') return answer(res, { status: 200, body: { status: 'ok' } })
    if (req.method === 'GET' && path === '/readyz')
      return answer(res, stopping ? { status: 503, body: { status: 'stopping' } } : { status: 200, body: { status: 'ready' } })
    const route = path === '/slack/commands' || path === '/slack/interactions' ? 'slack' : path === '/teams/messages' ? 'teams' : undefined
    if (!route) return answer(res, { status: 404, body: { error: 'not found' } })
    if (req.method !== 'POST') return answer(res, { status: 405, body: { error: 'POST only' } })
    // Without a signing secret nothing could be verified (an empty HMAC key is no secret): the endpoints are off.
    if ((route === 'slack' && (!slack || !options.slack?.signingSecret)) || (route === 'teams' && !options.teams?.securityToken))
      return answer(res, { status: 404, body: { error: `${route} is not configured` } })
    const raw = await readBody(req, maxBody)
    if (raw === 'too-large') return answer(res, { status: 413, body: { error: `the body is larger than ${maxBody} bytes` } })

    if (route === 'slack') {
      const verdict = verifySlackRequest({
        signingSecret: options.slack!.signingSecret,
        timestamp: header(req, 'x-slack-request-timestamp'),
        signature: header(req, 'x-slack-signature'),
        rawBody: raw,
        now: Math.floor(now() / 1000),
      })
      if (!verdict.ok) {
        log(`slack: refused ${path}: ${verdict.reason}`)
        return answer(res, { status: 401, body: { error: verdict.reason } })
      }
      if (signatures.check(header(req, 'x-slack-signature')!, now()))
        return answer(res, { status: 409, body: { error: 'this request was already received (replay)' } })
      if (!(header(req, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded'))
        return answer(res, { status: 415, body: { error: 'expected application/x-www-form-urlencoded, as Slack sends' } })
      const form = new URLSearchParams(raw.toString('utf8'))
      return answer(res, path === '/slack/commands' ? relay.slackCommand(form) : relay.slackInteraction(form))
    }
    const verdict = verifyTeamsRequest({ securityToken: options.teams!.securityToken, authorization: header(req, 'authorization'), rawBody: raw })
    if (!verdict.ok) {
      log(`teams: refused ${path}: ${verdict.reason}`)
      return answer(res, { status: 401, body: { error: verdict.reason } })
    }
    let activity: unknown
    try {
      activity = JSON.parse(raw.toString('utf8'))
    } catch {
      return answer(res, { status: 400, body: { error: 'the body is not JSON' } })
    }
    return answer(res, await relay.teamsMessage(activity))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`error: ${(error as Error).message}`)
      if (!res.headersSent) answer(res, { status: 500, body: { error: 'internal error' } })
    })
  })
  server.headersTimeout = 10_000
  server.requestTimeout = 15_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  let socketMode: SocketModeHandle | undefined
  if (options.slack?.socketModeAppToken) {
    try {
      socketMode = await startSocketMode({
        appToken: options.slack.socketModeAppToken,
        ...(options.slack.apiUrl ? { apiUrl: options.slack.apiUrl } : {}),
        relay,
        schedule,
        log,
      })
    } catch (error) {
      server.close()
      throw error
    }
  }
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${host}:${address.port}`,
    async idle() {
      while (pending.size) await Promise.all([...pending])
    },
    async stop() {
      stopping = true
      await socketMode?.stop()
      while (pending.size) await Promise.all([...pending])
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
    },
  }
}

/** At most `max` tasks at a time, the rest in arrival order. */
class Limit {
  private active = 0
  private readonly queue: Array<() => void> = []

  constructor(private readonly max: number) {}

  async run(task: () => Promise<void>): Promise<void> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve))
    this.active++
    try {
      await task()
    } finally {
      this.active--
      this.queue.shift()?.()
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > max) {
    req.resume()
    return 'too-large'
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > max) {
      req.resume()
      return 'too-large'
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** chat.postMessage through Slack's SDK; response_url posts only to Slack's hooks host. */
function slackApi(opts: NonNullable<ChatRelayOptions['slack']>): SlackApi {
  const web = new WebClient(opts.botToken, { ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}), retryConfig: { retries: 2 } })
  const prefix = opts.responseUrlPrefix ?? SLACK_HOOKS
  return {
    async postMessage(args) {
      const result = await web.chat.postMessage(args as Parameters<WebClient['chat']['postMessage']>[0])
      if (!result.ts) throw new Error(`chat.postMessage returned no ts (${result.error ?? 'unknown error'})`)
      return { ts: result.ts }
    },
    async respond(responseUrl, message) {
      // The URL came in a signed request, but it is still only ever a Slack URL: no request forgery through it.
      if (!responseUrl.startsWith(prefix)) throw new Error(`response_url is not under ${prefix}`)
      const res = await fetch(responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) })
      if (!res.ok) throw new Error(`response_url answered ${res.status}`)
    },
  }
}

/** Settings from the environment only (Kubernetes Secrets and a ConfigMap for the access file). */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ChatRelayOptions {
  const need = (name: string): string => {
    const value = env[name] ?? (env[`${name}_FILE`] ? readFileSync(env[`${name}_FILE`]!, 'utf8').trim() : '')
    if (!value) throw new Error(`${name} (or ${name}_FILE) is required`)
    return value
  }
  const optional = (name: string): string => env[name] ?? (env[`${name}_FILE`] ? readFileSync(env[`${name}_FILE`]!, 'utf8').trim() : '')
  const list = (value: string | undefined, fallback: string[]) => (value ? value.split(/[\s,]+/).filter(Boolean) : fallback)
  return {
    host: env.HOST ?? '0.0.0.0',
    port: Number(env.PORT ?? 8080),
    access: readFileSync(env.CHAT_RELAY_ACCESS_FILE ?? '/etc/chat-relay/access.yaml', 'utf8'),
    ...(env.SLACK_BOT_TOKEN || env.SLACK_BOT_TOKEN_FILE
      ? {
          slack: {
            // Socket Mode needs no signing secret; the HTTP endpoints do.
            signingSecret: env.SLACK_APP_TOKEN || env.SLACK_APP_TOKEN_FILE ? optional('SLACK_SIGNING_SECRET') : need('SLACK_SIGNING_SECRET'),
            botToken: need('SLACK_BOT_TOKEN'),
            ...(env.SLACK_APP_TOKEN || env.SLACK_APP_TOKEN_FILE ? { socketModeAppToken: need('SLACK_APP_TOKEN') } : {}),
            ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
          },
        }
      : {}),
    ...(env.TEAMS_SECURITY_TOKEN || env.TEAMS_SECURITY_TOKEN_FILE ? { teams: { securityToken: need('TEAMS_SECURITY_TOKEN') } } : {}),
    github: {
      appId: need('GITHUB_APP_ID'),
      privateKey: need('GITHUB_APP_PRIVATE_KEY'),
      installationId: Number(need('GITHUB_APP_INSTALLATION_ID')),
      repository: need('GITHUB_REPOSITORY'),
      ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    },
    environments: list(env.CHATOPS_ENVIRONMENTS, ['dev', 'staging', 'production']),
    productionEnvironments: list(env.CHATOPS_PRODUCTION_ENVIRONMENTS, ['production']),
  }
}

// Run as the container's entry point: settings from the environment, stop cleanly on SIGTERM.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const relay = await startChatRelay(optionsFromEnv(process.env))
  process.stdout.write(`chat-relay listening on ${relay.url}\n`)
  const stop = () => void relay.stop().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
