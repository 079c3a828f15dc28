#!/usr/bin/env node
// Promotion by digest: the kit's copyImage against `skopeo copy`, side by side, doing the same work.
//
// Measurements only: this script never fails because a figure is over a target. It exits 0
// unless the setup fails or an argument is wrong (exit 2).
//
//   npx tsx bench/promote.mjs [--runs N] [--big-mib N] [--out FILE]
//   node bench/promote.mjs ...        (re-runs itself under `node --import tsx`)
//
//   --runs N      timed runs per case, image and tool (default 3); one untimed warm-up run comes first
//   --big-mib N   size of the big layer in MiB (default 256)
//   --out FILE    where to write the JSON (default bench/results/promote.json)
//   --skopeo-cache cold|warm
//                 cold (default): skopeo's blob-info cache is removed before every skopeo run, as on
//                 a fresh CI runner, so skopeo cannot mount a blob just because an earlier run saw it
//                 in the source repository; warm: the cache is left as runs fill it
//
// Two images are written straight into a real registry (CNCF distribution, `docker-registry`):
// a big one (one N MiB random layer, two small layers, a config) and a small one (one 1 MiB
// layer, a config). Layers are gzip streams (stored blocks over random bytes), so skopeo copies
// them as they are and keeps the digest (`--preserve-digests` makes it fail otherwise). Three
// cases, each run once with each tool:
//   (a) retag in the same repository:           A/app@sha256:… → A/app:tag
//   (b) another repository in the same registry: A/app@sha256:… → A/mirror-N:tag
//   (c) a second registry with Basic auth:       A/app@sha256:… → B/app:tag (a fresh B per run)
// Every copy runs in its own child process under `/usr/bin/time -v` (wall time from spawn to
// exit, peak RSS). Ours is the kit bundled with ncc, as an action ships it (a small entry that
// copies by digest, checks the digest, then writes the tag, built into .tmp/bench-promote/ at
// the start), run with plain `node`; it also reports the time of the copy itself. Blob bytes are
// counted by a fault proxy (no faults) in front of each registry. Every run is checked: the tag
// at the target must name the source digest.

import { execFile, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { createGzip } from 'node:zlib'

const execFileAsync = promisify(execFile)
const SCRIPT = fileURLToPath(import.meta.url)
const ROOT = resolve(dirname(SCRIPT), '..')
const MiB = 1024 * 1024
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const TIME = '/usr/bin/time'
const TARGETS = { rssMB: 150 }
// Where skopeo (run as root) keeps what it learnt about blob locations (containers/image
// pkg/blobinfocache: systemBlobInfoCacheDir); removing the files makes its next run start cold.
const SKOPEO_CACHE_DIR = '/var/lib/containers/cache'
const SKOPEO_CACHE_FILES = ['blob-info-cache-v1.boltdb', 'blob-info-cache-v1.sqlite']

const kitUrl = pathToFileURL(join(ROOT, 'actions/kit/src/registry/index.ts')).href

/** The kit is TypeScript: without a loader, run again under `node --import tsx`. */
async function loadKit() {
  try {
    return await import(kitUrl)
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || process.env.PROMOTE_BENCH_REEXEC) throw error
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...process.argv.slice(2)], {
      stdio: 'inherit',
      cwd: ROOT,
      env: { ...process.env, PROMOTE_BENCH_REEXEC: '1' },
    })
    child.on('exit', (code) => process.exit(code ?? 1))
    return undefined
  }
}

