import * as core from '@actions/core'
import { code, errorMessage, redact } from '@cna/kit'
import { parseCommand, printable, firstLine, type Command } from '@cna/kit/chatops'
import {
  authorize,
  checkEnvironment,
  checkPromotionOrder,
  effectiveRole,
  heldLock,
  lockWinner,
  requiredRole,
  rollbackTarget,
  statusRows,
  type DeploymentView,
} from '@cna/kit/chatops'
import type { ReplyTarget } from '@cna/kit/chatops'
import { DIGEST, TAG } from '@cna/kit/registry'
import {
  Reply,
  collaboratorRole,
  dispatchWorkflow,
  expandSha,
  react,
  serviceDeployments,
  type ChatOpsGitHub,
  type ChatOpsPayload,
  type Repo,
} from './github.js'
import { createDeployment, setDeploymentStatus } from '@cna/kit/github'
import type { Inputs } from './inputs.js'
import { deployedReply, footer, helpReply, refusedReply, statusReply, workingReply } from './reply.js'
import type { Service } from './services.js'
import { whatRunsSection, type LiveView } from './status.js'

/** A command from a comment, or forwarded by a chat bot through repository_dispatch. */
export interface ChatRequest {
  body: string
  /** The GitHub login whose permission counts. */
  user: string
  /** Issue or pull request to reply on; none for a dispatch without one. */
  issue?: number
  /** The comment to react to. */
  commentId?: number
  /** Unique per request (`comment-<id>`, `dispatch-<relay request id or run>`): re-runs find their reply and lock by it. */
  id: string
  /** Why the request is refused before anything is looked up (a dispatch not sent by the relay app). */
  refused?: string
  /** The chat thread the relay opened for it: where the deploy workflow answers. Only from the relay app. */
  replyTo?: ReplyTarget
}

export interface ChatOpsDeps {
  github: { client: ChatOpsGitHub; repo: Repo }
  /** A tag or digest of the service's image to its digest, or undefined when the registry has none. */
  resolve(service: Service, reference: string): Promise<string | undefined>
  now(): Date
  runUrl: string
  serverUrl: string
  /** The branch the deploy workflow is dispatched on. */
  ref: string
  /** Who chatops comments as: only that author's comments can be its replies. */
  botLogin: string
  /** Git and the cluster, for /status's digests and drift (absent: deployments only). */
  live?: LiveView
}

export interface ChatOpsResult {
  command: string
  service: string
  version: string
  environment: string
  digest: string
  /** Why the command was refused, '' when it was not. */
  reason: string
  /** The reply as posted (also the job summary). */
  reply: string
  deploymentId?: number
  /** The chat thread to answer in (the `reply-to` output). */
  replyTo?: ReplyTarget
}

/** A command that was understood and refused: answered in the reply, then the step fails. */
class Refusal extends Error {}

/** What the command names, before anything is looked up: the outputs even a refusal sets. */
function resultOf(command: Command): ChatOpsResult {
  return {
    command: command.kind === 'none' ? '' : command.kind,
    service: 'service' in command ? command.service : '',
    version: 'version' in command && command.version ? command.version : '',
    environment: 'environment' in command ? command.environment : '',
    digest: '',
    reason: '',
    reply: '',
  }
}

/** A request refused before it is looked at (a dispatch from someone other than the relay app): nothing is read or written on GitHub. */
export function refusal(body: string, reason: string): ChatOpsResult {
  const shown = printable(firstLine(body), 160)
  return { ...resultOf(parseCommand(body)), reason, reply: redact(refusedReply(shown || 'repository_dispatch', reason)) }
}

/**
 * Carries out one command. A refusal is an answer, not an exception: it comes back with
 * `reason` set (the caller fails the step after writing the outputs and the summary).
 */
