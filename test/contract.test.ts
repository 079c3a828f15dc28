import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { listActions, ROOT } from '../tools/action-harness/actions.js'

interface ActionYml {
  name?: string
  description?: string
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string }
}

interface Parser {
  parse(raw: string, name: string): unknown
}

type Attempt = { ok: true; value: unknown } | { ok: false }

/** What the action makes of a raw value: the parsed value, or that it refuses it. */
function attempt(parse: () => unknown): Attempt {
  try {
    return { ok: true, value: parse() }
  } catch {
    return { ok: false }
  }
}

const isExpression = (value: string): boolean => value.includes('${{')

/**
 * Mismatches found when this test started comparing defaults, in actions whose owners were
 * told: each must still fail (so the entry goes once it is fixed). Do not add to this list.
 */
const knownMismatches: Record<string, string[]> = {
  // action.yml defaults to "dev, staging, production" and "production"; the registry's list() gives [] when empty.
  chatops: ['environments', 'production-environments'],
}
const REQUIRED = '(required)'

/** A README's default cell: a literal (`v`, `a`, `b` or '') or words describing a default computed at run time. */
export type Shown = { literal: string } | { prose: string } | { required: true }

export function shownDefault(cell: string): Shown {
  if (cell === REQUIRED) return { required: true }
  if (cell === '' || cell === "''" || cell === '``' || cell === "`''`") return { literal: '' }
  const quoted = [...cell.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '')
  // Only quoted values and separators between them: a literal (several values are a list).
  if (quoted.length > 0 && cell.replace(/`[^`]*`/g, '').replace(/[\s,/]/g, '') === '') return { literal: quoted.join('\n') }
  return { prose: cell }
}

/**
 * The rows of a README's input table (the one whose header starts with `input`): input name
 * → its default cell. A row may name several inputs (`a` / `b`, or `a`, `b`); each gets the
 * row's default.
 */
export function inputRows(readme: string): Map<string, Shown> {
  const rows = new Map<string, Shown>()
  const lines = readme.split('\n')
  const start = lines.findIndex((line) => /^\|\s*input\s*\|/.test(line))
  if (start < 0) return rows
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    const [names = '', shown = ''] = line
      .split('|')
      .slice(1)
      .map((cell) => cell.trim())
    for (const match of names.matchAll(/`([^`]+)`/g)) rows.set(match[1] ?? '', shownDefault(shown))
  }
  return rows
}

/**
 * The action.yml of each action and its typed input registry name the same inputs, both
 * ways, with the same defaults, and the README's input table has one row per input showing
 * that default; every output in action.yml is set by the sources. Users' workflows depend
 * on these names, and a default written in three places drifts unless compared.
 */
describe.each(listActions())('%s: action.yml contract', (name) => {
  const dir = join(ROOT, 'actions', name)
  const manifest = async (): Promise<ActionYml> => parse(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionYml
  const registry = async (): Promise<Record<string, Parser>> =>
    ((await import(join(dir, 'src', 'inputs.ts'))) as { inputSpecs: Record<string, Parser> }).inputSpecs

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

  test('defaults: action.yml, the registry and required agree', async () => {
    const yml = await manifest()
    const specs = await registry()
    const agree = (input: string, spec: NonNullable<ActionYml['inputs']>[string], parser: Parser): string | undefined => {
      const unset = attempt(() => parser.parse('', input))
      if (spec.required === true && spec.default === undefined) {
        return unset.ok ? `input ${input} is required in action.yml but the registry accepts it empty` : undefined
      }
      if (!unset.ok)
        return spec.default === undefined ? `the registry refuses ${input} empty, so action.yml should mark it required or give a default` : undefined
      if (typeof spec.default !== 'string' || isExpression(spec.default)) return undefined
      const given = attempt(() => parser.parse(spec.default as string, input))
      return JSON.stringify(given) === JSON.stringify(unset)
        ? undefined
        : `input ${input}: action.yml default "${spec.default}" is not what the registry does with an empty value`
    }
    for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
      const parser = specs[input]
      if (parser === undefined) continue // the names test above reports it
      const problem = agree(input, spec, parser)
      if (knownMismatches[name]?.includes(input)) expect(problem, `${name}: ${input} agrees now: remove it from knownMismatches`).toBeDefined()
      else expect(problem, `${name}: ${problem}`).toBeUndefined()
    }
  })

  test('README input table: one row per input, with the default the action uses', async () => {
    const yml = await manifest()
    const specs = await registry()
    const rows = inputRows(await readFile(join(dir, 'README.md'), 'utf8'))
    expect([...rows.keys()].sort(), `${name}/README.md input table rows`).toEqual(Object.keys(yml.inputs ?? {}).sort())
    for (const [input, shown] of rows) {
      const spec = yml.inputs?.[input]
      const parser = specs[input]
      if (spec === undefined || parser === undefined) continue
      const required = spec.required === true && spec.default === undefined
      const where = `${name}/README.md: input ${input}`
      expect('required' in shown, `${where}: "(required)" in the README ⇔ required without a default in action.yml`).toBe(required)
      if ('required' in shown) continue
      const effective = String(spec.default ?? '')
      if ('prose' in shown) {
        // Words ("the event's branch") describe what the action computes when the input is empty.
        expect(effective, `${where} shows "${shown.prose}" but action.yml's default is "${effective}": show it as \`${effective}\``).toBe('')
        continue
      }
      if (isExpression(effective)) {
        expect(shown.literal, `${where} shows "${shown.literal}" but action.yml's default is ${effective}`).toBe(effective)
        continue
      }
      expect(
        attempt(() => parser.parse(shown.literal, input)),
        `${where} shows default "${shown.literal}"; action.yml and the registry use "${effective}"`,
      ).toEqual(attempt(() => parser.parse(effective, input)))
    }
  })

  test('every output in action.yml is set in the sources, and nothing else is', async () => {
    const yml = await manifest()
    const { readdir } = await import('node:fs/promises')
    const own = await Promise.all((await readdir(join(dir, 'src'))).filter((f) => f.endsWith('.ts')).map((f) => readFile(join(dir, 'src', f), 'utf8')))
    // A shell the action shares through the kit (the test gates' gates/test-action) sets outputs for it.
    const shared = [...new Set([...own.join('\n').matchAll(/from '@cna\/kit\/gates\/([a-z-]+)'/g)].map((m) => m[1]))]
    const sources = [...own, ...(await Promise.all(shared.map((f) => readFile(join(dir, '..', 'kit', 'src', 'gates', `${f}.ts`), 'utf8'))))]
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
