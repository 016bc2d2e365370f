package analytics

import (
	"slices"
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

func TestComputeRenewals(t *testing.T) {
	expires := d(2010, time.June, 30)
	mission := func(id string, kept ...concord.FunctionCode) concord.ExpiringMission {
		return concord.ExpiringMission{ID: id, Period: concord.Period{From: d(2008, time.January, 1)}, Kept: kept,
			Deployments: []concord.Deployment{{Mission: id, Country: "XKX"}, {Mission: id, Country: "SRB", Period: concord.Period{To: d(2009, time.December, 31)}}}}
	}
	mandates := []concord.ExpiringMandate{{
		Mandate:  concord.Mandate{ID: "md-1", Expires: expires, Functions: []concord.FunctionCode{concord.Justice, concord.Police, concord.Corrections}},
		Missions: []concord.ExpiringMission{mission("m1", concord.Police)},
	}}
	presences := []concord.Presence{
		// m1 itself, and a mission of another organisation on justice; a RULE_OF_LAW activity
		// does not stand for corrections; a funder alone is no engagement; an undated record
		// is not there on the day.
		{Country: "XKX", Kind: concord.SubjectMission, Subject: "m1", Functions: []concord.FunctionCode{concord.Justice, concord.Police, concord.Corrections},
			Period: concord.Period{From: d(2008, time.January, 1)}, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
		{Country: "XKX", Kind: concord.SubjectMission, Subject: "m2", Functions: []concord.FunctionCode{concord.Justice},
			Period: concord.Period{From: d(2009, time.January, 1), To: d(2011, time.December, 31)}, Actors: []concord.ActorRole{{Actor: "osce", Role: concord.RoleLead}}},
		{Country: "XKX", Kind: concord.SubjectActivity, Subject: "x1", Functions: []concord.FunctionCode{concord.RuleOfLaw},
			Period: concord.Period{From: d(2010, time.January, 1), To: d(2010, time.December, 31)}, Actors: []concord.ActorRole{{Actor: "ngo", Role: concord.RoleImplementer}}},
		{Country: "XKX", Kind: concord.SubjectActivity, Subject: "x2", Functions: []concord.FunctionCode{concord.Corrections},
			Period: concord.Period{From: d(2010, time.January, 1), To: d(2010, time.December, 31)}, Actors: []concord.ActorRole{{Actor: "deu", Role: concord.RoleFunder}}},
		{Country: "XKX", Kind: concord.SubjectActivity, Subject: "x3", Functions: []concord.FunctionCode{concord.Corrections}, Actors: []concord.ActorRole{{Actor: "ngo", Role: concord.RoleImplementer}}},
	}
	got := ComputeRenewals(mandates, presences, RenewalQuery{})
	if len(got) != 1 || !slices.Equal(got[0].Countries, []string{"XKX"}) || !slices.Equal(got[0].Missions, []string{"m1"}) {
		t.Fatalf("renewals %+v: want md-1 in Kosovo only (the Serbian deployment ended in 2009)", got)
	}
	type cell struct {
		f           concord.FunctionCode
		kept, alone bool
		others      []string
	}
	var cells []cell
	for _, c := range got[0].Cells {
		var others []string
		for _, o := range c.Others {
			others = append(others, o.Subject)
		}
		cells = append(cells, cell{c.Function, c.Kept, c.Alone, others})
	}
	want := []cell{
		{concord.Justice, false, false, []string{"m2"}},
		{concord.Police, true, false, nil},
		{concord.Corrections, false, true, nil},
	}
	if !slices.EqualFunc(cells, want, func(a, b cell) bool {
		return a.f == b.f && a.kept == b.kept && a.alone == b.alone && slices.Equal(a.others, b.others)
	}) {
		t.Errorf("cells\n got %+v\nwant %+v", cells, want)
	}
	if got := ComputeRenewals(mandates, presences, RenewalQuery{Country: "MLI"}); len(got) != 0 {
		t.Errorf("in Mali: %+v, want none", got)
	}
}
