import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { ROOT } from './harness/actions.js'

const run = promisify(execFile)

/**
 * The README's pipeline command, end to end: it must print a digest, the registries it
 * started must confirm that digest for the commit's SHA tag in dev and in production, the
 * image must answer, and every stage must show the same digest.
 */
test('the local pipeline builds once and the same digest reaches dev, staging and production', async () => {
  const { stdout } = await run('pnpm', ['exec', 'tsx', 'scripts/pipeline.ts'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 540_000 })
  const digest = /^digest: (sha256:[a-f0-9]{64})$/m.exec(stdout)?.[1]
  expect(digest).toBeDefined()
  expect(stdout).toMatch(new RegExp(`^registry confirms .*:[0-9a-f]{40} → ${digest}$`, 'm'))
  expect(stdout).toMatch(new RegExp(`^production registry confirms .*/prod/sensor-api:[0-9a-f]{40} → ${digest}$`, 'm'))
  expect(stdout).toContain('200 {"status":"ok"}')
  for (const env of ['dev', 'staging', 'production']) {
    expect(stdout).toMatch(new RegExp(`^\\| promote → ${env} \\| gitops [0-9a-f]{12} \\| \`${digest}\` \\|`, 'm'))
    expect(stdout).toContain(`promote sensor-api v1.4.2 to ${env}`)
  }
}, 600_000)
