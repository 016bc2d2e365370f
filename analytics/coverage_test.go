package analytics

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// coverageFixture is one country, AAA, with:
//
//	pko   MISSION  RULE_OF_LAW, HUMAN_RIGHTS  2010-01-01..2020-12-31  un LEAD, deu CONTRIBUTOR
//	train MISSION  POLICE                     2012-01-01..ongoing     eu LEAD
//	act1  ACTIVITY JUSTICE                    2015-01-01..2016-12-31  ngo IMPLEMENTER, deu FUNDER
//	old   MISSION  CORRECTIONS                2000-01-01..2005-12-31  un LEAD
//
// and, in BBB, a mission on CORRECTIONS in 2016 that must not count for AAA.
func coverageFixture() []concord.Presence {
	return []concord.Presence{
		{Country: "AAA", Kind: concord.SubjectMission, Subject: "pko", Functions: []concord.FunctionCode{concord.RuleOfLaw, concord.HumanRights},
			Period: concord.Period{From: d(2010, 1, 1), To: d(2020, 12, 31)},
			Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}, {Actor: "deu", Role: concord.RoleContributor}}},
		{Country: "AAA", Kind: concord.SubjectMission, Subject: "train", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2012, 1, 1)}, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
		{Country: "AAA", Kind: concord.SubjectActivity, Subject: "act1", Functions: []concord.FunctionCode{concord.Justice},
			Period: concord.Period{From: d(2015, 1, 1), To: d(2016, 12, 31)},
			Actors: []concord.ActorRole{{Actor: "ngo", Role: concord.RoleImplementer}, {Actor: "deu", Role: concord.RoleFunder}}},
		{Country: "AAA", Kind: concord.SubjectMission, Subject: "old", Functions: []concord.FunctionCode{concord.Corrections},
			Period: concord.Period{From: d(2000, 1, 1), To: d(2005, 12, 31)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
		{Country: "BBB", Kind: concord.SubjectMission, Subject: "elsewhere", Functions: []concord.FunctionCode{concord.Corrections},
			Period: concord.Period{From: d(2016, 1, 1), To: d(2016, 12, 31)}, Actors: []concord.ActorRole{{Actor: "x", Role: concord.RoleLead}}},
	}
}

func coverageLeads() []concord.Lead {
	return []concord.Lead{
		{Actor: "eu", Country: "AAA", Function: concord.Police, Period: concord.Period{From: d(2012, 1, 1)}},
		{Actor: "un", Country: "AAA", Function: concord.RuleOfLaw, Period: concord.Period{From: d(2000, 1, 1), To: d(2010, 12, 31)}}, // expired
		{Actor: "x", Country: "BBB", Function: concord.Justice},                                                                      // elsewhere
	}
}

// cellStrings renders cells as "FUNCTION/actor: KIND id ROLE, … [direct] [lead]".
func cellStrings(cells []CoverageCell) []string {
	var out []string
	for _, c := range cells {
		var subs []string
		for _, s := range c.Subjects {
			subs = append(subs, fmt.Sprintf("%s %s %s", s.Kind, s.ID, s.Role))
		}
		s := string(c.Function) + "/" + c.Actor + ": " + strings.Join(subs, ", ")
		if c.Direct {
			s += " direct"
		}
		if c.Lead {
			s += " lead"
		}
		out = append(out, s)
	}
	return out
}

func fragmentedStrings(fs []FragmentedCell) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Function)+": "+strings.Join(f.Actors, " "))
	}
	return out
}

