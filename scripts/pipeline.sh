#!/usr/bin/env bash
# Runs the pipeline locally on examples/sensor-api: installs what it needs, starts a real
# registry, builds with the committed build-image bundle, prints the digest the registry confirms.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec pnpm exec tsx scripts/pipeline.ts
