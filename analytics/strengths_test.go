package analytics

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// regionsFixture: A in Africa/Sub-Saharan/Western Africa, B in Africa/Sub-Saharan/Eastern
// Africa, C in Europe/Southern Europe.
func regionsFixture(c string) []string {
	return map[string][]string{
		"A": {"002", "202", "011"},
		"B": {"002", "202", "014"},
		"C": {"150", "039"},
	}[c]
}

// strengthFixture, measured as of 2021-01-01:
//
//	m1 PEACEKEEPING     un lead    JUSTICE      A  2010-01-01..2019-12-31 (3,652 days: 10.0 years)
//	   contributors deu (100 personnel) and un itself (ignored: it leads)
//	m2 TRAINING_SUPPORT eu lead    RULE_OF_LAW  B  2015-01-01..2016-12-31 (731 days: 2.0 years)
//	   contributors deu (personnel unknown), fra (50)
//	m3 TRAINING_SUPPORT eu lead    POLICE       C  2019-01-01..ongoing (732 days to 2021-01-01: 2.0)
//	   200 personnel in total
//	m4 MONITORING       osce lead  MONITORING   C  2020-01-01..2020-12-31 (366 days: 1.0)
//	   contributors y and x, personnel unknown
func strengthFixture() []concord.MissionPresence {
	m1 := mp("m1", concord.ModelPeacekeeping, "un", concord.Period{From: d(2010, 1, 1), To: d(2019, 12, 31)}, []concord.FunctionCode{concord.Justice}, dep("A", concord.Date{}, concord.Date{}))
	m1.Mission.Contributors = []concord.Contribution{{Actor: "deu", Personnel: 100}, {Actor: "un"}}
	m2 := mp("m2", concord.ModelTrainingSupport, "eu", concord.Period{From: d(2015, 1, 1), To: d(2016, 12, 31)}, []concord.FunctionCode{concord.RuleOfLaw}, dep("B", concord.Date{}, concord.Date{}))
	m2.Mission.Contributors = []concord.Contribution{{Actor: "deu"}, {Actor: "fra", Personnel: 50}}
	m3 := mp("m3", concord.ModelTrainingSupport, "eu", concord.Period{From: d(2019, 1, 1)}, []concord.FunctionCode{concord.Police}, dep("C", concord.Date{}, concord.Date{}))
	m3.Personnel = 200
	m4 := mp("m4", concord.ModelMonitoring, "osce", concord.Period{From: d(2020, 1, 1), To: d(2020, 12, 31)}, []concord.FunctionCode{concord.Monitoring}, dep("C", concord.Date{}, concord.Date{}))
	m4.Mission.Contributors = []concord.Contribution{{Actor: "y"}, {Actor: "x"}}
	return []concord.MissionPresence{m1, m2, m3, m4}
}

func strengthStrings(ss []Strength) []string {
	var out []string
	for _, s := range ss {
		e := s.Evidence
		out = append(out, fmt.Sprintf("%d %s %.2f led %d contributed %d years %.1f personnel %d regions %s models %d missions %s",
			s.Rank, s.Actor, s.Score, e.Led, e.Contributed, e.MissionYears, e.Personnel, strings.Join(e.Regions, ","), len(e.Models), strings.Join(e.Missions, ",")))
	}
	return out
}

