// Path matching for a handful of routes. Pure (method + path in, match out) so the 404/405
// rules are tested without a socket, and the handler module only wires routes to behaviour.

export type Params = Record<string, string>

export interface Route<H> {
  method: string
  /** Segments like "/sensors/:id/readings"; ":name" captures one percent-decoded segment. */
  path: string
  handler: H
}

export type Match<H> =
  { kind: 'found'; handler: H; params: Params } | { kind: 'not-found' } | { kind: 'method-not-allowed'; allow: string[] } | { kind: 'bad-path' }

export function matchRoute<H>(routes: readonly Route<H>[], method: string, pathname: string): Match<H> {
  const segments = splitPath(pathname)
  if (segments === null) return { kind: 'bad-path' }
  // HEAD is answered like GET (Node drops the body), so load balancers' HEAD probes work.
  const wanted = method === 'HEAD' ? 'GET' : method
  const allow = new Set<string>()
  for (const route of routes) {
    const params = matchPath(route.path, segments)
    if (params === null) continue
    if (route.method === wanted) return { kind: 'found', handler: route.handler, params }
    allow.add(route.method)
  }
  if (allow.size === 0) return { kind: 'not-found' }
  if (allow.has('GET')) allow.add('HEAD')
  return { kind: 'method-not-allowed', allow: [...allow].sort() }
}

/** Decoded segments, or null when a segment is not valid percent-encoding. */
function splitPath(pathname: string): string[] | null {
  const raw = pathname.split('/').filter((s) => s !== '')
  try {
    return raw.map((s) => decodeURIComponent(s))
  } catch {
    return null
  }
}

function matchPath(pattern: string, segments: string[]): Params | null {
  const parts = pattern.split('/').filter((s) => s !== '')
  if (parts.length !== segments.length) return null
  const params: Params = {}
  for (const [i, part] of parts.entries()) {
    const segment = segments[i]!
    if (part.startsWith(':')) params[part.slice(1)] = segment
    else if (part !== segment) return null
  }
  return params
}
