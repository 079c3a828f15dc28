import { CHATOPS_EVENT_TYPE, type ChatDispatch, type ReplyTarget } from '@cna/kit/chatops'
import { createAppAuth } from '@octokit/auth-app'
import { request as octokitRequest } from '@octokit/request'

/** What the relay sends: chatops's repository_dispatch contract, defined once in the kit. */
export type DispatchPayload = ChatDispatch
export type { ReplyTarget }

export interface DeploymentInfo {
  environment: string
  version?: string
  digest?: string
  state: string
}

/** The narrow GitHub the relay needs: send a dispatch, read what runs where for the confirmation. */
export interface RelayGitHub {
  dispatch(payload: DispatchPayload): Promise<void>
  deployments(service: string, environment: string): Promise<DeploymentInfo[]>
}

export interface GitHubAppOptions {
  appId: string | number
  /** PEM, PKCS#1 or PKCS#8. From the environment or a mounted secret only. */
  privateKey: string
  installationId: number
  /** owner/repo: the installation token is limited to this one repository. */
  repository: string
  /** https://api.github.com, a GitHub Enterprise `/api/v3` URL, or the emulator. */
  apiUrl?: string
  /** repository_dispatch event type (chatops.yml listens for it). */
  eventType?: string
}

/**
 * Only what the relay does: repository_dispatch (contents: write, which GitHub requires for it)
 * and reading deployments for the confirmation. Everything else the App may be granted is left out
 * of the token, and the token names the one repository.
 */
export const TOKEN_PERMISSIONS = { contents: 'write', deployments: 'read', metadata: 'read' } as const

export function createGitHubApp(opts: GitHubAppOptions): RelayGitHub {
  const [owner, repo] = opts.repository.split('/')
  if (!owner || !repo) throw new Error(`GitHub repository "${opts.repository}" is not owner/repo`)
  const request = octokitRequest.defaults({
    baseUrl: (opts.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
    headers: { 'user-agent': 'cna-chat-relay' },
  })
  // auth-app signs the JWT (RS256, 10 minutes) and caches installation tokens until shortly before they expire.
  const auth = createAppAuth({ appId: opts.appId, privateKey: opts.privateKey, installationId: opts.installationId, request })
  const token = async (): Promise<string> => {
    const result = await auth({ type: 'installation', repositoryNames: [repo], permissions: { ...TOKEN_PERMISSIONS } })
    return result.token
  }
  const call = async (route: string, params: Record<string, unknown>) => {
    const headers = { authorization: `token ${await token()}` }
    return withRetry(() => request(route, { owner, repo, headers, ...params }))
  }
  return {
    async dispatch(payload) {
      await call('POST /repos/{owner}/{repo}/dispatches', { event_type: opts.eventType ?? CHATOPS_EVENT_TYPE, client_payload: payload })
    },
    async deployments(service, environment) {
      const { data } = await call('GET /repos/{owner}/{repo}/deployments', { environment, per_page: 30 })
      const out: DeploymentInfo[] = []
      for (const d of data as Array<{ id: number; payload: unknown; environment: string }>) {
        const payload = (typeof d.payload === 'string' ? safeJson(d.payload) : d.payload) as
          { service?: unknown; version?: unknown; digest?: unknown } | undefined
        if (!payload || payload.service !== service) continue
        const { data: statuses } = await call('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { deployment_id: d.id, per_page: 1 })
        out.push({
          environment: d.environment,
          ...(typeof payload.version === 'string' ? { version: payload.version } : {}),
          ...(typeof payload.digest === 'string' ? { digest: payload.digest } : {}),
          state: (statuses as Array<{ state: string }>)[0]?.state ?? 'pending',
        })
        if (out.length >= 10) break
      }
      return out
    },
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** GitHub's 5xx and secondary rate limits pass; three tries, short waits (the chat user is waiting). */
async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0
      if (attempt >= 3 || !(status >= 500 || status === 429)) throw error
      await new Promise((r) => setTimeout(r, 250 * attempt))
    }
  }
}
