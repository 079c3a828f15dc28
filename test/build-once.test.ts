import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { manifestDigest, startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { pushImage } from '../tools/parts/oci-images.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { mergePull } from '../tools/github-emulator/merge.js'
import { RegistryClient } from '@cna/kit/registry'
import { parseEvidence, renderEvidence, type GateEvidence } from '@cna/kit/required-checks'

/**
 * Build once across the merge: build-image (committed bundle) adopts the image gated on a
 * pull request head for the commit that merging made, instead of rebuilding it, and leaves
 * gate evidence on that commit; promote (committed bundle) accepts the evidence only after
 * re-verifying it, against the real registry and the GitHub emulator.
 */
const REPO = 'octo-org/sensor-api'
const GATES = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review']

let registry: RegistryFixture
let emu: GitHubEmulator
let client: RegistryClient
let work: string
/** A PATH without any builder: an adoption that tried to build would fail. */
let noBuilders: string

const image = (): string => `${registry.host}/${REPO}`

beforeAll(async () => {
  ;[registry, emu] = await Promise.all([startRegistry(), startGitHubEmulator()])
  client = new RegistryClient({ registry: registry.host })
  work = await mkdtemp(join(tmpdir(), 'adopt-it-'))
  noBuilders = join(work, 'empty-bin')
  await mkdir(noBuilders)
  emu.state.addRepo(REPO, { files: { 'src/app.ts': 'export const v = 1\n', Containerfile: 'FROM scratch\n' } })
})
afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await Promise.all([registry?.stop(), emu?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

let branches = 0
/** A pull request whose head ran the gates (`failing` ones concluded failure) and whose image build-image pushed. */
async function gatedPull(opts: { failing?: string[] } = {}) {
  const branch = `feature-${++branches}`
  emu.state.commit(REPO, { branch, files: { [`src/feature-${branches}.ts`]: `export const f = ${branches}\n` } })
  const pull = emu.state.addPull(REPO, { head: branch, user: 'alice' })
  for (const name of GATES) emu.state.addCheckRun(REPO, { head_sha: pull.head.sha, name, conclusion: opts.failing?.includes(name) ? 'failure' : 'success' })
  const pushed = await pushImage(client, REPO, [2000, 500], { tag: pull.head.sha })
  return { pull, digest: pushed.digest }
}

async function build(sha: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    action: 'build-image',
    cwd: work,
    eventName: 'push',
    event: { after: sha, ref: 'refs/heads/main' },
    github: { sha, ref: 'refs/heads/main', token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO },
    inputs: { image: image(), context: work, builder: 'buildah', adopt: 'true', ...inputs },
    env: { PATH: noBuilders },
  })
}

async function promote(source: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    action: 'promote',
    cwd: work,
    github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '7' },
    inputs: { source, target: `${registry.host}/staging/sensor-api`, environment: 'staging', 'require-checks': GATES.join(','), ...inputs },
  })
}

const evidenceRuns = (sha: string) => emu.state.repo(REPO).checkRuns.filter((c) => c.name === 'gate-evidence' && c.head_sha === sha)
const treeOf = (sha: string): string => emu.state.repo(REPO).git.commits.get(sha)!.treeSha

describe('build-image adopt: the gated image, not a rebuild', () => {
  test.each(['squash', 'merge', 'rebase'] as const)(
    '%s merge of an up-to-date branch: I:S is written onto the PR digest, with gate evidence on S; no builder runs',
    async (method) => {
      const { pull, digest } = await gatedPull()
      const merged = mergePull(emu.state, REPO, pull.number, { method })
      expect(treeOf(merged)).toBe(treeOf(pull.head.sha))

      const run = await build(merged)
      expect(run.errors, run.stdout).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.outputs).toMatchObject({
        adopted: 'true',
        built: 'false',
        'gated-sha': pull.head.sha,
        'pull-request': String(pull.number),
        digest,
        'image-ref': `${image()}@${digest}`,
      })
      // The registry: the merged commit's tag names the very digest the gates passed on.
      expect(await manifestDigest(registry, REPO, merged)).toBe(digest)
      // The evidence on S, as promote will read it.
      const [evidence] = evidenceRuns(merged)
      expect(evidence).toMatchObject({
        status: 'completed',
        conclusion: 'success',
        output: { title: `Gated on #${pull.number} (head ${pull.head.sha.slice(0, 7)}), same tree` },
      })
      expect(parseEvidence(evidence!.output.text)).toEqual({
        pullRequest: pull.number,
        headSha: pull.head.sha,
        tree: treeOf(merged),
        digest,
        checks: Object.fromEntries(GATES.map((g) => [g, 'success'])),
      })
      expect(evidence!.output.summary).toContain(`| **digest** | \`${image()}@${digest}\` |`)
      expect(run.summary).toContain('Image adopted, not rebuilt')
      expect(run.summary).toContain(`pull request #${pull.number}`)

      // A re-run of the same push: nothing moves, the evidence stays one check run.
      const again = await build(merged)
      expect(again.exitCode, again.stdout).toBe(0)
      expect(again.outputs).toMatchObject({ adopted: 'true', built: 'false', digest })
      expect(again.summary).toContain('already there, same digest')
      expect(evidenceRuns(merged)).toHaveLength(1)
    },
  )

  test('I:S exists and the gates passed on S itself (a merge queue commit that became main): reused, nothing written', async () => {
    const sha = emu.state.commit(REPO, { files: { 'src/queued.ts': 'q\n' }, message: 'Merge pull request from the queue' })
    for (const name of GATES) emu.state.addCheckRun(REPO, { head_sha: sha, name, conclusion: 'success' })
    const { digest } = await pushImage(client, REPO, [700], { tag: sha })
    const run = await build(sha)
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ adopted: 'false', built: 'false', 'gated-sha': sha, 'pull-request': '', digest })
    expect(run.summary).toContain('Image reused, not rebuilt')
    expect(evidenceRuns(sha)).toHaveLength(0)
  })

  test('the branch was behind: the merged tree was never gated, so it tries to build (and there is no builder)', async () => {
    const { pull, digest } = await gatedPull()
    emu.state.commit(REPO, { files: { 'src/app.ts': 'export const v = 2\n' }, message: 'main moved on' })
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'merge' })
    expect(treeOf(merged)).not.toBe(treeOf(pull.head.sha))

    const run = await build(merged)
    expect(run.exitCode).toBe(1)
    expect(run.notices.join('\n')).toMatch(
      new RegExp(`Not adopted: the tree of ${merged.slice(0, 7)} .* differs from the tree of #${pull.number} head ${pull.head.sha.slice(0, 7)}`),
    )
    expect(run.errors).toEqual([expect.stringContaining('Input "builder" is "buildah", but buildah cannot run on this runner')])
    expect(await manifestDigest(registry, REPO, merged)).toBeUndefined()
    expect(evidenceRuns(merged)).toHaveLength(0)
    expect(await manifestDigest(registry, REPO, pull.head.sha)).toBe(digest)
  })

  test('a required check failed on the head: not adopted, it builds instead, naming the check', async () => {
    const { pull } = await gatedPull({ failing: ['security-scan'] })
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    const run = await build(merged)
    expect(run.exitCode).toBe(1)
    expect(run.notices.join('\n')).toContain('security-scan: concluded failure')
    expect(run.errors[0]).toContain('buildah cannot run')
    expect(await manifestDigest(registry, REPO, merged)).toBeUndefined()
  })

  test('an existing I:S with other content is never moved', async () => {
    const { pull } = await gatedPull()
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    const other = await pushImage(client, REPO, [300], { tag: merged })
    const run = await build(merged)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringContaining(`${image()}:${merged} already exists with digest ${other.digest}`)])
    expect(await manifestDigest(registry, REPO, merged)).toBe(other.digest)
    expect(evidenceRuns(merged)).toHaveLength(0)
  })
})

