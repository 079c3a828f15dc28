// The server side of RFC 6455, just enough for Socket Mode: the upgrade handshake, text frames
// both ways (client frames are masked), ping answered with pong, close. No extensions.
import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'

export interface WebSocketPeer {
  send(text: string): void
  close(): void
  onMessage(handler: (text: string) => void): void
  closed: Promise<void>
}

export function acceptWebSocket(req: IncomingMessage, socket: Duplex): WebSocketPeer | undefined {
  const key = req.headers['sec-websocket-key']
  if (req.headers.upgrade?.toLowerCase() !== 'websocket' || typeof key !== 'string') {
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')
    return undefined
  }
  const accept = createHash('sha1')
    .update(key + GUID)
    .digest('base64')
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
  const handlers: Array<(text: string) => void> = []
  let buffer = Buffer.alloc(0)
  let open = true
  let resolveClosed: () => void = () => undefined
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve))
  const frame = (opcode: number, payload: Buffer) => {
    if (!open) return
    const head =
      payload.length < 126
        ? Buffer.from([0x80 | opcode, payload.length])
        : payload.length < 65536
          ? Buffer.from([0x80 | opcode, 126, payload.length >> 8, payload.length & 255])
          : Buffer.concat([Buffer.from([0x80 | opcode, 127]), u64(payload.length)])
    socket.write(Buffer.concat([head, payload]))
  }
  const finish = () => {
    if (!open) return
    open = false
    socket.end()
    resolveClosed()
  }
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      if (buffer.length < 2) return
      const opcode = buffer[0]! & 0x0f
      const masked = (buffer[1]! & 0x80) !== 0
      let length = buffer[1]! & 0x7f
      let offset = 2
      if (length === 126) {
        if (buffer.length < 4) return
        length = buffer.readUInt16BE(2)
        offset = 4
      } else if (length === 127) {
        if (buffer.length < 10) return
        length = Number(buffer.readBigUInt64BE(2))
        offset = 10
      }
      const maskAt = offset
      if (masked) offset += 4
      if (buffer.length < offset + length) return
      const payload = Buffer.from(buffer.subarray(offset, offset + length))
      if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= buffer[maskAt + (i % 4)]!
      buffer = buffer.subarray(offset + length)
      if (opcode === 0x1) for (const h of handlers) h(payload.toString('utf8'))
      else if (opcode === 0x9) frame(0xa, payload)
      else if (opcode === 0x8) {
        frame(0x8, Buffer.alloc(0))
        finish()
        return
      }
    }
  })
  socket.on('close', finish)
  socket.on('error', finish)
  return {
    send: (text) => frame(0x1, Buffer.from(text, 'utf8')),
    close: () => {
      frame(0x8, Buffer.from([0x03, 0xe8]))
      finish()
    },
    onMessage: (handler) => void handlers.push(handler),
    closed,
  }
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8)
  b.writeBigUInt64BE(BigInt(n))
  return b
}
