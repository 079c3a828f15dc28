import { InputError, duration, list, readInputs, text, type InputSource, type InputValues } from '@cna/kit'
import { testGateInputSpecs } from '@cna/kit/test-reports'
import { parseEndpoint, type Endpoint } from './wait.js'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  ...testGateInputSpecs({
    checkName: 'integration-tests',
    maxDuration: '15m',
    reports: '**/junit*.xml\n**/TEST-*.xml\n**/test-results/**/*.xml',
  }),
  'wait-for': {
    parse(raw: string, name: string): Endpoint[] {
      return list()
        .parse(raw, name)
        .map((item) => {
          const endpoint = parseEndpoint(item)
          if (!endpoint)
            throw new InputError(
              name,
              `has an invalid endpoint "${item}"`,
              'http(s)://host[:port]/path URLs or tcp://host:port, one per line or comma-separated',
            )
          return endpoint
        })
    },
  },
  'wait-timeout': duration('2m'),
  'base-url': {
    parse(raw: string, name: string): string {
      const value = text().parse(raw, name)
      if (value !== '' && !/^https?:\/\/[^\s/?#]+[^\s]*$/.test(value))
        throw new InputError(name, `has an invalid value "${value}"`, 'an http:// or https:// URL, such as https://feature-x.dev.example.com')
      return value
    },
  },
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
