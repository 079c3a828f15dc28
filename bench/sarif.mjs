#!/usr/bin/env node
// SARIF normalization and the security gate on a big report: read, JSON.parse, normalize
// (rule lookup, severity, fingerprints) and gate (baseline, threshold), as security-scan
// does them, with the kit's own code.
//
// Measurements only: this script never fails because a figure is over a target. It exits 0
// unless the setup fails or an argument is wrong (exit 2).
//
//   npx tsx bench/sarif.mjs [--results N] [--runs N] [--out FILE]
//   node bench/sarif.mjs ...          (re-runs itself under `node --import tsx`)
//
//   --results N   results in the SARIF (default 50000)
//   --runs N      timed runs (default 7); one untimed warm-up run comes first
//   --out FILE    where to write the JSON (default bench/results/sarif.json)
//
// The SARIF (one run, 200 rules in tool.driver.rules, some with security-severity, every
// result with a primaryLocationLineHash) is written to a temporary file once. Each run times
// loadSecurityReports (read + parse + normalize) and gateFindings against a baseline holding
// every tenth finding, with process.hrtime.bigint(); the figures are medians (min–max).
// Every run is checked: the gate must see N findings and count the baseline's as not new.

import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, statSync, mkdirSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SCRIPT = fileURLToPath(import.meta.url)
const ROOT = resolve(dirname(SCRIPT), '..')
const TARGET_MS = 2000

function fail(message) {
  process.stderr.write(`bench/sarif.mjs: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv) {
  const opts = { results: 50_000, runs: 7, out: join(ROOT, 'bench', 'results', 'sarif.json') }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined]
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`)
    if (flag === '--results') opts.results = Number(value())
    else if (flag === '--runs') opts.runs = Number(value())
    else if (flag === '--out') opts.out = resolve(value())
    else if (flag === '--help') {
      process.stdout.write('usage: npx tsx bench/sarif.mjs [--results N] [--runs N] [--out FILE]\n')
      process.exit(0)
    } else fail(`unknown argument ${flag}`)
  }
  if (!Number.isInteger(opts.results) || opts.results < 1) fail('--results must be a positive whole number')
  if (!Number.isInteger(opts.runs) || opts.runs < 1) fail('--runs must be a positive whole number')
  return opts
}

async function load() {
  try {
    const files = await import(pathToFileURL(join(ROOT, 'actions/kit/src/sarif/files.ts')).href)
    const sarif = await import(pathToFileURL(join(ROOT, 'actions/kit/src/sarif/index.ts')).href)
    const samples = await import(pathToFileURL(join(ROOT, 'actions/kit/test/sarif-samples.ts')).href)
    return { ...files, ...sarif, ...samples }
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || process.env.SARIF_BENCH_REEXEC) throw error
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...process.argv.slice(2)], {
      stdio: 'inherit',
      cwd: ROOT,
      env: { ...process.env, SARIF_BENCH_REEXEC: '1' },
    })
    child.on('exit', (code) => process.exit(code ?? 1))
    return undefined
  }
}

const ms = (ns) => Number(ns) / 1e6
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const opts = parseArgs(process.argv.slice(2))
const kit = await load()
if (kit) {
  const dir = mkdtempSync(join(tmpdir(), 'sarif-bench-'))
  try {
    const file = join(dir, 'big.sarif')
    writeFileSync(file, JSON.stringify(kit.bigSarif(opts.results)))
    const bytes = statSync(file).size
    const baselineFindings = kit.normalizeSarif(kit.bigSarif(opts.results)).filter((_, i) => i % 10 === 0)
    const baseline = kit.baselineKeys(baselineFindings)
    const samples = []
    for (let run = 0; run <= opts.runs; run++) {
      const t0 = process.hrtime.bigint()
      const findings = await kit.loadSecurityReports([file], { root: dir, input: 'sarif' })
      const t1 = process.hrtime.bigint()
      const gate = kit.gateFindings(findings, { failOn: 'high', baseline })
      const t2 = process.hrtime.bigint()
      const valid = findings.length === opts.results && gate.findings.filter((f) => !f.isNew).length === baselineFindings.length
      if (!valid) process.stderr.write(`run ${run}: invalid (findings ${findings.length}, not new ${gate.findings.filter((f) => !f.isNew).length})\n`)
      if (run > 0 && valid) samples.push({ loadMs: ms(t1 - t0), gateMs: ms(t2 - t1), totalMs: ms(t2 - t0), counts: gate.counts, blocking: gate.blocking })
    }
    const pick = (key) => ({
      median: median(samples.map((s) => s[key])),
      min: Math.min(...samples.map((s) => s[key])),
      max: Math.max(...samples.map((s) => s[key])),
    })
    const result = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, loadavg: loadavg() },
      results: opts.results,
      sarifBytes: bytes,
      validRuns: `${samples.length}/${opts.runs}`,
      load: pick('loadMs'),
      gate: pick('gateMs'),
      total: pick('totalMs'),
      targetMs: TARGET_MS,
      counts: samples[0]?.counts,
      samples,
    }
    mkdirSync(dirname(opts.out), { recursive: true })
    writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n')
    const f = (x) => `${x.median.toFixed(0)} ms (${x.min.toFixed(0)}–${x.max.toFixed(0)})`
    process.stdout.write(
      [
        `| results | SARIF | valid runs | read + parse + normalize | gate | total | target ≤ ${TARGET_MS} ms |`,
        '|---:|---:|---:|---:|---:|---:|---|',
        `| ${opts.results} | ${(bytes / 1e6).toFixed(1)} MB | ${result.validRuns} | ${f(result.load)} | ${f(result.gate)} | ${f(result.total)} | ${result.total.median <= TARGET_MS ? 'within' : 'over'} |`,
        '',
      ].join('\n'),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
