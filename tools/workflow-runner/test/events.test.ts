import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { globToRegExp, matchesEvent } from '../src/event-filters.js'
import { cleanupDirs, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

describe('filter patterns', () => {
  test.each([
    ['main', 'main', true],
    ['release/*', 'release/v1', true],
    ['release/*', 'release/v1/hotfix', false],
    ['release/**', 'release/v1/hotfix', true],
    ['v[12].*', 'v1.4', true],
    ['v[12].*', 'v3.0', false],
    ['v2?.0', 'v.0', true],
    ['v1+', 'v111', true],
    ['feature\\*', 'feature*', true],
    ['feature\\*', 'featurex', false],
  ])('%s matches %s: %s', (pattern, value, expected) => {
    expect(globToRegExp(pattern).test(value)).toBe(expected)
  })
})

const pushTo = (ref: string) => ({ name: 'push', payload: { ref } })
const pr = (action: string, base = 'main') => ({ name: 'pull_request', payload: { action, pull_request: { base: { ref: base } } } })

describe('which events start a workflow', () => {
  test.each([
    ['push with no filters: any branch', 'push', pushTo('refs/heads/x'), true],
    ['push with no filters: any tag', 'push', pushTo('refs/tags/v1'), true],
    ['branches filter', { push: { branches: ['main'] } }, pushTo('refs/heads/main'), true],
    ['branches filter, other branch', { push: { branches: ['main'] } }, pushTo('refs/heads/dev'), false],
    ['only branches given: a tag push does not run', { push: { branches: ['main'] } }, pushTo('refs/tags/v1.0.0'), false],
    ['only tags given: a branch push does not run', { push: { tags: ['v*'] } }, pushTo('refs/heads/main'), false],
    ['tags filter', { push: { tags: ['v*'] } }, pushTo('refs/tags/v1.2.3'), true],
    ['tags-ignore', { push: { 'tags-ignore': ['v*-rc*'] } }, pushTo('refs/tags/v1.0.0-rc1'), false],
    ['branches-ignore', { push: { 'branches-ignore': ['dependabot/**'] } }, pushTo('refs/heads/dependabot/npm/x'), false],
    ['negation: later ! excludes', { push: { branches: ['release/**', '!release/**-alpha'] } }, pushTo('refs/heads/release/1-alpha'), false],
    [
      'negation then re-include',
      { push: { branches: ['release/**', '!release/**-alpha', 'release/keep-alpha'] } },
      pushTo('refs/heads/release/keep-alpha'),
      true,
    ],
    ['pull_request default types include opened', 'pull_request', pr('opened'), true],
    ['pull_request default types include synchronize', ['pull_request'], pr('synchronize'), true],
    ['pull_request default types exclude closed', 'pull_request', pr('closed'), false],
    ['pull_request types: [closed]', { pull_request: { types: ['closed'] } }, pr('closed'), true],
    ['pull_request branches filter on the base', { pull_request: { branches: ['main'] } }, pr('opened', 'dev'), false],
    [
      'pull_request_review: all types by default',
      'pull_request_review',
      { name: 'pull_request_review', payload: { action: 'submitted', pull_request: { base: { ref: 'main' } } } },
      true,
    ],
    ['issue_comment created', 'issue_comment', { name: 'issue_comment', payload: { action: 'created' } }, true],
    [
      'issue_comment types: [created] excludes edited',
      { issue_comment: { types: ['created'] } },
      { name: 'issue_comment', payload: { action: 'edited' } },
      false,
    ],
    ['delete', { delete: null }, { name: 'delete', payload: { ref: 'feature', ref_type: 'branch' } }, true],
    ['an event not listed', { push: null }, { name: 'delete', payload: {} }, false],
    ['repository_dispatch types', { repository_dispatch: { types: ['deploy'] } }, { name: 'repository_dispatch', payload: { action: 'deploy' } }, true],
    ['repository_dispatch other type', { repository_dispatch: { types: ['deploy'] } }, { name: 'repository_dispatch', payload: { action: 'other' } }, false],
    ['schedule by cron', { schedule: [{ cron: '17 3 * * *' }] }, { name: 'schedule', payload: { schedule: '17 3 * * *' } }, true],
    [
      'merge_group',
      { merge_group: { branches: ['main'] } },
      { name: 'merge_group', payload: { action: 'checks_requested', merge_group: { base_ref: 'refs/heads/main' } } },
      true,
    ],
  ])('%s', (_name, on, event, expected) => {
    expect(matchesEvent(on, event)).toBe(expected)
  })

  test('paths filters apply when the changed files are known', () => {
    const on = { push: { paths: ['src/**'] } }
    expect(matchesEvent(on, { ...pushTo('refs/heads/main'), changedFiles: ['docs/a.md'] })).toBe(false)
    expect(matchesEvent(on, { ...pushTo('refs/heads/main'), changedFiles: ['src/a/b.ts'] })).toBe(true)
  })
})

describe('dispatchEvent and dispatches made by runs', () => {
  test('runs the matching workflows at the commit; a workflow_dispatch made through the emulator runs next, once', async () => {
    const { runner, repo, emu, repository } = await runnerFor({
      '.github/workflows/a-main.yml': `
name: main
on:
  push:
    branches: [main]
permissions: {}
jobs:
  trigger:
    runs-on: ubuntu-24.04
    permissions:
      actions: write
    steps:
      - env:
          GITHUB_TOKEN: \${{ github.token }}
          REPO: \${{ github.repository }}
        run: |
          curl -sS -f -X POST -H "Authorization: Bearer $GITHUB_TOKEN" -H 'Content-Type: application/json' \\
            -d '{"ref":"main","inputs":{"target":"staging","dry":"true"}}' \\
            "$GITHUB_API_URL/repos/$REPO/actions/workflows/deploy.yml/dispatches"
`,
      '.github/workflows/b-tags.yml': `
on:
  push:
    tags: ['v*']
jobs:
  never:
    runs-on: ubuntu-24.04
    steps:
      - run: echo tag
`,
      '.github/workflows/deploy.yml': `
name: deploy
on:
  workflow_dispatch:
    inputs:
      target:
        required: true
        type: string
      dry:
        type: boolean
        default: false
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "deploy to \${{ inputs.target }} dry=\${{ inputs.dry }} typed=\${{ inputs.dry == true }} event=\${{ github.event.inputs.target }}"
`,
    })
    const reports = await runner.dispatchEvent({
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: repo.sha } },
      sha: repo.sha,
      ref: 'refs/heads/main',
    })
    expect(reports.map((r) => [r.file, r.conclusion])).toEqual([['.github/workflows/a-main.yml', 'success']])
    expect(
      emu.state
        .repo(repository)
        .workflows.map((w) => w.path)
        .sort(),
    ).toEqual(['.github/workflows/a-main.yml', '.github/workflows/b-tags.yml', '.github/workflows/deploy.yml'])
    const next = await runner.drainDispatches()
    expect(next).toHaveLength(1)
    expect(next[0]!.event).toBe('workflow_dispatch')
    expect(next[0]!.jobs.deploy!.steps[0]!.log).toContain('deploy to staging dry=true typed=true event=staging')
    expect(await runner.drainDispatches()).toEqual([])

    // A dispatch of a workflow without a workflow_dispatch trigger is refused, as GitHub does.
    const refused = await runner.runWorkflow({
      file: '.github/workflows/b-tags.yml',
      event: { name: 'workflow_dispatch', payload: {} },
      sha: repo.sha,
      ref: 'refs/heads/main',
    })
    expect(refused).toMatchObject({ conclusion: 'failure', error: "Workflow does not have 'workflow_dispatch' trigger", jobs: {} })
  })

  test('a repository_dispatch made through the emulator runs the workflows listening for its type', async () => {
    const { runner, repo } = await runnerFor({
      '.github/workflows/send.yml': `
on: push
jobs:
  send:
    runs-on: ubuntu-24.04
    permissions:
      contents: write
    steps:
      - env:
          GITHUB_TOKEN: \${{ github.token }}
          REPO: \${{ github.repository }}
        run: |
          curl -sS -f -X POST -H "Authorization: Bearer $GITHUB_TOKEN" -H 'Content-Type: application/json' \\
            -d '{"event_type":"chatops","client_payload":{"command":"/status api"}}' "$GITHUB_API_URL/repos/$REPO/dispatches"
`,
      '.github/workflows/broken.yml': 'on: push\njobs:\n  a: [unclosed\n',
      '.github/workflows/receive.yml': `
on:
  repository_dispatch:
    types: [chatops]
jobs:
  receive:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "got \${{ github.event.client_payload.command }}"
`,
    })
    const pushed = await runner.dispatchEvent({ event: { name: 'push', payload: { ref: 'refs/heads/main' } }, sha: repo.sha, ref: 'refs/heads/main' })
    // The broken file gets a failed run with the parser's message; the others run as usual.
    expect(pushed.map((r) => [r.file, r.conclusion])).toEqual([
      ['.github/workflows/broken.yml', 'failure'],
      ['.github/workflows/send.yml', 'success'],
    ])
    expect(pushed[0]!.error).toMatch(/^The workflow is not valid\./)
    const next = await runner.drainDispatches()
    expect(next.map((r) => r.file)).toEqual(['.github/workflows/broken.yml', '.github/workflows/receive.yml'])
    expect(next[1]!.jobs.receive!.steps[0]!.log).toContain('got /status api')
  })
})
