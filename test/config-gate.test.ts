import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, READ_TOKEN, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { mirrorToEmulator } from '../tools/workflow-runner/src/mirror.js'
import { COMMENT_MARKER } from '../actions/config-gate/src/comment.js'
import { badEdit, BAD_EDIT_LOCATIONS, DIGEST_A, DIGEST_B, ENVIRONMENTS, gitopsFiles, NAMESPACES, promoteDigestEdit } from '../tools/story/gitops-fixture.js'
import { FIXTURES, recorded } from '../actions/config-gate/test/rendered.js'
import { branch, git, initRepository } from '../tools/story/gitops-repo.js'

/**
 * config-gate from its committed bundle on a GitOps repository with three environments, rendered
 * by the real kubectl kustomize, reporting to the GitHub emulator (OpenAPI-validated).
 */
const REPO = 'octo-org/gitops-config'
const run = promisify(execFile)
let emu: GitHubEmulator
let work: string
let repoDir: string
const sha: Record<string, string> = {}

beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addRepo(REPO)
  work = await mkdtemp(join(tmpdir(), 'config-gate-'))
  repoDir = join(work, 'gitops-config')
  sha.main = await initRepository(repoDir, gitopsFiles())
  sha.promote = await branch(repoDir, 'promote/staging', promoteDigestEdit())
  sha.bad = await branch(repoDir, 'hand-edit', badEdit())
  sha.terraform = await branch(repoDir, 'terraform', {
    'infra/main.tf': 'variable "region" {\n  type    = string\n  default = "eu"\n}\n\nresource "terraform_data" "bucket" {\n  input = var.zone\n}\n',
    'infra/outputs.tf': 'output "id" {\nvalue = terraform_data.bucket.id\n}\n',
  })
  sha.helm = await branch(repoDir, 'helm', {
    'environments/web/kustomization.yaml':
      'helmCharts:\n  - name: podinfo\n    repo: https://stefanprodan.github.io/podinfo\n    version: 6.5.0\n    releaseName: web\n',
  })
  await mirrorToEmulator(emu.state, REPO, repoDir)
}, 60_000)
afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await emu?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

/** The gate on a pull request of `head` into main, as the starter runs it: a checkout of the head with history. */
async function gate(head: string, pull: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  await git(repoDir, 'checkout', '-q', '--detach', sha[head]!)
  try {
    return await runAction({
      action: 'config-gate',
      cwd: repoDir,
      eventName: 'pull_request',
      event: { action: 'synchronize', number: pull, pull_request: { number: pull, head: { sha: sha[head] }, base: { sha: sha.main } } },
      inputs: { namespaces: ENVIRONMENTS.map((e) => `${e}=${NAMESPACES[e]}`).join('\n'), ...inputs },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, sha: sha[head], ref: `refs/pull/${pull}/merge` },
      timeoutMs: 120_000,
    })
  } finally {
    await git(repoDir, 'checkout', '-q', 'main')
  }
}

const pullOf = (head: string): number => emu.state.addPull(REPO, { head, title: head }).number
const comments = (pull: number) => emu.state.repo(REPO).comments.filter((c) => c.issue_number === pull)
const checkRuns = (sha: string) => emu.state.repo(REPO).checkRuns.filter((c) => c.head_sha === sha && c.name === 'config-gate')

describe('a pull request that moves one image digest', () => {
  test('green check, and one comment showing exactly that change, per environment', async () => {
    const pull = pullOf('promote/staging')
    const first = await gate('promote', pull)
    expect(first.exitCode, first.stdout).toBe(0)
    expect(first.outputs).toMatchObject({ conclusion: 'success', changed: '1', problems: '0' })
    const [check] = checkRuns(sha.promote!)
    expect(check).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(check!.annotations).toEqual([])
    expect(comments(pull)).toHaveLength(1)
    const body = comments(pull)[0]!.body
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain('#### dev: no change, 2 unchanged')
    expect(body).toContain('#### production: no change, 2 unchanged')
    expect(body).toContain('#### staging: 1 object(s) changed, 1 unchanged')
    const diffLines = body.split('\n').filter((l) => /^[+-] /.test(l) || /^[+-]\s{2,}/.test(l))
    expect(diffLines).toEqual([
      `-        - image: registry.example/octo-org/sensor-api@${DIGEST_A}`,
      `+        - image: registry.example/octo-org/sensor-api@${DIGEST_B}`,
    ])

    // Re-run (a new push, a re-run of the job): the same comment and the same check run, updated in place.
    const again = await gate('promote', pull)
    expect(again.exitCode).toBe(0)
    expect(comments(pull)).toHaveLength(1)
    expect(again.outputs['comment-id']).toBe(first.outputs['comment-id'])
    expect(comments(pull)[0]!.body).toBe(body)
    expect(checkRuns(sha.promote!)).toHaveLength(1)
  })
})

