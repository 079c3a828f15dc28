// kubectl kustomize's output of the fixture repository, recorded by test/config-gate.test.ts's
// "recorded renderings" check (which fails when kustomize renders them differently today).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseRendered, type RenderedObject } from '../src/objects.js'

export const FIXTURES = join(import.meta.dirname, 'fixtures')

export function recorded(commit: 'base' | 'bad', env: string): string {
  return readFileSync(join(FIXTURES, `${commit}-${env}.yaml`), 'utf8')
}

export function renderedObjects(commit: 'base' | 'bad', env: string): RenderedObject[] {
  return parseRendered(recorded(commit, env), `environments/${env}`, false)
}
