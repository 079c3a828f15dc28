/**
 * The emulated pull request the gates run on: in the GitHub emulator, `main` holds the
 * repository before the service, and the PR branch's head is the commit being built (the
 * same SHA as `git rev-parse HEAD`), adding the service's sources, so the diff code-quality
 * filters by and the commit the check runs land on are the real ones.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { GitHubEmulator } from '../../test/github/emulator.ts'

export interface PullRequest {
  number: number
  branch: string
  headSha: string
  baseSha: string
  /** The `pull_request` event payload a runner would write. */
  event: Record<string, unknown>
}

export async function openPullRequest(github: GitHubEmulator, opts: { repository: string; root: string; sources: string; sha: string; branch: string; author: string }): Promise<PullRequest> {
  const files: Record<string, string> = {}
  for (const name of await readdir(opts.sources)) files[relative(opts.root, join(opts.sources, name))] = await readFile(join(opts.sources, name), 'utf8')
  const baseSha = github.state.commit(opts.repository, { files: { 'README.md': '# sensor-api\n' }, message: 'initial commit' })
  github.state.commit(opts.repository, { branch: opts.branch, sha: opts.sha, files, message: 'the commit under test' })
  const pull = github.state.addPull(opts.repository, { head: opts.branch, user: opts.author, title: 'sensor-api: readings API' })
  if (pull.head.sha !== opts.sha) throw new Error(`the emulated pull request's head is ${pull.head.sha}, not ${opts.sha}`)
  return {
    number: pull.number,
    branch: opts.branch,
    headSha: opts.sha,
    baseSha,
    event: {
      action: 'synchronize',
      number: pull.number,
      pull_request: { number: pull.number, head: { sha: opts.sha, ref: opts.branch }, base: { sha: baseSha, ref: 'main' }, user: { login: opts.author } },
      repository: { full_name: opts.repository, default_branch: 'main' },
    },
  }
}