describe('a hand edit with a tag-pinned image, a missing limit and a schema error', () => {
  test('red check with one annotation per problem, at the file and line to edit', async () => {
    const pull = pullOf('hand-edit')
    const result = await gate('bad', pull)
    expect(result.exitCode).toBe(1)
    expect(result.errors.at(-1)).toBe('3 problem(s) in the rendered configuration: see the "config-gate" check\'s annotations and the job summary.')
    const [check] = checkRuns(sha.bad!)
    expect(check).toMatchObject({
      conclusion: 'failure',
      output: expect.objectContaining({ title: expect.stringContaining('3 problem(s): 1 resources, 1 image-digest, 1 schema.') }),
    })
    const annotations = check!.annotations.map((a) => ({ rule: a.title!.split(' ')[0], file: a.path, line: a.start_line, level: a.annotation_level }))
    expect(annotations).toEqual([
      { rule: 'resources', ...BAD_EDIT_LOCATIONS.resources, level: 'failure' },
      { rule: 'image-digest', ...BAD_EDIT_LOCATIONS['image-digest'], level: 'failure' },
      { rule: 'schema', ...BAD_EDIT_LOCATIONS.schema, level: 'failure' },
    ])
    // The base's missing limit is one problem of three environments, not three.
    expect(check!.annotations[0]!.title).toBe('resources (dev, production, staging)')
    expect(check!.annotations[0]!.message).toBe('container "api" has no resources.limits.cpu, resources.limits.memory')
    expect(check!.annotations[2]!.message).toBe('Deployment sensor-api: spec.replicas: must be integer (Kubernetes 1.34.0 schema)')
    const body = comments(pull)[0]!.body
    expect(body).toContain('### config-gate: ❌ failed')
    expect(body).toContain('3 problem(s)')
  })
})

describe('a read-only token (a pull request from a fork)', () => {
  test('the gate still decides: annotations instead of the check run, a notice instead of the comment', async () => {
    const pull = pullOf('hand-edit')
    const before = emu.state.repo(REPO).comments.length
    await git(repoDir, 'checkout', '-q', '--detach', sha.bad!)
    const result = await runAction({
      action: 'config-gate',
      cwd: repoDir,
      eventName: 'pull_request',
      event: { action: 'opened', number: pull, pull_request: { number: pull, head: { sha: sha.bad }, base: { sha: sha.main } } },
      github: { token: READ_TOKEN, apiUrl: emu.url, repository: REPO, sha: sha.bad, ref: `refs/pull/${pull}/merge` },
      timeoutMs: 120_000,
    }).finally(() => git(repoDir, 'checkout', '-q', 'main'))
    expect(result.exitCode).toBe(1)
    expect(result.annotations.filter((a) => a.level === 'error' && a.properties.file).map((a) => `${a.properties.file}:${a.properties.line}`)).toEqual([
      `${BAD_EDIT_LOCATIONS.resources.file}:${BAD_EDIT_LOCATIONS.resources.line}`,
      `${BAD_EDIT_LOCATIONS['image-digest'].file}:${BAD_EDIT_LOCATIONS['image-digest'].line}`,
      `${BAD_EDIT_LOCATIONS.schema.file}:${BAD_EDIT_LOCATIONS.schema.line}`,
    ])
    expect(result.notices.join('\n')).toContain('The token cannot write pull request comments (403)')
    expect(emu.state.repo(REPO).comments.length).toBe(before)
  })
})

describe('Terraform', () => {
  test('fmt -check and validate at their file and line; a plan summary in the comment', async () => {
    const plan = join(work, 'plan.json')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(plan, JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'terraform_data.bucket', change: { actions: ['create'] } }] }))
    const pull = pullOf('terraform')
    const result = await gate('terraform', pull, { 'terraform-plan': plan })
    expect(result.exitCode).toBe(1)
    const [check] = checkRuns(sha.terraform!)
    expect(check!.annotations.map((a) => [a.path, a.start_line, a.message.split(':')[0]])).toEqual([
      ['infra/main.tf', 7, 'Reference to undeclared input variable'],
      ['infra/outputs.tf', 2, "infra/outputs.tf is not in terraform fmt's canonical format"],
    ])
    expect(comments(pull)[0]!.body).toContain('Plan: **1 to add, 0 to change, 0 to replace, 0 to destroy.**')
  })
})

describe('Helm', () => {
  test("a kustomization's helmCharts needs the helm binary: where there is none (these machines), a render problem with kustomize's words", async () => {
    const pull = pullOf('helm')
    const result = await gate('helm', pull, { environments: 'web=environments/web' })
    expect(result.exitCode).toBe(1)
    const [check] = checkRuns(sha.helm!)
    expect(check!.annotations).toMatchObject([
      { path: 'environments/web/kustomization.yaml', start_line: 1, title: 'render (web)', message: expect.stringContaining("(is 'helm' installed?)") },
    ])
    expect(comments(pull)[0]!.body).toContain('> **web** did not render at the head')
  })
})

describe('what the unit tests stand on', () => {
  test('the recorded renderings are what kubectl kustomize renders today', async () => {
    for (const [commit, rev] of [
      ['base', 'main'],
      ['bad', 'hand-edit'],
    ] as const) {
      const dir = await mkdtemp(join(work, `render-${commit}-`))
      await run('bash', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'archive', repoDir, rev, dir])
      for (const env of ENVIRONMENTS) {
        const { stdout } = await run('kubectl', ['kustomize', join(dir, 'environments', env)])
        expect(stdout, `${FIXTURES}/${commit}-${env}.yaml`).toBe(recorded(commit, env))
      }
    }
  })

  test('the bundled schemas are what scripts/kubernetes-schemas.mjs generates', async () => {
    await expect(run('node', [join('actions', 'config-gate', 'scripts', 'kubernetes-schemas.mjs'), '--check'])).resolves.toBeTruthy()
    expect(JSON.parse(await readFile(join('actions', 'config-gate', 'src', 'schemas', 'kubernetes.json'), 'utf8'))).toMatchObject({ kubernetes: '1.34.0' })
  })
})
