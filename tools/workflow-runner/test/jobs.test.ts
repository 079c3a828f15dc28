import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { cleanupDirs, push, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

const ci = (yaml: string) => ({ '.github/workflows/ci.yml': yaml })

describe('jobs whose needs are done run at the same time, as on GitHub', () => {
  test('two independent jobs meet: each waits for a file the other writes (one at a time, the first would time out)', async () => {
    const meet = mkdtempSync(join(tmpdir(), 'meet-'))
    const job = (mine: string, theirs: string) => `
    runs-on: ubuntu-24.04
    timeout-minutes: 1
    steps:
      - timeout-minutes: 0.2
        env:
          DIR: ${meet}
        run: |
          touch "$DIR/${mine}"
          while [ ! -f "$DIR/${theirs}" ]; do sleep 0.05; done`
    const { runner, repo } = await runnerFor(
      ci(`
name: CI
on: push
jobs:
  left:${job('left', 'right')}
  right:${job('right', 'left')}
  after:
    needs: [left, right]
    runs-on: ubuntu-24.04
    steps:
      - run: test -f "${meet}/left" && test -f "${meet}/right"
`),
    )
    const report = await runner.runWorkflow(push(repo.sha))
    rmSync(meet, { recursive: true, force: true })
    expect(Object.fromEntries(Object.entries(report.jobs).map(([id, j]) => [id, j.result]))).toEqual({ left: 'success', right: 'success', after: 'success' })
  })
})

describe('jobs run in needs order with outputs', () => {
  test('needs outputs flow into dependents, env at workflow/job/step and GITHUB_ENV', async () => {
    const { runner, repo } = await runnerFor(
      ci(`
name: CI
on: push
env:
  LEVEL: workflow
  W: w
jobs:
  second:
    needs: first
    runs-on: ubuntu-24.04
    env:
      FROM_FIRST: \${{ needs.first.outputs.value }}
    steps:
      - id: s
        run: echo "got=$FROM_FIRST/$W/\${{ needs.first.result }}" >> "$GITHUB_OUTPUT"
    outputs:
      got: \${{ steps.s.outputs.got }}
  first:
    runs-on: ubuntu-24.04
    env:
      LEVEL: job
    outputs:
      value: \${{ steps.one.outputs.value }}
    steps:
      - run: echo "EXPORTED=later" >> "$GITHUB_ENV"
      - id: one
        env:
          LEVEL: step
        run: |
          echo "level=$LEVEL exported=$EXPORTED" 
          echo "value=$LEVEL-$EXPORTED" >> "$GITHUB_OUTPUT"
`),
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.error).toBeUndefined()
    expect(report.conclusion).toBe('success')
    expect(Object.keys(report.jobs)).toEqual(['first', 'second'])
    expect(report.jobs.first!.outputs).toEqual({ value: 'step-later' })
    expect(report.jobs.first!.steps[1]!.log).toContain('level=step exported=later')
    expect(report.jobs.second!.outputs).toEqual({ got: 'step-later/w/success' })
  })

  test('a failed need skips dependents; always() and failure() still run; continue-on-error', async () => {
    const { runner, repo } = await runnerFor(
      ci(`
on: push
jobs:
  fails:
    runs-on: ubuntu-24.04
    steps:
      - id: bad
        run: exit 3
      - run: echo never
      - if: failure()
        run: echo "cleanup after \${{ steps.bad.outcome }}"
  tolerated:
    runs-on: ubuntu-24.04
    steps:
      - id: soft
        continue-on-error: true
        run: exit 1
      - id: after
        run: echo "outcome=\${{ steps.soft.outcome }} conclusion=\${{ steps.soft.conclusion }}"
  dependent:
    needs: fails
    runs-on: ubuntu-24.04
    steps:
      - run: echo dependent
  always:
    needs: [fails, dependent]
    if: always()
    runs-on: ubuntu-24.04
    steps:
      - run: echo "fails=\${{ needs.fails.result }} dependent=\${{ needs.dependent.result }}"
  on-failure:
    needs: dependent
    if: failure()
    runs-on: ubuntu-24.04
    steps:
      - run: echo reported
`),
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('failure')
    const fails = report.jobs.fails!
    expect(fails.result).toBe('failure')
    expect(fails.steps.map((s) => s.conclusion)).toEqual(['failure', 'skipped', 'success'])
    expect(fails.steps[0]!.log).toContain('Process completed with exit code 3.')
    expect(fails.steps[2]!.log).toContain('cleanup after failure')
    expect(report.jobs.tolerated!.result).toBe('success')
    expect(report.jobs.tolerated!.steps[1]!.log).toContain('outcome=failure conclusion=success')
    expect(report.jobs.dependent!.result).toBe('skipped')
    expect(report.jobs.always!.result).toBe('success')
    expect(report.jobs.always!.steps[0]!.log).toContain('fails=failure dependent=skipped')
    // failure() sees the failed ancestor through the skipped job.
    expect(report.jobs['on-failure']!.result).toBe('success')
  })

  test('job if: without a status function means success() && (…); run-name and concurrency are evaluated', async () => {
    const { runner, repo, repository } = await runnerFor(
      ci(`
on: push
run-name: Deploy \${{ github.event.repository.name }} \${{ github.ref_name }} by \${{ github.event.sender.login }}
concurrency:
  group: ci-\${{ github.ref }}
jobs:
  gated:
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-24.04
    steps:
      - run: echo main only
  other:
    if: \${{ github.ref != 'refs/heads/main' }}
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
`),
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.runName).toBe(`Deploy ${repository.split('/')[1]} main by octocat`)
    expect(report.concurrency).toBe('ci-refs/heads/main')
    expect(report.jobs.gated!.result).toBe('success')
    expect(report.jobs.other!.result).toBe('skipped')
  })

  test('defaults.run working-directory, GitHub shells, GITHUB_PATH and no GITHUB_TOKEN in env', async () => {
    const { runner, repo } = await runnerFor(
      ci(`
on: push
defaults:
  run:
    working-directory: sub
jobs:
  shell:
    runs-on: ubuntu-24.04
    steps:
      - working-directory: .
        run: |
          mkdir -p sub bin
          printf '#!/bin/sh\\necho from-path-tool\\n' > bin/tool && chmod +x bin/tool
          echo "$PWD/bin" >> "$GITHUB_PATH"
      - run: |
          echo "pwd=$(basename "$PWD")"
          tool
          echo "token=\${GITHUB_TOKEN:-unset} api=$GITHUB_API_URL"
      - id: default-shell
        run: false | cat
      - id: explicit-bash
        shell: bash
        continue-on-error: true
        run: false | cat
`),
    )
    const report = await runner.runWorkflow(push(repo.sha))
    const steps = report.jobs.shell!.steps
    expect(steps[1]!.log).toContain('pwd=sub')
    expect(steps[1]!.log).toContain('from-path-tool')
    expect(steps[1]!.log).toMatch(/token=unset api=http:\/\/127\.0\.0\.1:\d+/)
    // No shell: is `bash -e {0}` (no pipefail); shell: bash is `bash --noprofile --norc -eo pipefail {0}`.
    expect(steps[2]!.outcome).toBe('success')
    expect(steps[3]!.outcome).toBe('failure')
  })

  test('workflow commands: masks and secrets become ***, set-output is refused', async () => {
    const { runner, repo } = await runnerFor(
      ci(`
on: push
jobs:
  cmds:
    runs-on: ubuntu-24.04
    steps:
      - env:
          SECRET: \${{ secrets.API_KEY }}
        run: |
          echo "::add-mask::hidden-value"
          echo "the secret is $SECRET and hidden-value"
          echo "::error title=t::bad thing"
          echo "::warning::on stderr" >&2
      - id: legacy
        run: echo "::set-output name=x::y"
      - if: always()
        run: echo "x=\${{ steps.legacy.outputs.x }}."
`),
      { secrets: { API_KEY: 'sk-12345' } },
    )
    const report = await runner.runWorkflow(push(repo.sha))
    const steps = report.jobs.cmds!.steps
    expect(steps[0]!.log).toContain('the secret is *** and ***')
    expect(report.log).not.toContain('sk-12345')
    expect(report.log).not.toContain('hidden-value')
    expect(steps[1]!.outcome).toBe('failure')
    expect(steps[1]!.log).toContain('The `set-output` command is disabled.')
    expect(steps[2]!.log).toContain('x=.')
    expect(steps[0]!.annotations).toEqual([
      { level: 'error', message: 'bad thing' },
      { level: 'warning', message: 'on stderr' },
    ])
    // As GitHub shows it: commands consumed, annotations rendered.
    expect(steps[0]!.log).not.toContain('add-mask')
    expect(steps[0]!.log).toContain('##[error]bad thing')
    expect(steps[1]!.annotations[0]!.message).toMatch(/^Unable to process command '::set-output name=x::y' successfully\./)
  })

  test('job continue-on-error: the job fails but its result for needs and the run is success; name and step summary', async () => {
    const { runner, repo } = await runnerFor(
      ci(`
on: push
jobs:
  flaky:
    name: Flaky on \${{ github.ref_name }}
    runs-on: ubuntu-24.04
    continue-on-error: true
    steps:
      - run: echo "### flaky ran" >> "$GITHUB_STEP_SUMMARY"
      - run: exit 1
  next:
    needs: flaky
    runs-on: ubuntu-24.04
    steps:
      - run: echo "flaky=\${{ needs.flaky.result }}"
`),
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('success')
    expect(report.jobs.flaky).toMatchObject({ name: 'Flaky on main', result: 'success', outcome: 'failure', summary: '### flaky ran\n' })
    expect(report.jobs.flaky!.steps[1]!.annotations).toEqual([{ level: 'error', message: 'Process completed with exit code 1.' }])
    expect(report.jobs.next!.steps[0]!.log).toContain('flaky=success')
  })

  test('timeout-minutes ends a step that runs too long', async () => {
    const { runner, repo } = await runnerFor(
      ci(`
on: push
jobs:
  slow:
    runs-on: ubuntu-24.04
    timeout-minutes: 1
    steps:
      - timeout-minutes: 0.02
        run: sleep 30
`),
    )
    const started = Date.now()
    const report = await runner.runWorkflow(push(repo.sha))
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(report.jobs.slow!.result).toBe('failure')
    expect(report.jobs.slow!.steps[0]!.log).toContain('timed out')
  })

  test("the job's timeout-minutes cancels the job: cleanup steps still run, dependents are skipped", async () => {
    const { runner, repo } = await runnerFor(
      ci(`
on: push
jobs:
  slow:
    runs-on: ubuntu-24.04
    timeout-minutes: 0.03
    steps:
      - run: sleep 30
      - run: echo never
      - if: cancelled()
        run: echo "cleanup status=\${{ job.status }}"
  next:
    needs: slow
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
  report:
    needs: slow
    if: always()
    runs-on: ubuntu-24.04
    steps:
      - run: echo "slow=\${{ needs.slow.result }}"
`),
    )
    const started = Date.now()
    const report = await runner.runWorkflow(push(repo.sha))
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(report.error).toBeUndefined()
    const slow = report.jobs.slow!
    expect(slow.result).toBe('cancelled')
    expect(slow.error).toBe('The job has exceeded the maximum execution time of 0.03 minutes.')
    expect(slow.steps.map((s) => s.conclusion)).toEqual(['cancelled', 'skipped', 'success'])
    expect(slow.steps[2]!.log).toContain('cleanup status=cancelled')
    expect(report.jobs.next!.result).toBe('skipped')
    expect(report.jobs.report!.steps[0]!.log).toContain('slow=cancelled')
    expect(report.conclusion).toBe('cancelled')
  })
})