function fail(message) {
  process.stderr.write(`bench/promote.mjs: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv) {
  const opts = { runs: 3, bigMiB: 256, out: join(ROOT, 'bench', 'results', 'promote.json'), skopeoCache: 'cold' }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      if (inline !== undefined) return inline
      const next = argv[++i]
      if (next === undefined) fail(`${flag} needs a value`)
      return next
    }
    const whole = (v) => {
      if (!/^[1-9]\d*$/.test(v)) fail(`${flag} takes a positive whole number, got "${v}"`)
      return Number(v)
    }
    if (flag === '--runs') opts.runs = whole(value())
    else if (flag === '--big-mib') opts.bigMiB = whole(value())
    else if (flag === '--out') opts.out = resolve(value())
    else if (flag === '--skopeo-cache') {
      const v = value()
      if (v !== 'cold' && v !== 'warm') fail(`--skopeo-cache takes cold or warm, got "${v}"`)
      opts.skopeoCache = v
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: npx tsx bench/promote.mjs [--runs N] [--big-mib N] [--out FILE] [--skopeo-cache cold|warm]\n')
      process.exit(0)
    } else fail(`unknown argument "${arg}" (accepted: --runs N, --big-mib N, --out FILE, --skopeo-cache cold|warm)`)
  }
  return opts
}

// ---------------------------------------------------------------------------------------------
// Child: one promotion by the kit, as the promote action would do it: copy by digest, check the
// digest, then write the tag (after checking it does not name something else). Bundled with ncc.

const CHILD_ENTRY = `import { RegistryClient, copyImage } from '@cna/kit/registry'

interface Spec {
  source: { registry: string; repository: string }
  target: { registry: string; repository: string; credentials?: { username: string; password: string } }
  digest: string
  tag: string
}

async function main(spec: Spec): Promise<void> {
  const started = process.hrtime.bigint()
  const source = new RegistryClient({ registry: spec.source.registry })
  const target =
    spec.target.registry === spec.source.registry && !spec.target.credentials
      ? source
      : new RegistryClient({ registry: spec.target.registry, ...(spec.target.credentials ? { credentials: spec.target.credentials } : {}) })
  const result = await copyImage({ source, sourceRepository: spec.source.repository, digest: spec.digest, target, targetRepository: spec.target.repository })
  if (result.digest !== spec.digest) throw new Error('target digest ' + result.digest + ' is not ' + spec.digest)
  const existing = await target.headManifest(spec.target.repository, spec.tag)
  if (existing && existing !== spec.digest) throw new Error('tag ' + spec.tag + ' names ' + existing)
  if (!existing) {
    const manifest = await source.getManifest(spec.source.repository, spec.digest)
    if (!manifest) throw new Error('the source lost ' + spec.digest)
    await target.putManifest(spec.target.repository, spec.tag, manifest)
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  process.stdout.write(JSON.stringify({ ms, result, maxRSSkB: process.resourceUsage().maxRSS }) + '\\n')
}

main(JSON.parse(process.argv[2] ?? '{}') as Spec).catch((error: unknown) => {
  process.stderr.write((error instanceof Error ? (error.stack ?? error.message) : String(error)) + '\\n')
  process.exit(1)
})
`

/** Bundles the child with ncc (a root devDependency) into .tmp/bench-promote/; returns the script to run. */
async function buildChild() {
  const dir = join(ROOT, '.tmp', 'bench-promote')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'entry.ts'), CHILD_ENTRY)
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.base.json', files: ['entry.ts'] }) + '\n')
  const ncc = join(ROOT, 'node_modules', '.bin', 'ncc')
  if (!existsSync(ncc)) fail('node_modules/.bin/ncc is missing: run pnpm install')
  try {
    await execFileAsync(ncc, ['build', join(dir, 'entry.ts'), '-o', join(dir, 'out'), '--target', 'es2022', '--quiet'], { cwd: ROOT })
  } catch (error) {
    fail(`bundling the child with ncc failed: ${error.stderr || error.message}`)
  }
  return join(dir, 'out', 'index.js')
}

// ---------------------------------------------------------------------------------------------
// Orchestrator.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return null
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function sha256hex(buffer) {
  return createHash('sha256').update(buffer).digest('hex')
}

/** A gzip stream (stored blocks, so fast) over `size` random bytes, written to `file`; returns digest, size and diff_id. */
async function writeGzipLayer(file, size) {
  const gzip = createGzip({ level: 0 })
  const out = createWriteStream(file)
  const compressed = createHash('sha256')
  const uncompressed = createHash('sha256')
  let bytes = 0
  gzip.on('data', (chunk) => {
    compressed.update(chunk)
    bytes += chunk.length
  })
  gzip.pipe(out)
  for (let left = size; left > 0;) {
    const chunk = randomBytes(Math.min(left, 4 * MiB))
    uncompressed.update(chunk)
    left -= chunk.length
    if (!gzip.write(chunk)) await new Promise((r) => gzip.once('drain', r))
  }
  gzip.end()
  await new Promise((r, j) => out.on('finish', r).on('error', j))
  return { file, digest: `sha256:${compressed.digest('hex')}`, size: bytes, diffId: `sha256:${uncompressed.digest('hex')}` }
}

async function pushImage(client, repo, layerSizes, dir, name) {
  const layers = []
  for (const [i, size] of layerSizes.entries()) layers.push(await writeGzipLayer(join(dir, `${name}-${i}.tar.gz`), size))
  for (const layer of layers) {
    await client.uploadBlob(repo, layer.digest, layer.size, Readable.toWeb(createReadStream(layer.file, { highWaterMark: MiB })))
    rmSync(layer.file)
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { bench: name } },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    }),
  )
  await client.uploadBlob(repo, `sha256:${sha256hex(config)}`, config.length, config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${sha256hex(config)}`, size: config.length },
      layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: l.digest, size: l.size })),
    }),
  )
  const digest = await client.putManifest(repo, name, { bytes: manifest, mediaType: OCI_MANIFEST })
  return { name, repo, digest, blobBytes: config.length + layers.reduce((n, l) => n + l.size, 0), layerBytes: layers.map((l) => l.size) }
}

