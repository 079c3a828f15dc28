import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { RegistryClient } from '@cna/kit/registry'
import { ROOT } from '../tools/action-harness/actions.js'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { pushImage } from '../tools/parts/oci-images.js'
import {
  assertNoViolations,
  startGitHubEmulator,
  WRITE_TOKEN,
  type DeploymentRecord,
  type DeploymentState,
  type GitHubEmulator,
} from '../tools/github-emulator/emulator.js'

/**
 * chatops, from its committed bundle, against the GitHub emulator (OpenAPI-validated:
 * permissions, reactions, comments, deployments, dispatches) and a real registry holding the
 * service's images. Each command, each refusal, /status and both /rollback forms.
 */
const REPO = 'octo-org/sensor-api'
const SHA = '3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21'
let registry: RegistryFixture
let emu: GitHubEmulator
let issue: number
const digests: Record<string, string> = {}
let dispatchInputs: string[]

const services = () =>
  `sensor-api:\n  image: ${registry.host}/octo-org/sensor-api\n  gitops-path: envs/{environment}/sensor-api\nbilling-api:\n  image: ${registry.host}/octo-org/billing-api\n`

async function comment(
  user: string,
  body: string,
  opts: { action?: string; type?: string; inputs?: Record<string, string> } = {},
): Promise<ActionRun & { commentId: number }> {
  const record = emu.state.addComment(REPO, issue, { body, user })
  const run = await runAction({
    action: 'chatops',
    eventName: 'issue_comment',
    event: {
      action: opts.action ?? 'created',
      issue: { number: issue },
      comment: { id: record.id, body, user: { login: user, type: opts.type ?? 'User' } },
      repository: { full_name: REPO, default_branch: 'main' },
    },
    github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '4242' },
    inputs: { services: services(), ...opts.inputs },
  })
  return { ...run, commentId: record.id }
}

function replyTo(commentId: number) {
  return emu.state.repo(REPO).comments.filter((c) => c.body.includes(`<!-- chatops:comment-${commentId} -->`))
}

function deployments(environment: string): DeploymentRecord[] {
  return emu.state
    .repo(REPO)
    .deployments.filter((d) => d.environment === environment)
    .sort((a, b) => b.id - a.id)
}

/** A deployment as promote leaves it, seeded directly (GitHub writes are throttled to 1/s). */
function seedDeployment(environment: string, version: string, states: DeploymentState[]): DeploymentRecord {
  const now = emu.state.now()
  const record: DeploymentRecord = {
    id: emu.state.nextId(),
    sha: emu.state.repo(REPO).git.refs.get('refs/heads/main')!,
    ref: 'main',
    task: 'deploy',
    payload: { service: 'sensor-api', version, digest: digests[version]!, image: `${registry.host}/octo-org/sensor-api@${digests[version]}` },
    environment,
    original_environment: environment,
    description: null,
    creator: 'github-actions[bot]',
    transient_environment: false,
    production_environment: environment === 'production',
    created_at: now,
    updated_at: now,
    statuses: states.map((state) => ({
      id: emu.state.nextId(),
      state,
      creator: 'github-actions[bot]',
      description: '',
      environment,
      target_url: '',
      log_url: '',
      environment_url: '',
      created_at: now,
      updated_at: now,
    })),
  }
  emu.state.repo(REPO).deployments.push(record)
  return record
}

function finish(record: DeploymentRecord, state: DeploymentState = 'success'): void {
  const now = emu.state.now()
  record.statuses.push({
    id: emu.state.nextId(),
    state,
    creator: 'github-actions[bot]',
    description: '',
    environment: record.environment,
    target_url: '',
    log_url: '',
    environment_url: '',
    created_at: now,
    updated_at: now,
  })
}

