package server_test

import (
	"testing"

	"github.com/concord-peace/concord/dataset"
	"github.com/concord-peace/concord/reference"
	"github.com/concord-peace/concord/seed"
)

// Benchmarks of whole GraphQL requests through the HTTP handler against the real Neo4j with the
// seed data (`make bench`). They measure server-side time: no network, no client.

func benchAPI(b *testing.B) *api {
	b.Helper()
	a := newAPI(b)
	a.load("../seed/concord-seed.json")
	return a
}

func benchQuery(b *testing.B, a *api, query string, vars map[string]any) {
	b.Helper()
	before := a.store.RoundTrips()
	for b.Loop() {
		if resp := a.do(query, vars); len(resp.Errors) > 0 {
			b.Fatalf("errors: %+v", resp.Errors)
		}
	}
	b.ReportMetric(float64(a.store.RoundTrips()-before)/float64(b.N), "roundtrips/op")
}

func BenchmarkEngagementsKosovo(b *testing.B) {
	benchQuery(b, benchAPI(b), engagementsQuery, map[string]any{"country": "XKX", "function": "JUSTICE", "at": "2010-06-01"})
}

func BenchmarkOverlapsKosovo(b *testing.B) {
	benchQuery(b, benchAPI(b), overlapsQuery, map[string]any{"country": "XKX", "function": "JUSTICE", "at": "2010-06-01"})
}

func BenchmarkOverlapsEverywhere(b *testing.B) {
	benchQuery(b, benchAPI(b), overlapsQuery, map[string]any{})
}

func BenchmarkNestedMissions140(b *testing.B) {
	benchQuery(b, benchAPI(b), nestedQuery, map[string]any{"first": 140})
}

// BenchmarkImportSeedUnchanged is the cost of re-importing the seed: parse, check, and compare
// fingerprints of 366 records that write nothing.
func BenchmarkImportSeedUnchanged(b *testing.B) {
	a := benchAPI(b)
	ds, err := dataset.Parse(seed.Document, reference.Known)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := a.store.Import(sys, ds); err != nil {
			b.Fatal(err)
		}
	}
}
