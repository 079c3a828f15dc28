import { duration, integer, InputError, list, oneOf, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  reports: list(),
  'fail-on': oneOf(['error', 'warning', 'none'] as const, 'error'),
  filter: {
    parse(raw: string, name: string): 'added' | 'file' | 'all' | '' {
      return raw === '' ? '' : oneOf(['added', 'file', 'all'] as const, 'all').parse(raw, name)
    },
  },
  'max-warnings': integer({ default: -1, min: -1 }),
  'sonar-host-url': text({ pattern: /^https?:\/\/[^\s]+$/, accepted: 'the http(s) URL of the SonarQube server, such as https://sonar.example.com' }),
  'sonar-token': secret(),
  'sonar-report-task': text({ default: '.scannerwork/report-task.txt' }),
  'sonar-timeout': duration('5m'),
  'check-name': text({ default: 'code-quality', pattern: /^[^\n]{1,100}$/, accepted: 'a check name of at most 100 characters, such as code-quality' }),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  const inputs = readInputs(inputSpecs, source)
  if (Boolean(inputs['sonar-host-url']) !== Boolean(inputs['sonar-token'])) {
    throw new InputError(
      inputs['sonar-host-url'] ? 'sonar-token' : 'sonar-host-url',
      'is empty while the other Sonar input is set',
      'both sonar-host-url and sonar-token, or neither',
    )
  }
  if (inputs.reports.length === 0 && !inputs['sonar-host-url']) {
    throw new InputError(
      'reports',
      'is empty and no Sonar server is set',
      'globs of ESLint JSON, Checkstyle XML or SARIF reports, or sonar-host-url and sonar-token',
    )
  }
  return inputs
}
