// Request/response plumbing over node:http, kept apart from the routes so each handler reads
// as "validate, act, answer".

import type { IncomingMessage, ServerResponse } from 'node:http'

/** An error that already knows its HTTP answer; anything else becomes a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: string[],
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    // Readings change with every POST; no cache between client and service may keep a stale list.
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(payload)
}

export function sendError(res: ServerResponse, error: HttpError): void {
  const body: { error: string; details?: string[] } = { error: error.message }
  if (error.details) body.details = error.details
  sendJson(res, error.status, body)
}

// A reading is a few dozen bytes; the limit only stops a client from streaming megabytes at us.
export const MAX_BODY_BYTES = 16 * 1024

/** The request body parsed as JSON, refusing other media types, oversized bodies and bad JSON. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers['content-type']
  // Only an explicit non-JSON type is refused: curl -d without -H still sends form encoding,
  // which is worth a clear 415 rather than a confusing parse error.
  if (type !== undefined && !/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'content-type must be application/json')
  }
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, `body must be at most ${limit} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    // Chunked bodies have no content-length, so the limit is also enforced while reading.
    if (size > limit) throw new HttpError(413, `body must be at most ${limit} bytes`)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpError(400, 'body is not valid JSON')
  }
}
