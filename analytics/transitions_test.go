package analytics

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// transitionFixture:
//
//	a  PEACEKEEPING      un    2000-01-01..2005-12-31  SECURITY, DDR, ELECTIONS   AAA 2000-02-01..  8,000
//	b  MEDIATION         un    2006-01-01..2008-09-30  ELECTIONS, GOVERNANCE, SSR AAA             300   succeeds a
//	c  MEDIATION         un    2008-09-15..2014-03-31  POLITICAL                  AAA from 2008-10-01  succeeds b
//	d  TRAINING_SUPPORT  eu    2006-03-01..2007-12-31  POLICE                     BBB               succeeds a
//	e  MONITORING        osce  2010-01-01..ongoing     MONITORING                 CCC
//	f  TRAINING_SUPPORT  osce  2015-01-01..ongoing     POLICE                     CCC               succeeds e
//	g  MONITORING        un    2001-01-01..2002-12-31  MONITORING                 DDD               succeeds h
//	h  MONITORING        un    2003-01-01..2004-12-31  MONITORING                 DDD               succeeds g
//	i  MONITORING        un    2010-01-01..2011-12-31  MONITORING                 EEE               succeeds "missing"
//	k  MONITORING        un    unknown..2012-12-31     MONITORING                 EEE               succeeds i
func transitionFixture() []concord.MissionPresence {
	a := mp("a", concord.ModelPeacekeeping, "un", concord.Period{From: d(2000, 1, 1), To: d(2005, 12, 31)}, []concord.FunctionCode{concord.Security, concord.DDR, concord.Elections}, dep("AAA", d(2000, 2, 1), concord.Date{}))
	a.Personnel = 8000
	b := mp("b", concord.ModelMediation, "un", concord.Period{From: d(2006, 1, 1), To: d(2008, 9, 30)}, []concord.FunctionCode{concord.Elections, concord.Governance, concord.SSR}, dep("AAA", concord.Date{}, concord.Date{}))
	b.Personnel = 300
	b.Mission.Succeeds = []string{"a"}
	c := mp("c", concord.ModelMediation, "un", concord.Period{From: d(2008, 9, 15), To: d(2014, 3, 31)}, []concord.FunctionCode{concord.Political}, dep("AAA", d(2008, 10, 1), concord.Date{}))
	c.Mission.Succeeds = []string{"b"}
	dd := mp("d", concord.ModelTrainingSupport, "eu", concord.Period{From: d(2006, 3, 1), To: d(2007, 12, 31)}, []concord.FunctionCode{concord.Police}, dep("BBB", concord.Date{}, concord.Date{}))
	dd.Mission.Succeeds = []string{"a"}
	e := mp("e", concord.ModelMonitoring, "osce", concord.Period{From: d(2010, 1, 1)}, []concord.FunctionCode{concord.Monitoring}, dep("CCC", concord.Date{}, concord.Date{}))
	f := mp("f", concord.ModelTrainingSupport, "osce", concord.Period{From: d(2015, 1, 1)}, []concord.FunctionCode{concord.Police}, dep("CCC", concord.Date{}, concord.Date{}))
	f.Mission.Succeeds = []string{"e"}
	g := mp("g", concord.ModelMonitoring, "un", concord.Period{From: d(2001, 1, 1), To: d(2002, 12, 31)}, []concord.FunctionCode{concord.Monitoring}, dep("DDD", concord.Date{}, concord.Date{}))
	g.Mission.Succeeds = []string{"h"}
	h := mp("h", concord.ModelMonitoring, "un", concord.Period{From: d(2003, 1, 1), To: d(2004, 12, 31)}, []concord.FunctionCode{concord.Monitoring}, dep("DDD", concord.Date{}, concord.Date{}))
	h.Mission.Succeeds = []string{"g"}
	i := mp("i", concord.ModelMonitoring, "un", concord.Period{From: d(2010, 1, 1), To: d(2011, 12, 31)}, []concord.FunctionCode{concord.Monitoring}, dep("EEE", concord.Date{}, concord.Date{}))
	i.Mission.Succeeds = []string{"missing"}
	k := mp("k", concord.ModelMonitoring, "un", concord.Period{To: d(2012, 12, 31)}, []concord.FunctionCode{concord.Monitoring}, dep("EEE", concord.Date{}, concord.Date{}))
	k.Mission.Succeeds = []string{"i"}
	return []concord.MissionPresence{c, a, b, dd, e, f, g, h, i, k}
}

func stepString(s TransitionStep) string {
	gap := "?"
	if s.GapKnown {
		gap = fmt.Sprint(s.GapDays)
	}
	return fmt.Sprintf("%s>%s gap %s", s.From, s.To, gap)
}

