import { InputError, integer, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'

export const STATUSES = ['started', 'success', 'failure', 'cancelled'] as const
export type Status = (typeof STATUSES)[number]

function url(raw: string, name: string): string {
  if (raw === '') return ''
  let parsed: URL | undefined
  try {
    parsed = new URL(raw)
  } catch {
    parsed = undefined
  }
  // The value is a secret: the error never repeats it.
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
    throw new InputError(name, 'is not an http(s) URL', 'the webhook URL exactly as Slack or Teams shows it, https://…')
  return raw
}

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  status: {
    parse(raw: string, name: string): Status {
      const value = raw.toLowerCase()
      if (!(STATUSES as readonly string[]).includes(value))
        throw new InputError(name, raw ? `has an invalid value "${raw}"` : 'is required but was empty', `one of: ${STATUSES.join(', ')}`)
      return value as Status
    },
  },
  service: text(),
  version: text(),
  environment: text(),
  digest: text({ pattern: /^sha256:[a-f0-9]{64}$/, accepted: 'a digest such as sha256:<64 hex>' }),
  url: text({ pattern: /^https?:\/\/\S+$/, accepted: 'an http(s) URL' }),
  'slack-webhook-url': { parse: url },
  'slack-token': secret(),
  'slack-channel': text({ pattern: /^#?[A-Za-z0-9._-]{1,80}$/, accepted: 'a channel id such as C0123456789 or a name such as #deploys' }),
  'message-id': text({
    pattern: /^(?:[A-Z0-9]+\/)?\d+\.\d+$/,
    accepted: 'a message-id output of notify (channel/ts) or a message ts such as 1700000000.000100',
  }),
  'thread-ts': text({ pattern: /^(?:[A-Z0-9]+\/)?\d+\.\d+$/, accepted: 'a message ts such as 1700000000.000100, or a message-id output of notify' }),
  'slack-api-url': text({ default: 'https://slack.com/api', pattern: /^https?:\/\/\S+$/, accepted: 'an http(s) URL such as https://slack.com/api' }),
  'teams-webhook-url': { parse: url },
  retries: integer({ default: 3, min: 0, max: 10 }),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  const inputs = readInputs(inputSpecs, source)
  const channelKnown = inputs['slack-channel'] || inputs['message-id'].includes('/')
  if (inputs['slack-token'] && !channelKnown)
    throw new InputError(
      'slack-channel',
      'is empty while slack-token is set',
      'the channel to post in, such as C0123456789 or #deploys (or a message-id that names it)',
    )
  if ((inputs['message-id'] || inputs['thread-ts']) && !inputs['slack-token']) {
    throw new InputError(
      inputs['message-id'] ? 'message-id' : 'thread-ts',
      'needs the Slack Web API, but slack-token is empty',
      'a bot token in slack-token (webhooks can neither update nor thread messages)',
    )
  }
  return inputs
}
