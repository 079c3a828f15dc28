// promote's pull-request mode on the GitOps repository, gated by config-gate: promote (its
// committed bundle) copies a digest into the staging repository of a real registry and opens a
// pull request that pins it in the GitOps repository; config-gate (its committed bundle) renders
// that pull request and passes it, with the moved digest as the only change, in staging only.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { RegistryClient } from '@cna/kit/registry'
import { runAction } from '../tools/action-harness/run-action.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { pushImage } from '../tools/parts/oci-images.js'
import { startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { mirrorToEmulator } from '../tools/workflow-runner/src/mirror.js'
import { DIGEST_A, ENVIRONMENTS, gitopsFiles, IMAGE, NAMESPACES } from '../tools/story/gitops-fixture.js'
import { git, initRepository } from '../tools/story/gitops-repo.js'

const run = promisify(execFile)
const APP = 'octo-org/sensor-api'
const GITOPS = 'octo-org/gitops-config'
const SHA = '5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c'
let registry: RegistryFixture
let emu: GitHubEmulator
let work: string
let bare: string
let digest: string

beforeAll(async () => {
  ;[registry, emu] = await Promise.all([startRegistry(), startGitHubEmulator()])
  work = await mkdtemp(join(tmpdir(), 'config-gate-promote-'))
  digest = (await pushImage(new RegistryClient({ registry: registry.host }), 'octo-org/sensor-api', [2048], { tag: SHA })).digest
  emu.state.addRepo(APP)
  emu.state.commit(APP, { sha: SHA, files: { VERSION: SHA }, message: 'release' })
  // The GitOps repository: on "GitHub" (the emulator) and as the git remote promote pushes to.
  const seed = join(work, 'seed')
  await initRepository(seed, gitopsFiles())
  bare = join(work, 'octo-org', 'gitops-config.git')
  await run('git', ['clone', '-q', '--bare', seed, bare])
  emu.state.addRepo(GITOPS)
  await mirrorToEmulator(emu.state, GITOPS, bare)
}, 120_000)
afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await Promise.all([registry?.stop(), emu?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

describe("promote's pull request on the GitOps repository", () => {
  test('is gated green by config-gate, its comment showing the pinned digest as the one change, in staging', async () => {
    const branch = `promote/staging/sensor-api-${digest.slice(7, 19)}`
    // The emulator is not promote's git remote (a local bare repository is): GitHub would have the
    // pushed branch, so the emulator gets a stand-in commit on it, replaced by the pushed one below.
    emu.state.commit(GITOPS, { branch, files: { 'environments/staging/kustomization.yaml': 'stand-in' }, message: 'promote' })
    const target = `${registry.host}/staging/sensor-api`
    const promoted = await runAction({
      action: 'promote',
      cwd: work,
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: APP, sha: SHA, runId: '7' },
      inputs: {
        source: `${registry.host}/octo-org/sensor-api:${SHA}`,
        target,
        environment: 'staging',
        'gitops-repo': bare,
        'gitops-path': 'environments/staging',
        'gitops-mode': 'pull-request',
      },
    })
    expect(promoted.errors, promoted.stdout).toEqual([])
    const pull = [...emu.state.repo(GITOPS).pulls.values()].find((p) => p.head.ref === branch)!
    expect(pull).toBeTruthy()
    await mirrorToEmulator(emu.state, GITOPS, bare)
    const [base, head] = [await git(bare, 'rev-parse', 'main'), await git(bare, 'rev-parse', branch)]

    // The GitOps repository's pull request workflow: a checkout with history, then config-gate.
    const checkout = join(work, 'checkout')
    await run('git', ['clone', '-q', bare, checkout])
    await git(checkout, 'checkout', '-q', '--detach', head)
    const gated = await runAction({
      action: 'config-gate',
      cwd: checkout,
      eventName: 'pull_request',
      event: {
        action: 'opened',
        number: pull.number,
        pull_request: { number: pull.number, head: { sha: head, ref: branch }, base: { sha: base, ref: 'main' } },
      },
      inputs: { namespaces: ENVIRONMENTS.map((e) => `${e}=${NAMESPACES[e]}`).join('\n') },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: GITOPS, sha: head, ref: `refs/pull/${pull.number}/merge` },
      timeoutMs: 120_000,
    })
    expect(gated.exitCode, gated.stdout).toBe(0)
    expect(gated.outputs).toMatchObject({ conclusion: 'success', changed: '1', problems: '0' })
    expect(emu.state.repo(GITOPS).checkRuns.filter((c) => c.head_sha === head && c.name === 'config-gate')).toMatchObject([
      { conclusion: 'success', annotations: [] },
    ])
    const body = emu.state.repo(GITOPS).comments.find((c) => c.issue_number === pull.number)!.body
    expect(body).toContain('#### dev: no change')
    expect(body).toContain('#### production: no change')
    expect(body.split('\n').filter((l) => /^[+-] /.test(l))).toEqual([`-        - image: ${IMAGE}@${DIGEST_A}`, `+        - image: ${target}@${digest}`])
  })
})
