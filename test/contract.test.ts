import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { listActions, ROOT } from './harness/actions.js'

interface ActionYml {
  name?: string
  description?: string
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string }
}

/**
 * The action.yml of each action and its typed input registry name the same inputs, both
 * ways; and every output in action.yml is set by the sources. Users' workflows depend on
 * these names.
 */
describe.each(listActions())('%s: action.yml contract', (name) => {
  const dir = join(ROOT, 'actions', name)
  const manifest = async (): Promise<ActionYml> => parse(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionYml

  test('runs on node24 from the committed bundle, with a name and description', async () => {
    const yml = await manifest()
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(yml.name).toBeTruthy()
    expect(yml.description).toBeTruthy()
  })

  test('input registry ⇔ action.yml inputs', async () => {
    const yml = await manifest()
    const { inputSpecs } = (await import(join(dir, 'src', 'inputs.ts'))) as { inputSpecs: Record<string, unknown> }
    expect(Object.keys(inputSpecs).sort()).toEqual(Object.keys(yml.inputs ?? {}).sort())
    for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
      expect(spec.description, `${name}: input ${input} has no description`).toBeTruthy()
      // Defaults are strings as the runner passes them; a YAML boolean would surprise readers.
      if (spec.default !== undefined) expect(typeof spec.default, `${name}: default of ${input}`).toBe('string')
    }
  })

  test('every output in action.yml is set in the sources, and nothing else is', async () => {
    const yml = await manifest()
    const { readdir } = await import('node:fs/promises')
    const sources = await Promise.all((await readdir(join(dir, 'src'))).filter((f) => f.endsWith('.ts')).map((f) => readFile(join(dir, 'src', f), 'utf8')))
    const set = new Set([...sources.join('\n').matchAll(/setOutput\(\s*'([^']+)'/g)].map((m) => m[1]))
    expect([...set].sort()).toEqual(Object.keys(yml.outputs ?? {}).sort())
  })

  test('README documents every input and output', async () => {
    const yml = await manifest()
    const readme = await readFile(join(dir, 'README.md'), 'utf8')
    for (const key of [...Object.keys(yml.inputs ?? {}), ...Object.keys(yml.outputs ?? {})]) {
      expect(readme, `${name}/README.md does not mention ${key}`).toContain(`\`${key}\``)
    }
  })
})
