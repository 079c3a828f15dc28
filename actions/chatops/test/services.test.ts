import { beforeAll, describe, expect, test } from 'vitest'
import { InputError } from '@cna/kit'
import { loadServicesParser, parseServices, type Service } from '../src/services.js'

// The YAML parser is loaded on demand (getInputs awaits it when there is a services input).
beforeAll(loadServicesParser)

const ACCEPTED_MAPPING = 'Expected a YAML mapping such as "sensor-api: {image: ghcr.io/octo-org/sensor-api, gitops-path: envs/{environment}/sensor-api}".'

describe('parseServices: valid input', () => {
  const rows: Array<{ name: string; raw: string; services: Array<Partial<Service> & { name: string }> }> = [
    {
      name: 'the short form: a name and its image',
      raw: 'sensor-api: ghcr.io/octo-org/sensor-api',
      services: [
        { name: 'sensor-api', image: 'ghcr.io/octo-org/sensor-api', registry: 'ghcr.io', repository: 'octo-org/sensor-api', gitopsPath: '', workflow: '' },
      ],
    },
    {
      name: 'the long form with gitops-path and a workflow of its own',
      raw: 'sensor-api:\n  image: ghcr.io/octo-org/sensor-api\n  gitops-path: envs/{environment}/sensor-api\n  workflow: deploy-api.yml\n',
      services: [{ name: 'sensor-api', image: 'ghcr.io/octo-org/sensor-api', gitopsPath: 'envs/{environment}/sensor-api', workflow: 'deploy-api.yml' }],
    },
    {
      name: 'several services in the order written; flow style',
      raw: '{web: {image: registry.example.com:5000/team/web}, worker: docker.io/library/worker}',
      services: [
        { name: 'web', registry: 'registry.example.com:5000', repository: 'team/web' },
        { name: 'worker', registry: 'docker.io', repository: 'library/worker' },
      ],
    },
    {
      name: 'a Docker Hub short name is on docker.io',
      raw: 'nginx: nginx',
      services: [{ name: 'nginx', image: 'nginx', registry: 'docker.io', repository: 'library/nginx' }],
    },
    {
      name: 'workflows: a .yaml file in a folder, or a numeric workflow id',
      raw: 'a: {image: ghcr.io/o/a, workflow: ci/deploy.yaml}\nb: {image: ghcr.io/o/b, workflow: 17}',
      services: [
        { name: 'a', workflow: 'ci/deploy.yaml' },
        { name: 'b', workflow: '17' },
      ],
    },
    { name: 'service names of letters, digits, ".", "_" and "-"', raw: 'api.v2_blue-1: ghcr.io/o/api', services: [{ name: 'api.v2_blue-1' }] },
    { name: 'a YAML comment is ignored', raw: '# the services\napi: ghcr.io/o/api # the API\n', services: [{ name: 'api', image: 'ghcr.io/o/api' }] },
  ]

  test.each(rows)('$name', ({ raw, services }) => {
    const parsed = parseServices(raw, 'services')
    expect([...parsed.keys()]).toEqual(services.map((s) => s.name))
    for (const want of services) expect(parsed.get(want.name)).toMatchObject(want)
  })
})

describe('parseServices: invalid input is one InputError naming the input, the problem and the accepted form', () => {
  const rows: Array<{ name: string; raw: string; message: string | RegExp }> = [
    { name: 'empty', raw: '', message: `Input "services" is required but was empty. ${ACCEPTED_MAPPING}` },
    { name: 'not YAML', raw: 'api: {image: [', message: /^Input "services" is not valid YAML \([^\n]+\)\. Expected a YAML mapping/ },
    {
      name: 'a service twice (YAML keys must be unique)',
      raw: 'api: ghcr.io/o/api\napi: ghcr.io/o/other',
      message: /^Input "services" is not valid YAML \(Map keys must be unique/,
    },
    {
      name: 'a list instead of a mapping',
      raw: '- ghcr.io/o/api\n- ghcr.io/o/web',
      message: `Input "services" is not a mapping of service names. ${ACCEPTED_MAPPING}`,
    },
    { name: 'a plain string', raw: 'ghcr.io/o/api', message: `Input "services" is not a mapping of service names. ${ACCEPTED_MAPPING}` },
    { name: 'an empty mapping', raw: '{}', message: `Input "services" names no service. ${ACCEPTED_MAPPING}` },
    { name: 'a service without settings', raw: 'api:', message: `Input "services" has no settings for service "api". ${ACCEPTED_MAPPING}` },
    { name: 'a number for settings', raw: 'api: 42', message: `Input "services" has no settings for service "api". ${ACCEPTED_MAPPING}` },
    {
      name: 'an invalid service name',
      raw: '"api web": ghcr.io/o/api',
      message: 'Input "services" has an invalid service name "api web". Expected service names of letters, digits, ".", "_" and "-".',
    },
    {
      name: '__proto__ is not a service name',
      raw: '__proto__: {image: ghcr.io/o/x}',
      message: 'Input "services" has an invalid service name "__proto__". Expected service names of letters, digits, ".", "_" and "-".',
    },
    {
      name: 'unknown keys, named',
      raw: 'api: {image: ghcr.io/o/api, gitops_path: envs/dev, tag: v1}',
      message: 'Input "services" has unknown keys for service "api": gitops_path, tag. Expected only image, gitops-path and workflow.',
    },
    {
      name: 'no image',
      raw: 'api:\n  gitops-path: envs/{environment}/api',
      message: 'Input "services" has an invalid image "" for service "api". Expected an image name without tag or digest, such as ghcr.io/octo-org/sensor-api.',
    },
    {
      name: 'an image with a tag (chatops picks the version)',
      raw: 'api: ghcr.io/o/api:v1',
      message:
        'Input "services" has an invalid image "ghcr.io/o/api:v1" for service "api". Expected an image name without tag or digest, such as ghcr.io/octo-org/sensor-api.',
    },
    {
      name: 'an image with a digest',
      raw: `api: ghcr.io/o/api@sha256:${'a'.repeat(64)}`,
      message: /^Input "services" has an invalid image "ghcr\.io\/o\/api@sha256:a{64}" for service "api"\./,
    },
    { name: 'an image with upper case', raw: 'api: ghcr.io/Octo/API', message: /^Input "services" has an invalid image "ghcr\.io\/Octo\/API"/ },
    {
      name: 'a workflow that is not a workflow file',
      raw: 'api: {image: ghcr.io/o/api, workflow: deploy}',
      message: 'Input "services" has an invalid workflow "deploy" for service "api". Expected a workflow file name such as deploy.yml.',
    },
    {
      name: 'a workflow with a space',
      raw: 'api: {image: ghcr.io/o/api, workflow: "my deploy.yml"}',
      message: /^Input "services" has an invalid workflow "my deploy\.yml"/,
    },
  ]

  test.each(rows)('$name', ({ raw, message }) => {
    let error: unknown
    try {
      parseServices(raw, 'services')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('services')
    expect((error as Error).message).toMatch(message)
    // One line: runMain prints it as one ::error:: line.
    expect((error as Error).message).not.toContain('\n')
  })
})
