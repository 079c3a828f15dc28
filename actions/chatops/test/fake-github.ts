import { fakeRest } from '@cna/kit/testing'

export type FakeDeployment = Record<string, unknown> & { id: number; environment: string; statuses: string[] }

/**
 * A GitHub stand-in for chatops: deployments and the bot's comments in memory, every write
 * recorded as `<path after the repo> <state>`, hooks to simulate races and failures. Any
 * route not listed here fails the test (fakeRest).
 */
export function fakeGitHub(opts: { role?: string; onCreate?: (list: FakeDeployment[]) => void; dispatchFails?: boolean; lastId?: number } = {}) {
  const deployments: FakeDeployment[] = []
  const comments: Array<{ id: number; body: string; user: { login: string }; html_url: string }> = []
  const writes: string[] = []
  const write = (route: string, state?: string) => writes.push(`${route.split(' ')[1]!.split('/').slice(4).join('/')} ${state ?? ''}`.trim())
  let id = opts.lastId ?? 10
  const client = fakeRest({
    'GET /repos/{owner}/{repo}/collaborators/{username}/permission': () => ({ permission: opts.role ?? 'admin', role_name: opts.role ?? 'admin' }),
    'GET /repos/{owner}/{repo}/deployments': (params) => deployments.filter((d) => d.environment === params.environment).sort((a, b) => b.id - a.id),
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (params) =>
      deployments
        .find((d) => d.id === params.deployment_id)!
        .statuses.slice(-1)
        .map((state) => ({ state, created_at: '2026-11-26T10:00:00Z' })),
    'POST /repos/{owner}/{repo}/deployments': (params) => {
      write('POST /repos/{owner}/{repo}/deployments')
      deployments.push({
        id: ++id,
        environment: params.environment ?? '',
        payload: params.payload,
        sha: 'a'.repeat(40),
        created_at: new Date().toISOString(),
        creator: { login: 'bot' },
        statuses: [],
      })
      opts.onCreate?.(deployments)
      return { id }
    },
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (params) => {
      write('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', params.state)
      deployments.find((d) => d.id === params.deployment_id)!.statuses.push(params.state)
      return {}
    },
    'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': () => {
      write('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches')
      if (opts.dispatchFails) throw Object.assign(new Error('Unexpected inputs provided: ["image"]'), { status: 422 })
      return undefined
    },
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': () => comments,
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (params) => {
      write('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')
      comments.push({ id: 700, body: params.body, user: { login: 'github-actions[bot]' }, html_url: 'https://github.com/c/700' })
      return { id: 700, html_url: 'https://github.com/c/700' }
    },
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (params) => {
      write('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')
      comments.find((c) => c.id === params.comment_id)!.body = params.body
      return {}
    },
    'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': () => ({}),
  })
  return { client, deployments, comments, writes }
}