beforeAll(async () => {
  ;[registry, emu] = await Promise.all([startRegistry(), startGitHubEmulator()])
  const client = new RegistryClient({ registry: registry.host })
  for (const tag of ['v1.4.0', 'v1.4.1', 'v1.4.2', 'v1.4.3', SHA]) digests[tag] = (await pushImage(client, 'octo-org/sensor-api', [200], { tag })).digest
  emu.state.addRepo(REPO)
  emu.state.commit(REPO, { sha: SHA, files: { VERSION: '1.4.3' } })
  issue = emu.state.addIssue(REPO, { title: 'Deployments' }).number
  emu.state.addCollaborator(REPO, 'alice', 'admin')
  emu.state.addCollaborator(REPO, 'bob', 'maintain')
  emu.state.addCollaborator(REPO, 'trina', 'triage')
  emu.state.addUser('mallory')
  // The deploy workflow, declared with exactly the inputs of the example users copy.
  const example = parse(await readFile(join(ROOT, 'actions/chatops/examples/deploy.yml'), 'utf8')) as {
    on: { workflow_dispatch: { inputs: Record<string, unknown> } }
  }
  dispatchInputs = Object.keys(example.on.workflow_dispatch.inputs)
  emu.state.addWorkflow(REPO, 'deploy.yml', { inputs: dispatchInputs })
}, 120_000)

afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await Promise.all([registry?.stop(), emu?.stop()])
})