export async function run(inputs: Inputs, request: ChatRequest, deps: ChatOpsDeps): Promise<ChatOpsResult> {
  const command = parseCommand(request.body)
  const result = resultOf(command)
  if (request.replyTo) result.replyTo = request.replyTo
  if (command.kind === 'none') {
    core.info('not a command: the first line does not start with "/"')
    return result
  }

  const { client, repo } = deps.github
  const issue = request.issue
  const reply = issue ? new Reply(client, repo, issue, `<!-- chatops:${request.id} -->`, deps.botLogin) : undefined
  if (request.commentId) await react(client, repo, request.commentId, 'eyes')
  if (reply) await reply.find()

  const shown = printable(firstLine(request.body), 160)
  const audit = footer({ user: request.user, command: shown, time: deps.now(), runUrl: deps.runUrl })
  const say = async (markdown: string): Promise<void> => {
    result.reply = redact(`${markdown}\n\n${audit}`)
    if (reply) await reply.write(result.reply)
  }

  try {
    switch (command.kind) {
      case 'help':
      case 'unknown':
        await say(helpReply(command, inputs))
        return result
      case 'status':
        await say(await status(command.service, inputs, deps))
        return result
      case 'deploy':
      case 'rollback':
        await deploy(command, inputs, request, deps, { say, shown, replyUrl: () => reply?.url ?? '', original: () => reply?.found ?? '', result })
        return result
    }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    // Nothing was dispatched, even when the digest was already resolved (a lock, a lost race).
    result.digest = ''
    result.reason = error.message
    await say(refusedReply(shown, error.message))
    return result
  }
}

function serviceOf(name: string, inputs: Inputs): Service {
  const service = inputs.services.get(name)
  if (!service) throw new Refusal(`unknown service ${code(printable(name))}; known services: ${[...inputs.services.keys()].join(', ')}`)
  return service
}

function knownEnvironment(environment: string, inputs: Inputs): void {
  const verdict = checkEnvironment(printable(environment), inputs.environments)
  if (!verdict.ok) throw new Refusal(verdict.reason)
}

async function status(name: string, inputs: Inputs, deps: ChatOpsDeps): Promise<string> {
  const service = serviceOf(name, inputs)
  const { client, repo } = deps.github
  const history: DeploymentView[] = []
  for (const environment of inputs.environments) history.push(...(await serviceDeployments(client, repo, environment, service.name, 10)))
  const reply = statusReply(
    service.name,
    statusRows(
      history.sort((a, b) => b.id - a.id),
      inputs.environments,
    ),
    environmentUrl(deps, ''),
  )
  return deps.live ? `${reply}\n\n${await whatRunsSection(service.name, inputs.environments, history, deps.live)}` : reply
}

interface Say {
  say(markdown: string): Promise<void>
  shown: string
  replyUrl(): string
  /** The reply an earlier run of this request wrote, '' when none. */
  original(): string
  result: ChatOpsResult
}

type DeployCommand = Extract<Command, { kind: 'deploy' | 'rollback' }>

/** What a deploy or rollback settled on: the service, the environment and the digest that goes there. */
interface DeployPlan {
  command: DeployCommand
  service: Service
  environment: string
  digest: string
  version: string
  /** The service's deployments in that environment before this request. */
  here: DeploymentView[]
}

/**
 * /deploy and /rollback: authorize, settle the digest, take the environment's lock (a
 * GitHub Deployment), dispatch the deploy workflow, answer. Each step refuses with a
 * reason the reply shows; a re-run of a request that dispatched does nothing again.
 */
async function deploy(command: DeployCommand, inputs: Inputs, request: ChatRequest, deps: ChatOpsDeps, io: Say): Promise<void> {
  const service = serviceOf(command.service, inputs)
  knownEnvironment(command.environment, inputs)
  await authorizeRequest(request, command.environment, inputs, deps)

  const here = await serviceDeployments(deps.github.client, deps.github.repo, command.environment, service.name)
  // A re-run of a run that dispatched: the deploy is on its way (or done), and its reply is the record.
  // A deployment in `error` is one whose dispatch failed or lost the lock race, so that request may try again.
  const earlier = here.find((d) => d.request === request.id && d.state !== 'error')
  if (earlier) return alreadyDispatched(earlier, io)

  await io.say(workingReply(io.shown))
  const { digest, version } =
    command.kind === 'deploy' ? await deployTarget(command, service, inputs, deps) : await rollbackDigest(command, service, here, deps)
  io.result.digest = digest
  io.result.version = version
  const plan: DeployPlan = { command, service, environment: command.environment, digest, version, here }

  const id = await takeLock(plan, inputs, request, deps, io)
  io.result.deploymentId = id
  const workflow = await dispatchDeploy(plan, id, request, inputs, deps)
  await io.say(deployAnswer(plan, id, workflow, inputs, deps))
}

