// delivery-metrics reading a large history: 5,000 deployments with their statuses, the commits
// between them and the squash-merged pull requests behind those commits, seeded into the GitHub
// emulator's state (OpenAPI-validated, as in the tests), then read three ways:
//   bundle   the committed bundle through the runner harness (its own node process), as a workflow runs it
//   ours     the same reading from the sources, in this process
//   peer     the same reading without the shared commit and pull-request caches: each deployment
//            looks up its commits' pull requests afresh, as a per-deployment reader would
// For each: requests to the emulator (by operation), requests per deployment, wall time; ours and
// the peer run side by side, alternating, and their ratio is the figure to read.
//
// Measurements only: it never fails because of a figure. Exit 2 on a wrong argument.
//
//   pnpm exec tsx bench/delivery-metrics.ts [--deployments N] [--runs N] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRestClient } from '@cna/kit/github'
import { ChangeReader, readDeployments } from '../actions/delivery-metrics/src/github.js'
import { getInputs } from '../actions/delivery-metrics/src/inputs.js'
import { run } from '../actions/delivery-metrics/src/run.js'
import { generateHistory } from '../actions/delivery-metrics/test/history.js'
import { seedHistory } from '../actions/delivery-metrics/test/seed.js'
import { runAction } from '../tools/action-harness/run-action.js'
import { READ_TOKEN, startGitHubEmulator } from '../tools/github-emulator/emulator.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const REPO = 'octo/app'
const SERVICES = ['sensor-api', 'web', 'worker', 'gateway', 'billing']

function parseArgs(argv: string[]): { deployments: number; runs: number; out: string } {
  const opts = { deployments: 5000, runs: 2, out: join(ROOT, 'bench', 'results', 'delivery-metrics.json') }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    const value = argv[++i]
    if (value === undefined) fail(`${flag} needs a value`)
    if (flag === '--deployments' && /^[1-9]\d*$/.test(value!)) opts.deployments = Number(value)
    else if (flag === '--runs' && /^[1-9]\d*$/.test(value!)) opts.runs = Number(value)
    else if (flag === '--out') opts.out = resolve(value!)
    else fail(`unknown or invalid argument "${flag} ${value}" (accepted: --deployments N, --runs N, --out FILE)`)
  }
  return opts
}

function fail(message: string): never {
  process.stderr.write(`bench/delivery-metrics: ${message}\n`)
  process.exit(2)
}

const opts = parseArgs(process.argv.slice(2))
// About 2.2 deployments per release (staging, production, and the rollbacks and fixes that follow some).
const releases = Math.ceil(opts.deployments / 2.2 / SERVICES.length)
const t0 = performance.now()
const history = generateHistory({ seed: 5, services: SERVICES, releases, days: 360, to: Date.now() + 5 * 60_000 })
history.deployments.splice(opts.deployments)
const emu = await startGitHubEmulator()
emu.state.addRepo(REPO, { files: { 'README.md': '# app\n' } })
seedHistory(emu.state, REPO, history)
const seeded = performance.now() - t0
const deployments = history.deployments.length
console.log(`seeded ${deployments} deployments, ${history.commits.length} commits, ${history.pulls.length} pull requests in ${(seeded / 1000).toFixed(1)} s`)

interface Result {
  wallMs: number
  requests: number
  perDeployment: number
  byOperation: Record<string, number>
  production: { deployments: number; changeFailureRate: number | null; leadTimeMedianS: number | null }
}

function counted(started: number, wallMs: number, production: Result['production']): Result {
  const byOperation: Record<string, number> = {}
  for (const r of emu.requests.slice(started)) byOperation[r.operation ?? r.path] = (byOperation[r.operation ?? r.path] ?? 0) + 1
  const requests = emu.requests.length - started
  return { wallMs: Math.round(wallMs), requests, perDeployment: Math.round((requests / deployments) * 100) / 100, byOperation, production }
}

const inputs = getInputs((name) => ({ 'github-token': READ_TOKEN, window: '360d' })[name])