describe('/deploy', () => {
  test('resolves the version to its digest, takes the lock, dispatches the deploy workflow and replies with the audit record', async () => {
    const run = await comment('bob', '/Deploy  sensor-api v1.4.2 TO dev\nthanks!')
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({
      command: 'deploy',
      service: 'sensor-api',
      version: 'v1.4.2',
      environment: 'dev',
      digest: digests['v1.4.2'],
      reason: '',
      'reply-to': '',
    })

    const source = emu.state.repo(REPO).comments.find((c) => c.id === run.commentId)!
    expect(source.reactions.map((r) => r.content)).toEqual(['eyes'])
    const replies = replyTo(run.commentId)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toContain('🚀 Deploying sensor-api to dev')
    expect(replies[0]!.body).toContain(digests['v1.4.2'])
    expect(replies[0]!.body).toContain('@bob · `/Deploy  sensor-api v1.4.2 TO dev`')
    expect(replies[0]!.body).toContain('[run](https://github.com/octo-org/sensor-api/actions/runs/4242)')
    expect(replies[0]!.body).toContain('deployments?environment=dev')

    const [lock] = deployments('dev')
    expect(lock).toMatchObject({
      environment: 'dev',
      production_environment: false,
      payload: {
        service: 'sensor-api',
        version: 'v1.4.2',
        digest: digests['v1.4.2'],
        requested_by: 'bob',
        command: '/Deploy  sensor-api v1.4.2 TO dev',
        run_url: 'https://github.com/octo-org/sensor-api/actions/runs/4242',
      },
    })
    expect(lock!.statuses).toEqual([])
    const dispatch = emu.state.repo(REPO).dispatches.at(-1)!
    expect(dispatch).toMatchObject({ path: '.github/workflows/deploy.yml', ref: 'main' })
    expect(dispatch.inputs).toEqual({
      service: 'sensor-api',
      environment: 'dev',
      version: 'v1.4.2',
      digest: digests['v1.4.2'],
      image: `${registry.host}/octo-org/sensor-api@${digests['v1.4.2']}`,
      'requested-by': 'bob',
      'deployment-id': String(lock!.id),
    })
    expect(run.summary).toContain('Deploying sensor-api to dev')
  })

  test('a re-run of that job keeps the original reply and succeeds as a no-op: nothing dispatched twice', async () => {
    const [lock] = deployments('dev')
    const source = emu.state.repo(REPO).comments.find((c) => c.body === '/Deploy  sensor-api v1.4.2 TO dev\nthanks!')!
    const reply = replyTo(source.id)[0]!
    const before = { body: reply.body, dispatches: emu.state.repo(REPO).dispatches.length, deployments: emu.state.repo(REPO).deployments.length }
    const rerun = await runAction({
      action: 'chatops',
      eventName: 'issue_comment',
      event: {
        action: 'created',
        issue: { number: issue },
        comment: { id: source.id, body: source.body, user: { login: 'bob', type: 'User' } },
        repository: { full_name: REPO, default_branch: 'main' },
      },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '4242' },
      inputs: { services: services() },
    })
    expect(rerun.errors).toEqual([])
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs).toEqual({
      command: 'deploy',
      service: 'sensor-api',
      version: 'v1.4.2',
      environment: 'dev',
      digest: digests['v1.4.2'],
      reason: '',
      'reply-to': '',
    })
    expect(replyTo(source.id)).toHaveLength(1)
    expect(replyTo(source.id)[0]!.body).toBe(before.body)
    expect(rerun.summary).toContain(`already dispatched as deployment #${lock!.id}`)
    expect(emu.state.repo(REPO).dispatches.length).toBe(before.dispatches)
    expect(emu.state.repo(REPO).deployments.length).toBe(before.deployments)
  })

  test('a second command while the first deployment runs is answered with who holds the lock and since when', async () => {
    const held = deployments('dev')[0]!
    const before = emu.state.repo(REPO).dispatches.length
    const run = await comment('alice', '/deploy sensor-api v1.4.3 to dev')
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`sensor-api in dev is locked by @bob's`)
    expect(replyTo(run.commentId)[0]!.body).toContain(`since ${held.created_at} (deployment #${held.id}, pending)`)
    expect(emu.state.repo(REPO).dispatches.length).toBe(before)
    expect(deployments('dev')[0]!.id).toBe(held.id)
    // The digest was resolved before the lock was found, yet nothing was dispatched: it is not an output.
    expect(run.outputs).toMatchObject({ command: 'deploy', service: 'sensor-api', environment: 'dev', digest: '' })
    expect(run.outputs.reason).toContain(`sensor-api in dev is locked by @bob's`)
  })

  test('once the deploy workflow finished, the lock is free; a short commit SHA resolves to the SHA tag', async () => {
    finish(deployments('dev')[0]!)
    const run = await comment('alice', '/deploy sensor-api 3f2a9c1e7b6d to dev')
    expect(run.errors).toEqual([])
    expect(run.outputs.digest).toBe(digests[SHA])
    expect(run.outputs.version).toBe(SHA)
    finish(deployments('dev')[0]!)
  })

  test('a deploy that skips the environment before is refused with the reason', async () => {
    const run = await comment('bob', '/deploy sensor-api v1.4.3 to staging')
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('has not been deployed successfully to dev, which comes before staging')
    const reply = replyTo(run.commentId)
    expect(reply).toHaveLength(1)
    expect(reply[0]!.body).toContain('❌')
    expect(reply[0]!.body).toContain('deploy it to dev first')
    expect(deployments('staging')).toHaveLength(0)
    expect(run.outputs).toMatchObject({ command: 'deploy', service: 'sensor-api', version: 'v1.4.3', environment: 'staging', digest: '' })
    expect(run.outputs.reason).toContain('deploy it to dev first')
    expect(run.summary).toContain('deploy it to dev first')
  })

  test('production needs admin: a maintainer is refused, an admin is dispatched to the job the environment approval gates', async () => {
    seedDeployment('staging', 'v1.4.2', ['in_progress', 'success'])
    const refused = await comment('bob', '/deploy sensor-api v1.4.2 to production')
    expect(refused.exitCode).toBe(1)
    expect(refused.errors[0]).toContain('@bob has maintain permission on this repository; this command needs admin')
    expect(deployments('production')).toHaveLength(0)

    const run = await comment('alice', '/deploy sensor-api v1.4.2 to production')
    expect(run.errors).toEqual([])
    expect(deployments('production')[0]).toMatchObject({ production_environment: true, payload: { digest: digests['v1.4.2'], requested_by: 'alice' } })
    expect(emu.state.repo(REPO).dispatches.at(-1)!.inputs).toMatchObject({ environment: 'production', digest: digests['v1.4.2'] })
    expect(replyTo(run.commentId)[0]!.body).toContain("waits for the environment's required reviewers")
    // The dispatched workflow's deploy job runs in the requested environment: GitHub's required reviewers gate it.
    const workflow = parse(await readFile(join(ROOT, 'actions/chatops/examples/deploy.yml'), 'utf8')) as { jobs: Record<string, { environment?: string }> }
    expect(Object.values(workflow.jobs).map((j) => j.environment)).toEqual(['${{ inputs.environment }}'])
  })

  test.each([
    ['trina', 'has triage permission on this repository; this command needs write'],
    ['mallory', 'has read permission on this repository; this command needs write'],
  ])('%s is refused for lack of permission', async (user, reason) => {
    const run = await comment(user, '/deploy sensor-api v1.4.3 to dev')
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(reason)
    expect(replyTo(run.commentId)[0]!.body).toContain(reason)
  })

  test.each([
    ['/deploy payments v1 to dev', 'unknown service `payments`; known services: sensor-api, billing-api'],
    ['/deploy sensor-api v1.4.3 to qa', 'unknown environment `qa`; known environments: dev, staging, production'],
    ['/deploy sensor-api v9.9.9 to dev', 'version v9.9.9 of sensor-api is not in'],
  ])('%s is refused and the unknown name is given', async (body, reason) => {
    const run = await comment('alice', body)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(reason)
    expect(replyTo(run.commentId)[0]!.body).toContain(reason)
  })
})

