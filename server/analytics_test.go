package server_test

import (
	"slices"
	"strings"
	"testing"
)

// TestAnalyticsOnTheSeed asks two of the seed document's questions of the real seed data.
func TestAnalyticsOnTheSeed(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")

	t.Run("NestedDeploymentsInMali2016", func(t *testing.T) {
		var got struct {
			NestedDeployments []struct {
				Host   struct{ Acronym string }
				Nested []struct {
					Mission struct{ Acronym string }
				}
			}
		}
		a.query(`{ nestedDeployments(at: "2016-06-01", country: "MLI") { host { acronym } nested { mission { acronym } sharedFunctions { code } from to reason } } }`, nil, &got)
		if len(got.NestedDeployments) != 1 || got.NestedDeployments[0].Host.Acronym != "MINUSMA" {
			t.Fatalf("nested deployments in Mali: %+v", got)
		}
		var nested []string
		for _, n := range got.NestedDeployments[0].Nested {
			nested = append(nested, n.Mission.Acronym)
		}
		for _, want := range []string{"EUTM Mali", "EUCAP Sahel Mali"} {
			if !slices.Contains(nested, want) {
				t.Errorf("MINUSMA hosts %v, want %s among them", nested, want)
			}
		}
	})

	t.Run("TransitionsInSierraLeone", func(t *testing.T) {
		var got struct {
			Transitions []struct {
				Missions []struct{ Acronym string }
				Steps    []struct {
					GapDays            *int
					ModelFrom, ModelTo string
				}
			}
		}
		a.query(`{ transitions(country: "SLE") { missions { acronym } steps { gapDays modelFrom modelTo functionsAdded { code } } } }`, nil, &got)
		var chain []string
		for _, tr := range got.Transitions {
			var ms []string
			for _, m := range tr.Missions {
				ms = append(ms, m.Acronym)
			}
			if slices.Contains(ms, "UNAMSIL") {
				chain = ms
				// UNOMSIL → UNAMSIL → UNIOSIL → UNIPSIL: the UNAMSIL → UNIOSIL step is a
				// hand-over the next day (gap 0, docs/analytics.md), peacekeeping to mediation.
				if len(tr.Steps) < 2 || tr.Steps[1].GapDays == nil || *tr.Steps[1].GapDays != 0 ||
					tr.Steps[1].ModelFrom != "PEACEKEEPING" || tr.Steps[1].ModelTo != "MEDIATION" {
					t.Errorf("steps %+v", tr.Steps)
				}
			}
		}
		if want := []string{"UNOMSIL", "UNAMSIL", "UNIOSIL", "UNIPSIL"}; !slices.Equal(chain, want) {
			t.Errorf("Sierra Leone chain %v, want %v", chain, want)
		}
	})

	t.Run("EveryAnalyticsQueryAnswers", func(t *testing.T) {
		for _, q := range []string{
			`{ coverage(country: "XKX", at: "2010-06-01") { functions { code } actors { id } cells { function { code } actor { id } subjects { role subject { __typename } } direct lead } gaps { code } fragmented { function { code } } } }`,
			`{ leadProblems(at: "2010-06-01", country: "XKX") { kind function { code } actors { id } } }`,
			`{ regionalClusters(at: "2010-06-01") { curated { cluster { id } members { id } } computed { id rule members { id } links { reason } } } }`,
			`{ comparativeStrengths(function: RULE_OF_LAW) { rank actor { id } score explanation led contributed missionYears } }`,
			`{ network(focus: "country:XKX", depth: 2, maxNodes: 50) { nodes { id type label depth } edges { id type source target } truncated omitted } }`,
			`{ searchLessons(query: "lead organisation") { score lesson { id title } } }`,
		} {
			resp := a.do(q, nil)
			if len(resp.Errors) > 0 || len(resp.Data) < 20 {
				t.Errorf("%.60s…: %+v %s", q, resp.Errors, resp.Data)
			}
		}
	})
}

// TestLeadsAndCoverage records leads and reads them back through coverage and leadProblems.
func TestLeadsAndCoverage(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	set := `mutation($a: ID!, $f: FunctionCode!) { setLead(input: {actor: $a, country: "XKX", function: $f, from: "2008-12-09", note: "test"}) { actor { id } function { code } from } }`

	var problems struct {
		LeadProblems []struct {
			Kind     string
			Function struct{ Code string }
		}
	}
	a.query(`{ leadProblems(at: "2010-06-01", country: "XKX") { kind function { code } } }`, nil, &problems)
	before := len(problems.LeadProblems)
	if before == 0 {
		t.Fatal("no lead recorded, yet no function lacks a lead")
	}
	var out struct {
		SetLead struct{ Actor struct{ ID string } }
	}
	a.query(set, map[string]any{"a": "eu", "f": "JUSTICE"}, &out)
	a.query(set, map[string]any{"a": "un", "f": "JUSTICE"}, &out)
	a.query(`{ leadProblems(at: "2010-06-01", country: "XKX") { kind function { code } } }`, nil, &problems)
	var competing []string
	for _, p := range problems.LeadProblems {
		if p.Kind == "COMPETING" {
			competing = append(competing, p.Function.Code)
		}
	}
	if !slices.Contains(competing, "JUSTICE") {
		t.Errorf("two leads for JUSTICE are not competing: %+v", problems.LeadProblems)
	}

	resp := a.do(`{ coverage(country: "XKX", at: "2010-06-01") { cells { function { code } actor { id } lead } } }`, nil)
	if !strings.Contains(string(resp.Data), `{"function":{"code":"JUSTICE"},"actor":{"id":"eu"},"lead":true}`) {
		t.Errorf("coverage does not mark the EU's lead on justice: %s", resp.Data)
	}
	if e := a.as(officerB).fail(set, map[string]any{"a": "eu", "f": "POLICE"}); code(e) != "FORBIDDEN" {
		t.Errorf("an OSCE officer naming the EU lead: %+v", e)
	}
	a.as(admin)
}

// TestFragmentationForDonors: donors see fragmentation results for everything (the issue's
// rule), though not the funding details of others' activities.
func TestFragmentationForDonors(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	a.load("testdata/canaries.json")
	a.as(donor)
	var got struct {
		Fragmentation struct {
			Funders  int
			HHI      float64
			Currency *string
			Shares   []struct {
				Actor  struct{ ID string }
				Amount float64
			}
		}
	}
	a.query(`{ fragmentation(country: "XKX", function: POLICE, year: 2010) { funders hhi currency shares { actor { id } amount share } notes } }`, nil, &got)
	f := got.Fragmentation
	// The two public police activities: Germany 424242, another donor 313131 (EUR); the
	// confidential OSCE activity is not counted for a donor of Germany.
	if f.Funders != 2 || len(f.Shares) != 2 || f.HHI <= 0.5 || f.HHI >= 1 {
		t.Errorf("fragmentation %+v", f)
	}
	a.as(admin)
}
