#!/usr/bin/env node
// config-gate on a generated GitOps repository, side by side with `kubectl kustomize` alone.
//
// Measurements only: this script never fails because a figure is over a target. It exits 0
// unless the setup fails or an argument is wrong (exit 2).
//
//   node bench/config-gate.mjs [--objects N] [--runs N] [--out FILE]
//
//   --objects N   rendered objects over the three environments (default 500)
//   --runs N      timed runs of each case (default 5); one untimed warm-up run of each comes first
//   --out FILE    where to write the JSON (default bench/results/config-gate.json)
//
// The repository: a base of Deployments and Services (each Deployment with requests, limits and a
// digest-pinned image), and three environments (dev, staging, production) that each add a
// Namespace, set it and pin the images in their kustomization, so that the three render N objects
// in all. The pull request moves one digest in staging. Three cases, interleaved run by run so
// that each sees the same machine load:
//   kustomize-head  `kubectl kustomize` of the three environments at the head (what rendering alone costs)
//   kustomize-both  the same at the base and the head (config-gate renders both)
//   config-gate     the committed bundle `node actions/config-gate/dist/index.js` on that pull request,
//                   without a token (annotations only): git archive of both commits, six renders,
//                   the diff, schema validation, policies, source lines
// Each process runs under `/usr/bin/time -f '%e %M'`: wall time (s) and peak RSS (KiB; the largest
// of the process and the children it waited for). A case of several processes reports the sum of
// their wall times and the largest peak. Every config-gate run is checked: exit 0, conclusion
// success, and changed = 1.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ENVS = ['dev', 'staging', 'production']

function args() {
  const out = { objects: 500, runs: 5, out: join(ROOT, 'bench', 'results', 'config-gate.json') }
  const argv = process.argv.slice(2)
  for (let i = 0; i < argv.length; i++) {
    const [key, value] = [argv[i], argv[i + 1]]
    if (key === '--objects' && /^\d+$/.test(value ?? '')) out.objects = Number(value)
    else if (key === '--runs' && /^\d+$/.test(value ?? '')) out.runs = Number(value)
    else if (key === '--out' && value) out.out = resolve(value)
    else {
      console.error(`::error::unknown or invalid argument ${key}: use --objects N, --runs N, --out FILE`)
      process.exit(2)
    }
    i++
  }
  return out
}

const digest = (n) => `sha256:${n.toString(16).padStart(64, '0')}`

/** Base objects per environment so that the three environments render `objects` in all (a Namespace each). */
function repository(objects) {
  const pairs = Math.max(1, Math.round((objects / ENVS.length - 1) / 2))
  const files = { 'base/kustomization.yaml': `resources:\n${Array.from({ length: pairs }, (_, i) => `  - app-${i}.yaml\n`).join('')}` }
  for (let i = 0; i < pairs; i++) {
    files[`base/app-${i}.yaml`] = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: app-${i}`,
      'spec:',
      '  replicas: 2',
      `  selector: {matchLabels: {app: app-${i}}}`,
      '  template:',
      `    metadata: {labels: {app: app-${i}}}`,
      '    spec:',
      '      containers:',
      '        - name: app',
      `          image: registry.example/team/app-${i}`,
      '          ports: [{containerPort: 8080}]',
      '          env: [{name: MODE, value: production}, {name: PORT, value: "8080"}]',
      '          resources: {requests: {cpu: 50m, memory: 64Mi}, limits: {cpu: 500m, memory: 256Mi}}',
      '          readinessProbe: {httpGet: {path: /healthz, port: 8080}}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      `  name: app-${i}`,
      'spec:',
      `  selector: {app: app-${i}}`,
      '  ports: [{port: 80, targetPort: 8080}]',
      '',
    ].join('\n')
  }
  const kustomization = (env, moved) =>
    [
      `namespace: ${env}`,
      'resources:',
      '  - namespace.yaml',
      '  - ../../base',
      'images:',
      ...Array.from({ length: pairs }, (_, i) => `  - name: registry.example/team/app-${i}\n    digest: ${digest(moved && i === 0 ? 2 : 1)}`),
      '',
    ].join('\n')
  for (const env of ENVS) {
    files[`environments/${env}/namespace.yaml`] = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${env}\n`
    files[`environments/${env}/kustomization.yaml`] = kustomization(env, false)
  }
  return { files, moved: { 'environments/staging/kustomization.yaml': kustomization('staging', true) }, rendered: ENVS.length * (pairs * 2 + 1) }
}

