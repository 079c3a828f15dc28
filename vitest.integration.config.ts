import { defineConfig } from 'vitest/config'
import { integrationTests } from './test/setup/tiers.js'

// The integration tier: the test files of test/setup/tiers.ts that start registries, Docker,
// buildah, emulators, git or the committed bundles. Its global setup refuses a stale dist/.
export default defineConfig({
  test: {
    include: integrationTests,
    globalSetup: ['test/setup/fresh-dist.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Builders and the Docker engine share the machine's two cores; parallel files
    // that each build images only slow each other down.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
})
