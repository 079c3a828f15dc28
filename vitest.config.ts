import { defineConfig } from 'vitest/config'
import { testFiles } from './test/setup/tiers.js'

// Every test file, no tier rules: what `pnpm exec vitest run <file>` uses for one file in the
// fast loop. The suite runs as two tiers instead (vitest.unit.config.ts, then
// vitest.integration.config.ts; test/setup/tiers.ts says which file is where).
export default defineConfig({
  test: {
    include: testFiles,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
})
