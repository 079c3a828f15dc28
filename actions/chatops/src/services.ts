import { InputError, errorMessage, isRecord } from '@cna/kit'
import { parseReference } from '@cna/kit/registry'

export interface Service {
  name: string
  /** registry/repository, without tag or digest. */
  image: string
  registry: string
  repository: string
  /** Where the service is pinned in the GitOps repository; `{environment}` is replaced. */
  gitopsPath: string
  /** A workflow of its own, instead of the `workflow` input. */
  workflow: string
}

const ACCEPTED = 'a YAML mapping such as "sensor-api: {image: ghcr.io/octo-org/sensor-api, gitops-path: envs/{environment}/sensor-api}"'
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
const KEYS = new Set(['image', 'gitops-path', 'workflow'])

let parseYaml: ((text: string) => unknown) | undefined

/**
 * Loads the YAML parser parseServices needs. It is a fifth of the bundle, so it is loaded when
 * there is a services input to read (getInputs awaits this), not when the action starts.
 */
export async function loadServicesParser(): Promise<void> {
  parseYaml ??= (await import('yaml')).parse
}

export function parseServices(raw: string, name: string): Map<string, Service> {
  if (raw === '') throw new InputError(name, 'is required but was empty', ACCEPTED)
  if (!parseYaml) throw new Error('parseServices needs loadServicesParser() to have finished')
  let doc: unknown
  try {
    doc = parseYaml(raw)
  } catch (error) {
    throw new InputError(name, `is not valid YAML (${errorMessage(error).split('\n')[0]})`, ACCEPTED)
  }
  if (!isRecord(doc)) throw new InputError(name, 'is not a mapping of service names', ACCEPTED)
  const services = new Map<string, Service>()
  for (const [service, value] of Object.entries(doc)) {
    if (!NAME.test(service)) throw new InputError(name, `has an invalid service name "${service}"`, 'service names of letters, digits, ".", "_" and "-"')
    const settings: unknown = typeof value === 'string' ? { image: value } : value
    if (!isRecord(settings)) throw new InputError(name, `has no settings for service "${service}"`, ACCEPTED)
    const extra = Object.keys(settings).filter((k) => !KEYS.has(k))
    if (extra.length) throw new InputError(name, `has unknown keys for service "${service}": ${extra.join(', ')}`, 'only image, gitops-path and workflow')
    const image = String(settings.image ?? '')
    const ref = parseReference(image)
    if (!ref || ref.tag || ref.digest)
      throw new InputError(
        name,
        `has an invalid image "${image}" for service "${service}"`,
        'an image name without tag or digest, such as ghcr.io/octo-org/sensor-api',
      )
    const workflow = String(settings.workflow ?? '')
    if (workflow && !/^(?:\d+|[A-Za-z0-9._/-]+\.ya?ml)$/.test(workflow))
      throw new InputError(name, `has an invalid workflow "${workflow}" for service "${service}"`, 'a workflow file name such as deploy.yml')
    services.set(service, {
      name: service,
      image,
      registry: ref.registry,
      repository: ref.repository,
      gitopsPath: String(settings['gitops-path'] ?? ''),
      workflow,
    })
  }
  if (services.size === 0) throw new InputError(name, 'names no service', ACCEPTED)
  return services
}
