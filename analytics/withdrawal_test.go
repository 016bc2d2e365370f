package analytics

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

func TestComputeWithdrawalImpact(t *testing.T) {
	at := d(2010, time.July, 1)
	open := concord.Period{From: d(2009, time.January, 1)}
	until2011 := concord.Period{From: d(2009, time.January, 1), To: d(2011, time.March, 31)}
	mission := func(id string, fs []concord.FunctionCode, p concord.Period, actors ...concord.ActorRole) concord.Presence {
		return concord.Presence{Country: "XKX", Kind: concord.SubjectMission, Subject: id, Functions: fs, Period: p, Actors: actors}
	}
	activity := func(id string, fs []concord.FunctionCode, admin1 []string, p concord.Period, actors ...concord.ActorRole) concord.Presence {
		return concord.Presence{Country: "AFG", Kind: concord.SubjectActivity, Subject: id, Functions: fs, Admin1: admin1, Period: p, Actors: actors}
	}
	lead := func(a string) concord.ActorRole { return concord.ActorRole{Actor: a, Role: concord.RoleLead} }
	contrib := func(a string) concord.ActorRole { return concord.ActorRole{Actor: a, Role: concord.RoleContributor} }
	impl := func(a string) concord.ActorRole { return concord.ActorRole{Actor: a, Role: concord.RoleImplementer} }
	funder := func(a string) concord.ActorRole { return concord.ActorRole{Actor: a, Role: concord.RoleFunder} }
	fs := func(codes ...concord.FunctionCode) []concord.FunctionCode { return codes }

	type cellWant struct {
		cell     string // country/function[/admin1]
		losesAll bool
		lostLead string
		others   []string // subject ids
	}
	cases := []struct {
		name      string
		presences []concord.Presence
		leads     []concord.Lead
		q         WithdrawalQuery
		want      []cellWant
		unfunded  []string
	}{
		{
			name: "a mission ends: a function only it covered is lost, the others keep who else works on them",
			presences: []concord.Presence{
				mission("m1", fs(concord.Justice, concord.Corrections), open, lead("un")),
				mission("m2", fs(concord.Justice), until2011, lead("osce")),
			},
			q: WithdrawalQuery{Mission: "m1", At: at},
			want: []cellWant{
				{cell: "XKX/JUSTICE", others: []string{"m2"}},
				{cell: "XKX/CORRECTIONS", losesAll: true},
			},
		},
		{
			name: "a parent function does not stand for its children: RULE_OF_LAW elsewhere does not keep JUSTICE",
			presences: []concord.Presence{
				mission("m1", fs(concord.Justice), open, lead("un")),
				mission("m2", fs(concord.RuleOfLaw), open, lead("eu")),
			},
			q:    WithdrawalQuery{Mission: "m1", At: at},
			want: []cellWant{{cell: "XKX/JUSTICE", losesAll: true}},
		},
		{
			name: "records not active on the day, and undated ones, neither leave nor stay",
			presences: []concord.Presence{
				mission("m1", fs(concord.Police), open, lead("un")),
				mission("m2", fs(concord.Police), concord.Period{From: d(2011, time.January, 1)}, lead("eu")),
				mission("m3", fs(concord.Police), concord.Period{}, lead("osce")),
				mission("m4", fs(concord.Justice), concord.Period{To: d(2009, time.December, 31)}, lead("un")),
			},
			q:    WithdrawalQuery{Mission: "m1", At: at},
			want: []cellWant{{cell: "XKX/POLICE", losesAll: true}},
		},
		{
			name: "an actor leaves: a mission it contributes to stays with its lead; the lead it held is lost",
			presences: []concord.Presence{
				mission("m1", fs(concord.Police), open, lead("eu"), contrib("deu")),
				mission("m2", fs(concord.Border), open, lead("deu")),
			},
			leads: []concord.Lead{{Actor: "deu", Country: "XKX", Function: concord.Border, Period: open}},
			q:     WithdrawalQuery{Actor: "deu", At: at},
			want: []cellWant{
				{cell: "XKX/POLICE", others: []string{"m1"}},
				{cell: "XKX/BORDER", losesAll: true, lostLead: "deu"},
			},
		},
		{
			name: "a mission ends: its lead actor keeps the lead when it works on the function elsewhere in the country",
			presences: []concord.Presence{
				mission("m1", fs(concord.Police, concord.Justice), open, lead("eu")),
				mission("m2", fs(concord.Police), open, lead("eu")),
			},
			leads: []concord.Lead{
				{Actor: "eu", Country: "XKX", Function: concord.Police, Period: open},
				{Actor: "eu", Country: "XKX", Function: concord.Justice, Period: open},
			},
			q: WithdrawalQuery{Mission: "m1", At: at},
			want: []cellWant{
				{cell: "XKX/JUSTICE", losesAll: true, lostLead: "eu"},
				{cell: "XKX/POLICE", others: []string{"m2"}},
			},
		},
		{
			name: "provinces: another record in the province or naming none stays; one elsewhere does not",
			presences: []concord.Presence{
				activity("x1", fs(concord.Governance), []string{"Badakhshan"}, open, impl("fao"), funder("ec")),
				activity("x2", fs(concord.Governance), []string{"Kabul"}, open, impl("wfp")),
				activity("x3", fs(concord.Governance), nil, open, impl("nrc")),
				activity("x4", fs(concord.Governance), []string{"badakhshan"}, until2011, impl("acted"), impl("fao")),
			},
			q: WithdrawalQuery{Actor: "fao", At: at},
			want: []cellWant{
				{cell: "AFG/GOVERNANCE/Badakhshan", others: []string{"x4", "x3"}},
			},
			unfunded: []string{"x1"},
		},
		{
			name: "funding: an activity with another implementer, or without funders, is not left unimplemented",
			presences: []concord.Presence{
				activity("x1", fs(concord.Justice), nil, open, impl("a"), impl("b"), funder("ec")),
				activity("x2", fs(concord.Justice), nil, open, impl("a")),
				activity("x3", fs(concord.Police), nil, open, impl("a"), funder("gbr"), funder("ec")),
			},
			q: WithdrawalQuery{Actor: "a", At: at},
			want: []cellWant{
				{cell: "AFG/JUSTICE", others: []string{"x1"}},
				{cell: "AFG/POLICE", losesAll: true},
			},
			unfunded: []string{"x3"},
		},
		{
			name:      "an actor's funding alone is no engagement: nothing leaves",
			presences: []concord.Presence{activity("x1", fs(concord.Justice), nil, open, impl("b"), funder("a"))},
			q:         WithdrawalQuery{Actor: "a", At: at},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ComputeWithdrawalImpact(tc.presences, tc.leads, tc.q)
			var cells []cellWant
			for _, c := range got.Cells {
				key := c.Country + "/" + string(c.Function)
				if c.Admin1 != "" {
					key += "/" + c.Admin1
				}
				var others []string
				for _, o := range c.Others {
					others = append(others, o.Subject)
				}
				if c.LosesOnly != (len(c.Others) == 0) {
					t.Errorf("%s: LosesOnly %v with %d others", key, c.LosesOnly, len(c.Others))
				}
				if len(c.Leaving) == 0 {
					t.Errorf("%s: no record leaves through this cell", key)
				}
				cells = append(cells, cellWant{cell: key, losesAll: c.LosesOnly, lostLead: c.LostLead, others: others})
			}
			if !slices.EqualFunc(cells, tc.want, func(a, b cellWant) bool {
				return a.cell == b.cell && a.losesAll == b.losesAll && a.lostLead == b.lostLead && slices.Equal(a.others, b.others)
			}) {
				t.Errorf("cells:\n got %+v\nwant %+v", cells, tc.want)
			}
			var unfunded []string
			for _, u := range got.Unfunded {
				unfunded = append(unfunded, u.Activity)
			}
			if !slices.Equal(unfunded, tc.unfunded) {
				t.Errorf("unfunded = %v, want %v", unfunded, tc.unfunded)
			}
		})
	}
}