/** Runs argv under /usr/bin/time -v (when present): wall ms from spawn to exit, peak RSS, stdout, exit code. */
async function measure(argv, env) {
  const useTime = existsSync(TIME)
  const [cmd, args] = useTime ? [TIME, ['-v', ...argv]] : [argv[0], argv.slice(1)]
  const started = process.hrtime.bigint()
  const outcome = await execFileAsync(cmd, args, { cwd: ROOT, env, maxBuffer: 16 * MiB, timeout: 600_000 }).then(
    (r) => ({ ...r, code: 0 }),
    (e) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? String(e), code: e.code ?? 1 }),
  )
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(outcome.stderr)
  return { wallMs, rssKB: rss ? Number(rss[1]) : null, stdout: outcome.stdout, stderr: outcome.stderr, code: outcome.code }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const kit = await loadKit()
  if (!kit) return
  const { RegistryClient } = kit
  const { startRegistry, manifestDigest } = await import(pathToFileURL(join(ROOT, 'tools/parts/registry.ts')).href)
  const { startFaultProxy } = await import(pathToFileURL(join(ROOT, 'tools/parts/fault-proxy.ts')).href)
  for (const tool of ['docker-registry', 'skopeo', 'htpasswd']) {
    try {
      await execFileAsync('sh', ['-c', 'command -v "$1"', 'sh', tool])
    } catch {
      fail(`${tool} is not installed (apt-get install -y docker-registry skopeo apache2-utils)`)
    }
  }
  const skopeoVersion = (await execFileAsync('skopeo', ['--version'])).stdout.trim()
  const dir = mkdtempSync(join(tmpdir(), 'bench-promote-'))
  const creds = { username: 'bench', password: randomBytes(9).toString('hex') }
  const cleanup = []
  const stopAll = async () => {
    for (const stop of cleanup.reverse()) await stop().catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('SIGINT', () => stopAll().then(() => process.exit(130)))

  try {
    const a = await startRegistry()
    cleanup.push(() => a.stop())
    const pa = await startFaultProxy({ target: a.url })
    cleanup.push(() => pa.stop())
    const client = new RegistryClient({ registry: pa.host })
    process.stderr.write(`writing the test images (${opts.bigMiB} MiB and 1 MiB layers) into ${a.host} …\n`)
    const images = [
      await pushImage(client, 'bench/small', [1 * MiB], dir, 'small'),
      await pushImage(client, 'bench/big', [opts.bigMiB * MiB, 64 * 1024, 4 * 1024], dir, 'big'),
    ]
    process.stderr.write('bundling the kit child with ncc …\n')
    const childScript = await buildChild()
    const nodeArgv = (spec) => [process.execPath, childScript, JSON.stringify(spec)]
    const skopeoArgv = (from, to, destCreds) => [
      'skopeo',
      'copy',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      ...(destCreds ? ['--dest-creds', `${destCreds.username}:${destCreds.password}`] : []),
      `docker://${from}`,
      `docker://${to}`,
    ]
    const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? tmpdir(), ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}) }

    // Start-up alone, for reference: what a node child costs before any copy.
    const baseline = []
    for (let i = 0; i < opts.runs; i++) baseline.push(await measure([process.execPath, '-e', '0'], env))

    const cases = [
      { id: 'a', title: 'retag, same repository' },
      { id: 'b', title: 'another repository, same registry' },
      { id: 'c', title: 'second registry, Basic auth' },
    ]
    const runs = []
    let counter = 0
    for (const c of cases) {
      for (const image of images) {
        for (let run = 0; run <= opts.runs; run++) {
          const warmup = run === 0
          // Alternate which tool goes first, so both see the same machine load.
          const order = run % 2 === 0 ? ['kit', 'skopeo'] : ['skopeo', 'kit']
          for (const tool of order) {
            const n = ++counter
            let targetHost = pa.host
            let targetFixture = a
            let targetProxy = pa
            let stopTarget = async () => undefined
            if (c.id === 'c') {
              const b = await startRegistry({ auth: creds })
              const pb = await startFaultProxy({ target: b.url })
              targetHost = pb.host
              targetFixture = b
              targetProxy = pb
              stopTarget = async () => {
                await pb.stop()
                await b.stop()
              }
            }
            const targetRepo = c.id === 'a' ? image.repo : c.id === 'b' ? `bench/mirror-${tool}-${n}` : 'bench/app'
            const tag = `promoted-${tool}-${n}`
            pa.resetStats()
            targetProxy.resetStats()
            const argv =
              tool === 'kit'
                ? nodeArgv({
                    source: { registry: pa.host, repository: image.repo },
                    target: { registry: targetHost, repository: targetRepo, ...(c.id === 'c' ? { credentials: creds } : {}) },
                    digest: image.digest,
                    tag,
                  })
                : skopeoArgv(`${pa.host}/${image.repo}@${image.digest}`, `${targetHost}/${targetRepo}:${tag}`, c.id === 'c' ? creds : undefined)
            if (tool === 'skopeo' && opts.skopeoCache === 'cold') {
              for (const file of SKOPEO_CACHE_FILES) rmSync(join(SKOPEO_CACHE_DIR, file), { force: true })
            }
            const m = await measure(argv, env)
            const landed = await manifestDigest({ ...targetFixture }, targetRepo, tag).catch(() => undefined)
            const up = targetProxy.stats.blobBytesUp
            const down = pa.stats.blobBytesDown
            let inner = null
            if (tool === 'kit' && m.code === 0) {
              try {
                inner = JSON.parse(m.stdout.trim().split('\n').at(-1))
              } catch {
                inner = null
              }
            }
            const valid = m.code === 0 && landed === image.digest
            runs.push({
              case: c.id,
              image: image.name,
              tool,
              run,
              warmup,
              valid,
              wallMs: m.wallMs,
              copyMs: inner?.ms ?? null,
              rssKB: m.rssKB,
              blobBytesUp: up,
              blobBytesDown: down,
              result: inner?.result ?? null,
              ...(valid ? {} : { error: (m.stderr || m.stdout).trim().split('\n').slice(-5).join('\n'), landed: landed ?? null }),
            })
            process.stderr.write(
              `(${c.id}) ${image.name.padEnd(5)} ${tool.padEnd(6)} ${warmup ? 'warm-up' : `run ${run}  `} ${m.wallMs.toFixed(0).padStart(6)} ms  up ${up}  down ${down}  rss ${m.rssKB ?? '?'} kB${valid ? '' : '  INVALID'}\n`,
            )
            await stopTarget()
          }
        }
      }
    }

    const rows = []
    for (const c of cases) {
      for (const image of images) {
        for (const tool of ['kit', 'skopeo']) {
          const timed = runs.filter((r) => r.case === c.id && r.image === image.name && r.tool === tool && !r.warmup && r.valid)
          rows.push({
            case: c.id,
            title: c.title,
            image: image.name,
            tool,
            validRuns: `${timed.length}/${opts.runs}`,
            wallMs: median(timed.map((r) => r.wallMs)),
            wallMinMs: timed.length ? Math.min(...timed.map((r) => r.wallMs)) : null,
            wallMaxMs: timed.length ? Math.max(...timed.map((r) => r.wallMs)) : null,
            copyMs: median(timed.map((r) => r.copyMs).filter((x) => x !== null)),
            blobBytesUp: median(timed.map((r) => r.blobBytesUp)),
            blobBytesDown: median(timed.map((r) => r.blobBytesDown)),
            peakRssMB: timed.length && timed.every((r) => r.rssKB !== null) ? Math.max(...timed.map((r) => r.rssKB)) / 1024 : null,
          })
        }
      }
    }
    const row = (c, image, tool) => rows.find((r) => r.case === c && r.image === image && r.tool === tool)
    const ratio = (x, y) => (x && y ? x / y : null)
    const kitRows = rows.filter((r) => r.tool === 'kit')
    const summary = {
      aBytesMoved: row('a', 'big', 'kit')?.blobBytesUp ?? null,
      bBytesMoved: row('b', 'big', 'kit')?.blobBytesUp ?? null,
      aBigOverSmall: ratio(row('a', 'big', 'kit')?.wallMs, row('a', 'small', 'kit')?.wallMs),
      bBigOverSmall: ratio(row('b', 'big', 'kit')?.wallMs, row('b', 'small', 'kit')?.wallMs),
      cKitOverSkopeoBig: ratio(row('c', 'big', 'kit')?.wallMs, row('c', 'big', 'skopeo')?.wallMs),
      cKitOverSkopeoSmall: ratio(row('c', 'small', 'kit')?.wallMs, row('c', 'small', 'skopeo')?.wallMs),
      kitPeakRssMB: kitRows.every((r) => r.peakRssMB !== null) ? Math.max(...kitRows.map((r) => r.peakRssMB)) : null,
      skopeoPeakRssMB: Math.max(...rows.filter((r) => r.tool === 'skopeo' && r.peakRssMB !== null).map((r) => r.peakRssMB)),
    }

    const fmtMs = (x) => (x === null ? '–' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`)
    const fmtBytes = (x) => (x === null ? '–' : x === 0 ? '0' : x >= MiB ? `${(x / MiB).toFixed(1)} MiB` : `${(x / 1024).toFixed(1)} KiB`)
    const lines = []
    lines.push(
      `Promotion by digest, ${opts.runs} timed runs each (after one warm-up), medians; big = ${opts.bigMiB} MiB + 64 KiB + 4 KiB layers, small = 1 MiB layer; skopeo's blob-info cache ${opts.skopeoCache}.`,
    )
    lines.push('')
    lines.push('| case | image | tool | wall (median) | min–max | copy alone | blob bytes up | blob bytes down | peak RSS |')
    lines.push('|---|---|---|---:|---:|---:|---:|---:|---:|')
    for (const r of rows) {
      lines.push(
        `| (${r.case}) ${r.title} | ${r.image} | ${r.tool === 'kit' ? 'kit copyImage' : 'skopeo copy'} | ${fmtMs(r.wallMs)} | ${fmtMs(r.wallMinMs)}–${fmtMs(r.wallMaxMs)} | ${r.tool === 'kit' ? fmtMs(r.copyMs) : '–'} | ${fmtBytes(r.blobBytesUp)} | ${fmtBytes(r.blobBytesDown)} | ${r.peakRssMB === null ? '–' : `${r.peakRssMB.toFixed(0)} MB`} |${r.validRuns === `${opts.runs}/${opts.runs}` ? '' : ` (valid ${r.validRuns})`}`,
      )
    }
    lines.push('')
    lines.push('Warm-up runs (the first of each series, left out of the medians). skopeo mounts across repositories only blobs its')
    lines.push('blob-info cache (/var/lib/containers/cache) has seen in the source repository, so its first (b) copies every byte:')
    lines.push('')
    lines.push('| case | image | kit: wall, bytes up | skopeo: wall, bytes up |')
    lines.push('|---|---|---:|---:|')
    for (const c of cases) {
      for (const image of images) {
        const w = (tool) => runs.find((r) => r.case === c.id && r.image === image.name && r.tool === tool && r.warmup)
        const cell = (r) => (r ? `${fmtMs(r.wallMs)}, ${fmtBytes(r.blobBytesUp)}${r.valid ? '' : ' (invalid)'}` : '–')
        lines.push(`| (${c.id}) ${c.title} | ${image.name} | ${cell(w('kit'))} | ${cell(w('skopeo'))} |`)
      }
    }
    lines.push('')
    lines.push(
      `Start-up of a bare node child (\`node -e 0\`): ${fmtMs(median(baseline.map((b) => b.wallMs)))}, peak RSS ${baseline[0]?.rssKB ? `${(Math.max(...baseline.map((b) => b.rssKB)) / 1024).toFixed(0)} MB` : '–'}.`,
    )
    lines.push('')
    lines.push('| target | figure |')
    lines.push('|---|---|')
    lines.push(`| (a) and (b) move no layer bytes | (a) ${fmtBytes(summary.aBytesMoved)}, (b) ${fmtBytes(summary.bBytesMoved)} up for the big image |`)
    lines.push(
      `| (a) and (b) take about the same time for 1 MiB and ${opts.bigMiB} MiB | big / small: (a) ${summary.aBigOverSmall?.toFixed(2) ?? '–'}×, (b) ${summary.bBigOverSmall?.toFixed(2) ?? '–'}× |`,
    )
    lines.push(
      `| (c) no slower than skopeo | kit / skopeo: big ${summary.cKitOverSkopeoBig?.toFixed(2) ?? '–'}×, small ${summary.cKitOverSkopeoSmall?.toFixed(2) ?? '–'}× |`,
    )
    lines.push(
      `| peak RSS under ${TARGETS.rssMB} MB | kit ${summary.kitPeakRssMB?.toFixed(0) ?? '–'} MB (skopeo ${Number.isFinite(summary.skopeoPeakRssMB) ? summary.skopeoPeakRssMB.toFixed(0) : '–'} MB) |`,
    )
    process.stdout.write(lines.join('\n') + '\n')

    const output = {
      generatedAt: new Date().toISOString(),
      machine: { node: process.version, cpuModel: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadavg: loadavg() },
      skopeo: skopeoVersion,
      runs: opts.runs,
      skopeoCache: opts.skopeoCache,
      images: images.map(({ name, digest, blobBytes, layerBytes }) => ({ name, digest, blobBytes, layerBytes })),
      baseline: baseline.map((b) => ({ wallMs: b.wallMs, rssKB: b.rssKB })),
      rows,
      summary,
      samples: runs,
    }
    mkdirSync(dirname(opts.out), { recursive: true })
    writeFileSync(opts.out, JSON.stringify(output, null, 2) + '\n')
    process.stderr.write(`wrote ${opts.out}\n`)
  } finally {
    await stopAll()
  }
}

main().catch((error) => {
  process.stderr.write(`bench/promote.mjs: ${error?.stack ?? error}\n`)
  process.exit(2)
})