func TestComputeCoverage(t *testing.T) {
	tests := []struct {
		name       string
		q          concord.EngagementQuery
		threshold  int
		functions  []concord.FunctionCode
		actors     []string
		cells      []string // checked when not nil
		mandated   []concord.FunctionCode
		gaps       []concord.FunctionCode
		fragmented []string
	}{
		{
			// Present on 2016-06-01: pko, train, act1 (old has ended; BBB is another country).
			// pko's RULE_OF_LAW expands to JUSTICE, POLICE and CORRECTIONS, so un and deu reach
			// them without declaring them (not direct). Mandated: pko's RULE_OF_LAW and
			// HUMAN_RIGHTS, train's POLICE. The leaves under them are JUSTICE, POLICE,
			// CORRECTIONS and HUMAN_RIGHTS; act1 declares JUSTICE, train POLICE, pko
			// HUMAN_RIGHTS, nobody CORRECTIONS: one gap. With threshold 2, JUSTICE (deu, ngo, un)
			// and POLICE (deu, eu, un) have 3 actors; POLICE has eu as lead since 2012, the
			// RULE_OF_LAW lead expired in 2010: JUSTICE alone is fragmented.
			name:      "a day",
			q:         concord.EngagementQuery{Country: "AAA", At: d(2016, 6, 1)},
			threshold: 2,
			functions: []concord.FunctionCode{concord.RuleOfLaw, concord.Justice, concord.Police, concord.Corrections, concord.HumanRights},
			actors:    []string{"deu", "eu", "ngo", "un"},
			cells: []string{
				"RULE_OF_LAW/deu: MISSION pko CONTRIBUTOR direct",
				"RULE_OF_LAW/un: MISSION pko LEAD direct",
				"JUSTICE/deu: ACTIVITY act1 FUNDER, MISSION pko CONTRIBUTOR direct",
				"JUSTICE/ngo: ACTIVITY act1 IMPLEMENTER direct",
				"JUSTICE/un: MISSION pko LEAD",
				"POLICE/deu: MISSION pko CONTRIBUTOR",
				"POLICE/eu: MISSION train LEAD direct lead",
				"POLICE/un: MISSION pko LEAD",
				"CORRECTIONS/deu: MISSION pko CONTRIBUTOR",
				"CORRECTIONS/un: MISSION pko LEAD",
				"HUMAN_RIGHTS/deu: MISSION pko CONTRIBUTOR direct",
				"HUMAN_RIGHTS/un: MISSION pko LEAD direct",
			},
			mandated:   []concord.FunctionCode{concord.RuleOfLaw, concord.Police, concord.HumanRights},
			gaps:       []concord.FunctionCode{concord.Corrections},
			fragmented: []string{"JUSTICE: deu ngo un"},
		},
		{
			// The default threshold is 3: no row has more than 3 actors.
			name:      "default threshold",
			q:         concord.EngagementQuery{Country: "AAA", At: d(2016, 6, 1)},
			threshold: 0,
			functions: []concord.FunctionCode{concord.RuleOfLaw, concord.Justice, concord.Police, concord.Corrections, concord.HumanRights},
			actors:    []string{"deu", "eu", "ngo", "un"},
			mandated:  []concord.FunctionCode{concord.RuleOfLaw, concord.Police, concord.HumanRights},
			gaps:      []concord.FunctionCode{concord.Corrections},
		},
		{
			// Rows limited to RULE_OF_LAW and its sub-functions; Mandated stays as declared.
			name:       "function: RULE_OF_LAW drops HUMAN_RIGHTS",
			q:          concord.EngagementQuery{Country: "AAA", Function: concord.RuleOfLaw, At: d(2016, 6, 1)},
			threshold:  2,
			functions:  []concord.FunctionCode{concord.RuleOfLaw, concord.Justice, concord.Police, concord.Corrections},
			actors:     []string{"deu", "eu", "ngo", "un"},
			mandated:   []concord.FunctionCode{concord.RuleOfLaw, concord.Police, concord.HumanRights},
			gaps:       []concord.FunctionCode{concord.Corrections},
			fragmented: []string{"JUSTICE: deu ngo un"},
		},
		{
			// Only CORRECTIONS rows remain; still a gap on that day.
			name:      "function: CORRECTIONS",
			q:         concord.EngagementQuery{Country: "AAA", Function: concord.Corrections, At: d(2016, 6, 1)},
			threshold: 2,
			functions: []concord.FunctionCode{concord.Corrections},
			actors:    []string{"deu", "un"},
			cells:     []string{"CORRECTIONS/deu: MISSION pko CONTRIBUTOR", "CORRECTIONS/un: MISSION pko LEAD"},
			mandated:  []concord.FunctionCode{concord.RuleOfLaw, concord.Police, concord.HumanRights},
			gaps:      []concord.FunctionCode{concord.Corrections},
		},
		{
			// 2001–2009: only old (2000–2005) is there; it declares CORRECTIONS itself. The
			// RULE_OF_LAW lead of 2000–2010 (un) meets the window and leads CORRECTIONS.
			name:      "a period with one mission",
			q:         concord.EngagementQuery{Country: "AAA", From: d(2001, 1, 1), To: d(2009, 12, 31)},
			threshold: 2,
			functions: []concord.FunctionCode{concord.Corrections},
			actors:    []string{"un"},
			cells:     []string{"CORRECTIONS/un: MISSION old LEAD direct lead"},
			mandated:  []concord.FunctionCode{concord.Corrections},
		},
		{
			// All time: old declares CORRECTIONS, so it is no gap; the RULE_OF_LAW lead of
			// 2000–2010 now meets the window, so JUSTICE has a lead and un is lead of
			// RULE_OF_LAW, JUSTICE and CORRECTIONS (POLICE has its own lead, eu).
			name:      "all time",
			q:         concord.EngagementQuery{Country: "AAA"},
			threshold: 2,
			functions: []concord.FunctionCode{concord.RuleOfLaw, concord.Justice, concord.Police, concord.Corrections, concord.HumanRights},
			actors:    []string{"deu", "eu", "ngo", "un"},
			cells: []string{
				"RULE_OF_LAW/deu: MISSION pko CONTRIBUTOR direct",
				"RULE_OF_LAW/un: MISSION pko LEAD direct lead",
				"JUSTICE/deu: ACTIVITY act1 FUNDER, MISSION pko CONTRIBUTOR direct",
				"JUSTICE/ngo: ACTIVITY act1 IMPLEMENTER direct",
				"JUSTICE/un: MISSION pko LEAD lead",
				"POLICE/deu: MISSION pko CONTRIBUTOR",
				"POLICE/eu: MISSION train LEAD direct lead",
				"POLICE/un: MISSION pko LEAD",
				"CORRECTIONS/deu: MISSION pko CONTRIBUTOR",
				"CORRECTIONS/un: MISSION old LEAD, MISSION pko LEAD direct lead",
				"HUMAN_RIGHTS/deu: MISSION pko CONTRIBUTOR direct",
				"HUMAN_RIGHTS/un: MISSION pko LEAD direct",
			},
			mandated: []concord.FunctionCode{concord.RuleOfLaw, concord.Police, concord.Corrections, concord.HumanRights},
		},
		{
			name:      "a country with nothing",
			q:         concord.EngagementQuery{Country: "ZZZ", At: d(2016, 6, 1)},
			threshold: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cov := ComputeCoverage(coverageFixture(), coverageLeads(), tt.q, tt.threshold)
			if got, want := cov.Country, tt.q.Country; got != want {
				t.Errorf("Country = %q, want %q", got, want)
			}
			if got, want := cov.Window, tt.q.Window(); got != want {
				t.Errorf("Window = %v, want %v", got, want)
			}
			if !slices.Equal(cov.Functions, tt.functions) {
				t.Errorf("Functions = %v, want %v", cov.Functions, tt.functions)
			}
			if !slices.Equal(cov.Actors, tt.actors) {
				t.Errorf("Actors = %v, want %v", cov.Actors, tt.actors)
			}
			if tt.cells != nil {
				if got := cellStrings(cov.Cells); !slices.Equal(got, tt.cells) {
					t.Errorf("Cells =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.cells, "\n"))
				}
			}
			if !slices.Equal(cov.Mandated, tt.mandated) {
				t.Errorf("Mandated = %v, want %v", cov.Mandated, tt.mandated)
			}
			if !slices.Equal(cov.Gaps, tt.gaps) {
				t.Errorf("Gaps = %v, want %v", cov.Gaps, tt.gaps)
			}
			if got := fragmentedStrings(cov.Fragmented); !slices.Equal(got, tt.fragmented) {
				t.Errorf("Fragmented = %v, want %v", got, tt.fragmented)
			}
		})
	}
}

