import { defineConfig } from 'vitest/config'

// One run for everything: unit tests of the kit and each action's sources, and the
// cross-action tests in test/ that run the committed bundles against real parts.
export default defineConfig({
  test: {
    include: ['actions/*/test/**/*.test.ts', 'test/**/*.test.ts', 'tools/**/*.test.ts', 'services/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Builders and the Docker engine share the machine's two cores; parallel files
    // that each build images only slow each other down.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
})
