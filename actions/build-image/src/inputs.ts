import { InputError, bool, keyValues, list, oneOf, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'
import { DEFAULT_REQUIRED_CHECKS } from '@cna/kit/required-checks'
import { TAG, parseReference } from '@cna/kit/registry'

export const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'] as const
export type BuilderName = (typeof BUILDERS)[number]

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  image: {
    parse(raw: string, name: string): string {
      const value = text({ required: true, accepted: 'an image name such as ghcr.io/octo-org/sensor-api' }).parse(raw, name)
      const ref = parseReference(value)
      if (!ref || ref.tag || ref.digest) {
        throw new InputError(name, `has an invalid value "${value}"`, 'an image name without tag or digest, lowercase, such as ghcr.io/octo-org/sensor-api')
      }
      return value
    },
  },
  context: text({ default: '.' }),
  file: text(),
  builder: oneOf(BUILDERS, 'auto'),
  push: bool(true),
  sha: text({ pattern: /^[0-9a-f]{40}$/, accepted: 'a full 40-character lowercase hex commit SHA' }),
  tags: list({ item: tagItem }),
  'build-args': keyValues({ accepted: 'one KEY=VALUE build argument per line' }),
  labels: keyValues({ accepted: 'one KEY=VALUE label per line' }),
  platforms: list({ item: platformItem }),
  'registry-username': text(),
  'registry-password': secret(),
  adopt: bool(false),
  'require-checks': {
    parse(raw: string, name: string): string[] {
      const items = list().parse(raw, name)
      return items.length > 0 ? items : [...DEFAULT_REQUIRED_CHECKS]
    },
  },
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

function tagItem(tag: string, name: string): string {
  if (tag.toLowerCase() === 'latest') {
    throw new InputError(
      name,
      'contains "latest", which is refused: it moves with every build, so nothing can be traced or rolled back by it',
      'immutable tags such as v1.4.2 (the commit SHA tag is always added)',
    )
  }
  if (!TAG.test(tag))
    throw new InputError(
      name,
      `contains an invalid tag "${tag}"`,
      'tags of letters, digits, "_", "." and "-", at most 128 characters, not starting with "." or "-"',
    )
  return tag
}

function platformItem(platform: string, name: string): string {
  if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform)) {
    throw new InputError(name, `contains an invalid platform "${platform}"`, 'os/arch[/variant] entries such as linux/amd64,linux/arm64')
  }
  return platform
}

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
