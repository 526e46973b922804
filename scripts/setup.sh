#!/usr/bin/env bash
# Installs everything the site and its tests need on a fresh Debian machine:
# system packages through apt when they are missing, then the npm packages at the versions in package-lock.json.
# Playwright's own browser download is skipped: the tests drive Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
fc-list 2>/dev/null | grep -qi 'wqy' || missing+=(fonts-wqy-zenhei)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "setup: installing ${missing[*]} with apt"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# `npm install` rather than `npm ci`: this machine's npm leaves other platforms' optional
# packages (rollup's native builds) out of the lockfile, which `npm ci` rejects. With the lockfile
# present, `npm install` installs exactly the locked versions and leaves the lockfile unchanged.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
