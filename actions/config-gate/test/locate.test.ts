import { describe, expect, test } from 'vitest'
import { SourceLocator } from '../src/locate.js'
import { badEdit, BAD_EDIT_LOCATIONS, gitopsFiles } from '../../../tools/story/gitops-fixture.js'
import { renderedObjects } from './rendered.js'

const files = { ...gitopsFiles(), ...badEdit() }
const locator = () => new SourceLocator(async (path) => files[path])
const env = (name: string) => ({ name, path: `environments/${name}` })
const deployment = (e: string) => renderedObjects('bad', e).find((o) => o.kind === 'Deployment')!

describe('a problem in a rendered object, at the source line to edit', () => {
  test('an image set by an overlay’s images: entry → that entry’s line', async () => {
    const o = deployment('production')
    expect(o.origin).toBe('') // no origin annotations: found by kind and name in the resources
    expect(await locator().locate(env('production'), o, ['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual(BAD_EDIT_LOCATIONS['image-digest'])
  })

  test('a field the base sets → the base file at that field', async () => {
    expect(await locator().locate(env('dev'), deployment('dev'), ['spec', 'template', 'spec', 'containers', 0, 'resources'])).toEqual(
      BAD_EDIT_LOCATIONS.resources,
    )
  })

  test('a field an overlay patch sets → the patch, not the base', async () => {
    expect(await locator().locate(env('staging'), deployment('staging'), ['spec', 'replicas'])).toEqual(BAD_EDIT_LOCATIONS.schema)
    // Production's patch sets 3, the rendered value: the patch too.
    expect(await locator().locate(env('production'), deployment('production'), ['spec', 'replicas'])).toEqual({
      file: 'environments/production/replicas.yaml',
      line: 6,
    })
    // Dev has no patch: the base's replicas line.
    expect(await locator().locate(env('dev'), deployment('dev'), ['spec', 'replicas'])).toEqual({ file: 'base/deployment.yaml', line: 8 })
  })

  test('a path the source does not have → the nearest line it has', async () => {
    expect(await locator().locate(env('dev'), deployment('dev'), ['spec', 'template', 'spec', 'securityContext', 'runAsUser'])).toEqual({
      file: 'base/deployment.yaml',
      line: 16,
    })
  })

  test('an origin annotation the repository asked for is used as it is', async () => {
    const o = { ...deployment('dev'), origin: 'base/deployment.yaml' }
    expect(await locator().locate(env('dev'), o, ['spec', 'replicas'])).toEqual({ file: 'base/deployment.yaml', line: 8 })
  })

  test('namePrefix: the source name inside the rendered one; the longest wins', async () => {
    const prefixed: Record<string, string> = {
      ...files,
      'base/other.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n',
      'base/kustomization.yaml': 'resources:\n  - other.yaml\n  - deployment.yaml\n  - service.yaml\n',
    }
    const o = { ...deployment('dev'), name: 'dev-sensor-api' }
    expect(await new SourceLocator(async (p) => prefixed[p]).locate(env('dev'), o, ['spec', 'replicas'])).toEqual({ file: 'base/deployment.yaml', line: 8 })
  })

  test('not in any resource file → the environment’s kustomization', async () => {
    const o = { ...deployment('dev'), kind: 'StatefulSet' }
    expect(await locator().locate(env('dev'), o, ['metadata', 'name'])).toEqual({ file: 'environments/dev/kustomization.yaml', line: 1 })
  })
})
