#!/usr/bin/env bash
# End-to-end tests of the web UI: the concord binary (with the UI built in) on a Neo4j of its
# own, fresh and loaded with the seed data, driven in headless Chromium by playwright-core.
# Screenshots go to artifacts/e2e/. Everything it starts it stops.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

export CHROMIUM_PATH
CHROMIUM_PATH=$(scripts/chromium.sh)

make --no-print-directory build

# A Neo4j of its own (port, data directory), emptied first, so the seed is all it holds.
export NEO4J_NAME=${NEO4J_E2E_NAME:-e2e}
export NEO4J_BOLT_PORT=${NEO4J_E2E_PORT:-7689}
export NEO4J_PASSWORD=concord-e2e-password
export NEO4J_HEAP=${NEO4J_E2E_HEAP:-1g}
export NEO4J_PAGECACHE=${NEO4J_E2E_PAGECACHE:-256m}
scripts/neo4j.sh reset >/dev/null
scripts/neo4j.sh start

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  "$root/scripts/neo4j.sh" stop
  rm -rf "$work"
}
trap cleanup EXIT

port=${CONCORD_E2E_PORT:-8089}
export E2E_BASE_URL="http://127.0.0.1:$port"
export E2E_EMAIL=admin@concord.local
export E2E_PASSWORD=concord-e2e-admin
CONCORD_ADDR="127.0.0.1:$port" NEO4J_URI="neo4j://127.0.0.1:$NEO4J_BOLT_PORT" \
  CONCORD_SIGNING_KEY_FILE="$work/signing-key.pem" \
  CONCORD_ADMIN_EMAIL="$E2E_EMAIL" CONCORD_ADMIN_PASSWORD="$E2E_PASSWORD" \
  bin/concord serve --seed-if-empty >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$E2E_BASE_URL/readyz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$E2E_BASE_URL/readyz" >/dev/null || { echo "e2e: the server did not become ready" >&2; cat "$work/server.log" >&2; exit 1; }

mkdir -p artifacts/e2e
export E2E_ARTIFACTS="$root/artifacts/e2e"
cd frontend
# E2E_FILES picks some journeys (e.g. "e2e/network.e2e.mjs"); all of them by default.
# shellcheck disable=SC2086
node --test --test-concurrency=1 ${E2E_FILES:-e2e/*.e2e.mjs}
