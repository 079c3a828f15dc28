import { createHash, createHmac, randomUUID } from 'node:crypto'
import { USAGE, printable, type Command } from '@cna/kit/chatops'
import type { Access } from './access.js'
import { commandOf, slackCommandText, teamsCommandText } from './command.js'
import { CANCEL_ACTION, CONFIRM_ACTION, CONFIRM_TTL_SECONDS, confirmationBlocks, parseConfirmValue, type Confirmation, type ConfirmValue } from './confirm.js'
import type { DeploymentInfo, DispatchPayload, RelayGitHub } from './github.js'
import { Recent } from './recent.js'

/** What a handler answers at once (within Slack's 3 s / Teams' 5 s), and the work that follows. */
export interface Handled {
  status: number
  body?: Record<string, unknown> | string
  /** Runs after the answer is sent: the dispatch and the follow-up messages. */
  after?: () => Promise<void>
}

/** The Slack Web API calls the relay makes (chat.postMessage) and posts to a command's response_url. */
export interface SlackApi {
  postMessage(args: { channel: string; text: string; blocks?: Array<Record<string, unknown>>; thread_ts?: string }): Promise<{ ts: string }>
  respond(responseUrl: string, message: Record<string, unknown>): Promise<void>
}

export interface RelayDeps {
  access: Access
  github: RelayGitHub
  slack?: SlackApi
  /** In promotion order, as the chatops action's `environments`. */
  environments: string[]
  /** Environments whose commands need a confirmation click first. */
  productionEnvironments: string[]
  /** Keys the Teams confirmation codes (Teams has no buttons in outgoing webhooks): a secret every replica shares. */
  confirmKey: Buffer
  now(): number
  log(line: string): void
}

/** A Slack slash command or Teams message as the relay reads it, after its signature was verified. */
interface Asker {
  /** GitHub login mapped from the chat ids. */
  login: string
  text: string
  command: Command
}

export class Relay {
  /** Request ids already dispatched (a second click on Confirm, a Teams retry). */
  private readonly dispatched: Recent
  private readonly seenActivities: Recent

  constructor(private readonly deps: RelayDeps) {
    this.dispatched = new Recent(60 * 60_000)
    this.seenActivities = new Recent(60 * 60_000)
  }

  // ---- Slack -------------------------------------------------------------------------------

  /** POST /slack/commands: `application/x-www-form-urlencoded` as Slack sends slash commands. */
  slackCommand(form: URLSearchParams): Handled {
    const f = (name: string) => form.get(name) ?? ''
    const [team, user, channel, slash, responseUrl] = [f('team_id'), f('user_id'), f('channel_id'), f('command'), f('response_url')]
    if (!team || !user || !channel || !slash.startsWith('/') || !responseUrl)
      return bad(400, 'a slash command needs team_id, user_id, channel_id, command and response_url')
    const who = this.slackAsker(team, user, channel, slackCommandText(slash, f('text')))
    if ('status' in who) return who
    const { command } = who
    if (command.kind === 'none' || command.kind === 'unknown' || command.kind === 'help') return ephemeral(helpText(command))
    const requestId = `slack-${team}-${randomUUID()}`
    if ((command.kind === 'deploy' || command.kind === 'rollback') && this.deps.productionEnvironments.includes(command.environment)) {
      const value: ConfirmValue = { c: who.text, r: requestId, u: user, t: Math.floor(this.deps.now() / 1000) }
      return {
        ...ephemeral(`⏳ Looking up what runs in ${printable(command.environment)}…`),
        after: async () => {
          const confirmation = await this.confirmation(command)
          await this.slack().respond(responseUrl, {
            response_type: 'ephemeral',
            replace_original: true,
            text: `Confirm: ${printable(who.text, 160)}`,
            blocks: confirmationBlocks(confirmation, value),
          })
        },
      }
    }
    return {
      ...ephemeral(`⏳ Sending \`${printable(who.text, 160)}\` to GitHub as @${who.login}…`),
      after: () => this.dispatchSlack(who, { team, user, channel, responseUrl, requestId }),
    }
  }

