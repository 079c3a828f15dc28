import * as core from '@actions/core'
import { UserError, exec, payloadString, readRunContext, registerCredentials, registerSecret, writeSummary, type RunContext } from '@cna/kit'
import { firstLine, parseCommand, printable } from '@cna/kit/chatops'
import { parseReplyTarget } from '@cna/kit/chatops'
import { createRestClient } from '@cna/kit/github'
import { RegistryClient, credentialsFromAuthFiles } from '@cna/kit/registry'
import { getInputs, type Inputs } from './inputs.js'
import type { liveView } from './live.js'
import { refusal, run, type ChatOpsResult, type ChatRequest } from './run.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = await getInputs()
  registerCredentials(inputs['registry-username'], inputs['registry-password'])
  registerSecret(inputs['github-token'])
  registerSecret(inputs['gitops-token'])
  registerSecret(inputs.kubeconfig)
  const context = readRunContext(env)
  if (inputs.check === 'drift') return drift(inputs, context)
  const empty: ChatOpsResult = { command: '', service: '', version: '', environment: '', digest: '', reason: '', reply: '' }
  let result = empty
  let request: ChatRequest | undefined
  try {
    request = requestFrom(context, { relayApp: inputs['relay-app'], runId: env.GITHUB_RUN_ID ?? '' })
    const [owner, repo] = context.repository.split('/')
    if (!request) {
      // not a command: the outputs stay empty
    } else if (request.refused) {
      result = refusal(request.body, request.refused)
    } else if (!inputs['github-token'] || !owner || !repo) {
      const parsed = parseCommand(request.body)
      result = { ...empty, command: parsed.kind === 'none' ? '' : parsed.kind }
      core.notice('github-token is empty: chatops cannot check permissions, reply or dispatch, so the command is not carried out.')
    } else {
      result = await carryOut(inputs, request, { owner, repo }, context, env)
    }
  } finally {
    core.setOutput('command', result.command)
    core.setOutput('service', result.service)
    core.setOutput('version', result.version)
    core.setOutput('environment', result.environment)
    core.setOutput('digest', result.digest)
    core.setOutput('reason', result.reason)
    core.setOutput('reply-to', result.replyTo ? JSON.stringify(result.replyTo) : '')
  }
  if (result.reply) await writeSummary(result.reply)
  // Failed only once the outputs and the summary are written: a chat bot reads its answer there.
  if (result.reason) throw new UserError(`${printable(firstLine(request?.body ?? ''), 160) || 'repository_dispatch'} refused: ${result.reason}`)
}

/** `check: drift` (a schedule): Git, deployments and pods per service and environment; fails on any drift. */
async function drift(inputs: Inputs, context: RunContext): Promise<void> {
  const [owner, repo] = context.repository.split('/')
  if (!inputs['github-token'] || !owner || !repo)
    throw new UserError('Input "github-token" is empty, and the drift check reads the deployments. Expected a token with deployments: read.')
  if (!inputs['gitops-repo'] || !inputs.kubeconfig)
    throw new UserError(
      `Input "${inputs['gitops-repo'] ? 'kubeconfig' : 'gitops-repo'}" is empty, and the drift check compares Git with the cluster. Expected both gitops-repo and kubeconfig.`,
    )
  const live = await loadLive(inputs)
  try {
    const { driftCheck } = await import('./drift.js')
    const { report, drifted } = await driftCheck(inputs, { client: createRestClient(inputs['github-token']), repo: { owner, repo } }, live.view)
    await writeSummary(report)
    for (const d of drifted) core.warning(`${d.service} in ${d.environment}: ${d.drift}`)
    if (drifted.length)
      throw new UserError(
        `drift in ${drifted.map((d) => `${d.service}/${d.environment}`).join(', ')}: the cluster does not run what Git pins (see the job summary)`,
      )
  } finally {
    await live.close()
  }
}

/** Git and the cluster, read for /status and the drift check; loaded only when configured (the Kubernetes client is large). */
async function loadLive(inputs: Inputs): ReturnType<typeof liveView> {
  const { liveView } = await import('./live.js')
  return liveView({
    gitopsRepo: inputs['gitops-repo'],
    gitopsToken: inputs['gitops-token'],
    kubeconfig: inputs.kubeconfig,
    namespace: inputs.namespace,
    services: inputs.services,
    exec,
  })
}

