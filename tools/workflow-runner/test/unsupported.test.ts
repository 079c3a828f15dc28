import { afterAll, afterEach, describe, expect, test } from 'vitest'
import type { ServiceSpec } from '../src/types.js'
import { cleanupDirs, push, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

const ci = (yaml: string) => ({ '.github/workflows/ci.yml': yaml })

describe('what the runner does not support fails clearly', () => {
  test.each([
    [
      'matrix jobs',
      `
on: push
jobs:
  m:
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        node: [20, 22]
    steps:
      - run: echo \${{ matrix.node }}
`,
      "job 'm' uses strategy (matrix jobs), which the local workflow runner does not support",
    ],
    [
      'container jobs',
      `
on: push
jobs:
  c:
    runs-on: ubuntu-24.04
    container: node:20
    steps:
      - run: echo hi
`,
      "job 'c' uses container jobs, which the local workflow runner does not support",
    ],
  ])('%s: the run fails before any job', async (_name, yaml, message) => {
    const { runner, repo } = await runnerFor(ci(yaml))
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('failure')
    expect(report.error).toContain(message)
    expect(report.jobs).toEqual({})
  })

  test('a workflow the parser rejects fails with the parser message', async () => {
    const { runner, repo } = await runnerFor(ci(`on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    stepz: []\n`))
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('failure')
    expect(report.error).toMatch(/^The workflow is not valid\. .*stepz/)
  })

  test('unsupported shells and hashFiles fail the step with a message', async () => {
    const { runner, repo } = await runnerFor(
      ci(`
on: push
jobs:
  s:
    runs-on: ubuntu-24.04
    steps:
      - shell: pwsh
        continue-on-error: true
        run: Write-Host hi
      - run: echo "\${{ hashFiles('**/package-lock.json') }}"
`),
    )
    const report = await runner.runWorkflow(push(repo.sha))
    const [pwsh, hash] = report.jobs.s!.steps
    expect(pwsh!.log).toContain("shell 'pwsh' is not supported by the local workflow runner (supported: bash, sh, python)")
    expect(hash!.log).toContain('hashFiles() is not supported by the local workflow runner')
    expect(report.jobs.s!.result).toBe('failure')
  })
})

describe('job services', () => {
  const SERVICES = ci(`
on: push
jobs:
  it:
    runs-on: ubuntu-24.04
    services:
      app:
        image: registry.local/app@sha256:\${{ github.sha }}
        env:
          MODE: test
        ports:
          - 8080:8080
    steps:
      - run: echo testing
`)

  test('without startService a job with services fails, naming them', async () => {
    const { runner, repo } = await runnerFor(SERVICES)
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.jobs.it!.result).toBe('failure')
    expect(report.jobs.it!.error).toContain("job 'it' has services (app); pass the runner a startService option to run them")
  })

  test('startService gets the evaluated spec before the steps and stop() after them', async () => {
    const events: string[] = []
    const specs: ServiceSpec[] = []
    const { runner, repo } = await runnerFor(SERVICES, {
      startService: (spec) => {
        specs.push(spec)
        events.push('start')
        return { stop: () => void events.push('stop') }
      },
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.jobs.it!.result).toBe('success')
    expect(specs).toEqual([{ image: `registry.local/app@sha256:${repo.sha}`, env: { MODE: 'test' }, ports: ['8080:8080'] }])
    expect(events).toEqual(['start', 'stop'])
  })
})
