import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { assertNoViolations } from '../../github-emulator/emulator.js'
import { ROOT } from '../../action-harness/actions.js'
import { cleanupDirs, emulator, gitRepo, push, runnerFor, stopEmulator } from './fixtures.js'

afterEach(async () => {
  cleanupDirs()
  assertNoViolations(await emulator())
})
afterAll(stopEmulator)

/** A tiny node24 action that prints its inputs and sets an output (CommonJS, no dependencies). */
const ECHO_ACTION = {
  'echo/action.yml': `
name: echo
inputs:
  message:
    required: true
  token:
    default: \${{ github.token }}
  where:
    default: \${{ github.repository }}@\${{ github.ref_name }}
outputs:
  said:
    description: what was said
runs:
  using: node24
  main: index.js
`,
  'echo/index.js': `
const fs = require('node:fs')
const message = process.env['INPUT_MESSAGE']
const token = process.env['INPUT_TOKEN'] || ''
console.log('message=' + message + ' where=' + process.env['INPUT_WHERE'] + ' token-prefix=' + token.slice(0, 4) + ' job=' + process.env.GITHUB_JOB + ' action=' + process.env.GITHUB_ACTION + ' ' + process.env.GITHUB_ACTION_REPOSITORY + '@' + process.env.GITHUB_ACTION_REF.slice(0, 7))
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'said=' + message + '\\n')
fs.appendFileSync(process.env.GITHUB_ENV, 'ECHOED=' + message + '\\n')
`,
}

