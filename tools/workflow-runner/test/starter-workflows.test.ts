// The starter workflows as a user runs them: the release tree built from this checkout is the
// `octo-org/actions` repository, and a starter copied into a user's repository calls into it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildReleaseTree, type ReleaseTree } from '../../../scripts/release-tree.js'
import { startKubernetesEmulator } from '../../kubernetes-emulator/emulator.js'
import { ROOT } from '../../action-harness/actions.js'
import { cleanupDirs, runnerFor, stopEmulator } from './fixtures.js'
import { generateHistory } from '../../../actions/delivery-metrics/test/history.js'
import { seedHistory } from '../../../actions/delivery-metrics/test/seed.js'

let tree: ReleaseTree
let out: string
let kube: Awaited<ReturnType<typeof startKubernetesEmulator>>

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'release-tree-'))
  kube = await startKubernetesEmulator({ terminationDelayMs: 50 })
  tree = await buildReleaseTree({ source: ROOT, out: join(out, 'tree'), version: 'v1.2.3', strict: false })
})
afterAll(async () => {
  cleanupDirs()
  rmSync(out, { recursive: true, force: true })
  await stopEmulator()
  await kube.stop()
})

describe('starter workflows from the release tree', () => {
  test('cloud-native-preview-cleanup on delete: the starter calls the pinned reusable workflow, whose teardown job gets the preview environment secret and runs preview-teardown from the tree', async () => {
    const starter = readFileSync(join(tree.dir, 'workflow-templates', 'cloud-native-preview-cleanup.yml'), 'utf8')
    expect(starter).toMatch(new RegExp(`uses: octo-org/actions/\\.github/workflows/preview-cleanup\\.yml@${tree.workflowsCommit}`))
    const kubeconfig = kube.kubeconfig()
    const { runner, repo } = await runnerFor(
      { '.github/workflows/preview-cleanup.yml': starter.replace(/\$default-branch/g, 'main') },
      { remotes: { 'octo-org/actions': tree.dir }, environmentSecrets: { preview: { PREVIEW_KUBECONFIG: kubeconfig } } },
    )
    const [report, ...more] = await runner.dispatchEvent({
      event: { name: 'delete', payload: { ref: 'feature/login', ref_type: 'branch' } },
      sha: repo.sha,
      ref: 'refs/heads/main',
    })
    expect(more).toEqual([])
    expect(report!.file).toBe('.github/workflows/preview-cleanup.yml')
    expect(report!.concurrency).toBe('preview-cleanup-feature/login')
    const teardown = report!.jobs['cleanup/teardown']!
    expect(teardown.environment).toEqual({ name: 'preview' })
    expect(teardown.permissions).toMatchObject({ contents: 'read', deployments: 'write', packages: 'none' })
    expect(teardown.steps[0]!.uses).toBe(`octo-org/actions/preview-teardown@${tree.actionsCommit}`)
    expect(report!.jobs['cleanup/reap']!.result).toBe('skipped')
    // The action really talked to the cluster the environment secret names.
    expect(kube.requests.length).toBeGreaterThan(0)
    expect(teardown.steps[0]!.log).toContain('namespace dev-feature-login-')
    // The workflow grants pull-requests: write now (the runner found the 403 it got without).
    expect(teardown.steps[0]!.outcome, teardown.steps[0]!.log).toBe('success')
    expect(teardown.permissions).toMatchObject({ pull_requests: 'write' })
    expect(report!.jobs.cleanup!.outputs).toEqual({ deleted: '' })
    expect(report!.conclusion).toBe('success')
    expect(report!.log).not.toContain('insecure-skip-tls-verify')
  })
})

describe('the delivery-metrics starter', () => {
  test('on schedule: the metrics job reads the repository’s deployments with a read-only token, and the dashboard is published through the Pages stand-ins', async () => {
    const starter = readFileSync(join(tree.dir, 'workflow-templates', 'cloud-native-delivery-metrics.yml'), 'utf8')
    expect(starter).toMatch(new RegExp(`uses: octo-org/actions/\\.github/workflows/delivery-metrics\\.yml@${tree.workflowsCommit}`))
    const workDir = join(out, 'runs')
    const { runner, repo, emu, repository } = await runnerFor(
      { '.github/workflows/delivery-metrics.yml': starter },
      { remotes: { 'octo-org/actions': tree.dir }, workDir, keepWorkDir: true },
    )
    // 90 days: the window the starter reads.
    const history = generateHistory({ seed: 3, releases: 12, days: 90, to: Date.now() + 5 * 60_000 })
    seedHistory(emu.state, repository, history)
    const [report] = await runner.dispatchEvent({ event: { name: 'schedule', payload: { schedule: '23 6 * * 1' } }, sha: repo.sha, ref: 'refs/heads/main' })
    const metrics = report!.jobs['delivery-metrics/metrics']!
    expect(metrics.steps[0]!.outcome, metrics.steps[0]!.log).toBe('success')
    expect(metrics.permissions).toMatchObject({ contents: 'read', deployments: 'read', pull_requests: 'read', pages: 'none' })
    const truth = [...history.truth.entries()].filter(([k]) => k.endsWith('/production')).reduce((n, [, t]) => n + t.deployments, 0)
    expect(metrics.outputs['deployment-frequency']).toBe(String(truth / 90))
    const publish = report!.jobs['delivery-metrics/publish']!
    expect(publish.environment).toMatchObject({ name: 'github-pages' })
    expect(publish.outputs['page-url']).toBe(`https://octo.github.io/${repository.split('/')[1]}/`)
    expect(publish.steps[0]!.outcome, publish.steps[0]!.log).toBe('success')
    const page = readFileSync(join(publish.steps[0]!.log.match(/stand-in: (\S+)\)/)![1]!, 'index.html'), 'utf8')
    expect(page).toContain(`data-metric="deployment-frequency" data-value="${truth / 90}"`)
    expect(report!.conclusion).toBe('success')
  })
})
