package analytics

import (
	"slices"
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

// A hand-made Kosovo of 1 July 2010, argued in docs/analytics.md ("gapFillers"):
//
//   - m-here (UN, peacekeeping) is mandated for RULE_OF_LAW; an NGO's activity covers JUSTICE and
//     POLICE, so CORRECTIONS is the gap.
//   - The EU led two corrections missions, one still running in Serbia (same region) and both
//     of the peacekeeping model deployed here: the strongest record, in the region, the right
//     model, but the busiest (2 missions that day, with one in Georgia). It ranks first:
//     0.4·1 + 0.3·½ + 0.15·1 + 0.15·0 = 0.70.
//   - The NGO is on the ground and carries no mission: 0.3·1 + 0.15·1 = 0.45.
//   - The UN is on the ground too, but leads a mission that day: 0.3·1 + 0.15·½ = 0.375 → 0.38.
//   - The Netherlands led, and Norway contributed to, a training mission in Mali that ended in
//     2005: a weak record, elsewhere, another model, free: 0.4·S + 0.15, with S their strength
//     in corrections (0.47 and 0.35: a lead counts twice): 0.34 and 0.29.
func TestComputeGapFillersRanksAsArgued(t *testing.T) {
	at := d(2010, time.July, 1)
	regions := map[string][]string{"XKX": {"150", "039"}, "SRB": {"150", "039"}, "MLI": {"002", "202", "011"}, "GEO": {"142", "145"}}
	mission := func(id, lead string, model concord.MissionModel, country string, p concord.Period, fs []concord.FunctionCode, contributors ...string) concord.MissionPresence {
		m := concord.Mission{ID: id, LeadActor: lead, Model: model, Period: p, Functions: fs,
			Deployments: []concord.Deployment{{Mission: id, Country: country, Period: p}}}
		for _, c := range contributors {
			m.Contributors = append(m.Contributors, concord.Contribution{Actor: c, Mission: id})
		}
		return concord.MissionPresence{Mission: m}
	}
	missions := []concord.MissionPresence{
		mission("m-here", "un", concord.ModelPeacekeeping, "XKX", concord.Period{From: d(1999, time.June, 10)}, []concord.FunctionCode{concord.RuleOfLaw}),
		mission("eu-srb", "eu", concord.ModelPeacekeeping, "SRB", concord.Period{From: d(2008, time.January, 1)}, []concord.FunctionCode{concord.Corrections}),
		mission("eu-old", "eu", concord.ModelPeacekeeping, "MLI", concord.Period{From: d(2001, time.January, 1), To: d(2004, time.December, 31)}, []concord.FunctionCode{concord.Corrections}),
		mission("eu-geo", "eu", concord.ModelMonitoring, "GEO", concord.Period{From: d(2008, time.October, 1)}, []concord.FunctionCode{concord.Monitoring}),
		mission("nor-mli", "nld", concord.ModelTrainingSupport, "MLI", concord.Period{From: d(2004, time.January, 1), To: d(2005, time.June, 30)}, []concord.FunctionCode{concord.Corrections}, "nor"),
	}
	presences := []concord.Presence{
		{Country: "XKX", Kind: concord.SubjectMission, Subject: "m-here", Functions: []concord.FunctionCode{concord.RuleOfLaw},
			Period: concord.Period{From: d(1999, time.June, 10)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
		{Country: "XKX", Kind: concord.SubjectActivity, Subject: "x1", Functions: []concord.FunctionCode{concord.Justice, concord.Police},
			Period: concord.Period{From: d(2010, time.January, 1), To: d(2010, time.December, 31)},
			Actors: []concord.ActorRole{{Actor: "ngo", Role: concord.RoleImplementer}, {Actor: "deu", Role: concord.RoleFunder}}},
	}
	in := GapFillerInputs{Presences: presences, Missions: missions, RegionsOf: func(c string) []string { return regions[c] }}

	gaps := ComputeGapFillers(in, GapFillerQuery{Country: "XKX", At: at, Function: concord.Corrections, Limit: 10})
	if len(gaps) != 1 || gaps[0].Function != concord.Corrections || gaps[0].Kind != GapUncovered {
		t.Fatalf("gaps = %+v, want CORRECTIONS uncovered", gaps)
	}
	var order []string
	scores := map[string]float64{}
	for _, c := range gaps[0].Candidates {
		order = append(order, c.Actor)
		scores[c.Actor] = c.Score
	}
	if want := []string{"eu", "ngo", "un", "nld", "nor"}; !slices.Equal(order, want) {
		t.Fatalf("ranking %v, want %v (scores %v)", order, want, scores)
	}
	for actor, want := range map[string]float64{"eu": 0.70, "ngo": 0.45, "un": 0.38, "nld": 0.34, "nor": 0.29} {
		if scores[actor] != want {
			t.Errorf("%s scores %.2f, want %.2f", actor, scores[actor], want)
		}
	}
	eu := gaps[0].Candidates[0]
	if eu.Evidence.InRegion != "039" || eu.Evidence.InCountry || eu.Evidence.MissionsAtDay != 2 || eu.Rank != 1 {
		t.Errorf("eu evidence %+v", eu)
	}
	if want := "deployed in the same region (039) that day"; !slices.Contains(eu.Reasons, want) {
		t.Errorf("eu reasons %q, want %q among them", eu.Reasons, want)
	}
	if gaps[0].Candidates[1].Evidence.StrengthRank != 0 || !slices.Contains(gaps[0].Candidates[1].Reasons, "no mission record in corrections") {
		t.Errorf("ngo %+v", gaps[0].Candidates[1])
	}

	// Asked about every function, JUSTICE and POLICE have no lead either; their candidates
	// are those doing the work there (the NGO), not the EU, however strong.
	all := ComputeGapFillers(in, GapFillerQuery{Country: "XKX", At: at, Limit: 2})
	var kinds []string
	for _, g := range all {
		kinds = append(kinds, string(g.Function)+":"+string(g.Kind))
		if g.Kind == GapNoLead && g.Function == concord.Justice {
			if len(g.Candidates) != 1 || g.Candidates[0].Actor != "ngo" {
				t.Errorf("JUSTICE lead candidates %+v, want the NGO alone", g.Candidates)
			}
		}
		if g.Kind == GapUncovered && len(g.Candidates) != 2 {
			t.Errorf("limit 2: %d candidates", len(g.Candidates))
		}
	}
	if want := []string{"CORRECTIONS:UNCOVERED", "RULE_OF_LAW:NO_LEAD", "JUSTICE:NO_LEAD", "POLICE:NO_LEAD"}; !slices.Equal(kinds, want) {
		t.Errorf("gaps %v, want %v", kinds, want)
	}

	// A recorded lead for RULE_OF_LAW answers for its children: no NO_LEAD gap is left.
	in.Leads = []concord.Lead{{Actor: "un", Country: "XKX", Function: concord.RuleOfLaw, Period: concord.Period{From: d(2009, time.January, 1)}}}
	for _, g := range ComputeGapFillers(in, GapFillerQuery{Country: "XKX", At: at}) {
		if g.Kind == GapNoLead {
			t.Errorf("with a rule-of-law lead: %s still NO_LEAD", g.Function)
		}
	}
}
