// A Slack stand-in for tests and the local pipeline, in both directions. As Slack's Web API it
// answers chat.postMessage (bot token checked, Block Kit validated, ts and threads kept) and
// the response_url of each command (at most five posts within 30 minutes, as Slack allows). As
// Slack's client it sends slash commands and button clicks to an app, signed with the signing
// secret exactly as Slack signs them (v0 HMAC-SHA256 over `v0:{timestamp}:{body}`).
import { createHmac, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { validateBlocks } from './blocks.js'
import { acceptWebSocket, type WebSocketPeer } from './websocket.js'

export { validateBlocks }

export interface SlackMessage {
  channel: string
  ts: string
  text: string
  blocks?: unknown[]
  thread_ts?: string
}

export interface ResponsePost {
  /** The response_url's id. */
  id: string
  body: Record<string, unknown>
}

export interface SlackEmulator {
  url: string
  /** What the app passes as the Web API base (`slackApiUrl`). */
  apiUrl: string
  /** response_urls start with this. */
  hooksUrl: string
  messages: SlackMessage[]
  responses: ResponsePost[]
  /** Every request that Slack would have refused, with why: a test asserts this stays empty. */
  problems: string[]
  /** Messages in a thread, the parent first. */
  thread(channel: string, ts: string): SlackMessage[]
  newResponseUrl(): string
  /** A slash command, as Slack sends it to the app's Request URL. */
  slashCommand(
    appUrl: string,
    c: { team: string; user: string; channel: string; command: string; text: string; timestamp?: number; responseUrl?: string },
  ): Promise<Response>
  /** A click on a button of a message the app sent (block_actions). */
  click(
    appUrl: string,
    c: { team: string; user: string; channel: string; actionId: string; value: string; responseUrl: string; timestamp?: number },
  ): Promise<Response>
  /** Socket Mode: resolves once an app has connected (apps.connections.open with the app token, then the WebSocket). */
  socketConnected(): Promise<void>
  /** Socket Mode: a slash command as an envelope on the app's WebSocket; resolves with the app's ack payload. */
  socketSlashCommand(c: { team: string; user: string; channel: string; command: string; text: string; responseUrl?: string }): Promise<Record<string, unknown>>
  /** Any body, signed (or not) as Slack would sign it. */
  send(appUrl: string, body: string, opts?: { timestamp?: number; secret?: string; contentType?: string }): Promise<Response>
  stop(): Promise<void>
}

export function signSlack(secret: string, timestamp: number | string, body: string | Buffer): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`
}

export async function startSlackEmulator(opts: { botToken: string; signingSecret: string; channels?: string[]; appToken?: string }): Promise<SlackEmulator> {
  const messages: SlackMessage[] = []
  const responses: ResponsePost[] = []
  const problems: string[] = []
  const hooks = new Map<string, { issued: number; uses: number }>()
  let seq = 0
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8' })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }

  const postMessage = (req: IncomingMessage, raw: string): Record<string, unknown> => {
    const type = req.headers['content-type'] ?? ''
    let args: Record<string, unknown>
    if (type.startsWith('application/json')) args = JSON.parse(raw) as Record<string, unknown>
    else args = Object.fromEntries(new URLSearchParams(raw))
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : undefined)
    const refuse = (error: string, extra: Record<string, unknown> = {}) => {
      problems.push(`chat.postMessage: ${error}${extra.response_metadata ? ` ${JSON.stringify(extra.response_metadata)}` : ''}`)
      return { ok: false, error, ...extra }
    }
    if (!bearer) return refuse('not_authed')
    if (bearer !== opts.botToken) return refuse('invalid_auth')
    const channel = String(args.channel ?? '')
    if (!channel) return refuse('channel_not_found')
    if (opts.channels && !opts.channels.includes(channel)) return refuse('not_in_channel')
    let blocks: unknown = args.blocks
    if (typeof blocks === 'string') {
      try {
        blocks = JSON.parse(blocks)
      } catch {
        return refuse('invalid_blocks_format')
      }
    }
    if (blocks !== undefined) {
      const found = validateBlocks(blocks)
      if (found.length) return refuse('invalid_blocks', { response_metadata: { messages: found } })
    }
    const text = typeof args.text === 'string' ? args.text : ''
    if (!text && blocks === undefined) return refuse('no_text')
    // Without a text fallback, notifications and screen readers show nothing: Slack warns, we refuse.
    if (!text) return refuse('missing_text_fallback')
    const thread = typeof args.thread_ts === 'string' && args.thread_ts ? args.thread_ts : undefined
    if (thread && !messages.some((m) => m.channel === channel && m.ts === thread)) return refuse('thread_not_found')
    const message: SlackMessage = { channel, ts: nextTs(), text, ...(blocks ? { blocks: blocks as unknown[] } : {}), ...(thread ? { thread_ts: thread } : {}) }
    messages.push(message)
    return {
      ok: true,
      channel,
      ts: message.ts,
      message: {
        type: 'message',
        user: 'U0RELAYBOT',
        bot_id: 'B0RELAY',
        text,
        ts: message.ts,
        ...(blocks ? { blocks } : {}),
        ...(thread ? { thread_ts: thread } : {}),
      },
    }
  }

  // Socket Mode: an app-level token opens a WebSocket URL; Slack says hello, then sends envelopes the app acks.
  const tickets = new Set<string>()
  let peer: WebSocketPeer | undefined
  let connected: () => void = () => undefined
  let whenConnected = new Promise<void>((resolve) => (connected = resolve))
  const acks = new Map<string, (payload: Record<string, unknown>) => void>()
  const connectionsOpen = (req: IncomingMessage): Record<string, unknown> => {
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!opts.appToken || bearer !== opts.appToken) {
      problems.push(`apps.connections.open: ${bearer ? 'invalid_auth' : 'not_authed'} (needs the app-level token)`)
      return { ok: false, error: bearer ? 'invalid_auth' : 'not_authed' }
    }
    const ticket = randomUUID()
    tickets.add(ticket)
    return { ok: true, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/socket/${ticket}` }
  }

  const hook = (id: string, raw: string): [number, string] => {
    const entry = hooks.get(id)
    if (!entry) return [404, 'no_service']
    if (Date.now() - entry.issued > 30 * 60_000 || entry.uses >= 5) return [404, 'expired_url']
    entry.uses++
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw) as Record<string, unknown>
    } catch {
      problems.push(`response_url: body is not JSON`)
      return [400, 'invalid_payload']
    }
    if (body.blocks !== undefined) {
      const found = validateBlocks(body.blocks)
      if (found.length) {
        problems.push(`response_url: invalid_blocks ${found.join('; ')}`)
        return [400, 'invalid_blocks']
      }
    }
    if (typeof body.text !== 'string' || !body.text) {
      problems.push('response_url: no text')
      return [400, 'no_text']
    }
    if (body.response_type !== undefined && body.response_type !== 'ephemeral' && body.response_type !== 'in_channel') {
      problems.push(`response_url: response_type ${String(body.response_type)}`)
      return [400, 'invalid_response_type']
    }
    responses.push({ id, body })
    return [200, 'ok']
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const path = (req.url ?? '').split('?')[0]!
      try {
        if (req.method === 'POST' && path === '/api/chat.postMessage') return reply(res, 200, postMessage(req, raw))
        if (req.method === 'POST' && path === '/api/apps.connections.open') return reply(res, 200, connectionsOpen(req))
        if (req.method === 'POST' && path.startsWith('/api/')) return reply(res, 200, { ok: false, error: 'unknown_method' })
        if (req.method === 'POST' && path.startsWith('/hooks/')) {
          const [status, text] = hook(path.slice('/hooks/'.length), raw)
          return reply(res, status, text)
        }
        reply(res, 404, 'not found')
      } catch (error) {
        problems.push(`emulator error: ${(error as Error).message}`)
        reply(res, 500, 'error')
      }
    })
  })
  server.on('upgrade', (req: IncomingMessage, socket) => {
    const ticket = (req.url ?? '').replace(/^\/socket\//, '')
    if (!tickets.delete(ticket)) return void socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n')
    const accepted = acceptWebSocket(req, socket)
    if (!accepted) return
    peer = accepted
    accepted.onMessage((text) => {
      const message = JSON.parse(text) as { envelope_id?: string; payload?: Record<string, unknown> }
      const waiting = message.envelope_id ? acks.get(message.envelope_id) : undefined
      if (!waiting) return void problems.push(`socket mode: an ack for no envelope: ${text.slice(0, 200)}`)
      acks.delete(message.envelope_id!)
      waiting(message.payload ?? {})
    })
    void accepted.closed.then(() => {
      if (peer === accepted) {
        peer = undefined
        whenConnected = new Promise<void>((resolve) => (connected = resolve))
      }
    })
    accepted.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'emulator', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0RELAY' },
      }),
    )
    connected()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const newResponseUrl = () => {
    const id = randomUUID()
    hooks.set(id, { issued: Date.now(), uses: 0 })
    return `${url}/hooks/${id}`
  }
  const send: SlackEmulator['send'] = (appUrl, body, o = {}) => {
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000)
    return fetch(appUrl, {
      method: 'POST',
      headers: {
        'content-type': o.contentType ?? 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signSlack(o.secret ?? opts.signingSecret, timestamp, body),
      },
      body,
    })
  }
  return {
    url,
    apiUrl: `${url}/api/`,
    hooksUrl: `${url}/hooks/`,
    messages,
    responses,
    problems,
    thread: (channel, ts) => messages.filter((m) => m.channel === channel && (m.ts === ts || m.thread_ts === ts)),
    newResponseUrl,
    slashCommand(appUrl, c) {
      const form = new URLSearchParams({
        token: 'deprecated-verification-token',
        team_id: c.team,
        team_domain: 'octo',
        channel_id: c.channel,
        channel_name: 'deploys',
        user_id: c.user,
        user_name: 'display-name-is-never-used',
        command: c.command,
        text: c.text,
        api_app_id: 'A0RELAY',
        is_enterprise_install: 'false',
        response_url: c.responseUrl ?? newResponseUrl(),
        trigger_id: `${Date.now()}.${randomUUID()}`,
      })
      return send(`${appUrl}/slack/commands`, form.toString(), c.timestamp === undefined ? {} : { timestamp: c.timestamp })
    },
    click(appUrl, c) {
      const payload = {
        type: 'block_actions',
        user: { id: c.user, username: 'display-name-is-never-used', team_id: c.team },
        api_app_id: 'A0RELAY',
        team: { id: c.team, domain: 'octo' },
        channel: { id: c.channel, name: 'deploys' },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: `${Date.now()}.${randomUUID()}`,
        response_url: c.responseUrl,
        actions: [{ type: 'button', action_id: c.actionId, block_id: 'chatops_confirmation', value: c.value, action_ts: `${Date.now() / 1000}` }],
      }
      return send(
        `${appUrl}/slack/interactions`,
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        c.timestamp === undefined ? {} : { timestamp: c.timestamp },
      )
    },
    socketConnected: () => whenConnected,
    socketSlashCommand(c) {
      const current = peer
      if (!current) return Promise.reject(new Error('no app is connected over Socket Mode'))
      const envelope = randomUUID()
      const payload = {
        token: 'deprecated',
        team_id: c.team,
        team_domain: 'octo',
        channel_id: c.channel,
        channel_name: 'deploys',
        user_id: c.user,
        user_name: 'display-name-is-never-used',
        command: c.command,
        text: c.text,
        api_app_id: 'A0RELAY',
        response_url: c.responseUrl ?? newResponseUrl(),
        trigger_id: `${Date.now()}.${envelope}`,
      }
      const acked = new Promise<Record<string, unknown>>((resolve, reject) => {
        acks.set(envelope, resolve)
        // Slack gives up on an envelope after 3 s, as on an HTTP request.
        setTimeout(() => acks.has(envelope) && (acks.delete(envelope), reject(new Error('no ack within 3 s'))), 3000).unref()
      })
      current.send(JSON.stringify({ envelope_id: envelope, type: 'slash_commands', payload, accepts_response_payload: true }))
      return acked
    },
    send,
    async stop() {
      peer?.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
    },
  }
}
