import { bool, InputError, list, oneOf, readInputs, secret, text, type InputSource, type InputSpec, type InputValues } from '@cna/kit'

/** Required (action.yml says so): an empty list is refused where it is parsed, naming the input. */
const requiredList: InputSpec<string[]> = {
  parse(raw, name) {
    const items = list().parse(raw, name)
    if (items.length === 0) throw new InputError(name, 'is required but was empty', 'globs of SARIF files or npm audit --json reports, such as results/*.sarif')
    return items
  },
}

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  sarif: requiredList,
  'fail-on': oneOf(['critical', 'high', 'medium', 'low', 'none'] as const, 'critical'),
  baseline: list(),
  'ignore-file': text(),
  upload: bool(false),
  'check-name': text({ default: 'security-scan', pattern: /^[^\n]{1,100}$/, accepted: 'a check name of at most 100 characters, such as security-scan' }),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
