/**
 * The narrow part of Octokit that actions use for GitHub's REST API, typed by its shape so
 * unit tests pass plain objects and integration tests the real client (`createOctokit`)
 * against the emulator.
 */
export interface RestClient {
  paginate<T>(route: string, params: Record<string, unknown>): Promise<T[]>
  request(route: string, params: Record<string, unknown>): Promise<{ data: unknown }>
}

export interface Repo {
  owner: string
  repo: string
}

/** `owner/name` (as in GITHUB_REPOSITORY) → `{owner, repo}`; undefined when it is not one. */
export function parseRepo(value: string): Repo | undefined {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value)
  return m ? { owner: m[1]!, repo: m[2]! } : undefined
}

/** A deployment payload as GitHub returns it: an object, or a JSON string from older clients. */
export function deploymentPayload(payload: unknown): Record<string, unknown> | undefined {
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload)
    } catch {
      return undefined
    }
  }
  return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined
}
