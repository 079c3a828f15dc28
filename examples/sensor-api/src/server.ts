// Owns the listening socket: start on a port (0 = any free one, for tests) and stop gracefully,
// i.e. finish the requests in flight before closing, so a rolling deploy drops no request.

import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RequestHandler } from './app.js'

export interface ListenOptions {
  port: number
  /** Unset = all interfaces, which a container needs so that port publishing reaches it. */
  host?: string
}

export interface RunningServer {
  server: Server
  port: number
  /** Base URL for clients on this machine, e.g. http://127.0.0.1:8080. */
  url: string
  /** Stops accepting, lets in-flight requests finish for up to graceMs, then cuts what is left. */
  close(graceMs?: number): Promise<void>
}

export async function startServer(handler: RequestHandler, { port, host }: ListenOptions): Promise<RunningServer> {
  // Responses not yet finished, so a shutdown can tell their clients not to reuse the connection.
  const pending = new Set<ServerResponse>()
  let closing: Promise<void> | undefined
  const server = createServer((req, res) => {
    pending.add(res)
    res.once('close', () => {
      pending.delete(res)
      // A keep-alive socket that just became idle would otherwise hold close() open until it times out.
      if (closing) setImmediate(() => server.closeIdleConnections())
    })
    if (closing) res.setHeader('connection', 'close')
    handler(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const clientHost = host === undefined || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const urlHost = clientHost.includes(':') ? `[${clientHost}]` : clientHost

  const close = (graceMs = 10_000): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      // The timer only runs while shutdown waits on slow requests; unref so it never holds the process.
      const timer = setTimeout(() => server.closeAllConnections(), graceMs).unref()
      server.close((error) => {
        clearTimeout(timer)
        if (error) reject(error)
        else resolve()
      })
      // Idle keep-alive sockets would otherwise hold close() open until their timeout, and
      // clients of requests in flight must not send another request on the closing socket.
      server.closeIdleConnections()
      for (const res of pending) if (!res.headersSent) res.setHeader('connection', 'close')
    })
    return closing
  }

  return { server, port: address.port, url: `http://${urlHost}:${address.port}`, close }
}
