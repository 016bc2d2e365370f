package neo4jstore_test

import (
	"slices"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestPresencePropertiesMatchTheGraph rebuilds every activity's presence properties from its
// dates and relationships after each kind of write — import, create, update, delete, re-import
// and an actor merge — and compares them with those the writes maintained; and checks that
// the world map's tallies count what they should.
func TestPresencePropertiesMatchTheGraph(t *testing.T) {
	s := neo4jtest.Open(t)
	consistent := func(step string) {
		t.Helper()
		bad, err := s.PresenceMismatches(sys)
		if err != nil {
			t.Fatal(err)
		}
		if len(bad) > 0 {
			t.Fatalf("after %s, presence properties differ from the graph: %v", step, bad)
		}
	}
	period := concord.Period{From: concord.NewDate(2020, 1, 1), To: concord.NewDate(2021, 12, 31)}
	ds := concord.Dataset{Actors: []concord.Actor{
		{ID: "giz", Name: "GIZ", Kind: concord.KindOther},
		{ID: "giz-dup", Name: "GIZ GmbH", Kind: concord.KindOther},
		{ID: "sida", Name: "Sida", Kind: concord.KindOther},
	}, Activities: []concord.Activity{
		{ID: "ACT-1", Title: "Courts", Countries: []string{"MLI", "NER"}, Functions: []concord.FunctionCode{concord.Police, concord.Justice},
			Period: period, Implementers: []string{"giz", "giz-dup"},
			Funders: []concord.Funding{{Funder: "sida", Target: "ACT-1", Amount: 10, Currency: "USD", Year: 2020}, {Funder: "sida", Target: "ACT-1", Amount: 5, Currency: "USD", Year: 2021}}},
		{ID: "ACT-2", Title: "Undated", Countries: []string{"MLI"}, Implementers: []string{"giz"}},
		{ID: "ACT-3", Title: "Gone soon", Countries: []string{"NER"}, Functions: []concord.FunctionCode{concord.Elections}, Period: period},
	}}
	if _, err := s.Import(sys, ds); err != nil {
		t.Fatal(err)
	}
	consistent("import")

	day := concord.Period{From: concord.NewDate(2020, 6, 1), To: concord.NewDate(2020, 6, 1)}
	tallies := func(undated bool) []concord.PresenceTally {
		t.Helper()
		ts, err := s.PresenceTallies(sys, concord.PresenceFilter{Country: "MLI", Window: day, Undated: undated})
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(ts, func(a, b concord.PresenceTally) int { return len(a.Functions) - len(b.Functions) })
		return ts
	}
	// In Mali on that day: ACT-1 (JUSTICE and POLICE in the vocabulary's order; giz, giz-dup
	// and sida, who funds twice: three engagements); the undated ACT-2 (one implementer) only
	// when undated records are asked for, and counted apart.
	act1 := concord.PresenceTally{Country: "MLI", Functions: []concord.FunctionCode{concord.Justice, concord.Police}, Activities: 1, Engagements: 3}
	if got, want := tallies(false), []concord.PresenceTally{act1}; !equalTallies(got, want) {
		t.Fatalf("tallies = %+v, want %+v", got, want)
	}
	if got, want := tallies(true), []concord.PresenceTally{{Country: "MLI", Activities: 1, Engagements: 1}, act1}; !equalTallies(got, want) {
		t.Fatalf("tallies with undated records = %+v, want %+v", got, want)
	}
	if got, err := s.UndatedCounts(sys, concord.PresenceFilter{Country: "MLI", Window: day}); err != nil || len(got) != 1 || got[0] != (concord.UndatedCount{Country: "MLI", Records: 1}) {
		t.Fatalf("undated in Mali = %+v %v, want ACT-2", got, err)
	}

	// Over all time (no window) ACT-3 in Niger counts too, with its own period.
	all, err := s.PresenceTallies(sys, concord.PresenceFilter{Country: "NER", Function: concord.Elections})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Activities != 1 || all[0].Period != period {
		t.Fatalf("all-time tallies in Niger on ELECTIONS = %+v, want ACT-3 over %v", all, period)
	}

	created, err := s.CreateActivity(sys, concord.Activity{ID: "ACT-4", Title: "Police", Countries: []string{"MLI"},
		Functions: []concord.FunctionCode{concord.Police}, Period: period, Implementers: []string{"sida"}})
	if err != nil {
		t.Fatal(err)
	}
	consistent("create")
	if _, err := s.UpdateActivity(sys, "ACT-4", created.Version, func(a *concord.Activity) error {
		a.Countries = []string{"NER"}
		a.Period.To = concord.Date{} // ongoing
		a.Functions = []concord.FunctionCode{concord.DDR}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	consistent("update")
	act3, err := s.Activities(sys, []string{"ACT-3"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteActivity(sys, "ACT-3", act3["ACT-3"].Version); err != nil {
		t.Fatal(err)
	}
	consistent("delete")
	if _, err := s.Import(sys, ds); err != nil { // ACT-3 comes back, the rest is unchanged
		t.Fatal(err)
	}
	consistent("re-import")

	if _, err := s.MergeActors(sys, "giz", "giz-dup"); err != nil {
		t.Fatal(err)
	}
	consistent("merge")
	act1.Engagements = 2 // giz and giz-dup are one implementer now
	if got, want := tallies(false), []concord.PresenceTally{act1}; !equalTallies(got, want) {
		t.Fatalf("after the merge, tallies = %+v, want %+v", got, want)
	}

	// An activity an older server wrote without them gets them at the next start.
	if err := s.ForgetPresence(sys, "ACT-1"); err != nil {
		t.Fatal(err)
	}
	if bad, err := s.PresenceMismatches(sys); err != nil || len(bad) == 0 {
		t.Fatalf("forgotten presence not seen: %v, %v", bad, err)
	}
	if _, err := s.Migrate(sys); err != nil {
		t.Fatal(err)
	}
	consistent("a start after an older server's write")

	// Areas travel with the country (migration 9 derives them for activities written before).
	placed := concord.Activity{ID: "ACT-AF", Title: "Food security in Fayzabad", Countries: []string{"AFG"}, Period: period,
		Labels: []string{"Operational Presence: Food Security & Agriculture"}, Admin1: []string{"AF17", "Badakhshan"}, Admin2: []string{"AF1701", "Fayzabad"}}
	if _, err := s.CreateActivity(sys, placed); err != nil {
		t.Fatal(err)
	}
	areas := func() ([]string, []string) {
		t.Helper()
		ts, err := s.PresenceTallies(sys, concord.PresenceFilter{Country: "AFG"})
		if err != nil || len(ts) != 1 {
			t.Fatalf("tallies in Afghanistan = %+v, %v", ts, err)
		}
		return ts[0].Admin1, ts[0].Admin2
	}
	if a1, a2 := areas(); !slices.Equal(a1, placed.Admin1) || !slices.Equal(a2, placed.Admin2) {
		t.Fatalf("tally areas %v %v, want %v %v", a1, a2, placed.Admin1, placed.Admin2)
	}
	if err := s.AsBeforeMigration9(sys, "ACT-AF"); err != nil {
		t.Fatal(err)
	}
	if a1, _ := areas(); len(a1) != 0 {
		t.Fatalf("before migration 9 the tally has areas %v", a1)
	}
	if _, err := s.Migrate(sys); err != nil {
		t.Fatal(err)
	}
	consistent("migration 9")
	if a1, a2 := areas(); !slices.Equal(a1, placed.Admin1) || !slices.Equal(a2, placed.Admin2) {
		t.Fatalf("after migration 9, tally areas %v %v, want %v %v", a1, a2, placed.Admin1, placed.Admin2)
	}
}

func equalTallies(a, b []concord.PresenceTally) bool {
	return slices.EqualFunc(a, b, func(x, y concord.PresenceTally) bool {
		return x.Country == y.Country && slices.Equal(x.Functions, y.Functions) && x.Period == y.Period &&
			x.Activities == y.Activities && x.Engagements == y.Engagements
	})
}
