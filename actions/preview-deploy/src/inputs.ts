import { InputError, bool, duration, list, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'
import { PREFIX } from '@cna/kit/names'
import { parseReference, type ImageReference } from '@cna/kit/registry'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  'image-ref': {
    parse(raw: string, name: string): ImageReference & { digest: string; ref: string } {
      const value = text({ required: true, accepted: 'an image pinned by digest, name@sha256:<64 hex>' }).parse(raw, name)
      const ref = parseReference(value)
      if (!ref) throw new InputError(name, `has an invalid value "${value}"`, 'an image pinned by digest, name@sha256:<64 hex>')
      if (!ref.digest)
        throw new InputError(
          name,
          `"${value}" is not pinned by digest`,
          'an image pinned by digest, name@sha256:<64 hex> (the image-ref output of build-image)',
        )
      return { ...ref, digest: ref.digest, ref: value }
    },
  },
  manifests: {
    parse(raw: string, name: string): string[] {
      const paths = list().parse(raw, name)
      if (!paths.length) throw new InputError(name, 'is required but was empty', 'YAML files, folders or a kustomization folder, one per line')
      return paths
    },
  },
  branch: text(),
  'namespace-prefix': text({
    default: 'dev',
    pattern: PREFIX,
    accepted: 'a DNS label of at most 40 characters (lowercase letters, digits and "-"), such as dev or preview',
  }),
  domain: text({
    pattern: /^(?=.{1,190}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
    accepted: 'a lowercase DNS domain such as dev.example.com',
  }),
  kubeconfig: secret(),
  timeout: duration('5m'),
  ttl: duration('7d'),
  'pr-number': text({ pattern: /^[1-9]\d{0,9}$/, accepted: 'a pull request number such as 42' }),
  'dry-run': bool(false),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  return readInputs(inputSpecs, source)
}
