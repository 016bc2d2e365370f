package analytics

import (
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// leadFixture, all in AAA:
//
//	un    RULE_OF_LAW  2010-01-01..ongoing
//	eu    POLICE       2012-01-01..2014-12-31
//	osce  POLICE       2014-01-01..ongoing     (competes with eu during 2014)
func leadFixture() []concord.Lead {
	return []concord.Lead{
		{Actor: "un", Country: "AAA", Function: concord.RuleOfLaw, Period: concord.Period{From: d(2010, 1, 1)}},
		{Actor: "eu", Country: "AAA", Function: concord.Police, Period: concord.Period{From: d(2012, 1, 1), To: d(2014, 12, 31)}},
		{Actor: "osce", Country: "AAA", Function: concord.Police, Period: concord.Period{From: d(2014, 1, 1)}},
	}
}

func leadActorList(ls []concord.Lead) string {
	var ids []string
	for _, l := range ls {
		ids = append(ids, l.Actor)
	}
	return strings.Join(ids, " ")
}

func TestLeadsFor(t *testing.T) {
	tests := []struct {
		name    string
		country string
		f       concord.FunctionCode
		w       concord.Period
		want    string
	}{
		// JUSTICE has no lead of its own: its parent's (un) answers.
		{"parent's lead", "AAA", concord.Justice, concord.Period{From: d(2013, 6, 1), To: d(2013, 6, 1)}, "un"},
		// POLICE has its own, more specific lead.
		{"own lead wins", "AAA", concord.Police, concord.Period{From: d(2013, 6, 1), To: d(2013, 6, 1)}, "eu"},
		{"two leads in 2014", "AAA", concord.Police, concord.Period{From: d(2014, 6, 1), To: d(2014, 6, 1)}, "eu osce"},
		{"eu's lead over", "AAA", concord.Police, concord.Period{From: d(2016, 6, 1), To: d(2016, 6, 1)}, "osce"},
		// Before 2010 nothing is in force, at either level.
		{"before any lead", "AAA", concord.Justice, concord.Period{From: d(2009, 6, 1), To: d(2009, 6, 1)}, ""},
		// Before 2012 POLICE has no lead of its own, so RULE_OF_LAW's answers.
		{"before POLICE's own lead", "AAA", concord.Police, concord.Period{From: d(2011, 6, 1), To: d(2011, 6, 1)}, "un"},
		{"all time", "AAA", concord.Police, concord.Period{}, "eu osce"},
		{"other country", "BBB", concord.Justice, concord.Period{}, ""},
		{"function outside the hierarchy", "AAA", concord.HumanRights, concord.Period{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leadActorList(LeadsFor(leadFixture(), tt.country, tt.f, tt.w)); got != tt.want {
				t.Errorf("LeadsFor(%s, %s, %v) = %q, want %q", tt.country, tt.f, tt.w, got, tt.want)
			}
		})
	}
}

func problemStrings(ps []LeadProblem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Country+" "+string(p.Function)+" "+string(p.Kind)+" leads["+leadActorList(p.Leads)+"] actors["+strings.Join(p.Actors, " ")+"]")
	}
	return out
}

