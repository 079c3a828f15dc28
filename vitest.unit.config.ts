import { configDefaults, defineConfig } from 'vitest/config'
import { integrationTests, testFiles } from './test/setup/tiers.js'

// The unit tier: every test file not listed as integration in test/setup/tiers.ts, run on
// the sources in-process. A test here that starts a process or a server fails (setup file).
export default defineConfig({
  test: {
    include: testFiles,
    exclude: [...configDefaults.exclude, ...integrationTests],
    setupFiles: ['test/setup/no-processes.ts'],
    pool: 'threads',
    testTimeout: 20_000,
    maxWorkers: 2,
    reporters: ['default'],
  },
})
