import { bool, keyValues, list, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  environments: list({ separators: /\n/ }),
  namespaces: keyValues({
    keyPattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    accepted: 'one environment=namespace per line, such as production=sensor-api-production',
  }),
  'repository-path': text({
    default: '.',
    pattern: /^(?!\/)(?!.*(^|\/)\.\.(\/|$)).+$/,
    accepted: 'a folder inside the workspace where the GitOps repository is checked out, such as . or gitops',
  }),
  base: text({ pattern: /^[0-9A-Za-z._/-]{1,200}$/, accepted: 'a commit SHA or ref of the GitOps repository' }),
  head: text({ pattern: /^[0-9A-Za-z._/-]{1,200}$/, accepted: 'a commit SHA or ref of the GitOps repository' }),
  terraform: bool(true),
  'terraform-plan': text(),
  comment: bool(true),
  'check-name': text({ default: 'config-gate', pattern: /^[^\n]{1,100}$/, accepted: 'a check name of at most 100 characters, such as config-gate' }),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
