#!/usr/bin/env bash
# The side-by-side benchmark (make bench-peer): Concord against the Neo4j GraphQL library
# (bench/peer) on the same Neo4j and the same data. A fresh Neo4j of its own on 127.0.0.1:7691
# is migrated and seeded with Concord's CLI; Concord serves on 127.0.0.1:8091 and the peer on
# 127.0.0.1:4001; cmd/concord-bench-peer checks that each pair of queries answers the same
# facts, then drives both servers alternately at 1, 8 and 32 clients and writes
# bench/results/peer.txt. Everything it started is stopped on exit. About 13 minutes on 2 cores.
#
#   BENCH_DURATION=3s BENCH_ROUNDS=1 scripts/bench-peer.sh   # a quick run
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

export NEO4J_NAME=peer
export NEO4J_BOLT_PORT=7691
export NEO4J_PASSWORD=concord-peer-password
export NEO4J_URI="neo4j://127.0.0.1:$NEO4J_BOLT_PORT"
concord_addr=127.0.0.1:8091
peer_port=4001
out=${BENCH_OUT:-bench/results/peer.txt}
logs=.cache/bench-peer
mkdir -p "$logs" "$(dirname "$out")"

for port in 8091 "$peer_port" "$NEO4J_BOLT_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "bench-peer: 127.0.0.1:$port is already in use; stop what listens there first" >&2
    exit 1
  fi
done

go build -o bin/concord ./cmd/concord
go build -o bin/concord-bench-peer ./cmd/concord-bench-peer
# The commit, marked when the server's Go code that was built differs from it (read without
# touching the index).
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git --no-optional-locks status --porcelain --untracked-files=no -- '*.go' go.mod go.sum ':!cmd/concord-bench-peer' 2>/dev/null)" ]; then
  commit="$commit with uncommitted changes"
fi

# The peer's packages, exactly as package-lock.json pins them; reinstalled only when the lock
# changed since the last install.
if [ ! -f bench/peer/node_modules/.package-lock.json ] || [ bench/peer/package-lock.json -nt bench/peer/node_modules/.package-lock.json ]; then
  (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
fi

concord=""
peer=""
cleanup() {
  [ -n "$concord" ] && kill "$concord" 2>/dev/null || true
  [ -n "$peer" ] && kill "$peer" 2>/dev/null || true
  scripts/neo4j.sh stop
}
trap cleanup EXIT

scripts/neo4j.sh reset
scripts/neo4j.sh start
bin/concord migrate
bin/concord seed >/dev/null

CONCORD_ADDR=$concord_addr CONCORD_ANONYMOUS=true bin/concord serve >"$logs/concord.log" 2>&1 &
concord=$!
NODE_ENV=production PEER_PORT=$peer_port node bench/peer/server.mjs >"$logs/peer.log" 2>&1 &
peer=$!

ready() {
  for _ in $(seq 1 120); do
    if curl -sf "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  return 1
}
ready "http://$concord_addr/healthz" || { echo "bench-peer: Concord did not start; see $logs/concord.log" >&2; tail -n 20 "$logs/concord.log" >&2; exit 1; }
ready -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$peer_port/graphql" ||
  { echo "bench-peer: the peer did not start; see $logs/peer.log" >&2; tail -n 20 "$logs/peer.log" >&2; exit 1; }

version() { node -p "require('./bench/peer/node_modules/$1/package.json').version"; }
peer_name="@neo4j/graphql $(version @neo4j/graphql) on @apollo/server $(version @apollo/server), graphql $(version graphql), neo4j-driver $(version neo4j-driver), Node $(node --version), one process"
label="$(nproc) cores, $(date -u +%Y-%m-%d), commit $commit, $(go version | cut -d' ' -f3), Neo4j Community 5.26.30 (heap 1g, page cache 512m), the load driver on the same machine"

bin/concord-bench-peer -concord "http://$concord_addr/graphql" -peer "http://127.0.0.1:$peer_port/graphql" \
  -neo4j-uri "$NEO4J_URI" -duration "${BENCH_DURATION:-10s}" -warmup "${BENCH_WARMUP:-2s}" -rounds "${BENCH_ROUNDS:-2}" \
  -steps "${BENCH_STEPS:-1,8,32}" -out "$out" -label "$label" -peer-name "$peer_name"
