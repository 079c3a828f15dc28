// delivery-metrics, from its committed bundle, against the GitHub emulator (every request and
// response checked against GitHub's OpenAPI description) seeded with a generated history whose
// true figures are known: the outputs and the JSON are exact, through pagination, compare,
// squash-merged pull requests, rate limits and 5xx. Then the dashboard it wrote, rendered in
// a real headless Chromium: the numbers and the chart read back from the page.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, READ_TOKEN, startGitHubEmulator, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import type { Report } from '../actions/delivery-metrics/src/model.js'
import { generateHistory, type History, type Truth } from '../actions/delivery-metrics/test/history.js'
import { seedHistory } from '../actions/delivery-metrics/test/seed.js'

const REPO = 'octo/app'
const nearestRank = (values: number[], p: number): number | null =>
  values.length ? [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1]! : null

let emu: GitHubEmulator
let history: History
let work: string
let previewId: number

beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addRepo(REPO, { files: { 'README.md': '# app\n' } })
  // The window ends a little after now, so that nothing moves across its edges while the action starts.
  history = generateHistory({ seed: 7, to: Date.now() + 5 * 60_000 })
  const shaOf = seedHistory(emu.state, REPO, history)
  // A preview as preview-deploy records it (transient, no service): not a rollout, and not worth a request.
  const at = new Date(history.window.to - 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  previewId = emu.state.nextId()
  emu.state.repo(REPO).deployments.push({
    id: previewId,
    sha: shaOf(1),
    ref: shaOf(1),
    task: 'deploy:preview',
    payload: { namespace: 'dev-topic', image: 'ghcr.io/octo/app@sha256:1', digest: 'sha256:1', url: 'https://topic.preview.example' },
    environment: 'dev-topic',
    original_environment: 'dev-topic',
    description: 'Preview of topic',
    creator: 'octo',
    transient_environment: true,
    production_environment: false,
    created_at: at,
    updated_at: at,
    statuses: [
      {
        id: emu.state.nextId(),
        state: 'success',
        creator: 'octo',
        description: '',
        environment: 'dev-topic',
        target_url: '',
        log_url: '',
        environment_url: '',
        created_at: at,
        updated_at: at,
      },
    ],
  })
  work = await mkdtemp(join(tmpdir(), 'delivery-metrics-'))
})
afterAll(async () => {
  await emu?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

function metrics(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    action: 'delivery-metrics',
    cwd: work,
    inputs: { 'github-token': READ_TOKEN, ...inputs },
    github: { apiUrl: emu.url, repository: REPO },
    timeoutMs: 120_000,
  })
}

function pooled(suffix: string): Truth {
  const all = [...history.truth.entries()].filter(([k]) => k.endsWith(suffix)).map(([, t]) => t)
  return {
    deployments: all.reduce((n, t) => n + t.deployments, 0),
    attempted: all.reduce((n, t) => n + t.attempted, 0),
    failed: all.reduce((n, t) => n + t.failed, 0),
    leadTimes: all.flatMap((t) => t.leadTimes),
    recoveries: all.flatMap((t) => t.recoveries),
    unrecovered: all.reduce((n, t) => n + t.unrecovered, 0),
  }
}

const seconds = (ms: number | null): string => (ms === null ? '' : String(Math.round(ms / 1000)))