  /** POST /slack/interactions: the Confirm / Cancel buttons of the production confirmation. */
  slackInteraction(form: URLSearchParams): Handled {
    let payload: {
      type?: string
      user?: { id?: string; team_id?: string }
      team?: { id?: string }
      channel?: { id?: string }
      response_url?: string
      actions?: Array<{ action_id?: string; value?: string }>
    }
    try {
      payload = JSON.parse(form.get('payload') ?? '') as typeof payload
    } catch {
      return bad(400, 'the interaction has no JSON payload field')
    }
    if (!payload || typeof payload !== 'object') return bad(400, 'the interaction has no JSON payload field')
    const action = payload.actions?.[0]
    const team = payload.team?.id ?? payload.user?.team_id ?? ''
    const user = payload.user?.id ?? ''
    const channel = payload.channel?.id ?? ''
    const responseUrl = payload.response_url ?? ''
    if (payload.type !== 'block_actions' || !action || !team || !user || !channel || !responseUrl)
      return bad(400, 'expected a block_actions payload with user, team, channel, response_url and an action')
    if (action.action_id === CANCEL_ACTION) {
      return { status: 200, after: () => this.slack().respond(responseUrl, { replace_original: true, text: 'Cancelled: nothing was dispatched.' }) }
    }
    if (action.action_id !== CONFIRM_ACTION) return bad(400, `unknown action ${printable(action.action_id ?? '', 60)}`)
    const value = parseConfirmValue(action.value)
    if (!value) return bad(400, 'the confirmation button carries no command')
    if (value.u !== user) return bad(403, 'only who asked may confirm their command')
    const who = this.slackAsker(team, user, channel, value.c)
    if ('status' in who) return who
    const now = this.deps.now()
    if (now / 1000 - value.t > CONFIRM_TTL_SECONDS) {
      return {
        status: 200,
        after: () =>
          this.slack().respond(responseUrl, {
            replace_original: true,
            text: `This confirmation expired after ${CONFIRM_TTL_SECONDS / 60} minutes; nothing was dispatched. Send the command again.`,
          }),
      }
    }
    if (this.dispatched.has(value.r, now)) {
      return {
        status: 200,
        after: () =>
          this.slack().respond(responseUrl, {
            replace_original: true,
            text: 'Already confirmed: this request was dispatched once, and is not dispatched again.',
          }),
      }
    }
    return {
      status: 200,
      after: async () => {
        await this.slack().respond(responseUrl, { replace_original: true, text: `Confirmed by <@${user}>: sending \`${printable(value.c, 160)}\` to GitHub…` })
        await this.dispatchSlack(who, { team, user, channel, responseUrl, requestId: value.r })
      },
    }
  }

  private slackAsker(team: string, user: string, channel: string, text: string): Asker | Handled {
    if (!this.deps.access.slackChannels.has(`${team}/${channel}`))
      return bad(403, 'this channel is not allowed to run chatops commands (see the relay access file)')
    const login = this.deps.access.slackUsers.get(`${team}/${user}`)
    if (!login) return bad(403, 'your Slack user is not mapped to a GitHub login (see the relay access file)')
    return { login, text, command: commandOf(text) }
  }