func TestComputeCoverageThreshold(t *testing.T) {
	q := concord.EngagementQuery{Country: "AAA", At: d(2016, 6, 1)}
	if got, want := ComputeCoverage(nil, nil, q, -1).Threshold, DefaultFragmentationThreshold; got != want {
		t.Errorf("Threshold(-1) = %d, want %d", got, want)
	}
	if got, want := ComputeCoverage(nil, nil, q, 5).Threshold, 5; got != want {
		t.Errorf("Threshold(5) = %d, want %d", got, want)
	}
}

// A mission deployed twice in the country is listed once in a cell.
func TestComputeCoverageDeduplicatesSubjects(t *testing.T) {
	ps := []concord.Presence{
		{Country: "AAA", Kind: concord.SubjectMission, Subject: "m", Functions: []concord.FunctionCode{concord.Justice},
			Period: concord.Period{From: d(2010, 1, 1), To: d(2011, 12, 31)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
		{Country: "AAA", Kind: concord.SubjectMission, Subject: "m", Functions: []concord.FunctionCode{concord.Justice},
			Period: concord.Period{From: d(2013, 1, 1), To: d(2014, 12, 31)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
	}
	cov := ComputeCoverage(ps, nil, concord.EngagementQuery{Country: "AAA"}, 0)
	if got, want := cellStrings(cov.Cells), []string{"JUSTICE/un: MISSION m LEAD direct"}; !slices.Equal(got, want) {
		t.Errorf("Cells = %v, want %v", got, want)
	}
}