async function authorizeRequest(request: ChatRequest, environment: string, inputs: Inputs, deps: ChatOpsDeps): Promise<void> {
  const role = effectiveRole(await collaboratorRole(deps.github.client, deps.github.repo, request.user))
  const required = requiredRole(environment, { permission: inputs.permission, productionEnvironments: inputs['production-environments'] })
  const allowed = authorize(request.user, role, required)
  if (!allowed.ok) throw new Refusal(allowed.reason)
}

/** /deploy: the version's digest, refused unless it went through the environments before this one. */
async function deployTarget(
  command: Extract<Command, { kind: 'deploy' }>,
  service: Service,
  inputs: Inputs,
  deps: ChatOpsDeps,
): Promise<{ digest: string; version: string }> {
  const { digest, version } = await resolveVersion(service, command.version, deps)
  const index = inputs.environments.indexOf(command.environment)
  const before = index > 0 ? await serviceDeployments(deps.github.client, deps.github.repo, inputs.environments[index - 1]!, service.name) : []
  const order = checkPromotionOrder(digest, command.environment, inputs.environments, before)
  if (!order.ok) throw new Refusal(order.reason)
  return { digest, version }
}

/** /rollback: the digest that ran there before (or the named one, by version or by another name of its digest). */
async function rollbackDigest(
  command: DeployCommand,
  service: Service,
  here: DeploymentView[],
  deps: ChatOpsDeps,
): Promise<{ digest: string; version: string }> {
  let wanted = command.version
  if (wanted && !here.some((d) => d.version === wanted || d.digest === wanted)) {
    // Not a version recorded there: maybe another name of a digest that ran there.
    const resolved = await resolveVersion(service, wanted, deps).catch(() => undefined)
    if (resolved) wanted = resolved.digest
  }
  const target = rollbackTarget(here, command.environment, wanted)
  if (!target.ok)
    throw new Refusal(wanted && wanted !== command.version ? target.reason.replace(wanted, `${command.version} (${wanted.slice(0, 19)})`) : target.reason)
  const digest = target.target.digest!
  return { digest, version: target.target.version ?? command.version ?? digest.slice(7, 19) }
}

/**
 * The environment's lock is a GitHub Deployment: refused while another holds it; ours is
 * created, then checked again, because two runs can create theirs at the same moment (the older wins).
 */
async function takeLock(plan: DeployPlan, inputs: Inputs, request: ChatRequest, deps: ChatOpsDeps, io: Say): Promise<number> {
  const { client, repo } = deps.github
  const { service, environment, digest, version } = plan
  const now = deps.now()
  const lock = heldLock(plan.here, environment, now, inputs['lock-timeout'])
  if (lock) {
    throw new Refusal(
      `${service.name} in ${environment} is locked by @${lock.requestedBy ?? lock.creator}'s ${lock.command ? `\`${printable(lock.command)}\`` : 'deployment'} since ${lock.createdAt} (deployment #${lock.id}, ${lock.state}); it is released when that deployment finishes, or after ${formatDuration(inputs['lock-timeout'])}`,
    )
  }
  const id = await createDeployment(client, repo, {
    ref: deps.ref,
    environment,
    production: inputs['production-environments'].includes(environment),
    description: `${plan.command.kind} ${service.name} ${version} by ${request.user}`,
    payload: {
      service: service.name,
      version,
      digest,
      image: `${service.image}@${digest}`,
      requested_by: request.user,
      command: io.shown,
      requested_at: now.toISOString(),
      run_url: deps.runUrl,
      request: request.id,
      reply_url: io.replyUrl(),
      ...(request.replyTo ? { reply_to: request.replyTo } : {}),
    } satisfies ChatOpsPayload,
  })
  const winner = lockWinner(await serviceDeployments(client, repo, environment, service.name), environment, deps.now(), inputs['lock-timeout'], id)
  if (winner !== id) {
    await setDeploymentStatus(client, repo, id, { state: 'error', description: `lost the lock to deployment #${winner}`, logUrl: deps.runUrl })
    throw new Refusal(`${service.name} in ${environment} was locked by deployment #${winner} a moment earlier; try again when it finishes`)
  }
  return id
}