async function carryOut(
  inputs: Inputs,
  request: ChatRequest,
  target: { owner: string; repo: string },
  context: RunContext,
  env: NodeJS.ProcessEnv,
): Promise<ChatOpsResult> {
  const { owner, repo } = target
  const clients = new Map<string, RegistryClient>()
  const registryFor = async (registry: string): Promise<RegistryClient> => {
    let client = clients.get(registry)
    if (!client) {
      const credentials = inputs['registry-username']
        ? { username: inputs['registry-username'], password: inputs['registry-password'] }
        : await credentialsFromAuthFiles(registry, env)
      client = new RegistryClient({ registry, ...(credentials ? { credentials } : {}) })
      clients.set(registry, client)
    }
    return client
  }
  const live = inputs['gitops-repo'] || inputs.kubeconfig ? await loadLive(inputs) : undefined
  try {
    return await run(inputs, request, {
      github: { client: createRestClient(inputs['github-token']), repo: { owner, repo } },
      resolve: async (service, reference) => (await registryFor(service.registry)).headManifest(service.repository, reference),
      now: () => new Date(),
      runUrl: context.runUrl,
      serverUrl: context.serverUrl,
      ref: inputs.ref || payloadString(context.payload, 'repository', 'default_branch') || context.ref.replace(/^refs\/(heads|tags)\//, '') || 'main',
      botLogin: inputs['bot-login'],
      ...(live ? { live: live.view } : {}),
    })
  } finally {
    await live?.close()
  }
}

/** A relay's request id, safe to put in a marker and a deployment payload. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

/**
 * The command in the event: a new comment by a person, or a chat relay's repository_dispatch.
 * A dispatch is believed about who asked only when the relay app sent it: anyone with write
 * access can send a repository_dispatch, and its client_payload says whatever they like.
 */
export function requestFrom(context: Pick<RunContext, 'eventName' | 'payload'>, opts: { relayApp: string; runId: string }): ChatRequest | undefined {
  const payload = context.payload as {
    action?: string
    comment?: { id?: number; body?: string; user?: { login?: string; type?: string } }
    issue?: { number?: number }
    client_payload?: { command?: unknown; user?: unknown; issue?: unknown; request_id?: unknown; reply?: unknown }
    sender?: { login?: unknown }
  }
  if (context.eventName === 'issue_comment') {
    const comment = payload.comment
    if (payload.action !== 'created') {
      core.info(`ignored: the comment was ${payload.action ?? 'changed'}, and only new comments are commands`)
      return undefined
    }
    const login = comment?.user?.login ?? ''
    if (comment?.user?.type === 'Bot' || login.endsWith('[bot]')) {
      core.info(`ignored: ${login} is a bot`)
      return undefined
    }
    if (!comment?.id || !login || !payload.issue?.number)
      throw new UserError('The issue_comment event has no comment, author or issue. Expected the event GitHub sends for a new comment.')
    return { body: comment.body ?? '', user: login, issue: payload.issue.number, commentId: comment.id, id: `comment-${comment.id}` }
  }
  if (context.eventName === 'repository_dispatch') {
    const client = payload.client_payload ?? {}
    if (typeof client.command !== 'string' || typeof client.user !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(client.user)) {
      throw new UserError(
        'The repository_dispatch client_payload needs "command" (the chat text) and "user" (the GitHub login of who asked). Expected client_payload: {command: "/status sensor-api", user: "octocat", request_id: "…"}.',
      )
    }
    const issue = typeof client.issue === 'number' && Number.isInteger(client.issue) && client.issue > 0 ? client.issue : undefined
    const requestId = typeof client.request_id === 'string' && REQUEST_ID.test(client.request_id) ? client.request_id : opts.runId || String(Date.now())
    const request: ChatRequest = { body: client.command, user: client.user, ...(issue ? { issue } : {}), id: `dispatch-${requestId}` }
    const sender = typeof payload.sender?.login === 'string' ? payload.sender.login : ''
    if (!opts.relayApp) {
      request.refused =
        "chat commands through repository_dispatch are refused because the input relay-app is empty; set relay-app to the chat relay's GitHub App bot login, such as chat-relay[bot]"
    } else if (sender.toLowerCase() !== opts.relayApp.toLowerCase()) {
      request.refused = `this repository_dispatch was sent by ${sender ? printable(sender, 60) : 'an unknown sender'}, not by the relay app ${opts.relayApp} (input relay-app); only the relay may say who asked`
    } else {
      // Only the relay chooses the thread the bot answers in.
      const replyTo = parseReplyTarget(client.reply)
      if (replyTo) request.replyTo = replyTo
    }
    return request
  }
  throw new UserError(
    `chatops runs on issue_comment and repository_dispatch events, not ${context.eventName || 'this event'}. Expected "on: issue_comment: types: [created]" or "on: repository_dispatch".`,
  )
}