describe('/rollback', () => {
  beforeAll(() => {
    for (const d of emu.state.repo(REPO).deployments.filter((x) => x.environment === 'staging')) finish(d, 'inactive')
    seedDeployment('staging', 'v1.4.0', ['success', 'inactive'])
    seedDeployment('staging', 'v1.4.1', ['success', 'inactive'])
    seedDeployment('staging', 'v1.4.3', ['failure'])
    seedDeployment('staging', 'v1.4.2', ['success'])
  })

  test('to the previous successful digest', async () => {
    const run = await comment('bob', '/rollback sensor-api in staging')
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ command: 'rollback', environment: 'staging', version: 'v1.4.1', digest: digests['v1.4.1'] })
    expect(emu.state.repo(REPO).dispatches.at(-1)!.inputs).toMatchObject({ environment: 'staging', digest: digests['v1.4.1'], version: 'v1.4.1' })
    expect(replyTo(run.commentId)[0]!.body).toContain('Rolling back sensor-api in staging')
    expect(replyTo(run.commentId)[0]!.body).toContain('replacing | `v1.4.2')
    finish(deployments('staging')[0]!, 'failure')
  })

  test('to a named earlier version; a version that never ran there is refused', async () => {
    const refused = await comment('bob', '/rollback sensor-api in staging to v1.4.3')
    expect(refused.exitCode).toBe(1)
    expect(refused.errors[0]).toContain('v1.4.3 has never been deployed successfully to staging')

    const run = await comment('bob', '/rollback sensor-api in staging to v1.4.0')
    expect(run.errors).toEqual([])
    expect(run.outputs.digest).toBe(digests['v1.4.0'])
    expect(emu.state.repo(REPO).dispatches.at(-1)!.inputs).toMatchObject({ digest: digests['v1.4.0'] })
  })
})