describe('uses: of actions', () => {
  test('remote owner/repo/path@sha from a mapped git repository: with: evaluated, defaults evaluated, unknown inputs warned', async () => {
    const actions = gitRepo(ECHO_ACTION)
    const { runner, repo, repository } = await runnerFor(
      {
        '.github/workflows/ci.yml': `
on: push
jobs:
  say:
    runs-on: ubuntu-24.04
    steps:
      - id: echo
        uses: octo-org/tools/echo@${actions.sha} # v1.0.0
        with:
          message: hello \${{ github.event_name }}
          mesage: typo
      - run: echo "output=\${{ steps.echo.outputs.said }} env=$ECHOED"
`,
      },
      { remotes: { 'octo-org/tools': actions.dir } },
    )
    const report = await runner.runWorkflow(push(repo.sha))
    const [echo, after] = report.jobs.say!.steps
    expect(report.conclusion).toBe('success')
    expect(echo!.log).toContain("Unexpected input(s) 'mesage', valid inputs are ['message', 'token', 'where']")
    expect(echo!.log).toContain(`message=hello push where=${repository}@main token-prefix=ghs_ job=say action=echo octo-org/tools@${actions.sha.slice(0, 7)}`)
    expect(echo!.outputs).toEqual({ said: 'hello push' })
    expect(after!.log).toContain('output=hello push env=hello push')
  })

  test('./path resolves in the workspace: without a checkout it fails with GitHub words; after checkout it runs', async () => {
    const { runner, repo } = await runnerFor({
      ...Object.fromEntries(Object.entries(ECHO_ACTION).map(([k, v]) => [`actions/${k}`, v])),
      '.github/workflows/ci.yml': `
on: push
jobs:
  without:
    runs-on: ubuntu-24.04
    steps:
      - uses: ./actions/echo
        with:
          message: nope
  with:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - uses: ./actions/echo
        with:
          message: local
`,
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.jobs.without!.result).toBe('failure')
    expect(report.jobs.without!.steps[0]!.log).toMatch(
      /Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '.*\/actions\/echo'. Did you forget to run actions\/checkout before running your local action\?/,
    )
    expect(report.jobs.with!.result).toBe('success')
    expect(report.jobs.with!.steps[1]!.log).toContain('message=local')
  })

  test('checkout stand-in: the ref’s files as a git work tree, other repositories from the map, persist-credentials', async () => {
    const other = gitRepo({ 'config/app.yaml': 'replicas: 1\n' })
    other.commit({ 'config/app.yaml': 'replicas: 3\n' })
    const { runner, repo } = await runnerFor(
      {
        'app.txt': 'first\n',
        '.github/workflows/ci.yml': `
on: push
jobs:
  co:
    runs-on: ubuntu-24.04
    steps:
      - id: co
        uses: actions/checkout@v4
      - run: |
          cat app.txt
          echo "head=$(git rev-parse HEAD)"
          git config --get-regexp 'http\\..*extraheader' | sed 's/basic .*/basic REDACTED/'
      - uses: actions/checkout@v4
        with:
          repository: octo-org/gitops
          ref: ${other.sha}
          path: gitops
          persist-credentials: false
      - run: |
          cat gitops/config/app.yaml
          git -C gitops config --get-regexp 'http\\..*extraheader' || echo "no credentials"
`,
      },
      { remotes: { 'octo-org/gitops': other.dir } },
    )
    const second = repo.commit({ 'app.txt': 'second\n' })
    const report = await runner.runWorkflow(push(repo.sha))
    const steps = report.jobs.co!.steps
    expect(report.conclusion).toBe('success')
    expect(steps[0]!.outputs.commit).toBe(repo.sha)
    expect(steps[1]!.log).toContain('first')
    expect(steps[1]!.log).not.toContain('second')
    expect(steps[1]!.log).toContain(`head=${repo.sha}`)
    expect(steps[1]!.log).toContain('http.https://github.com/.extraheader AUTHORIZATION: basic REDACTED')
    expect(steps[3]!.log).toContain('replicas: 1')
    expect(steps[3]!.log).toContain('no credentials')
    expect(second).not.toBe(repo.sha)
  })

  test('an unknown third-party action fails its job before any step, naming it; docker actions fail clearly', async () => {
    const { runner, repo } = await runnerFor({
      '.github/workflows/ci.yml': `
on: push
jobs:
  unknown:
    runs-on: ubuntu-24.04
    steps:
      - uses: someone/mystery-action@v3
      - run: echo never
  docker:
    runs-on: ubuntu-24.04
    steps:
      - uses: docker://alpine:3.20
`,
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('failure')
    // Resolved when the job is set up: no step runs.
    expect(report.jobs.unknown!.error).toContain(
      "Unable to resolve action `someone/mystery-action@v3`: 'someone/mystery-action' is neither mapped to a local repository",
    )
    expect(report.jobs.unknown!.steps).toEqual([])
    expect(report.jobs.docker!.error).toContain('docker actions are not supported')
  })

  test('artifacts: upload in one job, download in a dependent job', async () => {
    const { runner, repo } = await runnerFor({
      '.github/workflows/ci.yml': `
on: push
jobs:
  make:
    runs-on: ubuntu-24.04
    steps:
      - run: |
          mkdir -p out/sub && echo built > out/result.txt && echo deeper > out/sub/more.txt
          echo bundle > "$RUNNER_TEMP/release.bundle"
      - uses: actions/upload-artifact@v4
        with:
          name: build
          path: out
      - uses: actions/upload-artifact@v4
        with:
          name: bundle
          path: \${{ runner.temp }}/release.bundle
          if-no-files-found: error
  use:
    needs: make
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: build
          path: got
      - uses: actions/download-artifact@v4
        with:
          name: bundle
          path: \${{ runner.temp }}/artifact
      - run: |
          cat got/result.txt got/sub/more.txt
          cat "$RUNNER_TEMP/artifact/release.bundle"
`,
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.jobs.use!.steps[2]!.log, report.log).toContain('built\ndeeper\nbundle')
  })
})

/** The files of an action folder of this repository: action.yml and the committed bundle. */
function actionFiles(name: string): Record<string, string> {
  const dir = join(ROOT, 'actions', name)
  const files: Record<string, string> = { [`actions/${name}/action.yml`]: readFileSync(join(dir, 'action.yml'), 'utf8') }
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const full = join(d, entry)
      if (statSync(full).isDirectory()) walk(full)
      else files[`actions/${name}/${relative(dir, full)}`] = readFileSync(full, 'utf8')
    }
  }
  walk(join(dir, 'dist'))
  return files
}

describe('a real action of this repository through the runner harness', () => {
  test('peer-review on a pull_request event writes its check run through the job token', async () => {
    const { runner, repo, emu, repository } = await runnerFor({
      ...actionFiles('peer-review'),
      '.github/workflows/pr.yml': `
on: pull_request
permissions: {}
jobs:
  peer-review:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      pull-requests: read
      checks: write
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - id: gate
        uses: ./actions/peer-review
        with:
          required-approvals: 1
`,
    })
    const head = emu.state.commit(repository, { branch: 'feature', files: { 'src/a.ts': 'export const a = 1\n' } })
    const pr = emu.state.addPull(repository, { head: 'feature', user: 'alice' })
    emu.state.addReview(repository, pr.number, { user: 'bob', state: 'APPROVED', commit_id: head })
    const payload = {
      action: 'opened',
      number: pr.number,
      pull_request: { number: pr.number, head: { ref: 'feature', sha: head }, base: { ref: 'main', sha: pr.base.sha } },
    }
    const report = await runner.runWorkflow({
      file: '.github/workflows/pr.yml',
      event: { name: 'pull_request', payload },
      sha: repo.sha,
      ref: `refs/pull/${pr.number}/merge`,
    })
    const gate = report.jobs['peer-review']!.steps[1]!
    expect(gate.outcome, gate.log).toBe('success')
    expect(gate.outputs).toMatchObject({ conclusion: 'success', approvals: '1' })
    expect(emu.state.repo(repository).checkRuns.find((c) => c.name === 'peer-review')).toMatchObject({ head_sha: head, conclusion: 'success' })
  })
})
