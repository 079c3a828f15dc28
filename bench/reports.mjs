#!/usr/bin/env node
// The unit-tests gate on big reports: whole-process wall time and peak RSS of the committed
// bundle reading a generated JUnit file of 100,000 test cases (1% failing, about 7 MB) and an
// lcov file of 50,000 measured lines, as the runner runs it.
//
// Measurements only: this script never fails because a figure is over a target. It exits 0
// unless the bundle is missing, a run gives wrong counts, or an argument is wrong (exit 2).
//
//   node bench/reports.mjs [--runs N] [--cases N] [--out FILE]
//
//   --runs N    timed runs (default 5); one untimed warm-up run comes first
//   --cases N   test cases in the JUnit file (default 100000)
//   --out FILE  where to write the JSON (default bench/results/reports.json)
//
// Every run is `/usr/bin/time -v node actions/unit-tests/dist/index.js` with a runner-like
// environment (INPUT_*, GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) and an empty
// github-token, so the failures are reported as workflow-command annotations and the job
// summary is written. Wall time is from spawn to exit; peak RSS is time's "Maximum resident
// set size". Every run is checked: exit code 1 (the gate fails on the 1% failures) and the
// outputs total/failed/coverage as generated.
//
// This compares the no-token case with a remembered figure for the peer; bench/reports-peer.mjs runs
// dorny/test-reporter's published bundle beside unit-tests, both with a token against the GitHub emulator.

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const BUNDLE = join(ROOT, 'actions/unit-tests/dist/index.js')
const TIME = '/usr/bin/time'
// dorny/test-reporter on such a JUnit file on these machines, as the issue gives it.
const PEER = { name: 'dorny/test-reporter', wallMs: 800, rssMB: 180 }
const TARGETS = { wallMs: PEER.wallMs, rssMB: PEER.rssMB / 2 }

function args() {
  const out = { runs: 5, cases: 100_000, out: join(ROOT, 'bench/results/reports.json') }
  const argv = process.argv.slice(2)
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]]
    if (flag === '--runs' && /^\d+$/.test(value ?? '')) out.runs = Number(value)
    else if (flag === '--cases' && /^\d+$/.test(value ?? '')) out.cases = Number(value)
    else if (flag === '--out' && value) out.out = resolve(value)
    else {
      console.error(`unknown or bad argument: ${flag}`)
      process.exit(2)
    }
    i++
  }
  return out
}

/** JUnit XML as vitest or Surefire would write it: 100 cases per suite, 1 in 100 failing. */
function writeJUnit(file, cases) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n']
  for (let s = 0; s * 100 < cases; s++) {
    parts.push(`<testsuite name="src/m${s}.test.ts" tests="100">\n`)
    for (let i = 0; i < 100 && s * 100 + i < cases; i++) {
      const n = s * 100 + i
      if (i === 37) {
        parts.push(
          `<testcase classname="src/m${s}.test.ts" name="case ${n} fails" time="0.002"><failure message="expected 1 to be 2" type="AssertionError">AssertionError: expected 1 to be 2\n ❯ src/m${s}.test.ts:${i + 10}:5</failure></testcase>\n`,
        )
      } else {
        parts.push(`<testcase classname="src/m${s}.test.ts" name="case ${n} works" time="0.00${n % 10}"/>\n`)
      }
    }
    parts.push('</testsuite>\n')
  }
  parts.push('</testsuites>\n')
  writeFileSync(file, parts.join(''))
  return { failed: Math.ceil(cases / 100) }
}

/** lcov with 50,000 DA lines over 500 files, 4 in 5 lines hit. */
function writeLcov(file) {
  const parts = []
  let valid = 0
  let covered = 0
  for (let f = 0; f < 500; f++) {
    parts.push(`TN:\nSF:src/module${f}.ts\n`)
    let hit = 0
    for (let l = 1; l <= 100; l++) {
      const h = l % 5 === 0 ? 0 : l
      if (h > 0) hit++
      parts.push(`DA:${l},${h}\n`)
    }
    parts.push(`LF:100\nLH:${hit}\nend_of_record\n`)
    valid += 100
    covered += hit
  }
  writeFileSync(file, parts.join(''))
  return { percent: ((covered / valid) * 100).toFixed(2) }
}

