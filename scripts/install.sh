#!/usr/bin/env bash
# Installs what the tests and the local pipeline need on a fresh Debian 12 machine, and
# nothing when it is already there: the container tools from Debian, pnpm at the version
# package.json pins, and the workspace's packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

# python3-pytest, python3-coverage, bandit and pylint: the gates of the Python example (examples/sensor-py).
# chromium: the delivery-metrics dashboard is checked in a real headless browser.
PACKAGES=(docker-registry apache2-utils busybox-static skopeo buildah podman runc docker.io git python3-pytest python3-coverage bandit pylint chromium)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# kubectl (for `kubectl kustomize` in preview-deploy) comes with these machines; Debian's older
# kubernetes-client stands in where it does not.
command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
if ((${#missing[@]})); then
  echo "installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi
pnpm install --frozen-lockfile --reporter=silent
