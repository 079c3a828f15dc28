import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { isForkPullRequest } from '../src/event-filters.js'
import { readOnly, parsePermissions } from '../src/permissions.js'
import { cleanupDirs, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

const WORKFLOW = {
  '.github/workflows/pr.yml': `
on: pull_request
permissions: {}
jobs:
  check:
    runs-on: ubuntu-24.04
    permissions:
      checks: write
    environment: preview
    steps:
      - env:
          GITHUB_TOKEN: \${{ github.token }}
          REPO: \${{ github.repository }}
          KEY: \${{ secrets.API_KEY }}
          KUBE: \${{ secrets.KUBE }}
        run: |
          echo "key=[$KEY] kube=[$KUBE]"
          curl -sS -o /dev/null -w 'check=%{http_code}\\n' -X POST -H "Authorization: Bearer $GITHUB_TOKEN" \\
            -d '{"name":"lint","head_sha":"0000000000000000000000000000000000000000","status":"in_progress"}' "$GITHUB_API_URL/repos/$REPO/check-runs"
`,
}

const event = (headRepo: string) => ({
  name: 'pull_request',
  payload: { action: 'opened', number: 1, pull_request: { number: 1, head: { ref: 'fix', repo: { full_name: headRepo } }, base: { ref: 'main' } } },
})

describe('pull requests from forks', () => {
  test('decided by the head repository', () => {
    expect(isForkPullRequest(event('mallory/app'), 'octo/app')).toBe(true)
    expect(isForkPullRequest(event('octo/app'), 'octo/app')).toBe(false)
    expect(isForkPullRequest({ name: 'pull_request_target', payload: event('mallory/app').payload }, 'octo/app')).toBe(false)
    expect(readOnly(parsePermissions('write-all', 'x'))).toMatchObject({ contents: 'read', checks: 'read', id_token: 'none' })
  })

  test('a fork gets no secrets (repository or environment) and a read-only token; the same repository gets both', async () => {
    const options = { secrets: { API_KEY: 'repo-api-key' }, environmentSecrets: { preview: { KUBE: 'kube-config-data' } } }
    const own = await runnerFor(WORKFLOW, options)
    const inside = await own.runner.runWorkflow({ file: '.github/workflows/pr.yml', event: event(own.repository), sha: own.repo.sha, ref: 'refs/pull/1/merge' })
    expect(inside.jobs.check!.permissions).toMatchObject({ checks: 'write' })
    expect(inside.jobs.check!.steps[0]!.log).toContain('key=[***] kube=[***]')
    // 422: the token may write check runs; the commit is unknown to the emulator.
    expect(inside.jobs.check!.steps[0]!.log).toContain('check=422')

    const fork = await runnerFor(WORKFLOW, options)
    const outside = await fork.runner.runWorkflow({
      file: '.github/workflows/pr.yml',
      event: event('mallory/app'),
      sha: fork.repo.sha,
      ref: 'refs/pull/1/merge',
    })
    expect(outside.jobs.check!.permissions).toMatchObject({ checks: 'read' })
    expect(outside.jobs.check!.steps[0]!.log).toContain('key=[] kube=[]')
    expect(outside.jobs.check!.steps[0]!.log).toContain('check=403')
  })
})
