import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { cleanupDirs, push, runnerFor, stopEmulator, type Emulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

const WORKFLOW = {
  '.github/workflows/ci.yml': `
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - env:
          KUBECONFIG_DATA: \${{ secrets.KUBECONFIG_DATA }}
          SHARED: \${{ secrets.SHARED }}
        run: echo "build sees kubeconfig=[\${KUBECONFIG_DATA}] shared=\${SHARED}"
  deploy:
    needs: build
    runs-on: ubuntu-24.04
    environment:
      name: \${{ github.ref_name == 'main' && 'production' || 'dev' }}
      url: https://app.example.com/\${{ steps.d.outputs.path }}
    steps:
      - id: d
        env:
          KUBECONFIG_DATA: \${{ secrets.KUBECONFIG_DATA }}
          SHARED: \${{ secrets.SHARED }}
        run: |
          echo "deploy sees kubeconfig length \${#KUBECONFIG_DATA}: $KUBECONFIG_DATA shared=$SHARED"
          echo "path=v1" >> "$GITHUB_OUTPUT"
  notify:
    needs: deploy
    runs-on: ubuntu-24.04
    steps:
      - run: echo notified
`,
}

const OPTIONS = {
  secrets: { SHARED: 'repo-level-shared' },
  environmentSecrets: { production: { KUBECONFIG_DATA: 'apiVersion-v1-prod', SHARED: 'production-shared' } },
}

async function pendingRun(emu: Emulator, repository: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const pending = emu.state.repo(repository).pendingDeployments
    if (pending.length) return pending[0]!.run_id
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error('no pending deployment appeared')
}

describe('environments', () => {
  test('environment secrets exist only in the job naming the environment, and override repository secrets', async () => {
    const { runner, repo } = await runnerFor(WORKFLOW, OPTIONS)
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('success')
    expect(report.jobs.build!.steps[0]!.log).toContain('build sees kubeconfig=[] shared=***')
    expect(report.jobs.deploy!.steps[0]!.log).toContain('deploy sees kubeconfig length 18: *** shared=***')
    expect(report.jobs.deploy!.environment).toEqual({ name: 'production', url: 'https://app.example.com/v1' })
    expect(report.log).not.toMatch(/apiVersion-v1-prod|production-shared|repo-level-shared/)
  })

  test('required reviewers: the job waits for approval, then runs', async () => {
    const { runner, repo, emu, repository } = await runnerFor(WORKFLOW, OPTIONS)
    emu.state.addEnvironment(repository, 'production', { reviewers: ['rita'] })
    const running = runner.runWorkflow(push(repo.sha))
    const runId = await pendingRun(emu, repository)
    emu.state.reviewPendingDeployments(repository, runId, ['production'], 'approved', 'rita', 'ship it')
    const report = await running
    expect(report.runId).toBe(runId)
    expect(report.jobs.deploy!.result).toBe('success')
    expect(report.jobs.notify!.result).toBe('success')
    expect(report.log).toContain("environment 'production' approved by rita: ship it")
    expect(emu.state.repo(repository).workflowRuns.find((r) => r.id === runId)).toMatchObject({ status: 'completed', conclusion: 'success' })
  })

  test('required reviewers: a rejection fails the job without running its steps and skips its dependents', async () => {
    const { runner, repo, emu, repository } = await runnerFor(WORKFLOW, OPTIONS)
    emu.state.addEnvironment(repository, 'production', { reviewers: ['rita'] })
    const running = runner.runWorkflow(push(repo.sha))
    const runId = await pendingRun(emu, repository)
    emu.state.reviewPendingDeployments(repository, runId, ['production'], 'rejected', 'rita', 'not today')
    const report = await running
    expect(report.jobs.deploy!.result).toBe('failure')
    expect(report.jobs.deploy!.steps).toEqual([])
    expect(report.jobs.deploy!.error).toContain("Deployment to environment 'production' was rejected by rita")
    expect(report.jobs.notify!.result).toBe('skipped')
    expect(report.conclusion).toBe('failure')
  })
})
