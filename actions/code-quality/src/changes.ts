import * as core from '@actions/core'
import { UserError, type Exec } from '@cna/kit'
import { addedLines, type AddedLines } from '@cna/kit/lint'
import { errorStatus, type RestClient } from '@cna/kit/github'

export type DiffClient = RestClient

export interface PullRef {
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
}

/**
 * The lines a pull request adds: from its diff through the API, or, when GitHub refuses a
 * large diff (406 past 300 files or 20,000 lines) or there is no token, from `git diff` of
 * the base and head commits in the checkout (which then needs them: fetch-depth 0).
 */
export async function pullAddedLines(
  pull: PullRef,
  deps: { client?: DiffClient; exec: Exec; cwd: string },
): Promise<{ added: AddedLines; via: 'api' | 'git' }> {
  if (deps.client) {
    // The retry plugin would retry a 406 (not in its do-not-retry list) with back-off: it is final.
    try {
      const { data } = await deps.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: pull.owner,
        repo: pull.repo,
        pull_number: pull.number,
        mediaType: { format: 'diff' },
        request: { retries: 0 },
      })
      return { added: addedLines(String(data)), via: 'api' }
    } catch (error) {
      if (errorStatus(error) !== 406) throw error
      core.info('GitHub refused the pull request diff as too large (406); using git diff of the base and head commits instead')
    }
  }
  const diff = await gitDiff(['--unified=0', '--no-color', '--no-ext-diff', '-M', `${pull.baseSha}...${pull.headSha}`, '--'], deps)
  return { added: addedLines(diff), via: 'git' }
}

export async function pullChangedFiles(pull: PullRef, deps: { client?: DiffClient; exec: Exec; cwd: string }): Promise<Set<string>> {
  if (deps.client) {
    const files = await deps.client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.number,
      per_page: 100,
    })
    return new Set(files.filter((f) => f.status !== 'removed').map((f) => f.filename))
  }
  const names = await gitDiff(['--name-only', '--diff-filter=d', '-M', `${pull.baseSha}...${pull.headSha}`, '--'], deps)
  return new Set(names.split('\n').filter(Boolean))
}

async function gitDiff(args: string[], deps: { exec: Exec; cwd: string }): Promise<string> {
  const result = await deps.exec('git', ['diff', ...args], { cwd: deps.cwd, stream: false, check: false })
  if (result.exitCode !== 0) {
    throw new UserError(
      `git diff of the pull request's base and head failed (${result.stderr.trim().split('\n')[0] ?? result.exitCode}). Expected a checkout with both commits: actions/checkout with fetch-depth: 0.`,
    )
  }
  return result.stdout
}
