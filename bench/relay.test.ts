import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test } from 'vitest'

// The relay benchmark runs and reports its figures; no timing is asserted (they depend on the machine).
const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const dir = mkdtempSync(join(tmpdir(), 'relay-bench-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('a small burst: every request acknowledged and dispatched, latency and memory reported', () => {
  const out = join(dir, 'relay.json')
  const run = spawnSync(process.execPath, [join(root, 'bench', 'relay.mjs'), '--requests', '10', '--runs', '1', '--github-ms', '5', '--out', out], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  const result = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<Record<string, number>>; summary: Record<string, number> }
  expect(result.runs[0]).toMatchObject({ acked: 10, dispatched: 10 })
  for (const key of ['p50Ms', 'p99Ms', 'peakRssMiB', 'relayCpuMsPerRequest']) expect(result.summary[key], key).toBeGreaterThan(0)
  expect(run.stdout).toContain("against Slack's 3000 ms")
})
