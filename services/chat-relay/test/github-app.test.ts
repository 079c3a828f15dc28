import { generateKeyPairSync } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { startSlackEmulator, type SlackEmulator } from '../../../tools/slack-emulator/index.js'
import { appsOf, type AppInstallation, type AppRecord } from '../../../tools/github-emulator/apps.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../../../tools/github-emulator/emulator.js'
import { runAction } from '../../../tools/action-harness/run-action.js'
import { createGitHubApp } from '../src/github.js'
import { startChatRelay, type ChatRelay } from '../src/server.js'

/**
 * The relay as a GitHub App against the GitHub emulator: the JWT (RS256) verified against the
 * App's public key, an installation token narrowed to the one repository and to what the relay
 * needs, the repository_dispatch sent as `<slug>[bot]`; then the chatops action, from its
 * committed bundle, believing that dispatch and refusing one that someone else sent.
 */
const REPO = 'octo-org/sensor-api'
const SIGNING_SECRET = 'slack-signing-secret'
const BOT_TOKEN = 'xoxb-relay'
const keys = () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() }
}
const appKeys = keys()
let emu: GitHubEmulator
let slack: SlackEmulator
let relay: ChatRelay
let app: AppRecord
let installation: AppInstallation

beforeAll(async () => {
  ;[emu, slack] = await Promise.all([startGitHubEmulator(), startSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET })])
  emu.state.addRepo(REPO)
  emu.state.addRepo('octo-org/billing')
  emu.state.addCollaborator(REPO, 'alice', 'admin')
  const apps = appsOf(emu.state)
  app = apps.addApp({ slug: 'chat-relay', publicKeyPem: appKeys.publicKey })
  // Installed with more than the relay asks for, on two repositories: the token gets less.
  installation = apps.install(app.id, { repositories: [REPO, 'octo-org/billing'], permissions: { contents: 'write', deployments: 'read', issues: 'write' } })
  relay = await startChatRelay({
    access: 'slack:\n  users:\n    - { team: T0001, user: U0ALICE, github: alice }\n  channels:\n    - { team: T0001, channel: C0DEPLOYS }\n',
    slack: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: slack.apiUrl, responseUrlPrefix: slack.hooksUrl },
    github: { appId: app.id, privateKey: appKeys.privateKey, installationId: installation.id, repository: REPO, apiUrl: emu.url },
    log: () => undefined,
  })
}, 60_000)
afterEach(() => {
  assertNoViolations(emu)
  expect(slack.problems).toEqual([])
})
afterAll(async () => {
  await relay?.stop()
  await Promise.all([emu?.stop(), slack?.stop()])
})

