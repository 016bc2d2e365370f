# Concord: `make run` starts everything with the seed data; `make test` runs every test.
SHELL := /bin/bash
GO ?= go

.PHONY: run stop test e2e screenshots unit check-generate generate refdata graphiql build neo4j-reset bench bench-scale load bench-peer

## run: start Neo4j, migrate, load the seed data if the graph is empty, serve on 127.0.0.1:8080
# Development settings: a bootstrap administrator with a known password, anonymous reads on.
export CONCORD_ADMIN_EMAIL ?= admin@concord.local
export CONCORD_ADMIN_PASSWORD ?= concord-admin-dev

run: build
	scripts/neo4j.sh start
	bin/concord serve --seed-if-empty

## stop: stop the development Neo4j
stop:
	scripts/neo4j.sh stop

## test: generated code is fresh, vet, the concurrent pure-Go packages under the race detector,
## every Go test against a real Neo4j started for the run,
## the frontend's type check and component tests, and the end-to-end tests of the web UI in
## headless Chromium against the real server on a Neo4j loaded with the seed
test: check-generate
	$(GO) vet $$($(GO) list ./... | grep -v /node_modules/)
	$(GO) test -race -count=1 ./resolvers/ ./analytics/ ./live/
	scripts/frontend-test.sh
	scripts/test.sh
	scripts/e2e.sh

## e2e: only the end-to-end tests of the web UI (screenshots in artifacts/e2e/)
e2e:
	scripts/e2e.sh

# The end-to-end views the README shows (the journeys take more, in artifacts/e2e/).
README_SHOTS = map map-overlaps map-1440-tooltip country country-overlaps who-what-where gap-fillers-kosovo-2010 \
	capacity-south-sudan-2015 live-alerts-kosovo network network-afghanistan-1000-expanded search-autocomplete \
	profile-mission withdrawal-unmik-2008 renewals-kosovo-2010 duplicates audit-totals editor editing-conflict \
	editing-import-preview sign-in

## screenshots: re-take the README's screenshots of each view with the end-to-end tests
screenshots: e2e
	for s in $(README_SHOTS); do cp artifacts/e2e/$$s.png docs/screenshots/; done

## unit: the tests that need no database
unit:
	$(GO) test ./ ./dataset/ ./reference/ ./analytics/

## build: the web UI (frontend/dist), then the binary that embeds it
build:
	scripts/frontend-build.sh
	$(GO) build -o bin/concord ./cmd/concord

## generate: regenerate the GraphQL server code from graph/schema
generate:
	$(GO) generate ./graph/

## check-generate: fail when the checked-in generated code differs from a fresh generation
check-generate: generate
	@if [ -n "$$(git status --porcelain -- graph/ resolvers/ gqlgen.yml)" ]; then \
	  git status --short -- graph/ resolvers/ gqlgen.yml >&2; \
	  echo "generated GraphQL code is stale: run 'make generate' and commit the result" >&2; exit 1; fi

## refdata: regenerate reference/countries.json and regions.json from their packages
refdata:
	scripts/refdata/generate.sh

## graphiql: re-copy the offline GraphiQL bundle from npm into server/graphiql
graphiql:
	scripts/graphiql/build.sh

## neo4j-reset: stop the development Neo4j and delete its data
neo4j-reset:
	scripts/neo4j.sh reset

## load: a loopback load test of a running `make run` (steps of 1, 8, 32, 64 clients, 90% reads)
load: build
	$(GO) build -o bin/concord-load ./cmd/concord-load
	bin/concord-load -token "$$(bin/concord token $(CONCORD_ADMIN_EMAIL))" -server-pid "$$(pgrep -f 'bin/concord serve' | head -1)"

## bench: benchmarks against a real Neo4j started for the run
bench:
	scripts/test.sh -run '^$$' -bench . -benchmem

## bench-scale: seed + 100,000 then 1,000,000 generated IATI activities in a Neo4j of its own;
## every coordination question asked 50 times at each size (bench/results/scale.txt; ~30 min)
bench-scale:
	scripts/bench-scale.sh

## bench-peer: Concord against the Neo4j GraphQL library (bench/peer) on the same Neo4j and seed,
## answers checked equal first, then 1, 8 and 32 clients (bench/results/peer.txt; ~13 min)
bench-peer:
	scripts/bench-peer.sh