func TestComparativeStrengths(t *testing.T) {
	asOf := d(2021, 1, 1)
	tests := []struct {
		name string
		q    StrengthQuery
		want []string
	}{
		{
			// JUSTICE with broader matches: m1 (JUSTICE) and m2 (coded only RULE_OF_LAW, JUSTICE's
			// parent); m3's POLICE does not.
			// Record (2·led + contributed): un 2, eu 2, deu 2, fra 1 → best 2.
			// Years: un 10, eu 2, deu 12, fra 2 → best 12. Personnel: un 100 (m1's known total,
			// from its contributors), eu 50 (m2's), deu 100, fra 50 → best 100.
			// Regions: un 1, eu 1, deu 2, fra 1 → best 2. Models: 1, 1, 2, 1 → best 2.
			//   deu: 0.4·1 + 0.3·1 + 0.1·1 + 0.1·1 + 0.1·1                = 1.00
			//   un:  0.4·1 + 0.3·10/12 + 0.1·1 + 0.1·0.5 + 0.1·0.5        = 0.85
			//   eu:  0.4·1 + 0.3·2/12 + 0.1·0.5 + 0.1·0.5 + 0.1·0.5       = 0.60
			//   fra: 0.4·0.5 + 0.3·2/12 + 0.1·0.5 + 0.1·0.5 + 0.1·0.5     = 0.40
			name: "a function, with broader matches",
			q:    StrengthQuery{Function: concord.Justice, Broader: true, AsOf: asOf},
			want: []string{
				"1 deu 1.00 led 0 contributed 2 years 12.0 personnel 100 regions 011,014 models 2 missions m1,m2",
				"2 un 0.85 led 1 contributed 0 years 10.0 personnel 100 regions 011 models 1 missions m1",
				"3 eu 0.60 led 1 contributed 0 years 2.0 personnel 50 regions 014 models 1 missions m2",
				"4 fra 0.40 led 0 contributed 1 years 2.0 personnel 50 regions 014 models 1 missions m2",
			},
		},
		{
			// JUSTICE exactly: m1 alone; m2 is coded only with its parent RULE_OF_LAW, which does
			// not say it does justice work. un leads (record 2), deu contributes (1); 10 years,
			// personnel 100, one region and model each.
			//   un:  0.4 + 0.3 + 0.1 + 0.1 + 0.1         = 1.00
			//   deu: 0.4·0.5 + 0.3 + 0.1 + 0.1 + 0.1     = 0.80
			name: "a function",
			q:    StrengthQuery{Function: concord.Justice, AsOf: asOf},
			want: []string{
				"1 un 1.00 led 1 contributed 0 years 10.0 personnel 100 regions 011 models 1 missions m1",
				"2 deu 0.80 led 0 contributed 1 years 10.0 personnel 100 regions 011 models 1 missions m1",
			},
		},
		{
			// Eastern Africa (014): m2 only. Record: eu 2, deu 1, fra 1; years 2 each;
			// personnel eu 50, deu 0, fra 50; one region and model each.
			//   eu:  0.4 + 0.3 + 0.1 + 0.1 + 0.1         = 1.00
			//   fra: 0.4·0.5 + 0.3 + 0.1 + 0.1 + 0.1     = 0.80
			//   deu: 0.4·0.5 + 0.3 + 0   + 0.1 + 0.1     = 0.70
			name: "a region at the intermediate level",
			q:    StrengthQuery{Function: concord.Justice, Broader: true, Region: "014", AsOf: asOf},
			want: []string{
				"1 eu 1.00 led 1 contributed 0 years 2.0 personnel 50 regions 014 models 1 missions m2",
				"2 fra 0.80 led 0 contributed 1 years 2.0 personnel 50 regions 014 models 1 missions m2",
				"3 deu 0.70 led 0 contributed 1 years 2.0 personnel 0 regions 014 models 1 missions m2",
			},
		},
		{
			// Africa (002) holds both m1 (A) and m2 (B): the same as without a region.
			name: "a region at the top level",
			q:    StrengthQuery{Function: concord.Justice, Broader: true, Region: "002", AsOf: asOf},
			want: []string{
				"1 deu 1.00 led 0 contributed 2 years 12.0 personnel 100 regions 011,014 models 2 missions m1,m2",
				"2 un 0.85 led 1 contributed 0 years 10.0 personnel 100 regions 011 models 1 missions m1",
				"3 eu 0.60 led 1 contributed 0 years 2.0 personnel 50 regions 014 models 1 missions m2",
				"4 fra 0.40 led 0 contributed 1 years 2.0 personnel 50 regions 014 models 1 missions m2",
			},
		},
		{
			// POLICE by training missions: m2 (RULE_OF_LAW covers POLICE) and m3.
			// eu: record 4, years 4.0, personnel 50 + 200 = 250, regions 014 and 039, 1 model.
			// deu: record 1, years 2, personnel 0, 1 region. fra: record 1, years 2, 50, 1 region.
			//   eu:  1.00
			//   fra: 0.4·1/4 + 0.3·2/4 + 0.1·50/250 + 0.1·1/2 + 0.1 = 0.1 + 0.15 + 0.02 + 0.05 + 0.1 = 0.42
			//   deu: 0.1 + 0.15 + 0 + 0.05 + 0.1                                         = 0.40
			name: "a model",
			q:    StrengthQuery{Function: concord.Police, Broader: true, Model: concord.ModelTrainingSupport, AsOf: asOf},
			want: []string{
				"1 eu 1.00 led 2 contributed 0 years 4.0 personnel 250 regions 014,039 models 1 missions m2,m3",
				"2 fra 0.42 led 0 contributed 1 years 2.0 personnel 50 regions 014 models 1 missions m2",
				"3 deu 0.40 led 0 contributed 1 years 2.0 personnel 0 regions 014 models 1 missions m2",
			},
		},
		{
			// m4 alone. No personnel is known, so that criterion is left out and the weights sum
			// to 0.9. osce: (0.4 + 0.3 + 0.1 + 0.1)/0.9 = 1. x and y: (0.4·0.5 + 0.3 + 0.1 + 0.1)
			// /0.9 = 0.7/0.9 = 0.78, a tie broken by id: x before y, though y is listed first.
			name: "personnel unknown, a tie",
			q:    StrengthQuery{Function: concord.Monitoring, AsOf: asOf},
			want: []string{
				"1 osce 1.00 led 1 contributed 0 years 1.0 personnel 0 regions 039 models 1 missions m4",
				"2 x 0.78 led 0 contributed 1 years 1.0 personnel 0 regions 039 models 1 missions m4",
				"3 y 0.78 led 0 contributed 1 years 1.0 personnel 0 regions 039 models 1 missions m4",
			},
		},
		{name: "nothing matches", q: StrengthQuery{Function: concord.Elections, AsOf: asOf}},
		{name: "a region without regions", q: StrengthQuery{Function: concord.Justice, Region: "999", AsOf: asOf}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strengthStrings(ComparativeStrengths(strengthFixture(), regionsFixture, tt.q))
			if !slices.Equal(got, tt.want) {
				t.Errorf("ComparativeStrengths =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestComparativeStrengthsExplanation(t *testing.T) {
	ss := ComparativeStrengths(strengthFixture(), regionsFixture, StrengthQuery{Function: concord.Monitoring, AsOf: d(2021, 1, 1)})
	if got, want := ss[1].Explanation, "record 1 of 2, mission-years 1 of 1, regions 1 of 1, models 1 of 1; personnel unknown"; got != want {
		t.Errorf("Explanation = %q, want %q", got, want)
	}
	if got, want := ss[0].Evidence.Countries, []string{"C"}; !slices.Equal(got, want) {
		t.Errorf("Countries = %v, want %v", got, want)
	}
	// Without region data no region filter can match, but everything else still works.
	if got := ComparativeStrengths(strengthFixture(), nil, StrengthQuery{Function: concord.Monitoring, Region: "150"}); len(got) != 0 {
		t.Errorf("region without regionsOf: %v", strengthStrings(got))
	}
	if got := ComparativeStrengths(strengthFixture(), nil, StrengthQuery{Function: concord.Monitoring}); len(got) != 3 || len(got[0].Evidence.Regions) != 0 {
		t.Errorf("no regionsOf: %v", strengthStrings(got))
	}
}

// Mission-years count what has happened by AsOf: a planned end after it is cut there, and a
// mission that has not started counts no time (but still counts as led).
func TestComparativeStrengthsAsOf(t *testing.T) {
	ms := []concord.MissionPresence{
		// 2020-01-01..2021-01-01: 366 + 1 = 367 days = 1.0 year, not the 11 years planned.
		mp("planned", concord.ModelMediation, "un", concord.Period{From: d(2020, 1, 1), To: d(2030, 12, 31)}, []concord.FunctionCode{concord.Mediation}, dep("A", concord.Date{}, concord.Date{})),
		mp("future", concord.ModelMediation, "un", concord.Period{From: d(2022, 1, 1)}, []concord.FunctionCode{concord.Mediation}, dep("A", concord.Date{}, concord.Date{})),
	}
	ss := ComparativeStrengths(ms, regionsFixture, StrengthQuery{Function: concord.Mediation, AsOf: d(2021, 1, 1)})
	if len(ss) != 1 || ss[0].Evidence.MissionYears != 1.0 || ss[0].Evidence.Led != 2 {
		t.Errorf("got %v, want un with 2 led and 1.0 mission-years", strengthStrings(ss))
	}
}