describe('/status, /help and what is not a command', () => {
  test('/status shows version, digest, commit, who, when and state per environment', async () => {
    const run = await comment('trina', '/status sensor-api')
    expect(run.exitCode).toBe(0)
    const body = replyTo(run.commentId)[0]!.body
    expect(body).toContain('| environment | version | digest | commit | who | when | state |')
    // The version and who come from deployment payloads: code spans, so no link or mention in them renders.
    expect(body).toMatch(/\| dev \| `3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21` \| `sha256:[0-9a-f]{12}` \| `[0-9a-f]{12}` \| `alice` \| \S+ \| success \|/)
    expect(body).toMatch(/\| staging \| `v1\.4\.0` \| .* \| `bob` \| .* \| pending \|/)
    expect(body).toMatch(/\| production \| `v1\.4\.2` \| .* \| `alice` \| .* \| pending \|/)
  })

  test('a re-run updates the same reply in place', async () => {
    const first = await comment('trina', '/status sensor-api')
    const record = emu.state.repo(REPO).comments.find((c) => c.id === first.commentId)!
    const rerun = await runAction({
      action: 'chatops',
      eventName: 'issue_comment',
      event: { action: 'created', issue: { number: issue }, comment: { id: record.id, body: record.body, user: { login: 'trina', type: 'User' } } },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '4243' },
      inputs: { services: services() },
    })
    expect(rerun.exitCode).toBe(0)
    const replies = replyTo(first.commentId)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toContain('actions/runs/4243')
    expect(record.reactions).toHaveLength(1)
  })

  test("another user's comment carrying the marker is never edited into the reply", async () => {
    const record = emu.state.addComment(REPO, issue, { body: '/help', user: 'trina' })
    const forged = emu.state.addComment(REPO, issue, { body: `click here: https://evil.example <!-- chatops:comment-${record.id} -->`, user: 'mallory' })
    const run = await runAction({
      action: 'chatops',
      eventName: 'issue_comment',
      event: { action: 'created', issue: { number: issue }, comment: { id: record.id, body: '/help', user: { login: 'trina', type: 'User' } } },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '4244' },
      inputs: { services: services() },
    })
    expect(run.exitCode).toBe(0)
    expect(forged.body).toBe(`click here: https://evil.example <!-- chatops:comment-${record.id} -->`)
    const replies = replyTo(record.id)
    expect(replies.map((c) => c.user)).toEqual(['mallory', 'github-actions[bot]'])
    expect(replies[1]!.body).toContain('ChatOps commands')
  })

  test('/help and unknown commands are answered with what is understood', async () => {
    const run = await comment('mallory', '/destroy production')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.command).toBe('unknown')
    const body = replyTo(run.commentId)[0]!.body
    expect(body).toContain('`/destroy` is not a command')
    expect(body).toContain('`/rollback <service> in <environment> to <version>`')
    expect(body).toContain('`sensor-api`, `billing-api`')
  })

  test.each([
    ['edited comments', { action: 'edited' }],
    ['bots', { type: 'Bot' }],
  ])('%s are ignored: no reaction, no reply', async (_, opts) => {
    const run = await comment('bob', '/deploy sensor-api v1.4.3 to dev', opts)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.command).toBe('')
    expect(emu.state.repo(REPO).comments.find((c) => c.id === run.commentId)!.reactions).toEqual([])
    expect(replyTo(run.commentId)).toEqual([])
  })

  test('ordinary conversation is left alone', async () => {
    const run = await comment('bob', 'looks good, we could /deploy tomorrow')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.command).toBe('')
    expect(replyTo(run.commentId)).toEqual([])
  })
})

describe('hostile comments are parsed, never executed', () => {
  const marker = join('/tmp', `chatops-pwned-${process.pid}`)
  afterAll(() => rm(marker, { force: true }))

  test.each([
    [`/deploy sensor-api $(touch ${marker}) to dev`],
    [`/deploy sensor-api v1;touch${marker} to dev`],
    [`/status sensor-api\`touch ${marker}\` @octo-org/admins \u202e ${'🚀'.repeat(4000)}`],
    [`/deploy ${'x'.repeat(60_000)} v1 to dev`],
  ])('%#', async (body) => {
    const run = await comment('alice', body)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.command).toBe('unknown')
    expect(existsSync(marker)).toBe(false)
    const reply = replyTo(run.commentId)[0]!.body
    expect(reply).not.toContain('@octo-org/admins')
    expect(reply).not.toContain('\u202e')
    expect(reply.length).toBeLessThan(2000)
  })
})

