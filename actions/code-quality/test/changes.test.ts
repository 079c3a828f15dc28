import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import { pullAddedLines } from '../src/changes.js'

// The runner's log lines are silenced, not mocked: a module mock of @actions/core would reach
// the kit modules this file loads for real, which the unit tier shares between files (isolate: false).
let silence: MockInstance<typeof process.stdout.write>
beforeEach(() => {
  silence = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => silence.mockRestore())

const pull = { owner: 'o', repo: 'r', number: 1, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) }
const DIFF = 'diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,0 +2,2 @@\n+x\n+y\n'

describe('pullAddedLines', () => {
  test('from the API diff, asked once without retries', async () => {
    const request = vi.fn(async () => ({ data: DIFF }))
    const exec = vi.fn()
    const out = await pullAddedLines(pull, { client: { request, paginate: vi.fn() }, exec, cwd: '/w' })
    expect([...out.added.get('a.js')!]).toEqual([2, 3])
    expect(out.via).toBe('api')
    expect(request).toHaveBeenCalledWith(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      expect.objectContaining({ mediaType: { format: 'diff' }, request: { retries: 0 } }),
    )
    expect(exec).not.toHaveBeenCalled()
  })

  test('406 falls back to git diff base...head with an argv array; other errors propagate', async () => {
    const exec = vi.fn(async () => ({ exitCode: 0, stdout: DIFF, stderr: '' }))
    const refused = vi.fn(async () => Promise.reject(Object.assign(new Error('too large'), { status: 406 })))
    const out = await pullAddedLines(pull, { client: { request: refused, paginate: vi.fn() }, exec, cwd: '/w' })
    expect(out.via).toBe('git')
    expect(exec).toHaveBeenCalledWith('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', `${pull.baseSha}...${pull.headSha}`, '--'], {
      cwd: '/w',
      stream: false,
      check: false,
    })
    const broken = vi.fn(async () => Promise.reject(Object.assign(new Error('boom'), { status: 500 })))
    await expect(pullAddedLines(pull, { client: { request: broken, paginate: vi.fn() }, exec, cwd: '/w' })).rejects.toThrow('boom')
  })

  test('a checkout without the base commit: a user error that says fetch-depth: 0', async () => {
    const exec = vi.fn(async () => ({ exitCode: 128, stdout: '', stderr: 'fatal: bad revision' }))
    await expect(pullAddedLines(pull, { exec, cwd: '/w' })).rejects.toThrow('Expected a checkout with both commits: actions/checkout with fetch-depth: 0.')
  })
})
