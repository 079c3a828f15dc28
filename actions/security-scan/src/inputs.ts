import { bool, InputError, list, oneOf, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  sarif: list(),
  'fail-on': oneOf(['critical', 'high', 'medium', 'low', 'none'] as const, 'critical'),
  baseline: list(),
  'ignore-file': text(),
  upload: bool(false),
  'check-name': text({ default: 'security-scan', pattern: /^[^\n]{1,100}$/, accepted: 'a check name of at most 100 characters, such as security-scan' }),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  const inputs = readInputs(inputSpecs, source)
  if (inputs.sarif.length === 0) {
    throw new InputError('sarif', 'is required but was empty', 'globs of SARIF files or npm audit --json reports, such as results/*.sarif')
  }
  return inputs
}
