package neo4jstore_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestPresenceLabelAndAreaFilters: the graph applies a filter's label and areas as
// PresenceFilter.Passes does, for activities in a province and districts, a province alone, no
// area (national: it may work anywhere, so every area question keeps it), and missions (no
// label, no area).
func TestPresenceLabelAndAreaFilters(t *testing.T) {
	s := neo4jtest.Open(t)
	importFixture(t, s)
	period := concord.Period{From: concord.NewDate(2024, 1, 1), To: concord.NewDate(2024, 3, 31)}
	for _, a := range []concord.Activity{
		{ID: "AF-1", Labels: []string{"Operational Presence: Food Security & Agriculture"}, Admin1: []string{"Badakhshan", "AF17"}, Admin2: []string{"Fayzabad", "AF1701"}},
		{ID: "AF-2", Labels: []string{"operational presence: food security & agriculture", "WASH"}, Admin1: []string{"Badakhshan"}},
		{ID: "AF-3", Labels: []string{"WASH"}, Admin1: []string{"Kabul", "AF01"}, Admin2: []string{"AF0101"}},
		{ID: "AF-4", Labels: []string{"Operational Presence: Food Security & Agriculture"}},
		{ID: "AF-5", Functions: []concord.FunctionCode{concord.Justice}, Admin1: []string{"AF17"}},
	} {
		a.Title, a.Countries, a.Period = a.ID, []string{"XKX"}, period
		if _, err := s.CreateActivity(sys, a); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Presences(sys, concord.PresenceFilter{Country: "XKX", Detail: true})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(all, func(p concord.Presence) bool { return p.Kind == concord.SubjectMission }) {
		t.Fatal("no mission in Kosovo to check the filters on")
	}
	ids := func(ps []concord.Presence) []string {
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s %s", p.Kind, p.Subject))
		}
		slices.Sort(out)
		return out
	}
	for _, f := range []concord.PresenceFilter{
		{Label: "Operational Presence: Food Security & Agriculture"},
		{Label: "  WASH "},
		{Admin1: "af17"},
		{Admin1: "Badakhshan", Label: "wash"},
		{Admin2: "Fayzabad"},
		{Admin1: "AF01", Admin2: "AF0101"},
		{Admin1: "nowhere"},
	} {
		f.Country, f.Detail = "XKX", true
		got, err := s.Presences(sys, f)
		if err != nil {
			t.Fatal(err)
		}
		var want []concord.Presence
		for _, p := range all {
			if f.Passes(p) {
				want = append(want, p)
			}
		}
		if !slices.Equal(ids(got), ids(want)) {
			t.Errorf("%+v: the graph keeps %v, Passes %v", f, ids(got), ids(want))
		}
		if len(want) == 0 {
			t.Errorf("%+v keeps nothing: the case checks nothing", f)
		}
	}
	// Without Detail, labels and areas are not read (engagements do not need them), but still
	// filter.
	plain, err := s.Presences(sys, concord.PresenceFilter{Country: "XKX", Admin2: "Fayzabad"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plain {
		if len(p.Labels)+len(p.Admin1)+len(p.Admin2) > 0 {
			t.Errorf("without Detail, %s reads back with labels or areas: %+v", p.Subject, p)
		}
	}
	if !slices.ContainsFunc(plain, func(p concord.Presence) bool { return p.Subject == "AF-1" }) ||
		slices.ContainsFunc(plain, func(p concord.Presence) bool { return p.Subject == "AF-3" }) {
		t.Errorf("without Detail, Fayzabad keeps %v", ids(plain))
	}
	// The areas and labels come back with the presence.
	for _, p := range all {
		if p.Subject == "AF-1" && (!slices.Equal(p.Admin2, []string{"Fayzabad", "AF1701"}) || len(p.Labels) != 1) {
			t.Errorf("AF-1 reads back as %+v", p)
		}
	}
}
