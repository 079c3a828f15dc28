import { duration, InputError, readInputs, secret, splitList, text, type InputSource, type InputValues } from '@cna/kit'
import { parseRepo, type Repo } from '@cna/kit/github'

const DAY = 86_400_000

/** Labels are compared lower-case, as GitHub matches label names. */
function labels(defaultValue: string): { parse(raw: string, name: string): string[] } {
  return { parse: (raw) => splitList(raw === '' ? defaultValue : raw).map((l) => l.toLowerCase()) }
}

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  'github-token': secret({ required: true }),
  repository: {
    parse(raw: string, name: string): Repo | undefined {
      if (raw === '') return undefined
      const repo = parseRepo(raw)
      if (!repo) throw new InputError(name, `has an invalid value "${raw}"`, 'owner/name, such as octo-org/sensor-api (empty: this repository)')
      return repo
    },
  },
  window: {
    parse(raw: string, name: string): number {
      const ms = duration('90d').parse(raw, name)
      if (ms < DAY || ms > 366 * DAY) throw new InputError(name, `is "${raw}", outside one day to a year`, 'a duration from 1d to 366d, such as 90d')
      return ms
    },
  },
  'production-environment': text({ default: 'production', pattern: /^[^\n]{1,255}$/, accepted: 'an environment name, such as production' }),
  'failure-window': duration('1d'),
  'fix-labels': labels('hotfix'),
  dashboard: text({ pattern: /^[^\n\0]+$/, accepted: 'a file path for the HTML dashboard, such as _site/index.html (empty: none)' }),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
