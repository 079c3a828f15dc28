#!/usr/bin/env node
// Bundle size and start-up time of every action's committed bundle.
//
// Measurements only: this script never fails because a figure is over a target. It exits 0
// unless an action's bundle is missing (exit 2) or its arguments are wrong (exit 2).
//
//   node bench/actions.mjs [--runs N] [--out FILE] [--root DIR]
//
//   --runs N    timed runs per action, and as many of the baseline (default 15)
//   --out FILE  where to write the JSON (default bench/results/actions.json under the root)
//   --root DIR  repository root (default: the parent of this file's folder)
//
// Start-up is measured as the wall time of `node dist/index.js` with no INPUT_* variables, so
// the action stops at its first required input with exit 1 and one `::error::` line. Each run
// is paired with a run of the baseline `node -e 0` under the same environment, in alternating
// order, so both see the same machine load; the figures are the medians of each series, their
// difference and their ratio.

import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const MB = 1_000_000 // decimal megabytes, as GitHub and npm report sizes
const REFERENCE = {
  dockerBuildPushActionMB: 2.5, // dist/index.js shipped by docker/build-push-action
  bundleTargetMB: 1.5,
  startupOverheadTargetMs: 150, // at most this much over bare `node -e 0`
}

function fail(message) {
  process.stderr.write(`bench/actions.mjs: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv) {
  const opts = { runs: 15, out: undefined, root: resolve(dirname(fileURLToPath(import.meta.url)), '..') }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      if (inline !== undefined) return inline
      const next = argv[++i]
      if (next === undefined) fail(`${flag} needs a value`)
      return next
    }
    if (flag === '--runs') {
      const v = value()
      if (!/^[1-9]\d*$/.test(v)) fail(`--runs takes a positive whole number, got "${v}"`)
      opts.runs = Number(v)
    } else if (flag === '--out') opts.out = resolve(value())
    else if (flag === '--root') opts.root = resolve(value())
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: node bench/actions.mjs [--runs N] [--out FILE] [--root DIR]\n')
      process.exit(0)
    } else fail(`unknown argument "${arg}" (accepted: --runs N, --out FILE, --root DIR)`)
  }
  opts.out ??= join(opts.root, 'bench', 'results', 'actions.json')
  return opts
}

/** actions/<name>/action.yml, with the script its `runs.main` names (dist/index.js by default). */
function discoverActions(root) {
  const dir = join(root, 'actions')
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'action.yml')))
    .map((d) => {
      const actionDir = join(dir, d.name)
      const yml = readFileSync(join(actionDir, 'action.yml'), 'utf8')
      const main = /^\s+main:\s*['"]?([^'"\s#]+)/m.exec(yml)?.[1] ?? 'dist/index.js'
      const entry = join(actionDir, main)
      return { name: d.name, dir: actionDir, entry, distDir: dirname(entry) }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

function folderBytes(dir) {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) total += folderBytes(p)
    else if (e.isFile()) total += statSync(p).size
  }
  return total
}

function quantile(sorted, q) {
  if (sorted.length === 0) return null
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b)
  return { median: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), min: s[0] ?? null, max: s.at(-1) ?? null }
}

const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)))

const EMPTY_DIR = mkdtempSync(join(tmpdir(), 'bench-actions-cwd-'))

/** One timed run: wall time of spawnSync from just before the call to just after it returns. */
function timedRun(argv, env, outputFile) {
  writeFileSync(outputFile, '') // an empty GITHUB_OUTPUT for every run, truncated outside the timing
  const t0 = process.hrtime.bigint()
  // An empty working directory: actions whose inputs all have defaults (the test gates) then
  // fail at once on "no report matched" instead of searching whatever tree the bench runs in.
  const r = spawnSync(argv[0], argv.slice(1), { env, cwd: EMPTY_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 })
  const t1 = process.hrtime.bigint()
  return { ms: Number(t1 - t0) / 1e6, status: r.status, signal: r.signal, error: r.error, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}

function checkAction(r) {
  if (r.error) return `spawn failed: ${r.error.message}`
  if (r.signal) return `killed by ${r.signal}`
  const line = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => l.startsWith('::error::'))
  if (r.status !== 1) return `exit ${r.status}, expected 1`
  if (!line) return 'exit 1 without an ::error:: line'
  return null
}

function checkBaseline(r) {
  if (r.error) return `spawn failed: ${r.error.message}`
  if (r.signal) return `killed by ${r.signal}`
  if (r.status !== 0) return `exit ${r.status}, expected 0`
  return null
}

function measureStartup(action, runs, tmp) {
  const outputFile = join(tmp, `github-output-${action.name}`)
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), GITHUB_OUTPUT: outputFile }
  const node = process.execPath
  const actionArgv = [node, action.entry]
  const baselineArgv = [node, '-e', '0']

  // One untimed run of each first, so neither series pays for a cold file cache.
  timedRun(actionArgv, env, outputFile)
  timedRun(baselineArgv, env, outputFile)

  const actionMs = []
  const baselineMs = []
  const invalid = []
  let errorLine = null
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither systematically follows the other.
    const order = i % 2 === 0 ? ['action', 'baseline'] : ['baseline', 'action']
    for (const which of order) {
      if (which === 'action') {
        const r = timedRun(actionArgv, env, outputFile)
        const problem = checkAction(r)
        if (problem) invalid.push({ run: i + 1, series: 'action', reason: problem })
        else {
          actionMs.push(r.ms)
          errorLine ??= `${r.stdout}\n${r.stderr}`.split('\n').find((l) => l.startsWith('::error::')) ?? null
        }
      } else {
        const r = timedRun(baselineArgv, env, outputFile)
        const problem = checkBaseline(r)
        if (problem) invalid.push({ run: i + 1, series: 'baseline', reason: problem })
        else baselineMs.push(r.ms)
      }
    }
  }

  const a = summarize(actionMs)
  const b = summarize(baselineMs)
  const overheadMs = a.median !== null && b.median !== null ? a.median - b.median : null
  return {
    runs,
    validActionRuns: actionMs.length,
    validBaselineRuns: baselineMs.length,
    invalid,
    errorLine,
    actionMedianMs: round(a.median),
    baselineMedianMs: round(b.median),
    overheadMs: round(overheadMs),
    ratio: a.median !== null && b.median ? round(a.median / b.median, 2) : null,
    withinTarget: overheadMs === null ? null : overheadMs <= REFERENCE.startupOverheadTargetMs,
    action: { p25Ms: round(a.p25), p75Ms: round(a.p75), minMs: round(a.min), maxMs: round(a.max) },
    baseline: { p25Ms: round(b.p25), p75Ms: round(b.p75), minMs: round(b.min), maxMs: round(b.max) },
    samplesMs: { action: actionMs.map((x) => round(x, 2)), baseline: baselineMs.map((x) => round(x, 2)) },
  }
}

function measureBundle(action) {
  const indexBytes = statSync(action.entry).size
  const distBytes = folderBytes(action.distDir)
  return {
    indexBytes,
    indexMB: round(indexBytes / MB, 3),
    distBytes,
    distMB: round(distBytes / MB, 3),
    vsDockerBuildPushAction: round(indexBytes / MB / REFERENCE.dockerBuildPushActionMB, 2),
    headroomMB: round(REFERENCE.bundleTargetMB - indexBytes / MB, 3),
    withinTarget: indexBytes / MB <= REFERENCE.bundleTargetMB,
  }
}

function markdown(result) {
  const fmt = (x, unit = '') => (x === null ? 'n/a' : `${x}${unit}`)
  const lines = []
  lines.push(`## Actions: bundle size and start-up`, '')
  lines.push(
    `Node ${result.machine.node} on ${result.machine.cpuModel} (${result.machine.cores} cores), ${result.runs} runs per series, ` +
      `load average ${result.machine.loadavg1m} at start.`,
    '',
  )
  lines.push(`### Bundle size (MB = 10^6 bytes)`, '')
  lines.push(
    `| action | dist/index.js | dist/ | vs docker/build-push-action (${REFERENCE.dockerBuildPushActionMB} MB) | target ≤ ${REFERENCE.bundleTargetMB} MB |`,
    '|---|---:|---:|---:|---|',
  )
  for (const a of result.actions) {
    const b = a.bundle
    const verdict = b.withinTarget ? `within (${b.headroomMB.toFixed(2)} MB headroom)` : `over by ${(-b.headroomMB).toFixed(2)} MB`
    const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`
    lines.push(`| ${a.name} | ${mb(b.indexBytes)} | ${mb(b.distBytes)} | ${b.vsDockerBuildPushAction}× | ${verdict} |`)
  }
  lines.push('', `### Start-up (median wall time, interleaved with \`node -e 0\`)`, '')
  lines.push(
    `| action | valid runs | median action | median \`node -e 0\` | difference | ratio | target ≤ +${REFERENCE.startupOverheadTargetMs} ms |`,
    '|---|---:|---:|---:|---:|---:|---|',
  )
  for (const a of result.actions) {
    const s = a.startup
    const verdict = s.withinTarget === null ? 'n/a (no valid runs)' : s.withinTarget ? 'within' : 'over'
    lines.push(
      `| ${a.name} | ${s.validActionRuns}/${s.runs} | ${fmt(s.actionMedianMs, ' ms')} | ${fmt(s.baselineMedianMs, ' ms')} | ` +
        `${s.overheadMs === null ? 'n/a' : `+${s.overheadMs} ms`} | ${fmt(s.ratio, '×')} | ${verdict} |`,
    )
  }
  const invalid = result.actions.flatMap((a) => a.startup.invalid.map((x) => `- ${a.name}, run ${x.run} (${x.series}): ${x.reason}`))
  if (invalid.length > 0) lines.push('', `### Invalid runs (left out of the medians)`, '', ...invalid)
  return lines.join('\n') + '\n'
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const actions = discoverActions(opts.root)
  if (actions.length === 0) fail(`no actions found: no ${join(opts.root, 'actions', '*', 'action.yml')}`)
  const missing = actions.filter((a) => !existsSync(a.entry))
  if (missing.length > 0) {
    fail(`bundle missing for ${missing.map((a) => `${a.name} (${relative(opts.root, a.entry)})`).join(', ')}; ` + `build it first with \`pnpm build\``)
  }

  const tmp = mkdtempSync(join(tmpdir(), 'bench-actions-'))
  const cpuList = cpus()
  const result = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpuModel: cpuList[0]?.model?.trim() ?? 'unknown',
      cores: cpuList.length,
      loadavg1m: round(loadavg()[0], 2),
    },
    runs: opts.runs,
    reference: REFERENCE,
    actions: [],
  }
  try {
    for (const action of actions) {
      result.actions.push({
        name: action.name,
        entry: relative(opts.root, action.entry),
        bundle: measureBundle(action),
        startup: measureStartup(action, opts.runs, tmp),
      })
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }

  process.stdout.write(markdown(result))
  mkdirSync(dirname(opts.out), { recursive: true })
  writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n')
  const shown = relative(process.cwd(), opts.out)
  process.stdout.write(`\nJSON written to ${shown.startsWith('..') ? opts.out : shown}\n`)
}

main()
