#!/usr/bin/env bash
# Runs the whole pipeline locally through the starter workflows themselves, on examples/sensor-api as
# an application team's repository: pull request (build, five gates, preview) → approval → merge (main
# adopts the PR's image) → tag v1.4.2 (staging, acceptance, production after approval) → /rollback
# and /deploy → branch deleted. Installs what it needs, starts (and stops) a real registry, the GitHub
# and Kubernetes API emulators, the GitOps applier and the containers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec pnpm exec tsx scripts/pipeline.ts
