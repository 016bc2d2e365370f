package concord

import (
	"slices"
	"strings"
	"testing"
)

// leadFixture, all in AAA:
//
//	un    RULE_OF_LAW  2010-01-01..ongoing
//	eu    POLICE       2012-01-01..2014-12-31
//	osce  POLICE       2014-01-01..ongoing     (competes with eu during 2014)
func leadFixture() []Lead {
	return []Lead{
		{Actor: "un", Country: "AAA", Function: RuleOfLaw, Period: Period{From: d(2010, 1, 1)}},
		{Actor: "eu", Country: "AAA", Function: Police, Period: Period{d(2012, 1, 1), d(2014, 12, 31)}},
		{Actor: "osce", Country: "AAA", Function: Police, Period: Period{From: d(2014, 1, 1)}},
	}
}

func leadActorList(ls []Lead) string {
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
		f       FunctionCode
		w       Period
		want    string
	}{
		// JUSTICE has no lead of its own: its parent's (un) answers.
		{"parent's lead", "AAA", Justice, Period{d(2013, 6, 1), d(2013, 6, 1)}, "un"},
		// POLICE has its own, more specific lead.
		{"own lead wins", "AAA", Police, Period{d(2013, 6, 1), d(2013, 6, 1)}, "eu"},
		{"two leads in 2014", "AAA", Police, Period{d(2014, 6, 1), d(2014, 6, 1)}, "eu osce"},
		{"eu's lead over", "AAA", Police, Period{d(2016, 6, 1), d(2016, 6, 1)}, "osce"},
		// Before 2010 nothing is in force, at either level.
		{"before any lead", "AAA", Justice, Period{d(2009, 6, 1), d(2009, 6, 1)}, ""},
		// Before 2012 POLICE has no lead of its own, so RULE_OF_LAW's answers.
		{"before POLICE's own lead", "AAA", Police, Period{d(2011, 6, 1), d(2011, 6, 1)}, "un"},
		{"all time", "AAA", Police, Period{}, "eu osce"},
		{"other country", "BBB", Justice, Period{}, ""},
		{"function outside the hierarchy", "AAA", HumanRights, Period{}, ""},
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
	presences := []Presence{
		{Country: "AAA", Kind: SubjectMission, Subject: "m1", Functions: []FunctionCode{Justice, Police},
			Period: Period{From: d(2010, 1, 1)}, Actors: []ActorRole{{"un", RoleLead}, {"eu", RoleContributor}}},
		{Country: "AAA", Kind: SubjectActivity, Subject: "act", Functions: []FunctionCode{SSR},
			Period: Period{From: d(2010, 1, 1)}, Actors: []ActorRole{{"ngo", RoleImplementer}}},
		{Country: "AAA", Kind: SubjectMission, Subject: "old", Functions: []FunctionCode{Elections},
			Period: Period{d(2000, 1, 1), d(2001, 12, 31)}, Actors: []ActorRole{{"un", RoleLead}}},
		{Country: "BBB", Kind: SubjectMission, Subject: "m2", Functions: []FunctionCode{RuleOfLaw},
			Period: Period{From: d(2010, 1, 1)}, Actors: []ActorRole{{"x", RoleLead}}},
	}
	tests := []struct {
		name  string
		leads []Lead
		at    Date
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
			// are recorded on, with the actors who reach it (x, through RULE_OF_LAW).
			name: "same actor twice; parent lead; competition nobody works under",
			leads: []Lead{
				{Actor: "osce", Country: "AAA", Function: Police, Period: Period{From: d(2010, 1, 1)}},
				{Actor: "osce", Country: "AAA", Function: Police, Period: Period{From: d(2015, 1, 1)}},
				{Actor: "un", Country: "AAA", Function: Justice},
				{Actor: "undp", Country: "AAA", Function: Security},
				{Actor: "a", Country: "BBB", Function: Corrections},
				{Actor: "b", Country: "BBB", Function: Corrections},
				{Actor: "c", Country: "BBB", Function: RuleOfLaw},
			},
			at: d(2016, 6, 1),
			want: []string{
				"BBB CORRECTIONS COMPETING leads[a b] actors[x]",
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

func TestLeadValidate(t *testing.T) {
	known := func(c string) bool { return c == "MLI" || c == "XKX" }
	ok := Lead{Actor: "eu", Country: "MLI", Function: Justice, Period: Period{From: d(2015, 1, 15)}, Note: "agreed in Bamako"}
	tests := []struct {
		name   string
		edit   func(*Lead)
		fields []string // the fields in error, in order; nil means valid
	}{
		{"OK", func(*Lead) {}, nil},
		{"OK open-ended, no note", func(l *Lead) { l.Period = Period{}; l.Note = "" }, nil},
		{"ErrActorRequired", func(l *Lead) { l.Actor = "" }, []string{"input.actor"}},
		{"ErrActorInvalid", func(l *Lead) { l.Actor = "-eu" }, []string{"input.actor"}},
		{"ErrCountryRequired", func(l *Lead) { l.Country = "" }, []string{"input.country"}},
		{"ErrCountryUnknown", func(l *Lead) { l.Country = "ZZZ" }, []string{"input.country"}},
		{"ErrFunctionRequired", func(l *Lead) { l.Function = "" }, []string{"input.function"}},
		{"ErrFunctionUnknown", func(l *Lead) { l.Function = "COOKING" }, []string{"input.function"}},
		{"ErrEndsBeforeStart", func(l *Lead) { l.Period.To = d(2015, 1, 1) }, []string{"input.to"}},
		{"ErrEverything", func(l *Lead) { *l = Lead{Period: Period{d(2001, 1, 1), d(2000, 1, 1)}} },
			[]string{"input.actor", "input.country", "input.function", "input.to"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := ok
			tt.edit(&l)
			err := l.Validate("input.", known)
			if tt.fields == nil {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			errs, isErrs := err.(Errors)
			if !isErrs {
				t.Fatalf("Validate = %v (%T), want Errors", err, err)
			}
			var fields []string
			for _, e := range errs {
				fields = append(fields, e.Field)
				if e.Code != EINVALID {
					t.Errorf("%s: code %s, want %s", e.Field, e.Code, EINVALID)
				}
			}
			if !slices.Equal(fields, tt.fields) {
				t.Errorf("fields = %v, want %v", fields, tt.fields)
			}
		})
	}
	// Without a country list, any country passes.
	l := ok
	l.Country = "ZZZ"
	if err := l.Validate("", nil); err != nil {
		t.Errorf("Validate(nil check) = %v, want nil", err)
	}
}