async function inProcess(shared: boolean): Promise<Result> {
  const gh = createRestClient(READ_TOKEN, { baseUrl: emu.url, retryAfterBaseValue: 1 })
  const repo = { owner: 'octo', repo: 'app' }
  const cache = new ChangeReader(gh, repo, inputs['fix-labels'])
  const started = emu.requests.length
  const t = performance.now()
  const report = await run(inputs, {
    readDeployments: (window) => readDeployments(gh, repo, window),
    changesBetween: (base, head) => (shared ? cache : new ChangeReader(gh, repo, inputs['fix-labels'])).between(base, head),
    now: () => Date.now(),
  })
  const p = report.production
  return counted(started, performance.now() - t, {
    deployments: p.deployments,
    changeFailureRate: p.changeFailureRate,
    leadTimeMedianS: p.leadTime.median === null ? null : p.leadTime.median / 1000,
  })
}

async function bundle(): Promise<Result> {
  const started = emu.requests.length
  const t = performance.now()
  const r = await runAction({
    action: 'delivery-metrics',
    inputs: { 'github-token': READ_TOKEN, window: '360d' },
    github: { apiUrl: emu.url, repository: REPO },
    timeoutMs: 900_000,
  })
  if (r.exitCode !== 0) fail(`the bundle failed: ${r.errors.join('; ')}`)
  const wall = performance.now() - t
  return counted(started, wall, {
    deployments: Number(r.outputs.deployments),
    changeFailureRate: Number(r.outputs['change-failure-rate']),
    leadTimeMedianS: Number(r.outputs['lead-time-median']),
  })
}

const runs: Array<{ bundle: Result; ours: Result; peer: Result }> = []
for (let i = 0; i < opts.runs; i++) {
  const b = await bundle()
  const ours = await inProcess(true)
  const peer = await inProcess(false)
  runs.push({ bundle: b, ours, peer })
  console.log(
    `run ${i + 1}: bundle ${b.requests} requests (${b.perDeployment}/deployment) in ${(b.wallMs / 1000).toFixed(1)} s; ours ${ours.requests} in ${(ours.wallMs / 1000).toFixed(1)} s; peer ${peer.requests} in ${(peer.wallMs / 1000).toFixed(1)} s`,
  )
}
await emu.stop()
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!
const summary = {
  deployments,
  commits: history.commits.length,
  pullRequests: history.pulls.length,
  machine: { cpus: cpus().length, loadavg: loadavg() },
  bundle: {
    wallMsMedian: median(runs.map((r) => r.bundle.wallMs)),
    requests: runs[0]!.bundle.requests,
    perDeployment: runs[0]!.bundle.perDeployment,
    byOperation: runs[0]!.bundle.byOperation,
    production: runs[0]!.bundle.production,
  },
  ours: { wallMsMedian: median(runs.map((r) => r.ours.wallMs)), requests: runs[0]!.ours.requests, perDeployment: runs[0]!.ours.perDeployment },
  peer: {
    wallMsMedian: median(runs.map((r) => r.peer.wallMs)),
    requests: runs[0]!.peer.requests,
    perDeployment: runs[0]!.peer.perDeployment,
    byOperation: runs[0]!.peer.byOperation,
  },
  ratios: {
    requestsPeerOverOurs: Math.round((runs[0]!.peer.requests / runs[0]!.ours.requests) * 100) / 100,
    wallPeerOverOurs: Math.round((median(runs.map((r) => r.peer.wallMs)) / median(runs.map((r) => r.ours.wallMs))) * 100) / 100,
  },
  sameFigures: runs.every((r) => JSON.stringify(r.ours.production) === JSON.stringify(r.peer.production)),
  runs,
}
mkdirSync(dirname(opts.out), { recursive: true })
writeFileSync(opts.out, JSON.stringify(summary, null, 2) + '\n')
console.log(JSON.stringify({ ...summary, runs: undefined }, null, 2))
