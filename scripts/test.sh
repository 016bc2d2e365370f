#!/usr/bin/env bash
# Runs every test against a real Neo4j that it starts (and stops) itself, on its own port and
# data directory so that a running `make run` is left alone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

export NEO4J_NAME=test
export NEO4J_BOLT_PORT=${NEO4J_TEST_PORT:-7688}
export NEO4J_PASSWORD=concord-test-password
export NEO4J_HEAP=${NEO4J_TEST_HEAP:-1g}
export NEO4J_PAGECACHE=${NEO4J_TEST_PAGECACHE:-256m}

scripts/neo4j.sh start
trap 'scripts/neo4j.sh stop' EXIT

export NEO4J_TEST_URI="neo4j://127.0.0.1:$NEO4J_BOLT_PORT"
export NEO4J_TEST_PASSWORD="$NEO4J_PASSWORD"

# Test binaries share the one database, so they run one package at a time. The frontend's
# node_modules holds Go code of its own (an npm package ships some): not ours to test.
# shellcheck disable=SC2046
go test -p 1 -count=1 "$@" $(go list ./... | grep -v /node_modules/)
