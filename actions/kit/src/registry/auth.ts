/** Parses a `WWW-Authenticate` header such as `Bearer realm="…",service="…",scope="…"`. Pure. */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined
  const match = /^\s*(\w+)\s*(.*)$/.exec(header)
  if (!match) return undefined
  const params: Record<string, string> = {}
  for (const m of match[2]!.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1')
  }
  return { scheme: match[1]!.toLowerCase(), params }
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}
