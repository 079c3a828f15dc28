import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { cleanupDirs, emulator, push, runnerFor, stopEmulator, type Emulator } from './fixtures.js'

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

/**
 * The runner's emulator options over the shared emulator, with a promise of the first run whose job
 * starts waiting for a review: resolved by the emulator's own waitForEnvironmentReview, once the
 * pending deployment is recorded, so the test reviews it then instead of polling on a timer.
 */
async function watchedEmulator(): Promise<{ emulator: { url: string; state: never }; reviewRequested: Promise<number> }> {
  const emu: Emulator = await emulator()
  let requested: (runId: number) => void = () => undefined
  const reviewRequested = new Promise<number>((resolve) => (requested = resolve))
  const state = new Proxy(emu.state, {
    get(target, key) {
      if (key === 'waitForEnvironmentReview') {
        return (repository: string, runId: number, environment: string) => {
          const review = target.waitForEnvironmentReview(repository, runId, environment)
          requested(runId)
          return review
        }
      }
      const value: unknown = Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { emulator: { url: emu.url, state: state as never }, reviewRequested }
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
    const { emulator: watched, reviewRequested } = await watchedEmulator()
    const { runner, repo, emu, repository } = await runnerFor(WORKFLOW, { ...OPTIONS, emulator: watched })
    emu.state.addEnvironment(repository, 'production', { reviewers: ['rita'] })
    const running = runner.runWorkflow(push(repo.sha))
    const runId = await reviewRequested
    expect(emu.state.repo(repository).pendingDeployments).toEqual([expect.objectContaining({ run_id: runId, environment: 'production' })])
    emu.state.reviewPendingDeployments(repository, runId, ['production'], 'approved', 'rita', 'ship it')
    const report = await running
    expect(report.runId).toBe(runId)
    expect(report.jobs.deploy!.result).toBe('success')
    expect(report.jobs.notify!.result).toBe('success')
    expect(report.log).toContain("environment 'production' approved by rita: ship it")
    expect(emu.state.repo(repository).workflowRuns.find((r) => r.id === runId)).toMatchObject({ status: 'completed', conclusion: 'success' })
  })

  test('required reviewers: a rejection fails the job without running its steps and skips its dependents', async () => {
    const { emulator: watched, reviewRequested } = await watchedEmulator()
    const { runner, repo, emu, repository } = await runnerFor(WORKFLOW, { ...OPTIONS, emulator: watched })
    emu.state.addEnvironment(repository, 'production', { reviewers: ['rita'] })
    const running = runner.runWorkflow(push(repo.sha))
    const runId = await reviewRequested
    expect(emu.state.repo(repository).pendingDeployments).toEqual([expect.objectContaining({ run_id: runId, environment: 'production' })])
    emu.state.reviewPendingDeployments(repository, runId, ['production'], 'rejected', 'rita', 'not today')
    const report = await running
    expect(report.jobs.deploy!.result).toBe('failure')
    expect(report.jobs.deploy!.steps).toEqual([])
    expect(report.jobs.deploy!.error).toContain("Deployment to environment 'production' was rejected by rita")
    expect(report.jobs.notify!.result).toBe('skipped')
    expect(report.conclusion).toBe('failure')
  })
})