describe('repository_dispatch from the chat relay', () => {
  const RELAY = { login: 'chat-relay[bot]', type: 'Bot' }
  const dispatch = (
    client: Record<string, unknown>,
    sender: Record<string, unknown> | undefined,
    inputs: Record<string, string> = { 'relay-app': 'chat-relay' },
  ) =>
    runAction({
      action: 'chatops',
      eventName: 'repository_dispatch',
      event: { action: 'chatops', client_payload: client, ...(sender ? { sender } : {}), repository: { full_name: REPO, default_branch: 'main' } },
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '5151' },
      inputs: { services: services(), ...inputs },
    })

  test('client_payload {command, user, request_id} from the relay app: the answer goes to the outputs and the job summary', async () => {
    const comments = emu.state.repo(REPO).comments.length
    const reply = { platform: 'slack', team: 'T0001', channel: 'C0DEPLOYS', thread_ts: '1700000000.000100' }
    const run = await dispatch({ command: '/status sensor-api', user: 'bob', request_id: 'slack-T0001-1', reply }, RELAY)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ command: 'status', service: 'sensor-api', reason: '' })
    expect(JSON.parse(run.outputs['reply-to']!)).toEqual(reply)
    expect(run.summary).toContain('| production | `v1.4.2` |')
    expect(emu.state.repo(REPO).comments.length).toBe(comments)
  })

  test.each([
    [
      'a user claiming to be alice',
      { login: 'mallory', type: 'User' },
      { 'relay-app': 'chat-relay' },
      'was sent by mallory, not by the relay app chat-relay[bot]',
    ],
    ['another app', { login: 'renovate[bot]', type: 'Bot' }, { 'relay-app': 'chat-relay' }, 'was sent by renovate[bot], not by the relay app chat-relay[bot]'],
    ['anyone, with relay-app empty', RELAY, {}, 'the input relay-app is empty'],
  ])('a forged dispatch (%s) is refused: the reason in the outputs and the summary, nothing dispatched', async (_, sender, inputs, reason) => {
    const before = {
      dispatches: emu.state.repo(REPO).dispatches.length,
      deployments: emu.state.repo(REPO).deployments.length,
      comments: emu.state.repo(REPO).comments.length,
    }
    const run = await dispatch({ command: '/deploy sensor-api v1.4.3 to dev', user: 'alice', issue }, sender, inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringContaining(reason)])
    expect(run.outputs).toEqual({
      command: 'deploy',
      service: 'sensor-api',
      version: 'v1.4.3',
      environment: 'dev',
      digest: '',
      reason: expect.stringContaining(reason),
      'reply-to': '',
    })
    expect(run.summary).toContain('refused')
    expect(run.summary).toContain(reason)
    expect({
      dispatches: emu.state.repo(REPO).dispatches.length,
      deployments: emu.state.repo(REPO).deployments.length,
      comments: emu.state.repo(REPO).comments.length,
    }).toEqual(before)
  })

  test('a refused dispatched command (no issue to reply on) still answers in the outputs and the summary', async () => {
    const run = await dispatch({ command: '/deploy sensor-api v1.4.1 to production', user: 'bob', request_id: 'slack-T0001-2' }, RELAY)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      command: 'deploy',
      service: 'sensor-api',
      environment: 'production',
      digest: '',
      reason: '@bob has maintain permission on this repository; this command needs admin',
    })
    expect(run.summary).toContain('@bob has maintain permission')
  })

  test('a payload without user is refused with the accepted form', async () => {
    const run = await dispatch({ command: '/deploy sensor-api v1.4.2 to dev' }, RELAY)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringContaining('Expected client_payload: {command: "/status sensor-api", user: "octocat", request_id: "…"}')])
  })

  test('an empty github-token: a notice, nothing carried out', async () => {
    const dispatches = emu.state.repo(REPO).dispatches.length
    const run = await runAction({
      action: 'chatops',
      eventName: 'repository_dispatch',
      event: { action: 'chatops', client_payload: { command: '/deploy sensor-api v1.4.2 to dev', user: 'alice' }, sender: RELAY },
      github: { apiUrl: emu.url, repository: REPO },
      inputs: { services: services(), 'github-token': '', 'relay-app': 'chat-relay[bot]' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.notices).toEqual([expect.stringContaining('github-token is empty')])
    expect(run.outputs).toEqual({ command: 'deploy', service: '', version: '', environment: '', digest: '', reason: '', 'reply-to': '' })
    expect(emu.state.repo(REPO).dispatches.length).toBe(dispatches)
  })

  test('bad input: one error line naming the input and the accepted form', async () => {
    const run = await runAction({ action: 'chatops', eventName: 'repository_dispatch', inputs: { services: 'sensor-api: {image: "Not An Image"}' } })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      'Input "services" has an invalid image "Not An Image" for service "sensor-api". Expected an image name without tag or digest, such as ghcr.io/octo-org/sensor-api.',
    ])
    expect(run.stdout).not.toContain('    at ')
  })

  test('a bad relay-app: one error line naming the input and the accepted form', async () => {
    const run = await runAction({ action: 'chatops', eventName: 'repository_dispatch', inputs: { services: services(), 'relay-app': 'chat relay' } })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(/^Input "relay-app" has an invalid value "chat relay". Expected the relay GitHub App's bot login, such as chat-relay\[bot\]/),
    ])
  })
})
