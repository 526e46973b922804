#!/usr/bin/env bash
# Everything CI runs, in order: install, type checks (project code, the generated SDK declaration
# and every TypeScript snippet), unit and fixture tests, the site build, then browser tests
# against the built site in Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
npx tsc -p .
npx tsx scripts/check-specs.ts
npx vitest run
npx vitepress build
npx playwright test
