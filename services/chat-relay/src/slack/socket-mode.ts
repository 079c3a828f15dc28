import { LogLevel, SocketModeClient } from '@slack/socket-mode'
import type { Handled, Relay } from '../relay.js'

/**
 * Socket Mode, for clusters without public ingress: the relay opens a WebSocket to Slack with an
 * app-level token (`connections:write`) and gets the same slash commands and button clicks as
 * envelopes, acknowledged on the socket instead of in an HTTP answer. The socket is
 * authenticated by the token, so there is no request signature to check; everything after
 * that (channel, user mapping, parser, confirmation) is the same code as over HTTP.
 */
export interface SocketModeHandle {
  stop(): Promise<void>
}

export async function startSocketMode(opts: {
  appToken: string
  apiUrl?: string
  relay: Relay
  schedule(after: () => Promise<void>): void
  log(line: string): void
}): Promise<SocketModeHandle> {
  const client = new SocketModeClient({
    appToken: opts.appToken,
    logLevel: LogLevel.ERROR,
    ...(opts.apiUrl ? { clientOptions: { slackApiUrl: opts.apiUrl } } : {}),
  })
  const reply = async (handled: Handled, ack: (body?: Record<string, unknown>) => Promise<void>) => {
    // A refusal has no HTTP status to carry here: it becomes the ephemeral answer.
    const body = handled.body && typeof handled.body === 'object' ? handled.body : {}
    await ack(handled.status === 200 ? body : { response_type: 'ephemeral', text: `Refused: ${String(body.error ?? 'bad request')}` })
    if (handled.after) opts.schedule(handled.after)
  }
  client.on('slash_commands', ({ ack, body }: { ack: (b?: Record<string, unknown>) => Promise<void>; body: Record<string, unknown> }) => {
    const form = new URLSearchParams(Object.entries(body ?? {}).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : '']))
    reply(opts.relay.slackCommand(form), ack).catch((error: unknown) => opts.log(`socket mode: ${(error as Error).message}`))
  })
  client.on('interactive', ({ ack, body }: { ack: (b?: Record<string, unknown>) => Promise<void>; body: unknown }) => {
    reply(opts.relay.slackInteraction(new URLSearchParams({ payload: JSON.stringify(body) })), ack).catch((error: unknown) =>
      opts.log(`socket mode: ${(error as Error).message}`),
    )
  })
  await client.start()
  return {
    async stop() {
      await client.disconnect()
    },
  }
}
