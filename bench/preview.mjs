#!/usr/bin/env node
// Preview environments: what preview-deploy sends to the Kubernetes API, and how fast the reaper sweeps.
//
// Measurements only: this script never fails because a figure is over a target. It exits 0
// unless the setup fails or an argument is wrong (exit 2).
//
//   npx tsx bench/preview.mjs [--runs N] [--namespaces N] [--out FILE]
//   node bench/preview.mjs ...        (re-runs itself under `node --import tsx`)
//
//   --runs N         timed runs of each case (default 3)
//   --namespaces N   preview namespaces the reaper sweeps (default 500; half expired)
//   --out FILE       where to write the JSON (default bench/results/preview.json)
//
// Both cases run the committed bundles (actions/*/dist/index.js) through the runner harness,
// against the Kubernetes API emulator (tools/kubernetes-emulator), with no GitHub token:
//   (a) deploy 20 objects (8 ConfigMaps, 4 Services, 4 Deployments, 4 Ingresses) into a fresh
//       namespace, then deploy them again; requests counted by the emulator, by method. Target:
//       at most the objects plus a small constant, and no polling (one watch per workload kind).
//   (b) reap N preview namespaces, half of them past expires-at: wall time of the action and the
//       requests sent. Target: under 5 s for 500. A second series adds the GitHub checks (closed
//       pull request, deleted branch) against the GitHub emulator for the live half.

import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SCRIPT = fileURLToPath(import.meta.url)
const ROOT = resolve(dirname(SCRIPT), '..')
const TARGETS = { extraRequests: 5, reapMs: 5000 }

async function load(path) {
  try {
    return await import(pathToFileURL(join(ROOT, path)).href)
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || process.env.PREVIEW_BENCH_REEXEC) throw error
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...process.argv.slice(2)], {
      stdio: 'inherit',
      cwd: ROOT,
      env: { ...process.env, PREVIEW_BENCH_REEXEC: '1' },
    })
    child.on('exit', (code) => process.exit(code ?? 1))
    return undefined
  }
}

function fail(message) {
  process.stderr.write(`bench/preview.mjs: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv) {
  const opts = { runs: 3, namespaces: 500, out: join(ROOT, 'bench', 'results', 'preview.json') }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined]
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`)
    const whole = (v) => (/^[1-9]\d*$/.test(v) ? Number(v) : fail(`${flag} takes a positive whole number, got "${v}"`))
    if (flag === '--runs') opts.runs = whole(value())
    else if (flag === '--namespaces') opts.namespaces = whole(value())
    else if (flag === '--out') opts.out = resolve(value())
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: npx tsx bench/preview.mjs [--runs N] [--namespaces N] [--out FILE]\n')
      process.exit(0)
    } else fail(`unknown argument "${argv[i]}" (accepted: --runs N, --namespaces N, --out FILE)`)
  }
  return opts
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

