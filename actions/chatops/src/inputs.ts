import { InputError, duration, envInputSource, list, oneOf, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'
import { ROLES } from '@cna/kit/chatops'
import { loadServicesParser, parseServices } from './services.js'

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

function environmentItem(value: string, name: string): string {
  if (!ENV_NAME.test(value))
    throw new InputError(
      name,
      `contains an invalid environment name "${value}"`,
      'names of letters, digits, ".", "_" and "-", such as dev, staging, production',
    )
  return value
}

/** An app's bot login `<slug>[bot]`; a bare slug gets its `[bot]`. Users cannot have `[` in their logins, so it cannot be impersonated. */
function botLogin(accepted: string) {
  return (raw: string, name: string): string => {
    if (raw === '') return ''
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(\[bot\])?$/.exec(raw)
    if (!match) throw new InputError(name, `has an invalid value "${raw}"`, accepted)
    return `${match[1]}[bot]`
  }
}

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  services: { parse: parseServices },
  environments: list({ item: environmentItem }),
  'production-environments': list({ item: environmentItem }),
  permission: oneOf(
    ROLES.filter((r) => r !== 'none'),
    'write',
  ),
  workflow: text({
    default: 'deploy.yml',
    pattern: /^(?:\d+|[A-Za-z0-9._/-]+\.ya?ml)$/,
    accepted: 'a workflow file name such as deploy.yml, or a workflow id',
  }),
  ref: text({ pattern: /^[A-Za-z0-9._/-]+$/, accepted: 'a branch or tag name such as main' }),
  'lock-timeout': duration('2h'),
  'registry-username': text(),
  'registry-password': secret(),
  'github-token': secret(),
  'relay-app': {
    parse: botLogin("the relay GitHub App's bot login, such as chat-relay[bot] (or its slug chat-relay), or empty to refuse every repository_dispatch"),
  },
  // Kept as written: a personal access token comments as a user, without `[bot]`.
  'bot-login': text({
    default: 'github-actions[bot]',
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/,
    accepted: 'the login chatops comments as: github-actions[bot] for the GITHUB_TOKEN, <app-slug>[bot] for a GitHub App token',
  }),
  // What really runs, for /status and the drift check: Git and the cluster.
  'gitops-repo': text(),
  'gitops-token': secret(),
  kubeconfig: secret(),
  namespace: text({
    default: '{service}-{environment}',
    pattern: /^[a-z0-9{}]([-a-z0-9{}]*[a-z0-9{}])?$/,
    accepted: 'a namespace, {service} and {environment} replaced, such as {service}-{environment}',
  }),
  check: oneOf(['none', 'drift'] as const, 'none'),
}

export type Inputs = InputValues<typeof inputSpecs>

export async function getInputs(source: InputSource = envInputSource()): Promise<Inputs> {
  if ((source('services') ?? '').trim() !== '') await loadServicesParser()
  const inputs = readInputs(inputSpecs, source)
  if (inputs.environments.length === 0) inputs.environments = ['dev', 'staging', 'production']
  const unknown = inputs['production-environments'].filter((e) => !inputs.environments.includes(e))
  if (unknown.length)
    throw new InputError(
      'production-environments',
      `names ${unknown.join(', ')}, which is not in environments`,
      `names from environments (${inputs.environments.join(', ')})`,
    )
  if (Boolean(inputs['registry-username']) !== Boolean(inputs['registry-password'])) {
    const missing = inputs['registry-username'] ? 'registry-password' : 'registry-username'
    throw new InputError(
      missing,
      'is empty while the other credential input is set',
      'both registry-username and registry-password, or neither (to use the existing Docker login)',
    )
  }
  return inputs
}
