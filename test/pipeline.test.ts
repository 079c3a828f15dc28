import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { ROOT } from './harness/actions.js'

const run = promisify(execFile)

/**
 * The README's pipeline command, end to end: it must print a digest, the registry it
 * started must confirm that digest for the commit's SHA tag, and the image must answer.
 */
test('the local pipeline builds the example service and the registry confirms the digest', async () => {
  const { stdout } = await run('pnpm', ['exec', 'tsx', 'scripts/pipeline.ts'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 540_000 })
  const digest = /^digest: (sha256:[a-f0-9]{64})$/m.exec(stdout)?.[1]
  expect(digest).toBeDefined()
  expect(stdout).toMatch(new RegExp(`^registry confirms .*:[0-9a-f]{40} → ${digest}$`, 'm'))
  expect(stdout).toContain('GET /healthz → 200 {"status":"ok"}')
}, 600_000)
