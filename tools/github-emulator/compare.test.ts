import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createOctokit } from '@cna/kit/octokit'
import { assertNoViolations, startGitHubEmulator, READ_TOKEN, type GitHubEmulator } from './emulator.js'
import { mergePull } from './merge.js'

/** Compare, a pull request's commits, and a commit's pull requests, read through Octokit (OpenAPI-validated both ways). */
const REPO = 'octo/app'
let emu: GitHubEmulator
const octokit = () => createOctokit(READ_TOKEN, { baseUrl: emu.url, retryAfterBaseValue: 1 })
const repo = { owner: 'octo', repo: 'app' }

beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addRepo(REPO, { files: { 'a.txt': 'a\n' } })
})
afterEach(() => assertNoViolations(emu))
afterAll(() => emu?.stop())

const commit = (branch: string, file: string): string => emu.state.commit(REPO, { branch, files: { [file]: `${file}\n` } })

describe('compare base...head', () => {
  test('ahead, behind, diverged and identical, with the commits of head not in the merge base, oldest first', async () => {
    const base = emu.state.repo(REPO).git.refs.get('refs/heads/main')!
    emu.state.setRef(REPO, 'side', base)
    const m1 = commit('main', 'm1.txt')
    const m2 = commit('main', 'm2.txt')
    const s1 = commit('side', 's1.txt')
    const ask = async (basehead: string) => (await octokit().request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead })).data
    const ahead = await ask(`${base}...${m2}`)
    expect({
      status: ahead.status,
      ahead: ahead.ahead_by,
      behind: ahead.behind_by,
      total: ahead.total_commits,
      commits: ahead.commits.map((c) => c.sha),
      base: ahead.merge_base_commit.sha,
    }).toEqual({ status: 'ahead', ahead: 2, behind: 0, total: 2, commits: [m1, m2], base })
    expect(ahead.files?.map((f) => f.filename)).toEqual(['m1.txt', 'm2.txt'])
    const behind = await ask(`${m2}...${base}`)
    expect([behind.status, behind.ahead_by, behind.behind_by, behind.commits]).toEqual(['behind', 0, 2, []])
    const diverged = await ask(`main...side`)
    expect([diverged.status, diverged.ahead_by, diverged.behind_by, diverged.commits.map((c) => c.sha), diverged.merge_base_commit.sha]).toEqual([
      'diverged',
      1,
      2,
      [s1],
      base,
    ])
    expect((await ask(`${m2}...${m2}`)).status).toBe('identical')
  })

  test('paginated with page and per_page; files only on the first page', async () => {
    const from = emu.state.repo(REPO).git.refs.get('refs/heads/main')!
    const made = Array.from({ length: 5 }, (_, i) => commit('main', `p${i}.txt`))
    const page = async (n: number) =>
      (await octokit().request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead: `${from}...${made[4]}`, per_page: 2, page: n })).data
    const [one, two, three] = [await page(1), await page(2), await page(3)]
    expect([one, two, three].flatMap((p) => p.commits.map((c) => c.sha))).toEqual(made)
    expect(one.total_commits).toBe(5)
    expect(one.files).toHaveLength(5)
    expect(two.files).toBeUndefined()
  })
})

describe('a squash-merged pull request', () => {
  test('its commits, and the pull request of its squash commit and of its own commits; not of older commits on main', async () => {
    const older = emu.state.repo(REPO).git.refs.get('refs/heads/main')!
    const c1 = commit('topic', 't1.txt')
    const c2 = commit('topic', 't2.txt')
    const pull = emu.state.addPull(REPO, { head: 'topic' })
    const squash = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    const commits = await octokit().paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { ...repo, pull_number: pull.number, per_page: 100 })
    expect(commits.map((c) => c.sha)).toEqual([c1, c2])
    const pullsOf = async (sha: string) =>
      (await octokit().request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...repo, commit_sha: sha })).data.map((p) => p.number)
    expect(await pullsOf(squash)).toEqual([pull.number])
    expect(await pullsOf(c1)).toEqual([pull.number])
    expect(await pullsOf(older)).toEqual([])
  })
})