  /** Posts the command in the channel (its thread is where every answer goes), then dispatches. */
  private async dispatchSlack(who: Asker, to: { team: string; user: string; channel: string; responseUrl: string; requestId: string }): Promise<void> {
    const slack = this.slack()
    if (this.dispatched.check(to.requestId, this.deps.now())) return
    let ts: string
    try {
      ;({ ts } = await slack.postMessage({
        channel: to.channel,
        text: `<@${to.user}> (GitHub @${who.login}): ${printable(who.text, 160)}`,
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: `<@${to.user}> asked \`${printable(who.text, 160)}\` as GitHub @${who.login}` } },
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: `Sent to GitHub as request ${to.requestId}. chatops checks the permission, the promotion order and the lock; its answer comes in this thread.`,
              },
            ],
          },
        ],
      }))
    } catch (error) {
      this.deps.log(`slack: chat.postMessage in ${to.channel} failed: ${(error as Error).message}`)
      await slack.respond(to.responseUrl, {
        response_type: 'ephemeral',
        replace_original: true,
        text: `Nothing was dispatched: the relay cannot post in this channel (${printable((error as Error).message, 120)}). Invite the app to the channel.`,
      })
      return
    }
    const payload: DispatchPayload = {
      command: who.text,
      user: who.login,
      request_id: to.requestId,
      reply: { platform: 'slack', team: to.team, channel: to.channel, thread_ts: ts },
    }
    try {
      await this.deps.github.dispatch(payload)
      this.deps.log(`dispatched ${to.requestId} for @${who.login}: ${printable(who.text, 160)}`)
    } catch (error) {
      // Nothing went out: the same request (a second click on Confirm) may try again.
      this.dispatched.forget(to.requestId)
      this.deps.log(`github: dispatch of ${to.requestId} failed: ${(error as Error).message}`)
      await slack.postMessage({ channel: to.channel, thread_ts: ts, text: `❌ Could not send this to GitHub (${githubError(error)}); nothing was dispatched.` })
    }
  }

  private slack(): SlackApi {
    if (!this.deps.slack) throw new Error('Slack is not configured')
    return this.deps.slack
  }

  // ---- Teams -------------------------------------------------------------------------------

  /** POST /teams/messages: an outgoing-webhook activity; the answer is the HTTP response. */
  async teamsMessage(body: unknown): Promise<Handled> {
    const a = body as {
      type?: string
      id?: string
      text?: string
      from?: { aadObjectId?: string }
      conversation?: { id?: string }
      channelData?: { tenant?: { id?: string }; channel?: { id?: string } }
    } | null
    if (
      !a ||
      typeof a !== 'object' ||
      a.type !== 'message' ||
      !a.id ||
      typeof a.text !== 'string' ||
      !a.from?.aadObjectId ||
      !a.conversation?.id ||
      !a.channelData?.tenant?.id
    ) {
      return bad(400, 'expected a Teams message activity with id, text, from.aadObjectId, conversation.id and channelData.tenant.id')
    }
    const tenant = a.channelData.tenant.id
    const now = this.deps.now()
    if (this.seenActivities.check(`${tenant}/${a.id}`, now)) return teams(409, 'This message was already received; it is not carried out twice.')
    const channel = a.channelData.channel?.id ?? a.conversation.id.split(';')[0]!
    if (!this.deps.access.teamsChannels.has(`${tenant}/${channel}`))
      return teams(403, 'This channel is not allowed to run chatops commands (see the relay access file).')
    const userKey = `${tenant}/${a.from.aadObjectId}`
    const login = this.deps.access.teamsUsers.get(userKey)
    if (!login) return teams(403, 'Your Teams user is not mapped to a GitHub login (see the relay access file).')
    const text = teamsCommandText(a.text)
    const reply = { platform: 'teams' as const, tenant, conversation: a.conversation.id, activity: a.id }

    // `<command> confirm <code>`: the code is the relay's HMAC of who, what and when, so any replica can check it.
    const confirmed = /^(.*\S)\s+confirm\s+([A-Za-z0-9]{6})$/i.exec(text)
    const commandText = confirmed ? confirmed[1]! : text
    const command = commandOf(commandText)
    if (command.kind === 'none' || command.kind === 'unknown' || command.kind === 'help') return teams(200, helpText(command))
    const production = (command.kind === 'deploy' || command.kind === 'rollback') && this.deps.productionEnvironments.includes(command.environment)
    if (confirmed) {
      const code = confirmed[2]!.toUpperCase()
      const bucket = Math.floor(now / 1000 / CONFIRM_TTL_SECONDS)
      // This window or the one before: a code lives between 10 and 20 minutes.
      const valid = production && [bucket, bucket - 1].some((b) => this.teamsCode(userKey, commandText, b) === code)
      if (!valid)
        return teams(
          200,
          `That confirmation code is not valid for you and \`${printable(commandText, 160)}\` (codes expire after ${CONFIRM_TTL_SECONDS / 60} minutes, and only who asked may confirm). Nothing was dispatched.`,
        )
      // One request id per confirmation: sending it twice dispatches once (here, and in chatops).
      return this.dispatchTeams({
        command: commandText,
        user: login,
        request_id: `teams-${tenant}-${code}-${createHash('sha256').update(`${userKey}\n${commandText}`).digest('hex').slice(0, 16)}`,
        reply,
      })
    }
    const requestId = `teams-${randomUUID()}`
    if (production) {
      const c = await this.confirmation(command as Extract<Command, { kind: 'deploy' | 'rollback' }>)
      const code = this.teamsCode(userKey, commandText, Math.floor(now / 1000 / CONFIRM_TTL_SECONDS))
      const show = (v?: { version?: string; digest?: string }) =>
        v?.version || v?.digest ? `${printable(v.version ?? '?', 60)} (${(v.digest ?? 'digest unknown').slice(0, 19)})` : 'nothing deployed yet'
      return teams(
        200,
        `**${c.kind === 'rollback' ? 'Roll back' : 'Deploy'} ${printable(c.service)} in ${printable(c.environment)}?**<br>Now: ${show(c.current)}<br>Then: ${show(c.target)}${c.target.note ? ` (${printable(c.target.note, 160)})` : ''}<br>Nothing is dispatched until you send **${printable(commandText, 160)} confirm ${code}** (within ${CONFIRM_TTL_SECONDS / 60} minutes).`,
      )
    }
    return this.dispatchTeams({ command: commandText, user: login, request_id: requestId, reply })
  }

  /** Six characters of HMAC-SHA256(confirm key, user, command, 10-minute window), in an alphabet without look-alikes. */
  private teamsCode(userKey: string, text: string, bucket: number): string {
    const mac = createHmac('sha256', this.deps.confirmKey).update(`${userKey}\n${text}\n${bucket}`).digest()
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
    return [...mac.subarray(0, 6)].map((b) => alphabet[b % 32]).join('')
  }

  private async dispatchTeams(payload: DispatchPayload): Promise<Handled> {
    if (this.dispatched.check(payload.request_id, this.deps.now())) return teams(200, 'Already dispatched once; not dispatched again.')
    try {
      await this.deps.github.dispatch(payload)
    } catch (error) {
      this.dispatched.forget(payload.request_id)
      this.deps.log(`github: dispatch of ${payload.request_id} failed: ${(error as Error).message}`)
      return teams(200, `❌ Could not send this to GitHub (${githubError(error)}); nothing was dispatched.`)
    }
    this.deps.log(`dispatched ${payload.request_id} for @${payload.user}: ${printable(payload.command, 160)}`)
    return teams(
      200,
      `Sent \`${printable(payload.command, 160)}\` to GitHub as @${payload.user} (request ${payload.request_id}). chatops checks the permission, the promotion order and the lock, and answers in this conversation.`,
    )
  }

  // ---- both ---------------------------------------------------------------------------------

  /** Current → target version and digest, from the GitHub Deployments chatops and promote record. */
  async confirmation(command: Extract<Command, { kind: 'deploy' | 'rollback' }>): Promise<Confirmation> {
    const { service, environment } = command
    const ran = (d: DeploymentInfo) => d.state === 'success' || d.state === 'inactive'
    const base = { service, environment, kind: command.kind }
    let here: DeploymentInfo[] = []
    try {
      here = await this.deps.github.deployments(service, environment)
    } catch (error) {
      this.deps.log(`github: reading deployments failed: ${(error as Error).message}`)
      return { ...base, target: { version: command.version ?? 'the previous version', note: 'GitHub could not be read: check the version before confirming' } }
    }
    const current = here.find((d) => d.state === 'success')
    const now = current ? { ...(current.version ? { version: current.version } : {}), ...(current.digest ? { digest: current.digest } : {}) } : undefined
    if (command.kind === 'rollback') {
      const target = command.version
        ? here.find((d) => ran(d) && (d.version === command.version || d.digest === command.version))
        : here.find((d) => ran(d) && d.digest !== current?.digest)
      return {
        ...base,
        ...(now ? { current: now } : {}),
        target: target
          ? { version: target.version ?? '?', ...(target.digest ? { digest: target.digest } : {}) }
          : { version: command.version ?? '?', note: `no earlier successful deployment in ${environment} to return to: chatops will refuse it` },
      }
    }
    const index = this.deps.environments.indexOf(environment)
    const before = index > 0 ? this.deps.environments[index - 1]! : undefined
    const there = before ? await this.deps.github.deployments(service, before).catch(() => []) : []
    const proven = there.find((d) => ran(d) && (d.version === command.version || d.digest === command.version))
    return {
      ...base,
      ...(now ? { current: now } : {}),
      target: proven?.digest
        ? { version: command.version, digest: proven.digest }
        : { version: command.version, note: before ? `not deployed successfully to ${before} yet: chatops will refuse it` : 'digest resolved by chatops' },
    }
  }
}

function helpText(command: Command): string {
  const head = command.kind === 'unknown' ? `\`${command.text}\` is not understood: ${command.reason}.` : 'ChatOps commands:'
  return [head, ...USAGE.map((u) => `• \`${u}\``)].join('\n')
}

function ephemeral(text: string): Handled {
  return { status: 200, body: { response_type: 'ephemeral', text } }
}

function bad(status: number, reason: string): Handled {
  return { status, body: { error: reason } }
}

function teams(status: number, text: string): Handled {
  return { status, body: { type: 'message', text } }
}

function githubError(error: unknown): string {
  const status = (error as { status?: number }).status
  return status ? `GitHub answered ${status}` : printable((error as Error).message ?? String(error), 120)
}
