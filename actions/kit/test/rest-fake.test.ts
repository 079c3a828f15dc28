import { describe, expect, test } from 'vitest'
import { fakeRest } from '../testing/rest-fake.js'

describe("fakeRest, the unit tests' GitHub", () => {
  test('a route the test did not give fails loudly instead of answering {}', async () => {
    const gh = fakeRest({ 'GET /repos/{owner}/{repo}/pulls/{pull_number}': () => ({ number: 7 }) })
    await expect(gh.request('GET /repos/{owner}/{repo}/pulls', { owner: 'o', repo: 'r' })).rejects.toThrow(
      'fake GitHub: no route GET /repos/{owner}/{repo}/pulls in this test (known: GET /repos/{owner}/{repo}/pulls/{pull_number})',
    )
  })

  test("answers the given route with the handler's data, and records every call in order", async () => {
    const gh = fakeRest({ 'GET /repos/{owner}/{repo}/pulls/{pull_number}': (params) => ({ number: params.pull_number }) })
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'o', repo: 'r', pull_number: 7 })
    expect(data.number).toBe(7)
    expect(gh.callsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}')).toEqual([{ owner: 'o', repo: 'r', pull_number: 7 }])
  })

  test('paginate flattens a list, or the one list field of an object, as Octokit does', async () => {
    const gh = fakeRest({
      'GET /repos/{owner}/{repo}/pulls': () => [{ number: 1 }, { number: 2 }],
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': () => ({ total_count: 1, check_runs: [{ name: 'unit-tests' }] }),
      'GET /repos/{owner}/{repo}/commits/{ref}/status': () => ({ state: 'success' }),
    })
    expect((await gh.paginate('GET /repos/{owner}/{repo}/pulls', { owner: 'o', repo: 'r' })).map((p) => p.number)).toEqual([1, 2])
    expect((await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner: 'o', repo: 'r', ref: 'main' })).map((c) => c.name)).toEqual([
      'unit-tests',
    ])
    await expect(gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner: 'o', repo: 'r', ref: 'main' })).rejects.toThrow(
      'answered neither a list nor an object with one list field',
    )
  })

  test('a handler that throws is GitHub answering with an error', async () => {
    const gh = fakeRest({ 'GET /repos/{owner}/{repo}/git/ref/{ref}': () => Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })) })
    await expect(gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: 'o', repo: 'r', ref: 'heads/x' })).rejects.toMatchObject({ status: 404 })
  })
})
