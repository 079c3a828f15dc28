#!/usr/bin/env node
// unit-tests beside dorny/test-reporter's published bundle, on the same JUnit file, both
// reporting to the GitHub emulator with a token: whole-process wall time and peak RSS of each.
//
// The file: 100,000 test cases in 1,000 suites, 1,000 failing (one per suite), each failure
// pointing at a test file that is tracked in the workspace's git repository (dorny lists the
// tracked files to place annotations). Both run as the runner runs a JavaScript action:
// `/usr/bin/time -v node dist/index.js` with INPUT_*, GITHUB_* and an event file; runs
// alternate between the two so that drift on a shared machine hits both alike.
//
// Measurements only: exits 0 unless a run gives wrong counts, the peer is missing or an
// argument is wrong (exit 2). The ratio lines compare medians.
//
//   node bench/reports-peer.mjs [--runs N] [--cases N] [--out FILE]   (re-runs itself under tsx)
//
//   --runs N    timed runs of each (default 3), after one untimed warm-up run of each
//   --cases N   test cases (default 100000; one in 100 fails)
//   --out FILE  where to write the JSON (default bench/results/reports-peer.json)

import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'

const SCRIPT = fileURLToPath(import.meta.url)
const ROOT = resolve(dirname(SCRIPT), '..')
const OURS = join(ROOT, 'actions/unit-tests/dist/index.js')
const PEER_DIR = resolve(ROOT, '../shared/peers/dorny-test-reporter')
const PEER = join(PEER_DIR, 'dist/index.js')
const TIME = '/usr/bin/time'
const REPO = 'octo-org/sensor-api'
// The goal: faster than the peer with a token, at no more than half its memory.
const GOAL = { wallRatio: 1, rssRatio: 0.5 }

function fail(message) {
  process.stderr.write(`bench/reports-peer.mjs: ${message}\n`)
  process.exit(2)
}

async function load(path) {
  try {
    return await import(pathToFileURL(join(ROOT, path)).href)
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || process.env.REPORTS_PEER_BENCH_REEXEC) throw error
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...process.argv.slice(2)], {
      stdio: 'inherit',
      cwd: ROOT,
      env: { ...process.env, REPORTS_PEER_BENCH_REEXEC: '1' },
    })
    child.on('exit', (code) => process.exit(code ?? 1))
    return undefined
  }
}

function parseArgs(argv) {
  const opts = { runs: 3, cases: 100_000, out: join(ROOT, 'bench/results/reports-peer.json') }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[++i]
    const whole = (v) => (/^[1-9]\d*$/.test(v ?? '') ? Number(v) : fail(`${flag} takes a positive whole number, got "${v ?? ''}"`))
    if (flag === '--runs') opts.runs = whole(value)
    else if (flag === '--cases') opts.cases = whole(value)
    else if (flag === '--out' && value) opts.out = resolve(value)
    else fail(`unknown argument "${flag}" (accepted: --runs N, --cases N, --out FILE)`)
  }
  if (opts.cases % 100 !== 0) fail(`--cases must be a multiple of 100, got ${opts.cases}`)
  return opts
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** A git repository with one test file per suite, and the JUnit file (not tracked). */
function workspace(cases) {
  const ws = mkdtempSync(join(tmpdir(), 'bench-reports-peer-'))
  const suites = cases / 100
  mkdirSync(join(ws, 'src'))
  for (let s = 0; s < suites; s++) writeFileSync(join(ws, `src/m${s}.test.ts`), `// suite ${s}\n`.repeat(60))
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: ws,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' },
    })
  git('init', '-q')
  git('add', 'src')
  git('commit', '-qm', 'tests')
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n']
  for (let s = 0; s < suites; s++) {
    parts.push(`<testsuite name="src/m${s}.test.ts" tests="100" failures="1" time="0.25">\n`)
    for (let i = 0; i < 100; i++) {
      const n = s * 100 + i
      if (i === 37) {
        // A Java-style frame (dorny's java-junit reporter reads those) and a vitest-style one (ours reads both).
        parts.push(
          `<testcase classname="src/m${s}.test.ts" name="case ${n} fails" time="0.002"><failure message="expected 1 to be 2" type="AssertionError">AssertionError: expected 1 to be 2\n    at Object.&lt;anonymous&gt; (src/m${s}.test.ts:${i + 10}:5)\n ❯ src/m${s}.test.ts:${i + 10}:5</failure></testcase>\n`,
        )
      } else {
        parts.push(`<testcase classname="src/m${s}.test.ts" name="case ${n} works" time="0.00${n % 10}"/>\n`)
      }
    }
    parts.push('</testsuite>\n')
  }
  parts.push('</testsuites>\n')
  writeFileSync(join(ws, 'junit.xml'), parts.join(''))
  return { ws, failed: suites }
}

/** Every input default of an action.yml that is not an expression. */
function actionDefaults(file) {
  const inputs = parseYaml(readFileSync(file, 'utf8')).inputs ?? {}
  return Object.fromEntries(
    Object.entries(inputs)
      .filter(([, v]) => v?.default !== undefined && !String(v.default).includes('${{'))
      .map(([k, v]) => [k, String(v.default)]),
  )
}