func chainStrings(cs []TransitionChain) []string {
	var out []string
	for _, c := range cs {
		var steps []string
		for _, s := range c.Steps {
			steps = append(steps, stepString(s))
		}
		s := strings.Join(c.Missions, " ") + ": " + strings.Join(steps, ", ")
		if c.Cyclic {
			s += " (cycle)"
		}
		out = append(out, s)
	}
	return out
}

func TestTransitions(t *testing.T) {
	tests := []struct {
		name             string
		country, mission string
		want             []string
	}{
		{
			// In AAA: a's deployment ends with the mission on 2005-12-31 and b's starts on
			// 2006-01-01: gap 0. b ends 2008-09-30 and c's deployment starts 2008-10-01: gap 0
			// (on the missions' own dates c started 2008-09-15; in AAA it arrived later).
			// d is not in AAA.
			name:    "a country",
			country: "AAA",
			want:    []string{"a b c: a>b gap 0, b>c gap 0"},
		},
		{
			// The whole chain of c, on the missions' own dates: a (2000) → b (2006-01-01, gap 0)
			// and d (2006-03-01: 31 + 28 days after 2005-12-31 → gap 59); b (ends 2008-09-30) →
			// c (2008-09-15: both from 15 to 30 September, 16 days → -16).
			name:    "a mission",
			mission: "c",
			want:    []string{"a b d c: a>b gap 0, a>d gap 59, b>c gap -16"},
		},
		{
			// Every chain, by first start, an unknown start first: k's start is unknown, so its
			// chain leads and it comes before i in it; the gap i>k is unknown. i's predecessor is
			// not in the input. g and h succeed each other: a cycle, reported with both steps
			// (h ends 2004-12-31, 1,461 days after g's first day, 2001-01-01). e is ongoing, so
			// the gap to f is unknown.
			name: "all",
			want: []string{
				"k i: i>k gap ?",
				"a b d c: a>b gap 0, a>d gap 59, b>c gap -16",
				"g h: h>g gap -1461, g>h gap 0 (cycle)",
				"e f: e>f gap ?",
			},
		},
		{name: "a mission without successions", mission: "missing"},
		{name: "a country without missions", country: "ZZZ"},
		{
			// d is the only mission in BBB: no chain there.
			name:    "a country with a single mission of a chain",
			country: "BBB",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chainStrings(Transitions(transitionFixture(), tt.country, tt.mission))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Transitions =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestTransitionStepFields(t *testing.T) {
	chains := Transitions(transitionFixture(), "AAA", "")
	if len(chains) != 1 || len(chains[0].Steps) != 2 {
		t.Fatalf("chains = %v", chainStrings(chains))
	}
	ab, bc := chains[0].Steps[0], chains[0].Steps[1]
	tests := []struct {
		name      string
		got, want any
	}{
		{"a>b country", ab.Country, "AAA"},
		{"a>b dates", ab.FromEnd.String() + " " + ab.ToStart.String(), "2005-12-31 2006-01-01"},
		{"a>b models", string(ab.ModelFrom) + ">" + string(ab.ModelTo), "PEACEKEEPING>MEDIATION"},
		{"a>b leads", ab.LeadFrom + ">" + ab.LeadTo, "un>un"},
		{"a>b personnel", fmt.Sprint(ab.PersonnelFrom, ">", ab.PersonnelTo), "8000>300"},
		// b declares ELECTIONS, GOVERNANCE, SSR. a covers SECURITY (so SSR), DDR, ELECTIONS:
		// GOVERNANCE is new, SSR and ELECTIONS are kept. a's SECURITY and DDR are not covered
		// by b (SSR alone is not SECURITY): dropped.
		{"a>b added", joinCodes(ab.FunctionsAdded), "GOVERNANCE"},
		{"a>b kept", joinCodes(ab.FunctionsKept), "SSR, ELECTIONS"},
		{"a>b dropped", joinCodes(ab.FunctionsDropped), "SECURITY, DDR"},
		// c declares POLITICAL, which b does not cover (b has only some of its children): added.
		// POLITICAL covers b's ELECTIONS and GOVERNANCE, not SSR: SSR dropped.
		{"b>c added", joinCodes(bc.FunctionsAdded), "POLITICAL"},
		{"b>c kept", joinCodes(bc.FunctionsKept), ""},
		{"b>c dropped", joinCodes(bc.FunctionsDropped), "SSR"},
		{"b>c personnel", fmt.Sprint(bc.PersonnelFrom, ">", bc.PersonnelTo), "300>0"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	all := Transitions(transitionFixture(), "", "")
	if got := all[0].Steps[0].Country; got != "" {
		t.Errorf("Country without a country asked = %q, want empty", got)
	}
}
