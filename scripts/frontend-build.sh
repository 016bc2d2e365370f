#!/usr/bin/env bash
# Builds the web UI into frontend/dist, which the concord binary embeds. Dependencies are
# installed from the lock file when node_modules is missing or older than it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../frontend"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
