#!/usr/bin/env bash
# The scale benchmark (make bench-scale): a fresh Neo4j of its own with the seed, then 100,000
# generated IATI activities, then 900,000 more (1,000,000 in all); after each step a Concord
# server on 127.0.0.1:8090 is asked every coordination question BENCH_REQUESTS times (50) and
# the results are appended to bench/results/scale.txt. Takes about half an hour on 2 cores.
#
#   BENCH_SIZES="100000"  scripts/bench-scale.sh   # only the first step
#   BENCH_KEEP=1          scripts/bench-scale.sh   # keep the loaded graph and go on querying it
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

export NEO4J_NAME=scale
export NEO4J_BOLT_PORT=${NEO4J_SCALE_PORT:-7690}
export NEO4J_PASSWORD=concord-scale-password
export NEO4J_HEAP=${NEO4J_SCALE_HEAP:-4g}
export NEO4J_PAGECACHE=${NEO4J_SCALE_PAGECACHE:-4g}
sizes=${BENCH_SIZES:-"100000 1000000"}
requests=${BENCH_REQUESTS:-50}
out=${BENCH_OUT:-bench/results/scale.txt}
uri="neo4j://127.0.0.1:$NEO4J_BOLT_PORT"
addr=127.0.0.1:8090

go build -o bin/concord ./cmd/concord
go build -o bin/concord-bench-scale ./cmd/concord-bench-scale
mkdir -p "$(dirname "$out")"

server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  scripts/neo4j.sh stop
}
trap cleanup EXIT

if [ -z "${BENCH_KEEP:-}" ]; then scripts/neo4j.sh reset; fi
scripts/neo4j.sh start
loaded=0
if [ -z "${BENCH_KEEP:-}" ]; then
  NEO4J_URI=$uri bin/concord migrate
  NEO4J_URI=$uri bin/concord seed >/dev/null
fi

for size in $sizes; do
  if [ -z "${BENCH_KEEP:-}" ]; then
    echo "bench-scale: generating and importing activities $loaded..$((size - 1))" >&2
    bin/concord-bench-scale load -neo4j-uri "$uri" -first "$loaded" -n $((size - loaded))
    loaded=$size
  fi
  NEO4J_URI=$uri CONCORD_ADDR=$addr CONCORD_ANONYMOUS=true CONCORD_LOG_FORMAT=json bin/concord serve >"/tmp/concord-bench-scale-$size.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -sf "http://$addr/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
  bin/concord-bench-scale query -url "http://$addr/graphql" -requests "$requests" -server-pid "$server" \
    -label "$size generated activities + seed, $(nproc) cores, $(git rev-parse --short HEAD)" -out "$out" ${BENCH_ONLY:+-only "$BENCH_ONLY"}
  kill "$server"; wait "$server" 2>/dev/null || true
  server=""
done