func TestLeadProblems(t *testing.T) {
	// In AAA: m1 (JUSTICE, POLICE; un lead, eu contributor) and act (SSR; ngo implements) since
	// 2010; a mission on ELECTIONS in 2000–2001 only. In BBB: m2 (RULE_OF_LAW; x lead).
	presences := []concord.Presence{
		{Country: "AAA", Kind: concord.SubjectMission, Subject: "m1", Functions: []concord.FunctionCode{concord.Justice, concord.Police},
			Period: concord.Period{From: d(2010, 1, 1)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}, {Actor: "eu", Role: concord.RoleContributor}}},
		{Country: "AAA", Kind: concord.SubjectActivity, Subject: "act", Functions: []concord.FunctionCode{concord.SSR},
			Period: concord.Period{From: d(2010, 1, 1)}, Actors: []concord.ActorRole{{Actor: "ngo", Role: concord.RoleImplementer}}},
		{Country: "AAA", Kind: concord.SubjectMission, Subject: "old", Functions: []concord.FunctionCode{concord.Elections},
			Period: concord.Period{From: d(2000, 1, 1), To: d(2001, 12, 31)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
		{Country: "BBB", Kind: concord.SubjectMission, Subject: "m2", Functions: []concord.FunctionCode{concord.RuleOfLaw},
			Period: concord.Period{From: d(2010, 1, 1)}, Actors: []concord.ActorRole{{Actor: "x", Role: concord.RoleLead}}},
	}
	tests := []struct {
		name  string
		leads []concord.Lead
		at    concord.Date
		want  []string
	}{
		{
			// AAA JUSTICE: led through RULE_OF_LAW (un). AAA POLICE: eu and osce both
			// recorded → COMPETING; the actors working on POLICE are m1's (eu, un). AAA SSR:
			// nobody leads SECURITY or SSR → NO_LEAD (ngo). AAA RULE_OF_LAW: one lead, nobody
			// declares it: fine. BBB RULE_OF_LAW: no lead → NO_LEAD (x). ELECTIONS has ended.
			name:  "2014: competing POLICE leads",
			leads: leadFixture(),
			at:    d(2014, 6, 1),
			want: []string{
				"AAA POLICE COMPETING leads[eu osce] actors[eu un]",
				"AAA SSR NO_LEAD leads[] actors[ngo]",
				"BBB RULE_OF_LAW NO_LEAD leads[] actors[x]",
			},
		},
		{
			// eu's lead ended in 2014: osce alone leads POLICE.
			name:  "2016: one POLICE lead",
			leads: leadFixture(),
			at:    d(2016, 6, 1),
			want: []string{
				"AAA SSR NO_LEAD leads[] actors[ngo]",
				"BBB RULE_OF_LAW NO_LEAD leads[] actors[x]",
			},
		},
		{
			// Without any lead, every declared function in force is a NO_LEAD, in vocabulary
			// order (JUSTICE, POLICE, SSR).
			name: "no leads at all",
			at:   d(2016, 6, 1),
			want: []string{
				"AAA JUSTICE NO_LEAD leads[] actors[eu un]",
				"AAA POLICE NO_LEAD leads[] actors[eu un]",
				"AAA SSR NO_LEAD leads[] actors[ngo]",
				"BBB RULE_OF_LAW NO_LEAD leads[] actors[x]",
			},
		},
		{
			// Two records of the same actor do not compete. A lead on SECURITY covers SSR, one on
			// RULE_OF_LAW (c) answers for BBB's mission. A competition on a function nobody
			// declares (CORRECTIONS in BBB) is still reported, once, at the function the leads
			// are recorded on, with the actors coded with it: none (x is coded only with its parent
			// RULE_OF_LAW, which does not say x works on corrections: docs/functions.md).
			name: "same actor twice; parent lead; competition nobody works under",
			leads: []concord.Lead{
				{Actor: "osce", Country: "AAA", Function: concord.Police, Period: concord.Period{From: d(2010, 1, 1)}},
				{Actor: "osce", Country: "AAA", Function: concord.Police, Period: concord.Period{From: d(2015, 1, 1)}},
				{Actor: "un", Country: "AAA", Function: concord.Justice},
				{Actor: "undp", Country: "AAA", Function: concord.Security},
				{Actor: "a", Country: "BBB", Function: concord.Corrections},
				{Actor: "b", Country: "BBB", Function: concord.Corrections},
				{Actor: "c", Country: "BBB", Function: concord.RuleOfLaw},
			},
			at: d(2016, 6, 1),
			want: []string{
				"BBB CORRECTIONS COMPETING leads[a b] actors[]",
			},
		},
		{
			// A zero day ignores dates: ELECTIONS counts, and eu and osce compete.
			name:  "zero day",
			leads: leadFixture(),
			want: []string{
				"AAA POLICE COMPETING leads[eu osce] actors[eu un]",
				"AAA SSR NO_LEAD leads[] actors[ngo]",
				"AAA ELECTIONS NO_LEAD leads[] actors[un]",
				"BBB RULE_OF_LAW NO_LEAD leads[] actors[x]",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemStrings(LeadProblems(presences, tt.leads, tt.at))
			if !slices.Equal(got, tt.want) {
				t.Errorf("LeadProblems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
