import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { parseAccess } from '../src/access.js'
import { slackCommandText, teamsCommandText } from '../src/command.js'
import { parseCommand } from '@cna/kit/chatops'

describe('the reviewed access file', () => {
  test('maps Slack team+user ids and Teams tenant+AAD ids to GitHub logins; lists channels per workspace', () => {
    const access = parseAccess(`
slack:
  users:
    - { team: T0001, user: U0ALICE, github: alice }
    - { team: T0002, user: U0ALICE, github: someone-else }
  channels:
    - { team: T0001, channel: C0DEPLOYS }
teams:
  users:
    - { tenant: 72f988bf-86f1-41af-91ab-2d7cd011db47, aad: 6b4f3a1e-0000-4000-8000-000000000001, github: bob }
  channels:
    - { tenant: 72f988bf-86f1-41af-91ab-2d7cd011db47, channel: '19:abc@thread.tacv2' }
`)
    expect(access.slackUsers.get('T0001/U0ALICE')).toBe('alice')
    // The same user id in another workspace is another person.
    expect(access.slackUsers.get('T0002/U0ALICE')).toBe('someone-else')
    expect(access.slackChannels.has('T0001/C0DEPLOYS')).toBe(true)
    expect(access.slackChannels.has('T0002/C0DEPLOYS')).toBe(false)
    expect(access.teamsUsers.get('72f988bf-86f1-41af-91ab-2d7cd011db47/6b4f3a1e-0000-4000-8000-000000000001')).toBe('bob')
  })

  test('the shipped example parses', async () => {
    expect(parseAccess(await readFile(new URL('../deploy/access.yaml', import.meta.url), 'utf8')).slackUsers.size).toBeGreaterThan(0)
  })

  test.each([
    [
      'slack:\n  users:\n    - { team: T0001, name: alice, github: alice }\n',
      'slack.users[0] has unknown keys name (expected team, user, github; display names are never used)',
    ],
    ['slack:\n  users:\n    - { team: T0001, user: U0ALICE }\n', 'slack.users[0].github is missing'],
    ['slack:\n  users:\n    - { team: T0001, user: "@alice", github: alice }\n', 'slack.users[0].user "@alice" is not an id'],
    ['slack:\n  users:\n    - { team: T0001, user: U0ALICE, github: "alice; rm -rf /" }\n', 'slack.users[0].github "alice; rm -rf /" is not a GitHub login'],
    ['slack:\n  channels: C0DEPLOYS\n', 'slack.channels must be a list'],
    ['discord: {}\n', 'unknown keys: discord'],
    ['slack: [\n', 'is not valid YAML'],
  ])('%j is refused: %s', (text, message) => {
    expect(() => parseAccess(text, 'access.yaml')).toThrow(message)
  })
})

describe("chat text → the chatops grammar (the kit's parser, the same one the action uses)", () => {
  test.each([
    ['/deploy', 'sensor-api v1.4.2 to staging', '/deploy sensor-api v1.4.2 to staging'],
    ['/DEPLOY', '  sensor-api v1.4.2 to staging ', '/deploy sensor-api v1.4.2 to staging'],
    ['/help', '', '/help'],
    ['/chatops', 'rollback sensor-api in production', '/rollback sensor-api in production'],
    ['/chatops', '/status sensor-api', '/status sensor-api'],
  ])('Slack %s %j → %j', (command, text, expected) => {
    expect(slackCommandText(command, text)).toBe(expected)
    expect(parseCommand(expected).kind).not.toBe('unknown')
  })

  test.each([
    ['<at>Deploy</at> /deploy sensor-api v1.4.2 to dev', '/deploy sensor-api v1.4.2 to dev'],
    ['<at>Deploy</at>&nbsp;status sensor-api', '/status sensor-api'],
    ['<p><at>Deploy Bot</at> /rollback sensor-api in staging</p>', '/rollback sensor-api in staging'],
  ])('Teams %j → %j', (html, expected) => {
    expect(teamsCommandText(html)).toBe(expected)
  })

  test('hostile text stays text: the parser refuses it and nothing is built from it', () => {
    expect(parseCommand(slackCommandText('/deploy', 'sensor-api $(touch /tmp/x) to dev')).kind).toBe('unknown')
    expect(parseCommand(teamsCommandText('<at>Deploy</at> /deploy a;b v1 to dev')).kind).toBe('unknown')
  })
})
