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
	a := newAPIUnpriced(b)
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

// The analytics on the seed (`make bench`); the target is a median under 50 ms.
func BenchmarkCoverageKosovo(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ coverage(country: "XKX", at: "2010-06-01") { cells { function { code } actor { id } lead } gaps { code } fragmented { function { code } } } }`, nil)
}

func BenchmarkLeadProblems(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ leadProblems(at: "2010-06-01") { kind country { code } function { code } } }`, nil)
}

func BenchmarkNestedDeployments2016(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ nestedDeployments(at: "2016-06-01") { host { id } nested { mission { id } sharedFunctions { code } } } }`, nil)
}

func BenchmarkTransitionsSierraLeone(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ transitions(country: "SLE") { missions { id } steps { gapDays modelFrom modelTo } } }`, nil)
}

func BenchmarkRegionalClusters2016(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ regionalClusters(at: "2016-06-01") { curated { cluster { id } } computed { id rule members { id } } } }`, nil)
}

func BenchmarkComparativeStrengthsJustice(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ comparativeStrengths(function: JUSTICE) { rank actor { id } score led contributed } }`, nil)
}

func BenchmarkFragmentationKosovo(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ fragmentation(country: "XKX", function: RULE_OF_LAW, year: 2010) { funders hhi shares { actor { id } share } } }`, nil)
}

func BenchmarkNetworkMINUSMA(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ network(focus: "mission:minusma", depth: 2) { nodes { id type label } edges { id type } truncated } }`, nil)
}

func BenchmarkSearchLessons(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ searchLessons(query: "lead organisation") { score lesson { id } } }`, nil)
}

// BenchmarkActorsMissions50 is the bench-peer pair "50 actors, their missions": a list whose
// every node loads two related lists, each of whose items loads a third.
func BenchmarkActorsMissions50(b *testing.B) {
	benchQuery(b, benchAPI(b), `{ actors(first: 50) { edges { node { id name
  missionsLed { id deployments { country { code } } } contributions { role mission { id } } } } } }`, nil)
}

// BenchmarkMissionByIDAnonymous and BenchmarkMissionByIDSignedIn measure what checking a
// signed-in request's session and account in Neo4j (revocation on the next request) costs.
func BenchmarkMissionByIDAnonymous(b *testing.B) {
	a := benchAPI(b)
	a.as(anonymous)
	benchQuery(b, a, `{ mission(id: "unmik") { id name } }`, nil)
}

func BenchmarkMissionByIDSignedIn(b *testing.B) {
	a := benchAPI(b)
	a.as(officerA)
	benchQuery(b, a, `{ mission(id: "unmik") { id name } }`, nil)
}

// The questions of the coordination wave: withdrawal, gap fillers, renewals, capacity.

func BenchmarkWithdrawalImpactUNMIK2008(b *testing.B) {
	benchQuery(b, benchAPI(b), withdrawalQuery, map[string]any{"mission": "unmik", "at": "2008-06-15"})
}

func BenchmarkGapFillersKosovo(b *testing.B) {
	benchQuery(b, benchAPI(b), gapQuery, map[string]any{"country": "XKX", "at": "2010-06-01", "first": 5})
}

func BenchmarkMandateRenewalsDecade(b *testing.B) {
	benchQuery(b, benchAPI(b), `query { mandateRenewals(from: "2005-01-01", to: "2009-12-31") {
	  mandate { id reference } expires missions { id } cells { function { code } keptByMission dependsOnItAlone
	  others { subject { ... on Mission { id } ... on Activity { id } } until } } } }`, nil)
}

func BenchmarkCapacitySouthSudan(b *testing.B) {
	benchQuery(b, benchAPI(b), `query { capacity(country: "SSD", at: "2015-06-30") { mission { id }
	  components { component authorised deployed gap } contributors { component number contributor { id } } } }`, nil)
}