describe('promote require-checks: gate evidence, re-verified', () => {
  test('the five gates passed on the PR head: promote of the merged commit passes, naming where', async () => {
    const { pull, digest } = await gatedPull()
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    expect((await build(merged)).outputs.adopted).toBe('true')

    const run = await promote(`${image()}:${merged}`)
    expect(run.errors, run.stdout).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(digest)
    expect(run.summary).toContain(`passed on #${pull.number} head ${pull.head.sha.slice(0, 7)}, same tree`)
    expect(await manifestDigest(registry, 'staging/sensor-api', merged)).toBe(digest)
  })

  /** Writes a gate-evidence check run by hand, as anyone with checks: write could. */
  function forge(sha: string, evidence: GateEvidence): void {
    const rendered = renderEvidence(evidence, image())
    emu.state.addCheckRun(REPO, {
      head_sha: sha,
      name: 'gate-evidence',
      conclusion: 'success',
      output: { title: rendered.title, summary: rendered.summary, text: rendered.text },
    })
  }

  test('forged evidence on a direct push (another tree) is refused', async () => {
    const { pull, digest } = await gatedPull()
    const pushed = emu.state.commit(REPO, { files: { 'src/backdoor.ts': 'evil\n' }, message: 'straight to main' })
    await client.putManifest(REPO, pushed, (await client.getManifest(REPO, digest))!)
    forge(pushed, { pullRequest: pull.number, headSha: pull.head.sha, tree: treeOf(pull.head.sha), digest, checks: {} })
    const run = await promote(`${image()}:${pushed}`)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `"gate-evidence" (from #${pull.number} head ${pull.head.sha.slice(0, 7)}) does not verify: tree: the source commit has tree ${treeOf(pushed)}, the evidence claims ${treeOf(pull.head.sha)}`,
    )
    expect(await manifestDigest(registry, 'staging/sensor-api', pushed)).toBeUndefined()
  })

  test('forged evidence pointing at a head whose gate failed is refused', async () => {
    const { pull, digest } = await gatedPull({ failing: ['peer-review'] })
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    await client.putManifest(REPO, merged, (await client.getManifest(REPO, digest))!)
    forge(merged, {
      pullRequest: pull.number,
      headSha: pull.head.sha,
      tree: treeOf(merged),
      digest,
      checks: Object.fromEntries(GATES.map((g) => [g, 'success'])),
    })
    const run = await promote(`${image()}:${merged}`)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`check on head ${pull.head.sha.slice(0, 7)}: peer-review: concluded failure`)
  })

  test('evidence for another digest than the one promoted is refused', async () => {
    const { pull } = await gatedPull()
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    expect((await build(merged)).outputs.adopted).toBe('true')
    const other = await pushImage(client, REPO, [400])
    const run = await promote(`${image()}@${other.digest}`, { sha: merged })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(new RegExp(`digest: promoting ${other.digest}, the evidence names sha256:[a-f0-9]{64}`))
  })

  test('a gate that ran on S itself and failed refuses, whatever the evidence says', async () => {
    const { pull } = await gatedPull()
    const merged = mergePull(emu.state, REPO, pull.number, { method: 'squash' })
    expect((await build(merged)).outputs.adopted).toBe('true')
    emu.state.addCheckRun(REPO, { head_sha: merged, name: 'peer-review', conclusion: 'failure' })
    const run = await promote(`${image()}:${merged}`)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`required checks have not passed on ${merged}: `)
    expect(run.errors[0]).toContain('peer-review: concluded failure')
  })
})
