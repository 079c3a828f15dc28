import { InputError, bool, duration, integer, list, oneOf, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'
import { TAG, parseReference } from '@cna/kit/registry'
import { parseSource, type SourceRef } from './source.js'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  source: {
    parse(raw: string, name: string): SourceRef {
      const value = text({ required: true, accepted: 'name@sha256:<64 hex> or name:<40-hex commit sha>' }).parse(raw, name)
      const ref = parseSource(value)
      if (!ref)
        throw new InputError(
          name,
          `"${value}" is not an immutable image reference`,
          'name@sha256:<64 hex> or name:<40-hex commit sha> (mutable tags such as latest or v1 are not promoted)',
        )
      return ref
    },
  },
  target: {
    parse(raw: string, name: string): string {
      const value = text({ required: true, accepted: 'an image name without tag or digest, such as ghcr.io/octo-org/sensor-api' }).parse(raw, name)
      const ref = parseReference(value)
      if (!ref || ref.tag || ref.digest)
        throw new InputError(
          name,
          `has an invalid value "${value}"`,
          'an image name without tag or digest, lowercase, such as registry.example.com/prod/sensor-api',
        )
      return value
    },
  },
  environment: text({ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/, accepted: 'an environment name such as dev, staging or production' }),
  tags: list({ item: tagItem }),
  'require-checks': list(),
  sha: text({ pattern: /^[0-9a-f]{40}$/, accepted: 'a full 40-character lowercase hex commit SHA' }),
  service: text({ pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, accepted: 'a service name such as sensor-api' }),
  version: text({ pattern: /^[A-Za-z0-9][A-Za-z0-9._+-]*$/, accepted: 'a version such as v1.4.2' }),
  'gitops-repo': text(),
  'gitops-path': text(),
  'gitops-branch': text({ pattern: /^[A-Za-z0-9._/-]+$/, accepted: 'a branch name such as main' }),
  'gitops-token': secret(),
  'gitops-mode': oneOf(['commit', 'pull-request'] as const, 'commit'),
  'source-username': text(),
  'source-password': secret(),
  'target-username': text(),
  'target-password': secret(),
  'dry-run': bool(false),
  'wait-for': oneOf(['none', 'argocd', 'flux', 'github'] as const, 'none'),
  'wait-name': text({
    pattern: /^[a-z0-9{}]([-a-z0-9.{}]*[a-z0-9{}])?$/,
    accepted: 'an Application or Kustomization name such as sensor-api-staging ({service} and {environment} are replaced)',
  }),
  'wait-namespace': text({ pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, accepted: 'a Kubernetes namespace such as argocd or flux-system' }),
  kubeconfig: secret(),
  'wait-timeout': duration('10m'),
  settle: duration('15s'),
  'environment-url': text({ pattern: /^https?:\/\/[^\s]+$/, accepted: 'an http(s) URL such as https://staging.example.com' }),
  'verify-url': text({ pattern: /^https?:\/\/[^\s]+$/, accepted: 'an http(s) URL such as https://staging.example.com/healthz' }),
  'verify-requests': integer({ default: 10, min: 1, max: 1000 }),
  'verify-success-rate': integer({ default: 100, min: 0, max: 100 }),
  'verify-max-latency': integer({ default: 0, min: 0, max: 600_000 }),
  'verify-command': text(),
  rollback: bool(true),
  'allow-rejected': bool(false),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

function tagItem(tag: string, name: string): string {
  if (tag.toLowerCase() === 'latest') {
    throw new InputError(
      name,
      'contains "latest", which is refused: it moves, so nothing could tell what runs where',
      'immutable tags such as v1.4.2 (the commit SHA tag is always added)',
    )
  }
  if (!TAG.test(tag)) throw new InputError(name, `contains an invalid tag "${tag}"`, 'tags of letters, digits, "_", "." and "-", at most 128 characters')
  return tag
}

export function getInputs(source?: InputSource): Inputs {
  const inputs = readInputs(inputSpecs, source)
  if (inputs['gitops-repo'] && !inputs['gitops-path']) {
    throw new InputError(
      'gitops-path',
      'is empty while gitops-repo is set',
      'the file or folder in the GitOps repository that pins the image, such as envs/staging',
    )
  }
  for (const side of ['source', 'target'] as const) {
    if (Boolean(inputs[`${side}-username`]) !== Boolean(inputs[`${side}-password`])) {
      const missing = inputs[`${side}-username`] ? `${side}-password` : `${side}-username`
      throw new InputError(
        missing,
        'is empty while the other credential input is set',
        `both ${side}-username and ${side}-password, or neither (to use the existing Docker login)`,
      )
    }
  }
  if (inputs['wait-for'] === 'none') {
    for (const name of ['verify-url', 'verify-command'] as const) {
      if (inputs[name])
        throw new InputError(
          name,
          'is set while wait-for is none: nothing would wait for the new version to run before it is verified',
          'wait-for: argocd or flux (the controller that applies the GitOps repository) together with verification',
        )
    }
  } else if (!inputs['gitops-repo']) {
    throw new InputError(
      'wait-for',
      `is ${inputs['wait-for']} while gitops-repo is empty: there is no GitOps commit to wait for`,
      'a gitops-repo and gitops-path, or wait-for: none',
    )
  }
  return inputs
}
