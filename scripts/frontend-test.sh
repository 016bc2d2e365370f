#!/usr/bin/env bash
# The frontend's checks: dependencies from the lock file, generated GraphQL types fresh against
# the schema, type check, lint (feature boundaries among others), component tests (Vitest, no network).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../frontend"
npm ci --no-audit --no-fund --loglevel=error
npm run --silent check-generate
npm run --silent typecheck
npm run --silent lint
npm test
