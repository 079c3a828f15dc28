import { execFile, spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import { describe, expect, test } from 'vitest'
// The unit tier's setup file; imported here too so the test holds under any config.
import './no-processes.js'

const refusal = /^unit tier: this test .*; move the test file to the integration tier: add it to integrationTests in test\/setup\/tiers\.ts$/

describe('the unit tier refuses to start anything outside the test process', () => {
  test.each([
    ['spawn', () => spawn(process.execPath, ['-e', '0'])],
    ['spawnSync', () => spawnSync(process.execPath, ['-e', '0'])],
    ['execFile', () => execFile('git', ['--version'])],
  ])('child_process.%s throws, saying where the test belongs', (_name, start) => {
    expect(start).toThrow(refusal)
  })

  test('an HTTP server cannot listen', () => {
    const server = createServer()
    expect(() => server.listen(0, '127.0.0.1')).toThrow(/listens on a socket/)
    expect(server.listening).toBe(false)
  })
})