function runOnce(tool, ws, emu, sha, token) {
  const files = { output: join(ws, `.output-${tool}`), summary: join(ws, `.summary-${tool}`), event: join(ws, '.event.json') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify({ after: sha, head_commit: { id: sha }, repository: { full_name: REPO } }))
  const inputs =
    tool === 'ours'
      ? { 'github-token': token, reports: 'junit.xml', 'working-directory': '.', 'check-name': 'unit-tests', 'fail-on-empty': 'true', 'max-duration': '5m' }
      : { name: 'dorny', path: 'junit.xml', reporter: 'java-junit', token, 'fail-on-error': 'true', 'fail-on-empty': 'true', 'use-actions-summary': 'false' }
  // The action.yml defaults, as the runner passes them.
  const defaults = actionDefaults(tool === 'ours' ? join(ROOT, 'actions/unit-tests/action.yml') : join(PEER_DIR, 'action.yml'))
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: REPO.split('/')[0],
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: emu.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${emu.url}/graphql`,
    GITHUB_RUN_ID: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_ACTOR: 'octocat',
    ...Object.fromEntries(Object.entries({ ...defaults, ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  }
  const before = emu.requests.length
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(TIME, ['-v', process.execPath, tool === 'ours' ? OURS : PEER], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const rssKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN)
      const outputs = Object.fromEntries([...readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]))
      const requests = emu.requests.slice(before)
      resolvePromise({
        code,
        wallMs,
        rssMB: rssKB / 1024,
        outputs,
        stdout,
        writes: requests.filter((r) => r.method !== 'GET').length,
        requests: requests.length,
        statuses: [...new Set(requests.map((r) => r.status))],
      })
    })
  })
}

function check(tool, r, expected) {
  const { failed, passed } = r.outputs
  const ok = r.code === 1 && failed === String(expected.failed) && passed === String(expected.passed) && r.statuses.every((s) => s < 400)
  if (!ok) fail(`${tool} gave wrong results: exit ${r.code}, outputs ${JSON.stringify(r.outputs)}, statuses ${r.statuses}\n${r.stdout.slice(-2000)}`)
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (!existsSync(OURS)) fail(`${OURS} is missing: pnpm --filter ./actions/unit-tests run build`)
  if (!existsSync(PEER)) fail(`${PEER} is missing (the peer's published bundle, see ../shared/peers/README.md)`)
  if (!existsSync(TIME)) fail(`${TIME} is missing (Debian package "time")`)
  const emulator = await load('tools/github-emulator/emulator.ts')
  if (!emulator) return
  const { startGitHubEmulator, WRITE_TOKEN } = emulator
  const emu = await startGitHubEmulator()
  emu.state.addRepo(REPO)
  const sha = emu.state.commit(REPO, { files: { 'README.md': 'x' }, message: 'main' })
  const { ws, failed } = workspace(opts.cases)
  const expected = { failed, passed: opts.cases - failed }
  const samples = { ours: [], peer: [] }
  try {
    for (const tool of ['ours', 'peer']) check(tool, await runOnce(tool, ws, emu, sha, WRITE_TOKEN), expected) // warm-up
    for (let i = 0; i < opts.runs; i++) {
      for (const tool of i % 2 ? ['peer', 'ours'] : ['ours', 'peer']) {
        const r = await runOnce(tool, ws, emu, sha, WRITE_TOKEN)
        check(tool, r, expected)
        samples[tool].push(r)
      }
    }
    const summarize = (list) => ({
      wallMs: median(list.map((s) => s.wallMs)),
      rssMB: median(list.map((s) => s.rssMB)),
      writes: median(list.map((s) => s.writes)),
      requests: median(list.map((s) => s.requests)),
    })
    const ours = summarize(samples.ours)
    const peer = summarize(samples.peer)
    const ratio = { wall: ours.wallMs / peer.wallMs, rss: ours.rssMB / peer.rssMB }
    const result = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, loadavg: loadavg() },
      peer: readFileSync(join(PEER_DIR, 'SOURCE'), 'utf8').trim(),
      input: { cases: opts.cases, failed },
      runs: opts.runs,
      median: { ours, peer },
      ratio,
      goal: GOAL,
      samples: Object.fromEntries(
        Object.entries(samples).map(([k, v]) => [k, v.map((s) => ({ wallMs: s.wallMs, rssMB: s.rssMB, writes: s.writes, requests: s.requests }))]),
      ),
      violations: emu.violations.length,
    }
    mkdirSync(dirname(opts.out), { recursive: true })
    writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`)
    const f = (n, d = 0) => n.toFixed(d)
    console.log(`${opts.cases} test cases, ${failed} failing; both with a token against the GitHub emulator; medians of ${opts.runs} runs each`)
    console.log()
    console.log('| | wall | peak RSS | GitHub writes | GitHub requests |')
    console.log('|---|---:|---:|---:|---:|')
    console.log(`| unit-tests | ${f(ours.wallMs)} ms | ${f(ours.rssMB, 1)} MB | ${ours.writes} | ${ours.requests} |`)
    console.log(`| dorny/test-reporter | ${f(peer.wallMs)} ms | ${f(peer.rssMB, 1)} MB | ${peer.writes} | ${peer.requests} |`)
    console.log(`| ratio (ours ÷ peer) | ${f(ratio.wall, 2)}× | ${f(ratio.rss, 2)}× | | |`)
    console.log(`| goal | < ${GOAL.wallRatio}× | ≤ ${GOAL.rssRatio}× | | |`)
    if (emu.violations.length) console.log(`\n${emu.violations.length} request(s) the OpenAPI description does not allow (see the JSON).`)
  } finally {
    await emu.stop()
    rmSync(ws, { recursive: true, force: true })
  }
}

await main()