function manifests(dir) {
  const digest = `sha256:${'1'.repeat(64)}`
  const docs = []
  for (let i = 0; i < 8; i++) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata: { name: config-${i} }\ndata: { key: value-${i} }`)
  for (let i = 0; i < 4; i++) {
    docs.push(`apiVersion: v1\nkind: Service\nmetadata: { name: svc-${i} }\nspec: { selector: { app: app-${i} }, ports: [{ port: 80 }] }`)
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app-${i} }\nspec:\n  replicas: 2\n  selector: { matchLabels: { app: app-${i} } }\n  template:\n    metadata: { labels: { app: app-${i} } }\n    spec: { containers: [{ name: app, image: "registry.example.com/bench/app:dev" }, { name: sidecar, image: "registry.example.com/bench/sidecar@${digest}" }] }`,
    )
    docs.push(
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: web-${i} }\nspec: { rules: [{ host: x, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: svc-${i}, port: { number: 80 } } } }] } }] }`,
    )
  }
  writeFileSync(join(dir, 'all.yaml'), docs.join('\n---\n'))
  return 20
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const harness = await load('tools/action-harness/run-action.ts')
  if (!harness) return
  const { startKubernetesEmulator } = await load('tools/kubernetes-emulator/emulator.ts')
  const { startGitHubEmulator, WRITE_TOKEN } = await load('tools/github-emulator/emulator.ts')
  const work = mkdtempSync(join(tmpdir(), 'bench-preview-'))
  const objects = manifests(work)
  const results = {
    machine: { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, loadavg: loadavg() },
    targets: TARGETS,
    deploy: [],
    reap: [],
    reapWithGitHub: [],
  }
  try {
    // (a) requests to deploy 20 objects
    for (let run = 0; run < opts.runs; run++) {
      const kube = await startKubernetesEmulator()
      try {
        for (const phase of ['first', 'again']) {
          const before = kube.requests.length
          const started = process.hrtime.bigint()
          const r = await harness.runAction({
            action: 'preview-deploy',
            cwd: work,
            github: { token: '' },
            inputs: {
              'image-ref': `registry.example.com/bench/app@sha256:${'2'.repeat(64)}`,
              manifests: 'all.yaml',
              branch: `bench-${run}`,
              domain: 'dev.example.com',
              kubeconfig: kube.kubeconfig(),
              timeout: '30s',
            },
          })
          const ms = Number(process.hrtime.bigint() - started) / 1e6
          if (r.exitCode !== 0) fail(`preview-deploy failed (exit ${r.exitCode}): ${r.errors.join('; ')}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`)
          const sent = kube.requests.slice(before)
          const byMethod = {}
          for (const q of sent) byMethod[q.watch ? 'WATCH' : q.method] = (byMethod[q.watch ? 'WATCH' : q.method] ?? 0) + 1
          results.deploy.push({ run, phase, objects, requests: sent.length, byMethod, ms })
        }
      } finally {
        await kube.stop()
      }
    }
    // (b) reap N namespaces, half expired
    const seedAll = (kube, prs) => {
      const past = new Date(Date.now() - 3_600_000).toISOString()
      const future = new Date(Date.now() + 86_400_000).toISOString()
      for (let i = 0; i < opts.namespaces; i++) {
        const slug = `branch-${i}`
        kube.seed({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: {
            name: `dev-${slug}`,
            labels: {
              'app.kubernetes.io/managed-by': 'cna-preview',
              'preview.cna.dev/prefix': 'dev',
              'preview.cna.dev/branch-slug': slug,
              ...(prs?.[i] ? { 'preview.cna.dev/pull-request': String(prs[i]) } : {}),
            },
            annotations: { 'preview.cna.dev/branch': slug, 'preview.cna.dev/expires-at': i % 2 ? future : past },
          },
        })
      }
    }
    for (const withGitHub of [false, true]) {
      for (let run = 0; run < opts.runs; run++) {
        const kube = await startKubernetesEmulator()
        const gh = withGitHub ? await startGitHubEmulator() : undefined
        try {
          let prs
          if (gh) {
            gh.state.addRepo('bench/app')
            prs = {}
            // The live half: a quarter have closed pull requests, a quarter deleted branches (no ref), the rest live.
            for (let i = 1; i < opts.namespaces; i += 2) {
              if (i % 4 === 1) {
                const pull = gh.state.addPull('bench/app', { head: `branch-${i}`, user: 'dev' })
                pull.state = 'closed'
                prs[i] = pull.number
              } else if (i % 8 === 3) gh.state.setRef('bench/app', `refs/heads/branch-${i}`)
            }
          }
          seedAll(kube, prs)
          const before = kube.requests.length
          const ghBefore = gh?.requests.length ?? 0
          const started = process.hrtime.bigint()
          const r = await harness.runAction({
            action: 'preview-teardown',
            cwd: work,
            eventName: 'schedule',
            github: gh ? { token: WRITE_TOKEN, apiUrl: gh.url, repository: 'bench/app' } : { token: '' },
            inputs: { mode: 'reap', kubeconfig: kube.kubeconfig() },
            timeoutMs: 120_000,
          })
          const ms = Number(process.hrtime.bigint() - started) / 1e6
          if (r.exitCode !== 0) fail(`preview-teardown failed: ${r.errors.join('; ')}`)
          const deleted = r.outputs.deleted ? r.outputs.deleted.split(',').length : 0
          ;(withGitHub ? results.reapWithGitHub : results.reap).push({
            run,
            namespaces: opts.namespaces,
            deleted,
            kubeRequests: kube.requests.length - before,
            githubRequests: gh ? gh.requests.length - ghBefore : 0,
            ms,
          })
        } finally {
          await kube.stop()
          await gh?.stop()
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }

  const first = results.deploy.filter((d) => d.phase === 'first')
  const again = results.deploy.filter((d) => d.phase === 'again')
  const lines = [
    `## preview-deploy: requests for ${objects} objects (${opts.runs} runs)`,
    '',
    '| deploy | requests (median) | by method | over the objects | target ≤ objects + 5 | wall time (median) |',
    '|---|---:|---|---:|---|---:|',
    ...[
      ['first', first],
      ['again', again],
    ].map(([name, rows]) => {
      const req = median(rows.map((r) => r.requests))
      return `| ${name} | ${req} | ${Object.entries(rows[0].byMethod)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ')} | ${req - objects} | ${req - objects <= TARGETS.extraRequests ? 'within' : 'over'} | ${median(rows.map((r) => r.ms)).toFixed(0)} ms |`
    }),
    '',
    `## preview-teardown reap: ${opts.namespaces} preview namespaces (${opts.runs} runs)`,
    '',
    '| series | deleted | Kubernetes requests | GitHub requests | wall time (median) | target < 5 s |',
    '|---|---:|---:|---:|---:|---|',
    ...[
      ['no GitHub token', results.reap],
      ['with GitHub checks', results.reapWithGitHub],
    ].map(([name, rows]) => {
      const ms = median(rows.map((r) => r.ms))
      return `| ${name} | ${rows[0].deleted} | ${rows[0].kubeRequests} | ${rows[0].githubRequests} | ${(ms / 1000).toFixed(2)} s | ${ms < TARGETS.reapMs ? 'within' : 'over'} |`
    }),
    '',
  ]
  process.stdout.write(lines.join('\n'))
  mkdirSync(dirname(opts.out), { recursive: true })
  writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`)
}

await main()
