import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { cleanupDirs, gitRepo, push, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

const CALLEE = `
on:
  workflow_call:
    inputs:
      name:
        type: string
        required: true
      count:
        type: number
        default: 2
      dry-run:
        type: boolean
        default: false
    secrets:
      TOKEN:
        required: true
      OPTIONAL:
        required: false
    outputs:
      summary:
        value: \${{ jobs.work.outputs.summary }}
jobs:
  work:
    runs-on: ubuntu-24.04
    outputs:
      summary: \${{ steps.s.outputs.summary }}
    steps:
      - id: s
        env:
          TOKEN: \${{ secrets.TOKEN }}
          OPTIONAL: \${{ secrets.OPTIONAL }}
        run: |
          echo "summary=\${{ inputs.name }}/\${{ inputs.count }}/\${{ inputs.dry-run }}/\${{ github.event_name }}/\${{ github.repository }}" >> "$GITHUB_OUTPUT"
          echo "token-length=\${#TOKEN} optional=[\${OPTIONAL}] types=\${{ inputs.count == 2 }}/\${{ inputs.dry-run == false }}"
`

const caller = (call: string) => `
on: push
jobs:
${call}
  after:
    needs: call
    runs-on: ubuntu-24.04
    steps:
      - run: echo "from callee \${{ needs.call.outputs.summary }}"
`

describe('reusable workflows (job-level uses:)', () => {
  test('inputs typed with defaults, mapped secrets, outputs mapped from the callee jobs, the caller github context', async () => {
    const { runner, repo, repository } = await runnerFor(
      {
        '.github/workflows/callee.yml': CALLEE,
        '.github/workflows/ci.yml': caller(`
  call:
    uses: ./.github/workflows/callee.yml
    with:
      name: app
    secrets:
      TOKEN: \${{ secrets.DEPLOY_TOKEN }}`),
      },
      { secrets: { DEPLOY_TOKEN: 'abcdef', UNPASSED: 'x' } },
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.error).toBeUndefined()
    expect(Object.keys(report.jobs)).toEqual(['call', 'call/work', 'after'])
    expect(report.jobs['call/work']!.steps[0]!.log).toContain('token-length=6 optional=[] types=true/true')
    expect(report.jobs.call!.outputs).toEqual({ summary: `app/2/false/push/${repository}` })
    expect(report.jobs.after!.steps[0]!.log).toContain(`from callee app/2/false/push/${repository}`)
  })

  test('a required input that is not passed fails the run before anything runs', async () => {
    const { runner, repo } = await runnerFor({
      '.github/workflows/callee.yml': CALLEE,
      '.github/workflows/ci.yml': caller(`
  call:
    uses: ./.github/workflows/callee.yml
    secrets: inherit`),
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('failure')
    expect(report.error).toContain("Error calling workflow './.github/workflows/callee.yml'. Input name is required, but not provided while calling.")
    expect(report.jobs).toEqual({})
  })

  test('an input of the wrong type fails the call', async () => {
    const { runner, repo } = await runnerFor(
      {
        '.github/workflows/callee.yml': CALLEE,
        '.github/workflows/ci.yml': caller(`
  call:
    uses: ./.github/workflows/callee.yml
    with:
      name: app
      count: lots
    secrets: inherit`),
      },
      { secrets: { TOKEN: 'tok-123456' } },
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.jobs.call!.result).toBe('failure')
    expect(report.jobs.call!.error).toContain("Unexpected type of value 'lots', expected type: number.")
    expect(report.jobs.after!.result).toBe('skipped')
  })

  test('secrets: inherit passes the repository secrets; a required secret that is not passed fails like GitHub', async () => {
    const files = {
      '.github/workflows/callee.yml': CALLEE,
      '.github/workflows/ci.yml': caller(`
  call:
    uses: ./.github/workflows/callee.yml
    with:
      name: app
      count: \${{ 5 }}
      dry-run: true
    secrets: inherit`),
    }
    const ok = await runnerFor(files, { secrets: { TOKEN: 'inherited', OPTIONAL: 'optional-value' } })
    const report = await ok.runner.runWorkflow(push(ok.repo.sha))
    expect(report.error).toBeUndefined()
    expect(report.jobs['call/work']!.steps[0]!.log).toContain('token-length=9 optional=[***]')
    expect(report.jobs.call!.outputs.summary).toMatch(/^app\/5\/true\/push\//)

    // Only an environment has TOKEN: environment secrets are never passed by inherit.
    const missing = await runnerFor(files, { secrets: {}, environmentSecrets: { production: { TOKEN: 'env-only' } } })
    const failed = await missing.runner.runWorkflow(push(missing.repo.sha))
    expect(failed.conclusion).toBe('failure')
    expect(failed.error).toContain('Secret TOKEN is required, but not provided while calling.')
  })

  test('nested calls: the inner workflow gets what the middle one passes; job keys are paths', async () => {
    const { runner, repo } = await runnerFor(
      {
        '.github/workflows/callee.yml': CALLEE,
        '.github/workflows/middle.yml': `
on:
  workflow_call:
    secrets:
      T:
        required: true
    outputs:
      inner:
        value: \${{ jobs.inner.outputs.summary }}
jobs:
  inner:
    uses: ./.github/workflows/callee.yml
    with:
      name: nested
    secrets:
      TOKEN: \${{ secrets.T }}
`,
        '.github/workflows/ci.yml': `
on: push
jobs:
  outer:
    uses: ./.github/workflows/middle.yml
    secrets:
      T: \${{ secrets.ROOT }}
  show:
    needs: outer
    runs-on: ubuntu-24.04
    steps:
      - run: echo "inner=\${{ needs.outer.outputs.inner }}"
`,
      },
      { secrets: { ROOT: 'root-secret' } },
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.error).toBeUndefined()
    expect(Object.keys(report.jobs)).toEqual(['outer', 'outer/inner', 'outer/inner/work', 'show'])
    expect(report.jobs['outer/inner/work']!.steps[0]!.log).toContain('token-length=11')
    expect(report.jobs.show!.steps[0]!.log).toMatch(/inner=nested\/2\/false\/push\//)
  })

  test('remote owner/repo/.github/workflows/x.yml@sha resolves in a mapped local git repository', async () => {
    const shared = gitRepo({ '.github/workflows/callee.yml': CALLEE })
    const moved = shared.commit({ '.github/workflows/callee.yml': CALLEE.replace('summary=', 'summary=v2-') })
    const { runner, repo } = await runnerFor(
      {
        '.github/workflows/ci.yml': caller(`
  call:
    uses: octo-org/shared/.github/workflows/callee.yml@${shared.sha}
    with:
      name: remote
    secrets:
      TOKEN: remote-token`),
      },
      { remotes: { 'octo-org/shared': shared.dir } },
    )
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.error).toBeUndefined()
    // The pinned commit, not the branch head.
    expect(report.jobs.call!.outputs.summary).toMatch(/^remote\//)
    expect(moved).not.toBe(shared.sha)
  })
})
