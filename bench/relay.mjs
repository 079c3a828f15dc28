#!/usr/bin/env node
// The chat relay's acknowledgement latency under a burst, against Slack's 3-second limit, and
// its memory. Figures only: this script never fails because a figure is over a target.
//
//   node bench/relay.mjs [--requests N] [--runs N] [--github-ms N] [--out FILE]
//
//   --requests N   signed slash commands sent at once per run (default 200)
//   --runs N       bursts, each against a fresh relay process (default 3)
//   --github-ms N  how long the stand-in GitHub takes per dispatch (default 300): the ack must not wait for it
//   --out FILE     where to write the JSON (default bench/results/relay.json)
//
// The relay runs in its own process (node --import tsx, the sources as they are), so its memory
// is its own: resident set before the burst, and the peak (VmHWM) after every dispatch is done.
// The Slack emulator plays Slack in this process: it signs each command as Slack does (each one
// distinct, so the replay check passes) and takes the relay's chat.postMessage calls.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SCRIPT = fileURLToPath(import.meta.url)
const ROOT = resolve(dirname(SCRIPT), '..')
const SLACK_LIMIT_MS = 3000
const SECRET = 'bench-signing-secret'
const BOT = 'xoxb-bench'

function fail(message) {
  process.stderr.write(`bench/relay.mjs: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv) {
  const opts = { requests: 200, runs: 3, githubMs: 300, out: join(ROOT, 'bench', 'results', 'relay.json') }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined]
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`)
    const whole = (v) => (/^\d+$/.test(v) ? Number(v) : fail(`${flag} takes a whole number, got "${v}"`))
    if (flag === '--requests') opts.requests = whole(value())
    else if (flag === '--runs') opts.runs = whole(value())
    else if (flag === '--github-ms') opts.githubMs = whole(value())
    else if (flag === '--out') opts.out = resolve(value())
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: node bench/relay.mjs [--requests N] [--runs N] [--github-ms N] [--out FILE]\n')
      process.exit(0)
    } else fail(`unknown argument ${flag}`)
  }
  if (opts.requests < 1 || opts.runs < 1) fail('--requests and --runs must be at least 1')
  return opts
}

// The relay process: the real server module, a stand-in GitHub that takes --github-ms per dispatch.
const CHILD = `
import { startChatRelay } from ${JSON.stringify(pathToFileURL(join(ROOT, 'services/chat-relay/src/server.ts')).href)}
const delay = Number(process.env.BENCH_GITHUB_MS)
let dispatched = 0
const relay = await startChatRelay({
  access: 'slack:\\n  users:\\n    - { team: T0001, user: U0BENCH, github: octocat }\\n  channels:\\n    - { team: T0001, channel: C0BENCH }\\n',
  slack: { signingSecret: process.env.BENCH_SECRET, botToken: process.env.BENCH_BOT, apiUrl: process.env.BENCH_SLACK_API, responseUrlPrefix: process.env.BENCH_SLACK_HOOKS },
  github: { dispatch: () => new Promise((r) => setTimeout(() => { dispatched++; r() }, delay)), deployments: async () => [] },
  log: () => {},
})
process.stdout.write(JSON.stringify({ url: relay.url }) + '\\n')
process.stdin.on('data', async () => {
  await relay.idle()
  process.stdout.write(JSON.stringify({ dispatched }) + '\\n')
})
`

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
  return { rssMiB: round(kib('VmRSS') / 1024), peakRssMiB: round(kib('VmHWM') / 1024) }
}

