import { describe, expect, test, vi } from 'vitest'
import { getInputs } from '../src/inputs.js'
import { pullNumberOf, run } from '../src/run.js'
import type { ReviewClient } from '../src/github.js'

vi.mock('@actions/core', async (importOriginal) => ({ ...(await importOriginal<typeof import('@actions/core')>()), warning: vi.fn(), notice: vi.fn(), info: vi.fn() }))

const HEAD = 'a'.repeat(40)

function fakeClient(reviews: unknown[], membership: Record<string, number | 'active' | 'pending'>): ReviewClient {
  return {
    request: async (route, params) => {
      if (route.startsWith('GET /repos/{owner}/{repo}/pulls/{pull_number}')) return { data: { number: 7, user: { login: 'alice' }, head: { sha: HEAD }, base: { sha: 'b'.repeat(40) } } }
      if (route.startsWith('GET /orgs/')) {
        const answer = membership[String(params.username)] ?? 404
        if (typeof answer === 'number') throw Object.assign(new Error(`status ${answer}`), { status: answer })
        return { data: { state: answer, role: 'member' } }
      }
      throw new Error(`unexpected ${route}`)
    },
    paginate: async (route) => (route.endsWith('/reviews') ? reviews : [{ filename: 'src/auth/a.ts' }]),
  }
}

describe('peer-review run', () => {
  const inputs = getInputs((name) => ({ 'security-paths': 'src/auth/**', 'security-reviewers': 'octo/security' })[name])
  const approve = (login: string) => ({ user: { login }, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-01-01T00:00:00Z' })
  const publish = vi.fn(async () => ({ mode: 'check-run' as const, trimmed: false }))

  test.each([
    ['an active member', { carol: 'active' as const }, 'success'],
    ['a pending (invited) member', { carol: 'pending' as const }, 'failure'],
    ['a non-member', {}, 'failure'],
  ])('security approval by %s → %s', async (_name, membership, conclusion) => {
    const result = await run(inputs, { client: fakeClient([approve('carol')], membership), repo: { owner: 'octo', repo: 'app' }, pullNumber: 7, publish })
    expect(result.conclusion).toBe(conclusion)
  })

  test('the check run goes to the head SHA read from the API', async () => {
    await run(inputs, { client: fakeClient([approve('carol')], { carol: 'active' }), repo: { owner: 'octo', repo: 'app' }, pullNumber: 7, publish })
    expect(publish).toHaveBeenLastCalledWith(expect.objectContaining({ checkName: 'peer-review', conclusion: 'success', annotations: [] }), HEAD)
  })

  test('pullNumberOf: pull request events only', () => {
    expect(pullNumberOf('pull_request_review', { pull_request: { number: 3 } })).toBe(3)
    expect(() => pullNumberOf('push', {})).toThrow('this run is a "push" event')
  })
})
