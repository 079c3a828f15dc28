import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { mirrorCommit } from '../index.js'
import { cleanupDirs, push, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

describe('mirrorCommit: the local commit, same SHA and tree, in the emulator', () => {
  test('a step creates a check run on github.sha once the commit is mirrored; later commits keep parents and deletions', async () => {
    const { runner, repo, emu, repository } = await runnerFor({
      'keep.txt': 'keep\n',
      'gone.txt': 'gone\n',
      'bin/data': '\u0000\u0001binary',
      '.github/workflows/ci.yml': `
on: push
jobs:
  check:
    runs-on: ubuntu-24.04
    permissions:
      checks: write
    steps:
      - env:
          GITHUB_TOKEN: \${{ github.token }}
          REPO: \${{ github.repository }}
          SHA: \${{ github.sha }}
        run: |
          curl -sS -f -o /dev/null -w 'check=%{http_code}\\n' -X POST -H "Authorization: Bearer $GITHUB_TOKEN" \\
            -d "{\\"name\\":\\"lint\\",\\"head_sha\\":\\"$SHA\\",\\"conclusion\\":\\"success\\"}" "$GITHUB_API_URL/repos/$REPO/check-runs"
`,
    })
    const before = await runner.runWorkflow(push(repo.sha))
    expect(before.jobs.check!.steps[0]!.log).toContain('error: 422')

    await mirrorCommit(emu.state, repository, repo.dir, repo.sha, 'main')
    const after = await runner.runWorkflow(push(repo.sha))
    expect(after.jobs.check!.steps[0]!.log).toContain('check=201')
    expect(emu.state.repo(repository).checkRuns.at(-1)).toMatchObject({ head_sha: repo.sha, name: 'lint' })

    const second = repo.commit({ 'gone.txt': null, 'new.txt': 'new\n' })
    await mirrorCommit(emu.state, repository, repo.dir, second, 'main')
    const commit = emu.state.repo(repository).git.commits.get(second)!
    expect(commit.parents).toEqual([repo.sha])
    expect([...commit.tree.keys()].sort()).toEqual(['.github/workflows/ci.yml', 'bin/data', 'keep.txt', 'new.txt'])
    expect(emu.state.repo(repository).git.refs.get('refs/heads/main')).toBe(second)

    await mirrorCommit(emu.state, repository, repo.dir, second, 'refs/tags/v1.0.0')
    expect(emu.state.repo(repository).git.refs.get('refs/tags/v1.0.0')).toBe(second)
  })
})