describe('delivery-metrics against the GitHub emulator', () => {
  let run: ActionRun
  let report: Report
  beforeAll(async () => {
    emu.requests.length = 0
    run = await metrics({ dashboard: 'site/index.html' })
    report = JSON.parse(run.outputs.metrics ?? '{}') as Report
  }, 180_000)

  test('the outputs are the true production figures, as numbers', () => {
    expect(run.errors, run.stdout).toEqual([])
    expect(run.exitCode).toBe(0)
    const truth = pooled('/production')
    expect(run.outputs).toMatchObject({
      deployments: String(truth.deployments),
      'deployment-frequency': String(truth.deployments / 90),
      'lead-time-median': seconds(nearestRank(truth.leadTimes, 50)),
      'lead-time-p90': seconds(nearestRank(truth.leadTimes, 90)),
      'change-failure-rate': String(truth.failed / truth.attempted),
      'recovery-time-median': seconds(nearestRank(truth.recoveries, 50)),
    })
    assertNoViolations(emu)
  })

  test('the JSON has every service and environment, each exact', () => {
    expect(report.groups.map((g) => `${g.service}/${g.environment}`).sort()).toEqual([...history.truth.keys()].sort())
    for (const g of report.groups) {
      const t = history.truth.get(`${g.service}/${g.environment}`)!
      expect({ d: g.deployments, a: g.attempted, f: g.failedDeployments, lead: g.leadTime, rec: g.recovery }, `${g.service}/${g.environment}`).toEqual({
        d: t.deployments,
        a: t.attempted,
        f: t.failed,
        lead: { median: nearestRank(t.leadTimes, 50), p90: nearestRank(t.leadTimes, 90), changes: t.leadTimes.length },
        rec: { median: nearestRank(t.recoveries, 50), recovered: t.recoveries.length, unrecovered: t.unrecovered },
      })
    }
    expect(report.source).toContain('State of DevOps Report 2024')
  })

  test('it reads through pagination, compare and the pull requests of squash merges', () => {
    const ops = new Map<string, number>()
    for (const r of emu.requests) ops.set(r.operation ?? r.path, (ops.get(r.operation ?? r.path) ?? 0) + 1)
    expect(ops.get('repos/list-deployments')).toBeGreaterThan(1)
    // The description matches /compare/a...b to both of its compare operations; the emulator routes the older one.
    expect((ops.get('repos/compare-commits') ?? 0) + (ops.get('repos/compare-commits-with-basehead') ?? 0)).toBeGreaterThan(10)
    expect(ops.get('repos/list-pull-requests-associated-with-commit')).toBeGreaterThan(10)
    expect(ops.get('pulls/list-commits')).toBeGreaterThan(10)
    expect(emu.requests.every((r) => r.method === 'GET')).toBe(true)
    expect(emu.requests.filter((r) => r.path.includes(`/deployments/${previewId}/`))).toEqual([])
    expect(report.skipped).toMatchObject({ 'previews and records without a service': 1 })
  })

  test('the job summary has the four keys, Mermaid trend charts and a table per environment', () => {
    expect(run.summary).toContain('| deployment frequency |')
    expect(run.summary).toContain('| change failure rate |')
    expect(run.summary.match(/```mermaid\nxychart-beta/g)).toHaveLength(2)
    expect(run.summary).toContain('### staging')
    expect(run.summary).toContain('### production')
  })

  test('the dashboard renders in headless Chromium with the same numbers and chart as the outputs', async () => {
    expect(run.outputs.dashboard).toBe(join(work, 'site', 'index.html'))
    const dom = await chromium(['--dump-dom', `file://${run.outputs.dashboard}`])
    const value = (metric: string): string => new RegExp(`data-metric="${metric}" data-value="([^"]*)"`).exec(dom)?.[1] ?? 'missing'
    expect(Number(value('deployment-frequency'))).toBe(Number(run.outputs['deployment-frequency']))
    expect(Math.round(Number(value('lead-time-median')))).toBe(Number(run.outputs['lead-time-median']))
    expect(Number(value('change-failure-rate'))).toBe(Number(run.outputs['change-failure-rate']))
    expect(Math.round(Number(value('recovery-time-median')))).toBe(Number(run.outputs['recovery-time-median']))
    // The chart: one bar per week, their heights the weekly deployments, summing to the output.
    const bars = [...dom.matchAll(/<rect class="bar" data-week="([^"]+)" data-value="(\d+)"/g)].map((m) => Number(m[2]))
    expect(bars.length).toBeGreaterThanOrEqual(13)
    expect(bars.reduce((a, b) => a + b, 0)).toBe(Number(run.outputs.deployments))
    const shot = '/tmp/delivery-metrics-dashboard.png'
    await chromium([`--screenshot=${shot}`, '--window-size=1280,1100', `file://${run.outputs.dashboard}`])
    expect((await stat(shot)).size).toBeGreaterThan(20_000)
  }, 120_000)
})

describe('delivery-metrics under GitHub rate limits and errors', () => {
  test('429 with retry-after and a 502 are retried; the figures stay exact', async () => {
    emu.faults.add({ path: /\/compare\//, times: 1, respond: { status: 429, headers: { 'retry-after': '1' }, body: { message: 'API rate limit exceeded' } } })
    emu.faults.add({ path: 'repos/list-deployments', times: 1, respond: { status: 502, body: { message: 'Server Error' } } })
    const run = await metrics()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.deployments).toBe(String(pooled('/production').deployments))
    expect(emu.faults.pending()).toEqual([])
  }, 180_000)

  test('a window that is not a duration is one ::error:: naming the input and the accepted form', async () => {
    const run = await metrics({ window: 'a quarter' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual(['Input "window" has an invalid duration "a quarter". Expected a duration such as 90s, 5m, 1h30m or 2d.'])
  })
})

async function chromium(args: string[]): Promise<string> {
  if (!existsSync(CHROMIUM)) throw new Error('Debian chromium is missing: run scripts/install.sh (it installs chromium for the dashboard test)')
  const profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'))
  try {
    const { stdout } = await promisify(execFile)(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--user-data-dir=${profile}`,
        ...args,
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
    )
    return stdout
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

const CHROMIUM = '/usr/bin/chromium'