describe('the relay as a GitHub App', () => {
  test('a signed Slack /status becomes a repository_dispatch sent as chat-relay[bot] with a token for the one repository', async () => {
    const res = await slack.slashCommand(relay.url, { team: 'T0001', user: 'U0ALICE', channel: 'C0DEPLOYS', command: '/status', text: 'sensor-api' })
    expect(res.status).toBe(200)
    await relay.idle()
    const [dispatch] = emu.state.repo(REPO).repositoryDispatches
    expect(dispatch).toMatchObject({
      event_type: 'chatops',
      actor: 'chat-relay[bot]',
      client_payload: { command: '/status sensor-api', user: 'alice', reply: { platform: 'slack', channel: 'C0DEPLOYS', thread_ts: slack.messages[0]!.ts } },
    })
    const issued = appsOf(emu.state).issued
    expect(issued).toHaveLength(1)
    expect(issued[0]).toMatchObject({
      installationId: installation.id,
      repositories: [REPO],
      permissions: { contents: 'write', deployments: 'read', metadata: 'read' },
    })
    expect(issued[0]!.permissions).not.toHaveProperty('issues')
    expect(appsOf(emu.state).refusedJwts).toEqual([])
  })

  test('the installation token reaches nothing else: not the other repository, not issues', async () => {
    const token = appsOf(emu.state).issued[0]!.token
    const other = await fetch(`${emu.url}/repos/octo-org/billing/dispatches`, {
      method: 'POST',
      headers: { authorization: `token ${token}` },
      body: JSON.stringify({ event_type: 'chatops' }),
    })
    expect([403, 404]).toContain(other.status)
    // The App is installed with issues: write, but the relay's token did not ask for it.
    const { number } = emu.state.addIssue(REPO, { title: 'Deployments' })
    const comment = await fetch(`${emu.url}/repos/${REPO}/issues/${number}/comments`, {
      method: 'POST',
      headers: { authorization: `token ${token}` },
      body: JSON.stringify({ body: 'x' }),
    })
    expect(comment.status).toBe(403)
    expect(emu.state.repo(REPO).comments).toEqual([])
  })

  test('the production confirmation reads what runs where with the same narrowed token', async () => {
    const now = emu.state.now()
    const seed = (environment: string, version: string, digest: string) =>
      emu.state.repo(REPO).deployments.push({
        id: emu.state.nextId(),
        sha: emu.state.repo(REPO).git.refs.get('refs/heads/main')!,
        ref: 'main',
        task: 'deploy',
        payload: { service: 'sensor-api', version, digest },
        environment,
        original_environment: environment,
        description: null,
        creator: 'github-actions[bot]',
        transient_environment: false,
        production_environment: environment === 'production',
        created_at: now,
        updated_at: now,
        statuses: [
          {
            id: emu.state.nextId(),
            state: 'success',
            creator: 'github-actions[bot]',
            description: '',
            environment,
            target_url: '',
            log_url: '',
            environment_url: '',
            created_at: now,
            updated_at: now,
          },
        ],
      })
    seed('production', 'v1.4.1', `sha256:${'1'.repeat(64)}`)
    seed('staging', 'v1.4.2', `sha256:${'2'.repeat(64)}`)
    const responseUrl = slack.newResponseUrl()
    await slack.slashCommand(relay.url, {
      team: 'T0001',
      user: 'U0ALICE',
      channel: 'C0DEPLOYS',
      command: '/deploy',
      text: 'sensor-api v1.4.2 to production',
      responseUrl,
    })
    await relay.idle()
    const blocks = JSON.stringify(slack.responses.find((r) => responseUrl.endsWith(r.id))!.body.blocks)
    expect(blocks).toContain('`v1.4.1` (`sha256:111111111111`)')
    expect(blocks).toContain('`v1.4.2` (`sha256:222222222222`)')
    expect(appsOf(emu.state).issued.every((t) => t.repositories.length === 1 && t.permissions.deployments === 'read')).toBe(true)
  })

  test('a JWT signed with another key is refused (401) and nothing is dispatched', async () => {
    const forged = createGitHubApp({ appId: app.id, privateKey: keys().privateKey, installationId: installation.id, repository: REPO, apiUrl: emu.url })
    const before = emu.state.repo(REPO).repositoryDispatches.length
    await expect(
      forged.dispatch({
        command: '/status sensor-api',
        user: 'alice',
        request_id: 'x',
        reply: { platform: 'slack', team: 'T0001', channel: 'C0DEPLOYS', thread_ts: '1.1' },
      }),
    ).rejects.toMatchObject({ status: 401 })
    expect(appsOf(emu.state).refusedJwts).toEqual(['signature does not verify with the App public key'])
    expect(emu.state.repo(REPO).repositoryDispatches.length).toBe(before)
  })

  test("an installation of another App is not reachable with this App's JWT", async () => {
    const otherApp = appsOf(emu.state).addApp({ slug: 'other-app', publicKeyPem: keys().publicKey })
    const theirs = appsOf(emu.state).install(otherApp.id, { repositories: [REPO], permissions: { contents: 'write' } })
    const wrong = createGitHubApp({ appId: app.id, privateKey: appKeys.privateKey, installationId: theirs.id, repository: REPO, apiUrl: emu.url })
    await expect(
      wrong.dispatch({ command: '/help', user: 'alice', request_id: 'y', reply: { platform: 'slack', team: 'T0001', channel: 'C0DEPLOYS', thread_ts: '1.1' } }),
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('chatops believes the relay, and only the relay', () => {
  const services = 'sensor-api:\n  image: registry.example.com/octo-org/sensor-api\n'
  const chatops = (event: Record<string, unknown>) =>
    runAction({
      action: 'chatops',
      eventName: 'repository_dispatch',
      event,
      github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '900' },
      inputs: { services, 'relay-app': 'chat-relay' },
    })

  test('the dispatch the relay sent: carried out for the mapped login, answered in the outputs', async () => {
    const dispatch = emu.state.repo(REPO).repositoryDispatches[0]!
    const run = await chatops({
      action: dispatch.event_type,
      client_payload: dispatch.client_payload,
      sender: { login: dispatch.actor, type: 'Bot' },
      repository: { full_name: REPO, default_branch: 'main' },
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ command: 'status', service: 'sensor-api', reason: '' })
    expect(run.summary).toContain('sensor-api: what runs where')
  })

  test('the same payload dispatched by a user with a write token: refused, nothing dispatched', async () => {
    const res = await fetch(`${emu.url}/repos/${REPO}/dispatches`, {
      method: 'POST',
      headers: { authorization: `token ${WRITE_TOKEN}` },
      body: JSON.stringify({ event_type: 'chatops', client_payload: { command: '/deploy sensor-api v1 to dev', user: 'alice' } }),
    })
    expect(res.status).toBe(204)
    const forged = emu.state.repo(REPO).repositoryDispatches.at(-1)!
    const deployments = emu.state.repo(REPO).deployments.length
    const run = await chatops({ action: forged.event_type, client_payload: forged.client_payload, sender: { login: forged.actor, type: 'Bot' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      command: 'deploy',
      environment: 'dev',
      digest: '',
      reason: expect.stringContaining('was sent by github-actions[bot], not by the relay app chat-relay[bot]'),
    })
    expect(emu.state.repo(REPO).deployments.length).toBe(deployments)
    expect(emu.state.repo(REPO).dispatches).toEqual([])
  })
})
