// Every way the traffic disagreed with GitHub's OpenAPI description (or reached a route the
// emulator does not implement). The emulator answers such requests loudly (422/500/404);
// `assertNoViolations` in an afterEach makes the test fail even if the client swallowed it.

export interface Violation {
  kind: 'request' | 'response' | 'not-emulated' | 'unknown-route' | 'emulator-error'
  method: string
  path: string
  /** The OpenAPI operationId, when the request matched one. */
  operation?: string
  message: string
}

export function formatViolation(v: Violation): string {
  return `${v.kind}: ${v.method} ${v.path}${v.operation ? ` (${v.operation})` : ''}: ${v.message}`
}

/** Throws (and clears the list, so one failure does not leak into the next test) when any were recorded. */
export function assertNoViolations(emulator: { violations: Violation[] }): void {
  const found = emulator.violations.splice(0)
  if (found.length === 0) return
  throw new Error(`GitHub emulator saw ${found.length} OpenAPI violation(s):\n` + found.map((v) => `  - ${formatViolation(v)}`).join('\n'))
}
