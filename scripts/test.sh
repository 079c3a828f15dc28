#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what it needs, then type-checks, lints,
# runs the example service's own tests, and every test of the actions, the kit, the
# harness, check-dist and the local pipeline against real parts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh

echo "==> typecheck"
pnpm run typecheck
pnpm --filter sensor-api run typecheck

echo "==> lint"
pnpm run lint

echo "==> examples/sensor-api: unit tests (JUnit + coverage) and the image really running"
pnpm --filter sensor-api run build
pnpm --filter sensor-api run test
pnpm --filter sensor-api run test:container

echo "==> actions, kit, harness, check-dist, pipeline"
mkdir -p .tmp
status=0
pnpm exec vitest run --config vitest.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json || status=$?
# One plain closing line over the whole run.
node -e '
const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit "$status"
