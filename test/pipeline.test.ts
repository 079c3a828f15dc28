import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { ROOT } from './harness/actions.js'

const run = promisify(execFile)

/**
 * The README's pipeline command, end to end: it must print a digest, the registries it
 * started must confirm that digest for the commit's SHA tag in dev and in production, the
 * image must answer, the five gates must pass on the emulated pull request's head (this
 * commit), the preview must be deployed with that digest and torn down, chatops /status must
 * show it in production, and every stage must show the same digest.
 */
test('the local pipeline builds once, gates, previews, and the same digest reaches dev, staging and production', async () => {
  const sha = (await run('git', ['rev-parse', 'HEAD'], { cwd: ROOT })).stdout.trim()
  const { stdout } = await run('pnpm', ['exec', 'tsx', 'scripts/pipeline.ts'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 540_000 })
  const digest = /^digest: (sha256:[a-f0-9]{64})$/m.exec(stdout)?.[1]
  expect(digest).toBeDefined()
  expect(stdout).toMatch(new RegExp(`^registry confirms .*:${sha} → ${digest}$`, 'm'))
  expect(stdout).toMatch(new RegExp(`^production registry confirms .*/prod/sensor-api:${sha} → ${digest}$`, 'm'))
  expect(stdout).toContain('200 {"status":"ok"}')

  // The gates: each concluded success, and each check run is on the commit built.
  for (const gate of ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review']) {
    expect(stdout).toMatch(new RegExp(`^\\| ${gate} \\| success \\|`, 'm'))
    expect(stdout).toContain(`  check-run ${gate}: success on ${sha}\n`)
  }
  expect(stdout).toMatch(new RegExp(`^\\| integration-tests \\| success \\| \`${digest}\` \\| 5/5 passed against the container`, 'm'))
  expect(stdout).toMatch(/^\| unit-tests \| success \| {2}\| (\d+)\/\1 passed, line coverage/m)

  // The preview: deployed with the digest, at its URL, then torn down.
  const namespace = /^\| preview-deploy \| namespace (dev-[a-z0-9-]+) \|/m.exec(stdout)?.[1]
  expect(namespace).toBeDefined()
  expect(stdout).toMatch(new RegExp(`^\\| preview-deploy \\| namespace ${namespace} \\| \`${digest}\` \\|`, 'm'))
  expect(stdout).toMatch(new RegExp(`^preview url: https://${namespace!.slice(4)}\\.dev\\.example\\.com$`, 'm'))
  expect(stdout).toMatch(new RegExp(`^\\| preview-teardown \\| deleted ${namespace} \\|`, 'm'))
  expect(stdout).toContain(`namespace ${namespace} is gone`)

  for (const env of ['dev', 'staging', 'production']) {
    expect(stdout).toMatch(new RegExp(`^\\| promote → ${env} \\| gitops [0-9a-f]{12} \\| \`${digest}\` \\|.*5 required checks green`, 'm'))
    expect(stdout).toContain(`promote sensor-api v1.4.2 to ${env}`)
  }

  // chatops /status: the reply lists the digest in every environment, production included.
  expect(stdout).toMatch(new RegExp(`^ {6}\\| production \\| v1\\.4\\.2 \\| \`${digest!.slice(0, 19)}\` \\| \`${sha.slice(0, 12)}\` \\| .* \\| success \\|$`, 'm'))
  expect(stdout).toMatch(new RegExp(`^\\| chatops /status \\| replied \\| \`${digest}\` \\|`, 'm'))
  expect(Number(/^pipeline took ([\d.]+) s$/m.exec(stdout)?.[1])).toBeGreaterThan(0)
}, 600_000)
