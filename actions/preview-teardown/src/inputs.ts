import { InputError, bool, duration, oneOf, parseDuration, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'
import { PREFIX } from '@cna/kit/names'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  mode: oneOf(['branch', 'reap'] as const, 'branch'),
  branch: text(),
  'namespace-prefix': text({
    default: 'dev',
    pattern: PREFIX,
    accepted: 'a DNS label of at most 40 characters (lowercase letters, digits and "-"), such as dev or preview',
  }),
  kubeconfig: secret(),
  'max-age': {
    parse(raw: string, name: string): number {
      if (raw === '' || raw === '0') return 0
      const ms = parseDuration(raw)
      if (ms === undefined) throw new InputError(name, `has an invalid duration "${raw}"`, 'a duration such as 72h or 14d, or empty')
      return ms
    },
  },
  timeout: duration('2m'),
  'dry-run': bool(false),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
