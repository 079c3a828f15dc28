import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { freePort } from '../tools/parts/container.js'
import { startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { buildBaseImage } from '../examples/sensor-api/base/build-base.ts'
import { buildah, runTool } from '../examples/sensor-api/base/buildah.ts'
import { podman, RUN_LIMITS } from '../examples/sensor-api/test/support/podman.ts'

/**
 * integration-tests, from its committed bundle: endpoints that come up late, a command that
 * gets BASE_URL, the check run on the emulator, and the example service's integration tests
 * against its real container.
 */
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const SENSOR_API = join(REPO_ROOT, 'examples/sensor-api')
const REPO = 'octo-org/sensor-api'

let ws: string
let emu: GitHubEmulator
let sha: string

/** A service that answers 503 until `readyAfter` requests have been made, then 200; it records paths. */
async function lateService(readyAfter: number): Promise<{ url: string; port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = []
  let health = 0
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '')
    if (req.url === '/healthz') health++
    res.writeHead(health > readyAfter || req.url !== '/healthz' ? 200 : 503, { 'content-type': 'text/plain' }).end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return { url: `http://127.0.0.1:${port}`, port, seen, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

// The workflow author's command: asks BASE_URL for /ping and writes a JUnit report of that.
const PROBE = `node -e '
const base = process.env.BASE_URL;
fetch(base + "/ping").then(async (r) => {
  const ok = r.status === 200;
  console.log("probe", base, r.status);
  require("fs").writeFileSync("junit.xml", "<testsuite name=\\"probe\\"><testcase classname=\\"probe\\" name=\\"GET /ping\\" time=\\"0.01\\">" + (ok ? "" : "<failure message=\\"status " + r.status + "\\"/>") + "</testcase></testsuite>");
});'`

function gate(inputs: Record<string, string>, token = ''): Promise<ActionRun> {
  return runAction({
    action: 'integration-tests',
    cwd: ws,
    inputs: { 'github-token': token, reports: 'junit.xml', ...inputs },
    github: { token, apiUrl: emu.url, repository: REPO, sha },
  })
}

function verdict(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error' && !a.properties.file).map((a) => a.message)
}

beforeAll(async () => {
  ;[ws, emu] = await Promise.all([mkdtemp(join(tmpdir(), 'integration-tests-ws-')), startGitHubEmulator()])
  emu.state.addRepo(REPO)
  sha = emu.state.commit(REPO, { files: { 'README.md': 'x' }, message: 'main' })
})
afterEach(async () => {
  assertNoViolations(emu)
  await rm(join(ws, 'junit.xml'), { force: true })
})
afterAll(async () => {
  await emu?.stop()
  if (ws) await rm(ws, { recursive: true, force: true })
})

describe('wait-for, then the tests against BASE_URL', () => {
  test('waits for a late HTTP endpoint and a TCP port, runs the command with BASE_URL, reports a check run', async () => {
    const service = await lateService(3)
    try {
      const run = await gate(
        {
          'wait-for': `${service.url}/healthz\ntcp://127.0.0.1:${service.port}`,
          'wait-timeout': '30s',
          'base-url': service.url,
          command: PROBE,
        },
        WRITE_TOKEN,
      )
      expect(run.exitCode, run.stdout).toBe(0)
      expect(run.outputs).toMatchObject({ conclusion: 'success', total: '1', passed: '1', failed: '0' })
      // Four health checks (three 503s, then 200) before the command asked for /ping.
      expect(service.seen).toEqual(['/healthz', '/healthz', '/healthz', '/healthz', '/ping'])
      expect(run.stdout).toContain(`probe ${service.url} 200`)
      const check = emu.state.repo(REPO).checkRuns.find((r) => r.name === 'integration-tests')
      expect(check).toMatchObject({ head_sha: sha, conclusion: 'success' })
    } finally {
      await service.close()
    }
  })

  test('an endpoint that never comes up fails the gate, and the command never runs', async () => {
    const port = await freePort()
    const marker = join(ws, 'ran')
    const run = await gate({ 'wait-for': `tcp://127.0.0.1:${port}`, 'wait-timeout': '2s', command: `touch ${marker}` })
    expect([run.exitCode, run.outputs.conclusion]).toEqual([1, 'failure'])
    expect(verdict(run)[0]).toMatch(
      new RegExp(`^integration-tests failed: tcp://127.0.0.1:${port} did not answer within 2.0s \\(\\d+ attempts, last: ECONNREFUSED\\)`),
    )
    expect(existsSync(marker)).toBe(false)
  })

  test('on failure the summary carries the tail of the command output', async () => {
    const service = await lateService(0)
    try {
      // /ping answers 200 here, so the failing test comes from the command's own check.
      const command = `for i in $(seq 1 100); do echo "log line $i"; done; echo '<testsuite><testcase name="t"><failure message="bad"/></testcase></testsuite>' > junit.xml; exit 1`
      const run = await gate({ 'base-url': service.url, command })
      expect([run.exitCode, run.outputs.failed]).toEqual([1, '1'])
      expect(run.summary).toContain('#### Command output (last lines, exit code 1)')
      expect(run.summary).toContain('log line 100')
      expect(run.summary).not.toContain('log line 10\n')
    } finally {
      await service.close()
    }
  })

  test.each([
    [
      'wait-for',
      'ftp://example.com/x',
      'Input "wait-for" has an invalid endpoint "ftp://example.com/x". Expected http(s)://host[:port]/path URLs or tcp://host:port, one per line or comma-separated.',
    ],
    [
      'wait-for',
      'tcp://127.0.0.1',
      'Input "wait-for" has an invalid endpoint "tcp://127.0.0.1". Expected http(s)://host[:port]/path URLs or tcp://host:port, one per line or comma-separated.',
    ],
    [
      'base-url',
      'localhost:8080',
      'Input "base-url" has an invalid value "localhost:8080". Expected an http:// or https:// URL, such as https://feature-x.dev.example.com.',
    ],
    ['wait-timeout', 'soon', 'Input "wait-timeout" has an invalid duration "soon". Expected a duration such as 90s, 5m, 1h30m or 2d.'],
  ])('bad %s', async (input, value, message) => {
    const run = await gate({ [input]: value })
    expect([run.exitCode, run.errors]).toEqual([1, [message]])
  })
})

describe("the example service's integration tests against its real container", () => {
  let registry: RegistryFixture
  let work: string
  let image: string

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'sensor-api-it-'))
    registry = await startRegistry()
    // The image copies dist/ as is: compile it, then build the base and the service FROM it.
    await runTool(process.execPath, [join(SENSOR_API, 'node_modules/typescript/bin/tsc'), '-p', join(SENSOR_API, 'tsconfig.json')])
    const base = await buildBaseImage({ registryHost: registry.host, workDir: work })
    image = 'localhost/sensor-api:integration'
    await buildah(work, [
      'build',
      '--isolation',
      'chroot',
      '--timestamp',
      '0',
      '--tls-verify=false',
      '--build-arg',
      `BASE_IMAGE=${base.imageRef}`,
      '--build-arg',
      'REVISION=0123456789abcdef0123456789abcdef01234567',
      '-f',
      join(SENSOR_API, 'Containerfile'),
      '-t',
      image,
      SENSOR_API,
    ])
  }, 600_000)

  afterAll(async () => {
    await registry?.stop()
    if (work) await rm(work, { recursive: true, force: true })
  })

  test('the gate waits for the container, and its tests pass over HTTP', async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const out = await mkdtemp(join(tmpdir(), 'sensor-api-it-reports-'))
    let container: string | undefined
    try {
      // The gate starts first and polls; the container comes up while it waits.
      const running = runAction({
        action: 'integration-tests',
        cwd: REPO_ROOT,
        inputs: {
          'github-token': '',
          'working-directory': 'examples/sensor-api',
          'wait-for': `${url}/healthz\ntcp://127.0.0.1:${port}`,
          'wait-timeout': '90s',
          'base-url': url,
          command: `npx vitest run --project integration --outputFile.junit=${out}/junit.xml`,
          reports: `${out}/junit.xml`,
        },
        timeoutMs: 180_000,
      })
      container = (await podman(work, ['run', '--detach', '--network', 'host', ...RUN_LIMITS, '--env', `PORT=${port}`, image])).trim().split('\n').at(-1)
      const run = await running
      expect(run.exitCode, run.stdout.slice(-4000)).toBe(0)
      expect(run.outputs).toMatchObject({ conclusion: 'success', total: '5', passed: '5', failed: '0', skipped: '0' })
      expect(run.stdout).toMatch(new RegExp(`${url.replace(/[.]/g, '\\.')}/healthz is up after \\d+ attempt`))
      expect(run.summary).toContain('✅ integration-tests: 5 passed')
    } finally {
      if (container) await podman(work, ['rm', '--force', '--time', '5', container]).catch(() => undefined)
      await rm(out, { recursive: true, force: true })
    }
  })

  test('the same tests fail against a service that is not sensor-api', async () => {
    const service = await lateService(0)
    const out = await mkdtemp(join(tmpdir(), 'sensor-api-it-reports-'))
    try {
      const run = await runAction({
        action: 'integration-tests',
        cwd: REPO_ROOT,
        inputs: {
          'github-token': '',
          'working-directory': 'examples/sensor-api',
          'base-url': service.url,
          command: `npx vitest run --project integration --outputFile.junit=${out}/junit.xml`,
          reports: `${out}/junit.xml`,
        },
        timeoutMs: 120_000,
      })
      expect(run.exitCode).toBe(1)
      expect(Number(run.outputs.failed)).toBeGreaterThanOrEqual(3)
      expect(run.annotations.some((a) => a.level === 'error' && a.properties.file === 'examples/sensor-api/test/integration.test.ts')).toBe(true)
    } finally {
      await service.close()
      await rm(out, { recursive: true, force: true })
    }
  })
})