/** CPU time the process has used, in ms (utime + stime from /proc, 100 ticks per second on Linux). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function oneRun(slack, opts) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: {
      ...process.env,
      BENCH_GITHUB_MS: String(opts.githubMs),
      BENCH_SECRET: SECRET,
      BENCH_BOT: BOT,
      BENCH_SLACK_API: slack.apiUrl,
      BENCH_SLACK_HOOKS: slack.hooksUrl,
    },
  })
  const lines = []
  const waiters = []
  let buffer = ''
  child.stdout.on('data', (chunk) => {
    buffer += chunk
    let nl
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, nl))
      buffer = buffer.slice(nl + 1)
      const waiter = waiters.shift()
      if (waiter) waiter(line)
      else lines.push(line)
    }
  })
  const next = () => (lines.length ? Promise.resolve(lines.shift()) : new Promise((r) => waiters.push(r)))
  try {
    const { url } = await next()
    // Warm up: one request, so module loading and the first TLS-free connection are not in the burst.
    await slack.slashCommand(url, { team: 'T0001', user: 'U0BENCH', channel: 'C0BENCH', command: '/status', text: 'warm-up' })
    child.stdin.write('\n')
    await next()
    const before = memory(child.pid)
    const cpuBefore = cpuMs(child.pid)
    const started = performance.now()
    const results = await Promise.all(
      Array.from({ length: opts.requests }, async (_, i) => {
        const t0 = performance.now()
        const res = await slack.slashCommand(url, {
          team: 'T0001',
          user: 'U0BENCH',
          channel: 'C0BENCH',
          command: '/deploy',
          text: `sensor-api v1.${i}.0 to staging`,
        })
        await res.arrayBuffer()
        return { ms: performance.now() - t0, status: res.status }
      }),
    )
    const burstMs = performance.now() - started
    child.stdin.write('\n')
    const { dispatched } = await next()
    const allDispatchedMs = performance.now() - started
    const after = memory(child.pid)
    const cpu = cpuMs(child.pid) - cpuBefore
    const ms = results.map((r) => r.ms).sort((a, b) => a - b)
    return {
      acked: results.filter((r) => r.status === 200).length,
      dispatched: dispatched - 1,
      p50Ms: round(percentile(ms, 50)),
      p99Ms: round(percentile(ms, 99)),
      maxMs: round(ms.at(-1)),
      overSlackLimit: ms.filter((m) => m > SLACK_LIMIT_MS).length,
      burstMs: round(burstMs),
      // CPU the relay spent per request (ack, chat.postMessage, dispatch): what the machine's load does not change.
      relayCpuMsPerRequest: round(cpu / opts.requests, 2),
      allDispatchedMs: round(allDispatchedMs),
      rssBeforeMiB: before.rssMiB,
      rssAfterMiB: after.rssMiB,
      peakRssMiB: after.peakRssMiB,
    }
  } finally {
    child.kill('SIGTERM')
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  let emulator
  try {
    emulator = await import(pathToFileURL(join(ROOT, 'tools/slack-emulator/index.ts')).href)
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || process.env.RELAY_BENCH_REEXEC) throw error
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...process.argv.slice(2)], {
      stdio: 'inherit',
      cwd: ROOT,
      env: { ...process.env, RELAY_BENCH_REEXEC: '1' },
    })
    child.on('exit', (code) => process.exit(code ?? 1))
    return
  }
  const slack = await emulator.startSlackEmulator({ botToken: BOT, signingSecret: SECRET })
  const runs = []
  try {
    for (let i = 0; i < opts.runs; i++) runs.push(await oneRun(slack, opts))
  } finally {
    await slack.stop()
  }
  if (slack.problems.length) process.stderr.write(`Slack emulator refused: ${slack.problems.slice(0, 3).join('; ')}\n`)
  const median = (key) => round([...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)])
  const result = {
    // The latencies depend on what else runs: a load average above the core count stretches them all.
    machine: { node: process.version, cpuModel: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadavg1: round(loadavg()[0], 2) },
    settings: { requests: opts.requests, runs: opts.runs, githubMs: opts.githubMs, slackLimitMs: SLACK_LIMIT_MS },
    summary: {
      p50Ms: median('p50Ms'),
      p99Ms: median('p99Ms'),
      relayCpuMsPerRequest: median('relayCpuMsPerRequest'),
      maxMs: Math.max(...runs.map((r) => r.maxMs)),
      peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
      overSlackLimit: runs.reduce((n, r) => n + r.overSlackLimit, 0),
    },
    runs,
  }
  mkdirSync(dirname(opts.out), { recursive: true })
  writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write(`chat relay: ${opts.requests} signed slash commands at once, ${opts.runs} runs, GitHub ${opts.githubMs} ms per dispatch\n`)
  process.stdout.write(`machine: ${result.machine.cores} cores, load average ${result.machine.loadavg1}\n`)
  process.stdout.write('run  acked  dispatched  p50 ms  p99 ms  max ms  >3 s  all dispatched ms  relay CPU ms/req  RSS MiB before/peak\n')
  runs.forEach((r, i) =>
    process.stdout.write(
      `${String(i + 1).padEnd(5)}${String(r.acked).padEnd(7)}${String(r.dispatched).padEnd(12)}${String(r.p50Ms).padEnd(8)}${String(r.p99Ms).padEnd(8)}${String(r.maxMs).padEnd(8)}${String(r.overSlackLimit).padEnd(6)}${String(r.allDispatchedMs).padEnd(19)}${String(r.relayCpuMsPerRequest).padEnd(18)}${r.rssBeforeMiB}/${r.peakRssMiB}\n`,
    ),
  )
  process.stdout.write(
    `median p50 ${result.summary.p50Ms} ms, p99 ${result.summary.p99Ms} ms against Slack's ${SLACK_LIMIT_MS} ms; peak RSS ${result.summary.peakRssMiB} MiB → ${opts.out}\n`,
  )
}

await main()