func TestWithdrawalQueryValidate(t *testing.T) {
	at := d(2008, time.June, 15)
	for _, tc := range []struct {
		q     WithdrawalQuery
		field string
	}{
		{WithdrawalQuery{At: at}, "actor"},
		{WithdrawalQuery{Actor: "un", Mission: "unmik", At: at}, "actor"},
		{WithdrawalQuery{Mission: "unmik"}, "at"},
		{WithdrawalQuery{Mission: "unmik", At: at}, ""},
	} {
		err := tc.q.Validate()
		var e *concord.Error
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%+v: %v", tc.q, err)
		case tc.field != "" && (!errors.As(err, &e) || e.Field != tc.field):
			t.Errorf("%+v: error %v, want one on %q", tc.q, err, tc.field)
		}
	}
}

// The example of docs/analytics.md: the day Kosovo's constitution took effect (15 June 2008),
// when UNMIK's executive role was reconfigured, and EULEX Kosovo, launched in February, was not
// yet deployed (9 December 2008): had UNMIK left then, corrections would have had nobody.
func TestWithdrawalImpactSeedUNMIK(t *testing.T) {
	w := loadSeedWorld(t)
	got := ComputeWithdrawalImpact(w.presences, nil, WithdrawalQuery{Mission: "unmik", Country: "XKX", At: d(2008, time.June, 15)})
	summary := map[concord.FunctionCode][]string{}
	for _, c := range got.Cells {
		var others []string
		for _, o := range c.Others {
			others = append(others, o.Subject)
		}
		summary[c.Function] = others
	}
	want := map[concord.FunctionCode][]string{
		concord.Justice:     {"osce-mik"},
		concord.Police:      {"osce-mik"},
		concord.Corrections: nil,
		concord.Governance:  {"osce-mik"},
		concord.HumanRights: {"osce-mik"},
	}
	if len(summary) != len(want) {
		t.Fatalf("cells %v, want %v", summary, want)
	}
	for f, others := range want {
		if !slices.Equal(summary[f], others) {
			t.Errorf("%s: others %v, want %v", f, summary[f], others)
		}
	}
	// After EULEX's deployment, corrections is kept by it.
	later := ComputeWithdrawalImpact(w.presences, nil, WithdrawalQuery{Mission: "unmik", Country: "XKX", At: d(2009, time.January, 1)})
	for _, c := range later.Cells {
		if c.Function == concord.Corrections && (c.LosesOnly || c.Others[0].Subject != "eulex-kosovo") {
			t.Errorf("2009: corrections %+v, want kept by eulex-kosovo", c)
		}
	}
}
