import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createOctokit } from '@cna/kit/octokit'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from './emulator.js'
import { mergePull } from './merge.js'

/** mergePull: what GitHub leaves behind after merging a pull request, read back through the API. */
const REPO = 'octo/app'
let emu: GitHubEmulator
let branches = 0

beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addRepo(REPO, { files: { 'a.txt': 'a\n' } })
})
afterEach(() => assertNoViolations(emu))
afterAll(() => emu?.stop())

function pullWithTwoCommits() {
  const branch = `topic-${++branches}`
  emu.state.commit(REPO, { branch, files: { [`${branch}-1.txt`]: '1\n' } })
  emu.state.commit(REPO, { branch, files: { [`${branch}-2.txt`]: '2\n' } })
  return emu.state.addPull(REPO, { head: branch })
}

describe('mergePull', () => {
  const git = () => emu.state.repo(REPO).git
  test.each([
    ['merge', 2, 1],
    ['squash', 1, 1],
    ['rebase', 1, 2],
  ] as const)('%s: main moves to merge_commit_sha with %i parent(s), %i new commit(s) on main, same tree as the head', async (method, parents, added) => {
    const before = git().refs.get('refs/heads/main')!
    const pull = pullWithTwoCommits()
    const sha = mergePull(emu.state, REPO, pull.number, { method })
    expect(git().refs.get('refs/heads/main')).toBe(sha)
    expect(git().commits.get(sha)!.parents).toHaveLength(parents)
    expect(git().commits.get(sha)!.treeSha).toBe(git().commits.get(pull.head.sha)!.treeSha)
    let walked = 0
    for (let at = sha; at !== before; at = git().commits.get(at)!.parents[0]!) walked++
    expect(walked).toBe(added)
    expect(sha).not.toBe(pull.head.sha)

    const octokit = createOctokit(WRITE_TOKEN, { baseUrl: emu.url, retryAfterBaseValue: 1 })
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: 'octo', repo: 'app', commit_sha: sha })
    expect(data.map((p) => ({ number: p.number, state: p.state, merge_commit_sha: p.merge_commit_sha, merged: Boolean(p.merged_at) }))).toEqual([
      { number: pull.number, state: 'closed', merge_commit_sha: sha, merged: true },
    ])
  })

  test('a branch that is behind merges to a tree the head never had', () => {
    const pull = pullWithTwoCommits()
    emu.state.commit(REPO, { files: { 'a.txt': 'changed on main\n' } })
    const sha = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    expect(git().commits.get(sha)!.treeSha).not.toBe(git().commits.get(pull.head.sha)!.treeSha)
    expect(git().commits.get(sha)!.tree.get('a.txt')!.content.toString()).toBe('changed on main\n')
  })

  test('a merged pull request cannot be merged again', () => {
    const pull = pullWithTwoCommits()
    mergePull(emu.state, REPO, pull.number)
    expect(() => mergePull(emu.state, REPO, pull.number)).toThrow('is merged')
  })
})
