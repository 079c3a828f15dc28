import { defineConfig } from 'vitest/config'

// Two projects so the fast, coverage-measured unit run (`pnpm test`) never waits on image
// builds, while `pnpm test:container` proves the built image really runs.
export default defineConfig({
  test: {
    // The reports the pipeline's unit-tests gate reads: JUnit XML and coverage (lcov + json-summary).
    reporters: ['default', 'junit'],
    outputFile: { junit: 'reports/junit.xml' },
    coverage: {
      provider: 'v8',
      reporter: ['text', 'lcov', 'json-summary'],
      reportsDirectory: 'coverage',
      include: ['src/**/*.ts'],
      // main.ts is only process wiring (real env, stdout, signals); the container test runs it
      // for real inside the image, where in-process coverage cannot see it.
      exclude: ['src/main.ts'],
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/container.test.ts', 'test/integration.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'container',
          include: ['test/container.test.ts'],
          // Builds two images on the vfs driver (full copies of a ~100 MB node binary) and pulls one.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        // Against a running service at BASE_URL (the integration-tests gate passes it):
        // `vitest run --project integration --outputFile.junit=reports/junit-integration.xml`.
        // Vite defines its own BASE_URL (the public base path, "/") and sets it in process.env
        // of the test workers; the URL of the service is read here, before that happens.
        test: { name: 'integration', include: ['test/integration.test.ts'], env: { BASE_URL: process.env.BASE_URL ?? '' } },
      },
    ],
  },
})
