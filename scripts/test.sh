#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what it needs, then type-checks, lints, runs
# the unit tier (sources only, in-process), the example service's own tests, and the
# integration tier (the committed bundles through the runner harness against registries,
# buildah, Docker and the emulators; check-dist; the local pipeline). test/setup/tiers.ts
# says which test file is in which tier.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh

echo "==> typecheck"
pnpm run typecheck
pnpm --filter sensor-api run typecheck

echo "==> lint"
pnpm run lint

echo "==> format (Prettier; pnpm format fixes it)"
pnpm exec prettier --check . --log-level warn

mkdir -p .tmp
rm -f .tmp/vitest-unit.json .tmp/vitest-integration.json
status=0
echo "==> unit tier: kit and action sources, in-process"
pnpm exec vitest run --config vitest.unit.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/vitest-unit.json || status=$?

echo "==> examples/sensor-api: unit tests (JUnit + coverage) and the image really running"
pnpm --filter sensor-api run build
pnpm --filter sensor-api run test
pnpm --filter sensor-api run test:container

echo "==> integration tier: bundles, harness, registries, Docker, emulators, check-dist, pipeline"
pnpm exec vitest run --config vitest.integration.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/vitest-integration.json || status=$?

# One plain closing line over both tiers (a tier that did not write its report counts as failed).
node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
for (const tier of ["unit", "integration"]) {
  const file = `.tmp/vitest-${tier}.json`;
  if (!fs.existsSync(file)) { console.log(`${tier} tier: no report (it did not start)`); failed++; continue; }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped (unit and integration tiers)`);
' || true
exit "$status"
