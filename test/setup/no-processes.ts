/**
 * Setup file of the unit tier (vitest.unit.config.ts): a unit test runs sources in this
 * process only. Starting a child process or listening on a socket throws here, so a test
 * that needs a registry, a container engine, an emulator server or a bundle fails the
 * unit tier with a message saying where it belongs, instead of quietly slowing it down.
 */
import childProcess from 'node:child_process'
import { syncBuiltinESMExports } from 'node:module'
import net from 'node:net'

const where = 'move the test file to the integration tier: add it to integrationTests in test/setup/tiers.ts'

function refuse(what: string): never {
  throw new Error(`unit tier: this test ${what}; ${where}`)
}

const starters = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const
for (const name of starters) {
  Object.defineProperty(childProcess, name, {
    configurable: true,
    writable: true,
    value: (file: unknown) => refuse(`starts a process (child_process.${name} ${String(file)})`),
  })
}

// http, https and every server built on net.Server listen through this one method.
net.Server.prototype.listen = function listen(): never {
  return refuse('listens on a socket (a server such as an emulator or a registry)')
}

// ESM named imports of builtins (`import { spawn } from 'node:child_process'`) are live
// bindings of the CommonJS exports once synced.
syncBuiltinESMExports()
