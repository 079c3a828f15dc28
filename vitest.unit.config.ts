import { configDefaults, defineConfig } from 'vitest/config'
import { integrationTests, testFiles } from './test/setup/tiers.js'

// The unit tier: every test file not listed as integration in test/setup/tiers.ts, run on
// the sources in-process. A test here that starts a process or a server fails (setup file).
export default defineConfig({
  test: {
    include: testFiles,
    exclude: [...configDefaults.exclude, ...integrationTests],
    setupFiles: ['test/setup/no-processes.ts'],
    // Threads and no per-file isolation: the modules (Octokit, the workflow parser, the kit)
    // load once per worker instead of once per file, which is most of this tier's time
    // (about 25 s instead of 75 s here, with the same 1174 tests passing in shuffled orders).
    // A test that changes module-level state must undo it in its own afterEach.
    pool: 'threads',
    isolate: false,
    testTimeout: 20_000,
    maxWorkers: 2,
    reporters: ['default'],
  },
})