function runOnce(ws, reports) {
  const output = join(ws, 'output')
  const summary = join(ws, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'octo-org/sensor-api',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_EVENT_NAME: 'push',
    'INPUT_GITHUB-TOKEN': '',
    INPUT_REPORTS: reports.junit,
    INPUT_COVERAGE: reports.lcov,
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_FAIL-ON-EMPTY': 'true',
    'INPUT_MIN-COVERAGE': '0',
    'INPUT_MAX-DURATION': '5m',
    'INPUT_CHECK-NAME': 'unit-tests',
  }
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(TIME, ['-v', process.execPath, BUNDLE], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const rssKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN)
      const outputs = Object.fromEntries([...readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]))
      resolvePromise({ code, wallMs, rssMB: rssKB / 1024, outputs, summaryBytes: statSync(summary).size, stdoutBytes: stdout.length })
    })
  })
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function main() {
  const opts = args()
  if (!existsSync(BUNDLE)) {
    console.error(`${BUNDLE} is missing: build it with pnpm build`)
    process.exit(2)
  }
  if (!existsSync(TIME)) {
    console.error(`${TIME} is missing (Debian package "time")`)
    process.exit(2)
  }
  const ws = mkdtempSync(join(tmpdir(), 'bench-reports-'))
  try {
    const junit = join(ws, 'junit.xml')
    const lcov = join(ws, 'lcov.info')
    const expected = { ...writeJUnit(junit, opts.cases), ...writeLcov(lcov) }
    const sizes = { junitMB: statSync(junit).size / 1e6, lcovMB: statSync(lcov).size / 1e6, lcovLines: readFileSync(lcov, 'utf8').split('\n').length - 1 }
    const reports = { junit: 'junit.xml', lcov: 'lcov.info' }
    await runOnce(ws, reports) // warm the file cache
    const samples = []
    for (let i = 0; i < opts.runs; i++) {
      const r = await runOnce(ws, reports)
      const valid =
        r.code === 1 && r.outputs.total === String(opts.cases) && r.outputs.failed === String(expected.failed) && r.outputs.coverage === expected.percent
      if (!valid) {
        console.error(`run ${i + 1} gave wrong results: exit ${r.code}, outputs ${JSON.stringify(r.outputs)}`)
        process.exit(2)
      }
      samples.push(r)
    }
    const result = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, loadavg: loadavg() },
      input: { cases: opts.cases, failed: expected.failed, ...sizes, coverage: expected.percent },
      runs: opts.runs,
      median: { wallMs: median(samples.map((s) => s.wallMs)), rssMB: median(samples.map((s) => s.rssMB)) },
      max: { wallMs: Math.max(...samples.map((s) => s.wallMs)), rssMB: Math.max(...samples.map((s) => s.rssMB)) },
      peer: PEER,
      targets: TARGETS,
      samples: samples.map((s) => ({ wallMs: s.wallMs, rssMB: s.rssMB, summaryBytes: s.summaryBytes })),
    }
    mkdirSync(dirname(opts.out), { recursive: true })
    writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`)
    const fmt = (n, d = 1) => n.toFixed(d)
    console.log(`| input | test cases | failing | JUnit size | lcov | coverage |`)
    console.log(`|---|---:|---:|---:|---:|---:|`)
    console.log(
      `| generated | ${opts.cases} | ${expected.failed} | ${fmt(sizes.junitMB, 2)} MB | ${sizes.lcovLines} lines, ${fmt(sizes.lcovMB, 2)} MB | ${expected.percent}% |`,
    )
    console.log()
    console.log(`| | median wall | max wall | median peak RSS | max peak RSS |`)
    console.log(`|---|---:|---:|---:|---:|`)
    console.log(
      `| unit-tests (${opts.runs} runs) | ${fmt(result.median.wallMs, 0)} ms | ${fmt(result.max.wallMs, 0)} ms | ${fmt(result.median.rssMB)} MB | ${fmt(result.max.rssMB)} MB |`,
    )
    console.log(`| ${PEER.name} (given) | ~${PEER.wallMs} ms | | ~${PEER.rssMB} MB | |`)
    console.log(`| target | < ${TARGETS.wallMs} ms | | ≤ ${TARGETS.rssMB} MB | |`)
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
}

await main()
