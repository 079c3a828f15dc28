import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import type { RestClient } from '@cna/kit/github'
import { commentOrNotice } from '../src/github.js'

// The runner's log lines are silenced, not mocked: a module mock of @actions/core would reach
// the kit modules this file loads for real, which the unit tier shares between files (isolate: false).
let silence: MockInstance<typeof process.stdout.write>
beforeEach(() => {
  silence = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => silence.mockRestore())

const repo = { owner: 'o', repo: 'r' }
const MARKER = '<!-- m -->'

function client(comments: Array<{ id: number; body: string; user: { type: string } }>, fail?: number): RestClient & { calls: string[] } {
  const calls: string[] = []
  const answer = (route: string) => {
    calls.push(route)
    if (fail && route.startsWith('POST')) return Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status: fail }))
    return Promise.resolve({ data: { id: 77 } })
  }
  return { calls, request: answer, paginate: async () => comments } as unknown as RestClient & { calls: string[] }
}

describe('the pull request comment', () => {
  test("updates the bot's own comment with the marker; a user's pasted marker does not count", async () => {
    const gh = client([
      { id: 1, body: `${MARKER} pasted`, user: { type: 'User' } },
      { id: 2, body: `${MARKER} old`, user: { type: 'Bot' } },
    ])
    expect(await commentOrNotice(gh, repo, 5, MARKER, 'new')).toEqual({ id: 2, created: false })
    expect(gh.calls).toEqual(['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'])
  })

  test('creates one when there is none', async () => {
    const gh = client([{ id: 1, body: `${MARKER} pasted`, user: { type: 'User' } }])
    expect(await commentOrNotice(gh, repo, 5, MARKER, 'new')).toEqual({ id: 77, created: true })
  })

  test('a token that may not comment (403, fork pull requests): a notice, no failure; other errors fail', async () => {
    expect(await commentOrNotice(client([], 403), repo, 5, MARKER, 'x')).toBeUndefined()
    await expect(commentOrNotice(client([], 500), repo, 5, MARKER, 'x')).rejects.toThrow('Resource not accessible')
  })
})
