import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Checks that the benchmark runs and reports a figure for every action. No timing is asserted:
// times depend on the machine. Sizes are deterministic, so the bundle size budget is a test.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const script = join(root, 'bench', 'actions.mjs')
const BUNDLE_BUDGET_BYTES = 1.5 * 1_000_000
// Actions that also carry Octokit (retry + throttling) and the YAML parser get a wider
// budget, still under the 2.5 MB docker/build-push-action ships.
const WIDER_BUDGET: Record<string, number> = {
  promote: 2.0 * 1_000_000,
  chatops: 2.0 * 1_000_000,
  'security-scan': 2.0 * 1_000_000,
  'preview-deploy': 2.0 * 1_000_000,
  'preview-teardown': 2.0 * 1_000_000,
}

interface Entry {
  name: string
  bundle: { indexBytes: number; distBytes: number; indexMB: number; distMB: number }
  startup: {
    runs: number
    validActionRuns: number
    validBaselineRuns: number
    invalid: { run: number; series: string; reason: string }[]
    errorLine: string | null
    actionMedianMs: number | null
    baselineMedianMs: number | null
    overheadMs: number | null
    ratio: number | null
  }
}
interface Result {
  machine: { node: string; cpuModel: string; cores: number }
  runs: number
  actions: Entry[]
}

const actionNames = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
  .map((d) => d.name)
  .sort()

describe('bench/actions.mjs', () => {
  let tmp: string
  let result: Result
  let stdout: string

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'bench-test-'))
    const out = join(tmp, 'actions.json') // never overwrite the committed bench/results/actions.json
    const r = spawnSync(process.execPath, [script, '--runs', '3', '--out', out], { cwd: root, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    stdout = r.stdout
    result = JSON.parse(readFileSync(out, 'utf8')) as Result
  })
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('reports the machine and the number of runs', () => {
    expect(result.machine.node).toBe(process.version)
    expect(result.machine.cores).toBeGreaterThan(0)
    expect(result.runs).toBe(3)
  })

  it('has one entry per action with numeric sizes and medians from valid runs', () => {
    expect(actionNames.length).toBeGreaterThan(0)
    expect(result.actions.map((a) => a.name)).toEqual(actionNames)
    for (const a of result.actions) {
      expect(a.bundle.indexBytes).toBeGreaterThan(0)
      expect(a.bundle.distBytes).toBeGreaterThanOrEqual(a.bundle.indexBytes)
      // Every run must have stopped at the missing input: exit 1 with an ::error:: line.
      expect(a.startup.invalid).toEqual([])
      expect(a.startup.validActionRuns).toBe(3)
      expect(a.startup.validBaselineRuns).toBe(3)
      expect(a.startup.errorLine).toMatch(/^::error::/)
      for (const v of [a.startup.actionMedianMs, a.startup.baselineMedianMs, a.startup.overheadMs, a.startup.ratio]) {
        expect(typeof v).toBe('number')
        expect(Number.isFinite(v)).toBe(true)
      }
      expect(a.startup.actionMedianMs).toBeGreaterThan(0)
      expect(a.startup.baselineMedianMs).toBeGreaterThan(0)
    }
  })

  it('prints the same figures as a markdown table', () => {
    for (const a of result.actions) {
      expect(stdout).toContain(`| ${a.name} | ${(a.bundle.indexBytes / 1_000_000).toFixed(2)} MB |`)
      expect(stdout).toContain(`| ${a.name} | 3/3 | ${a.startup.actionMedianMs} ms | ${a.startup.baselineMedianMs} ms |`)
    }
  })

  it('exits 2 with a clear message when a bundle is missing', () => {
    const fake = join(tmp, 'repo')
    mkdirSync(join(fake, 'actions', 'nobundle'), { recursive: true })
    writeFileSync(join(fake, 'actions', 'nobundle', 'action.yml'), 'runs:\n  using: node24\n  main: dist/index.js\n')
    const r = spawnSync(process.execPath, [script, '--runs', '1', '--root', fake], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/bundle missing for nobundle \(actions\/nobundle\/dist\/index\.js\)/)
  })
})

// A size budget, not a timing assertion: bundle bytes are the same on every machine.
describe('bundle size budget: dist/index.js ≤ 1.5 MB (2.0 MB with Octokit + YAML)', () => {
  it.each(actionNames)('%s', (name) => {
    const entry = join(root, 'actions', name, 'dist', 'index.js')
    expect(existsSync(entry), `${entry} missing; run pnpm build`).toBe(true)
    const bytes = readFileSync(entry).byteLength
    expect(bytes, `${name}/dist/index.js is ${(bytes / 1e6).toFixed(2)} MB`).toBeLessThanOrEqual(WIDER_BUDGET[name] ?? BUNDLE_BUDGET_BYTES)
  })
})
