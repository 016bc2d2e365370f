package neo4jstore_test

import (
	"slices"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

func TestOrganisationIdentity(t *testing.T) {
	s := neo4jtest.Open(t)
	ds := concord.Dataset{Actors: []concord.Actor{
		{ID: "mercy-corps-europe", Name: "Mercy Corps Europe", Kind: concord.KindNGO, Ref: "GB-CHC-1127633"},
		{ID: "mercy-corps", Name: "MERCY CORPS", Kind: concord.KindNGO},
		{ID: "mc-dup-ref", Name: "Mercy Corps Scotland", Kind: concord.KindNGO, Ref: "gb-chc-1127633"},
		{ID: "care", Name: "CARE International", Kind: concord.KindNGO},
	}, Activities: []concord.Activity{
		{ID: "ACT-1", Title: "Water", Implementers: []string{"mercy-corps"}, Countries: []string{"AFG"},
			Funders: []concord.Funding{{Funder: "mercy-corps", Target: "ACT-1", Amount: 10, Currency: "USD", Year: 2020}}},
	}}
	if _, err := s.Import(sys, ds); err != nil {
		t.Fatal(err)
	}

	t.Run("ResolveByRefThenName", func(t *testing.T) {
		got, err := s.ResolveActors(sys, [][]string{
			{concord.RefKey("GB-CHC-1127633"), concord.NameKey("Whatever")},
			{concord.NameKey("Mercy  Corps")},
			{concord.NameKey("care international")},
			{concord.RefKey("XM-NONE"), concord.NameKey("Unknown Org")},
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Two actors carry that ref; the smallest id wins, deterministically.
		if want := []string{"mc-dup-ref", "mercy-corps", "care", ""}; !slices.Equal(got, want) {
			t.Errorf("resolved %v, want %v", got, want)
		}
	})

	t.Run("ProbableDuplicates", func(t *testing.T) {
		pairs, err := s.ActorDuplicates(sys)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range pairs {
			got = append(got, p.A+"+"+p.B)
		}
		want := []string{"mc-dup-ref+mercy-corps", "mc-dup-ref+mercy-corps-europe", "mercy-corps+mercy-corps-europe"}
		if !slices.Equal(got, want) {
			t.Errorf("duplicates %v, want %v", got, want)
		}
	})

	t.Run("MergeMovesEverything", func(t *testing.T) {
		merged, err := s.MergeActors(sys, "mercy-corps-europe", "mercy-corps")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(merged.Aliases, "MERCY CORPS") {
			t.Errorf("aliases %v lack the dropped name", merged.Aliases)
		}
		acts, _ := s.Activities(sys, []string{"ACT-1"})
		a := acts["ACT-1"]
		if !slices.Equal(a.Implementers, []string{"mercy-corps-europe"}) || a.Funders[0].Funder != "mercy-corps-europe" || a.Funders[0].Amount != 10 {
			t.Errorf("activity after merge: implementers %v funders %+v", a.Implementers, a.Funders)
		}
		if gone, _ := s.Actors(sys, []string{"mercy-corps"}); len(gone) != 0 {
			t.Error("the dropped actor still exists")
		}
		// A later import that names the dropped organisation maps to the kept one.
		got, _ := s.ResolveActors(sys, [][]string{{concord.NameKey("Mercy Corps")}}, nil)
		if got[0] != "mercy-corps-europe" {
			t.Errorf("re-import resolves %q, want mercy-corps-europe", got[0])
		}
		if _, err := s.MergeActors(concord.NewContext(t.Context(), concord.Principal{Subject: "x", Org: "care", Roles: []concord.AccountRole{concord.AccountOfficer}}), "care", "mc-dup-ref"); concord.ErrorCode(err) != concord.EFORBIDDEN {
			t.Errorf("officer merging: %v, want FORBIDDEN", err)
		}
	})
}