/** Dispatches the service's deploy workflow; a failed dispatch releases the lock (status error). Returns the workflow. */
async function dispatchDeploy(plan: DeployPlan, id: number, request: ChatRequest, inputs: Inputs, deps: ChatOpsDeps): Promise<string> {
  const { client, repo } = deps.github
  const { service, environment, digest, version } = plan
  const workflow = service.workflow || inputs.workflow
  const image = `${service.image}@${digest}`
  try {
    await dispatchWorkflow(client, repo, workflow, deps.ref, {
      service: service.name,
      environment,
      version,
      digest,
      image,
      'requested-by': request.user,
      'deployment-id': String(id),
    })
  } catch (error) {
    await setDeploymentStatus(client, repo, id, { state: 'error', description: 'the deploy workflow could not be dispatched', logUrl: deps.runUrl }).catch(
      () => undefined,
    )
    throw new Refusal(`the deploy workflow ${workflow} could not be dispatched on ${deps.ref}: ${errorMessage(error)}`)
  }
  core.info(`dispatched ${workflow} on ${deps.ref}: ${service.name} ${version} (${digest}) to ${environment}, deployment #${id}`)
  return workflow
}

function deployAnswer(plan: DeployPlan, id: number, workflow: string, inputs: Inputs, deps: ChatOpsDeps): string {
  const { command, service, environment, digest, version } = plan
  const { repo } = deps.github
  return deployedReply({
    kind: command.kind,
    service: service.name,
    version,
    digest,
    environment,
    workflow,
    deploymentId: id,
    production: inputs['production-environments'].includes(environment),
    ...(command.kind === 'rollback' ? { from: plan.here.find((d) => d.state === 'success' || d.state === 'inactive') } : {}),
    workflowUrl: `${deps.serverUrl}/${repo.owner}/${repo.repo}/actions/workflows/${workflow}`,
    environmentUrl: environmentUrl(deps, environment),
    gitopsPath: service.gitopsPath.replaceAll('{environment}', environment),
  })
}

function alreadyDispatched(earlier: DeploymentView, io: Say): void {
  io.result.digest = earlier.digest ?? ''
  io.result.version = earlier.version ?? io.result.version
  io.result.deploymentId = earlier.id
  const note = `This request was already dispatched as deployment #${earlier.id} (${earlier.state}); nothing was done again.`
  core.info(note)
  // The reply comment stays as the first run wrote it; the summary repeats it for this run.
  io.result.reply = redact(
    io.original()
      ? `${io.original()}\n\n${note}`
      : `### ♻️ ${io.shown}\n${note}\n\n| | |\n|---|---|\n| version | \`${earlier.version ?? '?'}\` |\n| digest | \`${earlier.digest ?? ''}\` |`,
  )
}

async function resolveVersion(service: Service, version: string, deps: ChatOpsDeps): Promise<{ digest: string; version: string }> {
  const notFound = (): Refusal =>
    new Refusal(
      `version ${printable(version)} of ${service.name} is not in ${service.image}; expected a version tag, a commit SHA or a digest that build-image pushed`,
    )
  if (DIGEST.test(version)) {
    const digest = await deps.resolve(service, version)
    if (!digest) throw notFound()
    return { digest, version: version.slice(7, 19) }
  }
  if (!TAG.test(version)) throw notFound()
  const digest = await deps.resolve(service, version)
  if (digest) return { digest, version }
  if (/^[0-9a-f]{7,39}$/.test(version)) {
    // A short commit SHA: the image is tagged with the full one.
    const full = await expandSha(deps.github.client, deps.github.repo, version)
    const byCommit = full ? await deps.resolve(service, full) : undefined
    if (full && byCommit) return { digest: byCommit, version: full }
  }
  throw notFound()
}

function environmentUrl(deps: ChatOpsDeps, environment: string): string {
  const base = `${deps.serverUrl}/${deps.github.repo.owner}/${deps.github.repo.repo}/deployments`
  return environment ? `${base}?environment=${encodeURIComponent(environment)}` : base
}

function formatDuration(ms: number): string {
  return ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`
}
