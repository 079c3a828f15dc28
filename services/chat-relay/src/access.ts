import { parse } from 'yaml'

/**
 * Who may use the relay, and where: a reviewed file in the repository, changed by pull request.
 * Slack users are keyed by team id and user id, Teams users by tenant id and Azure AD object
 * id: ids that the chat service asserts in a signed request. Display names and handles are
 * never used: anyone can change theirs to look like someone else.
 *
 *   slack:
 *     users:
 *       - { team: T0001, user: U0001, github: octocat }
 *     channels:
 *       - { team: T0001, channel: C0123 }
 *   teams:
 *     users:
 *       - { tenant: 72f988bf-…, aad: 29:1…, github: octocat }
 *     channels:
 *       - { tenant: 72f988bf-…, channel: 19:abc@thread.tacv2 }
 */
export interface Access {
  slackUsers: Map<string, string>
  slackChannels: Set<string>
  teamsUsers: Map<string, string>
  teamsChannels: Set<string>
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const SLACK_ID = /^[A-Z0-9]{2,32}$/
const TEAMS_ID = /^[A-Za-z0-9:@._-]{1,200}$/

export class AccessError extends Error {}

export function parseAccess(text: string, where = 'the access file'): Access {
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new AccessError(`${where} is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  const root = (doc ?? {}) as Record<string, unknown>
  if (typeof root !== 'object' || Array.isArray(root)) throw new AccessError(`${where} must be a mapping with "slack" and/or "teams"`)
  const unknown = Object.keys(root).filter((k) => k !== 'slack' && k !== 'teams')
  if (unknown.length) throw new AccessError(`${where} has unknown keys: ${unknown.join(', ')} (expected slack, teams)`)
  const access: Access = { slackUsers: new Map(), slackChannels: new Set(), teamsUsers: new Map(), teamsChannels: new Set() }
  const slack = section(root.slack, 'slack', where)
  for (const [i, u] of list(slack.users, `slack.users`, where).entries()) {
    const { team, user, github } = fields(u, ['team', 'user', 'github'], `slack.users[${i}]`, where)
    id(team!, SLACK_ID, `slack.users[${i}].team`, where)
    id(user!, SLACK_ID, `slack.users[${i}].user`, where)
    access.slackUsers.set(`${team}/${user}`, login(github!, `slack.users[${i}].github`, where))
  }
  for (const [i, c] of list(slack.channels, 'slack.channels', where).entries()) {
    const { team, channel } = fields(c, ['team', 'channel'], `slack.channels[${i}]`, where)
    access.slackChannels.add(`${id(team!, SLACK_ID, `slack.channels[${i}].team`, where)}/${id(channel!, SLACK_ID, `slack.channels[${i}].channel`, where)}`)
  }
  const teams = section(root.teams, 'teams', where)
  for (const [i, u] of list(teams.users, 'teams.users', where).entries()) {
    const { tenant, aad, github } = fields(u, ['tenant', 'aad', 'github'], `teams.users[${i}]`, where)
    access.teamsUsers.set(
      `${id(tenant!, TEAMS_ID, `teams.users[${i}].tenant`, where)}/${id(aad!, TEAMS_ID, `teams.users[${i}].aad`, where)}`,
      login(github!, `teams.users[${i}].github`, where),
    )
  }
  for (const [i, c] of list(teams.channels, 'teams.channels', where).entries()) {
    const { tenant, channel } = fields(c, ['tenant', 'channel'], `teams.channels[${i}]`, where)
    access.teamsChannels.add(`${id(tenant!, TEAMS_ID, `teams.channels[${i}].tenant`, where)}/${id(channel!, TEAMS_ID, `teams.channels[${i}].channel`, where)}`)
  }
  return access
}

function section(value: unknown, name: string, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new AccessError(`${where}: ${name} must be a mapping with users and channels`)
  return value as Record<string, unknown>
}

function list(value: unknown, name: string, where: string): unknown[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new AccessError(`${where}: ${name} must be a list`)
  return value
}

function fields(value: unknown, names: string[], name: string, where: string): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AccessError(`${where}: ${name} must be a mapping of ${names.join(', ')}`)
  const record = value as Record<string, unknown>
  const extra = Object.keys(record).filter((k) => !names.includes(k))
  if (extra.length) throw new AccessError(`${where}: ${name} has unknown keys ${extra.join(', ')} (expected ${names.join(', ')}; display names are never used)`)
  const out: Record<string, string> = {}
  for (const n of names) {
    if (typeof record[n] !== 'string' || record[n] === '') throw new AccessError(`${where}: ${name}.${n} is missing`)
    out[n] = record[n]
  }
  return out
}

function id(value: string, pattern: RegExp, name: string, where: string): string {
  if (!pattern.test(value)) throw new AccessError(`${where}: ${name} "${value}" is not an id (expected ${pattern})`)
  return value
}

function login(value: string, name: string, where: string): string {
  if (!LOGIN.test(value)) throw new AccessError(`${where}: ${name} "${value}" is not a GitHub login`)
  return value
}
