#!/usr/bin/env bash
# Runs the whole pipeline locally on examples/sensor-api through the committed action bundles:
# build-image → the five gates on an emulated pull request → preview-deploy → promote dev → staging →
# production through a local GitOps repository → chatops /status → preview-teardown. Installs what it
# needs, starts (and stops) a real registry, the GitHub and Kubernetes API emulators and the container.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec pnpm exec tsx scripts/pipeline.ts