function git(dir, ...a) {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...a], {
    cwd: dir,
    encoding: 'utf8',
  }).trim()
}

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** One process under /usr/bin/time: wall seconds and peak RSS in KiB. */
function timed(file, argv, opts = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', opts.timeFile, file, ...argv], {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const [wall, rss] = readFileSync(opts.timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, wall, rss }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

function main() {
  const opts = args()
  const work = mkdtempSync(join(tmpdir(), 'bench-config-gate-'))
  try {
    const repo = join(work, 'gitops')
    mkdirSync(repo)
    const { files, moved, rendered } = repository(opts.objects)
    git(repo, 'init', '-q', '-b', 'main')
    write(repo, files)
    git(repo, 'add', '-A')
    git(repo, 'commit', '-qm', 'base')
    const base = git(repo, 'rev-parse', 'HEAD')
    write(repo, moved)
    git(repo, 'commit', '-qam', 'move one digest in staging')
    const head = git(repo, 'rev-parse', 'HEAD')
    const baseDir = join(work, 'base-tree')
    mkdirSync(baseDir)
    execFileSync('bash', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'archive', repo, base, baseDir])
    const timeFile = join(work, 'time.txt')
    const bundle = join(ROOT, 'actions', 'config-gate', 'dist', 'index.js')

    const kustomize = (dirs) => {
      let wall = 0
      let rss = 0
      let objects = 0
      for (const dir of dirs) {
        for (const env of ENVS) {
          const r = timed('kubectl', ['kustomize', join(dir, 'environments', env)], { timeFile })
          if (r.status !== 0) throw new Error(`kubectl kustomize failed: ${r.stderr}`)
          objects += (r.stdout.match(/^kind: /gm) ?? []).length
          wall += r.wall
          rss = Math.max(rss, r.rss)
        }
      }
      return { wall, rss, objects }
    }
    const gate = () => {
      const output = join(work, 'output.txt')
      writeFileSync(output, '')
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME ?? work,
        GITHUB_WORKSPACE: repo,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
        RUNNER_TEMP: work,
        INPUT_BASE: base,
        INPUT_HEAD: head,
        INPUT_COMMENT: 'true',
        'INPUT_CHECK-NAME': 'config-gate',
        'INPUT_REPOSITORY-PATH': '.',
        INPUT_TERRAFORM: 'true',
      }
      writeFileSync(env.GITHUB_STEP_SUMMARY, '')
      const r = timed(process.execPath, [bundle], { timeFile, env, cwd: repo })
      const out = readFileSync(output, 'utf8')
      const value = (name) => new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(out)?.[2]
      if (r.status !== 0 || value('conclusion') !== 'success' || value('changed') !== '1')
        throw new Error(`config-gate run invalid (exit ${r.status}, conclusion ${value('conclusion')}, changed ${value('changed')}): ${r.stdout.slice(-2000)}`)
      rmSync(join(work, readdirName(work)), { recursive: true, force: true })
      return { wall: r.wall, rss: r.rss }
    }
    const cases = {
      'kustomize-head': () => kustomize([repo]),
      'kustomize-both': () => kustomize([baseDir, repo]),
      'config-gate': gate,
    }
    const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
    for (const fn of Object.values(cases)) fn() // warm-up: file cache, kubectl and node start
    const check = kustomize([repo])
    for (let i = 0; i < opts.runs; i++) {
      const order = Object.keys(cases)
      if (i % 2) order.reverse()
      for (const name of order) samples[name].push(cases[name]())
    }
    const summary = Object.fromEntries(
      Object.entries(samples).map(([name, runs]) => [
        name,
        { wallS: median(runs.map((r) => r.wall)), peakRssMiB: median(runs.map((r) => r.rss)) / 1024, runs },
      ]),
    )
    const peer = summary['kustomize-head']
    const both = summary['kustomize-both']
    const ours = summary['config-gate']
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      kubectl: execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).trim().split('\n').join('; '),
      objects: { requested: opts.objects, rendered, renderedByKubectl: check.objects },
      runs: opts.runs,
      cases: summary,
      ratios: {
        wallVsKustomizeHead: ours.wallS / peer.wallS,
        wallVsKustomizeBoth: ours.wallS / both.wallS,
        peakRssVsKustomize: ours.peakRssMiB / peer.peakRssMiB,
      },
    }
    mkdirSync(dirname(opts.out), { recursive: true })
    writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n')
    console.log(`config-gate on ${check.objects} rendered objects (3 environments), medians of ${opts.runs} runs:`)
    console.log('| case | wall (s) | peak RSS (MiB) |')
    console.log('|---|---|---|')
    for (const [name, s] of Object.entries(summary)) console.log(`| ${name} | ${s.wallS.toFixed(2)} | ${s.peakRssMiB.toFixed(0)} |`)
    console.log(
      `config-gate / kustomize-head: wall ×${result.ratios.wallVsKustomizeHead.toFixed(2)}; / kustomize-both: wall ×${result.ratios.wallVsKustomizeBoth.toFixed(2)}; peak RSS ×${result.ratios.peakRssVsKustomize.toFixed(2)}`,
    )
    console.log(`wrote ${opts.out}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** config-gate's scratch folder under RUNNER_TEMP (config-gate-XXXXXX), removed between runs. */
function readdirName(dir) {
  return (
    execFileSync('ls', [dir], { encoding: 'utf8' })
      .split('\n')
      .find((n) => n.startsWith('config-gate-')) ?? 'config-gate-none'
  )
}

main()
