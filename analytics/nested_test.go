package analytics

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// mp builds a MissionPresence for the analytics fixtures.
func mp(id string, model concord.MissionModel, lead string, period concord.Period, functions []concord.FunctionCode, deployments ...concord.Deployment) concord.MissionPresence {
	for i := range deployments {
		deployments[i].Mission = id
	}
	return concord.MissionPresence{Mission: concord.Mission{ID: id, Model: model, LeadActor: lead, Period: period, Functions: functions, Deployments: deployments}}
}

func dep(country string, from, to concord.Date) concord.Deployment {
	return concord.Deployment{Country: country, Period: concord.Period{From: from, To: to}}
}

// nestedFixture:
//
//	pk      PEACEKEEPING      un    2010-01-01..2020-12-31  RULE_OF_LAW, SECURITY  10,000 personnel
//	        AAA 2010-03-01..ongoing (clipped to 2020-12-31); BBB 2015-01-01..2016-12-31
//	civ     TRAINING_SUPPORT  eu    2012-01-01..ongoing     JUSTICE                AAA 2012-01-01..
//	mon     MONITORING        osce  2018-01-01..2019-12-31  MONITORING             AAA (no dates: the mission's)
//	smallpk PEACEKEEPING      au    2015-01-01..2016-12-31  DDR                    BBB; 500 personnel
//	bigpk2  PEACEKEEPING      nato  2011-01-01..2012-12-31  SECURITY               AAA; size unknown
//	succ    MEDIATION         un    2020-06-01..ongoing     GOVERNANCE             AAA; succeeds pk
//	nodep   TRAINING_SUPPORT  eu    2012-01-01..ongoing     JUSTICE                no deployment
//	before  TRAINING_SUPPORT  eu    2005-01-01..2008-12-31  JUSTICE                AAA
func nestedFixture() []concord.MissionPresence {
	pk := mp("pk", concord.ModelPeacekeeping, "un", concord.Period{From: d(2010, 1, 1), To: d(2020, 12, 31)}, []concord.FunctionCode{concord.RuleOfLaw, concord.Security},
		dep("AAA", d(2010, 3, 1), concord.Date{}), dep("BBB", d(2015, 1, 1), d(2016, 12, 31)))
	pk.Personnel = 10000
	smallpk := mp("smallpk", concord.ModelPeacekeeping, "au", concord.Period{From: d(2015, 1, 1), To: d(2016, 12, 31)}, []concord.FunctionCode{concord.DDR},
		dep("BBB", d(2015, 1, 1), d(2016, 12, 31)))
	smallpk.Mission.Contributors = []concord.Contribution{{Actor: "x", Personnel: 300}, {Actor: "y", Personnel: 200}}
	succ := mp("succ", concord.ModelMediation, "un", concord.Period{From: d(2020, 6, 1)}, []concord.FunctionCode{concord.Governance}, dep("AAA", d(2020, 6, 1), concord.Date{}))
	succ.Mission.Succeeds = []string{"pk"}
	return []concord.MissionPresence{
		pk,
		mp("civ", concord.ModelTrainingSupport, "eu", concord.Period{From: d(2012, 1, 1)}, []concord.FunctionCode{concord.Justice}, dep("AAA", d(2012, 1, 1), concord.Date{})),
		mp("mon", concord.ModelMonitoring, "osce", concord.Period{From: d(2018, 1, 1), To: d(2019, 12, 31)}, []concord.FunctionCode{concord.Monitoring}, dep("AAA", concord.Date{}, concord.Date{})),
		smallpk,
		mp("bigpk2", concord.ModelPeacekeeping, "nato", concord.Period{From: d(2011, 1, 1), To: d(2012, 12, 31)}, []concord.FunctionCode{concord.Security}, dep("AAA", concord.Date{}, concord.Date{})),
		succ,
		mp("nodep", concord.ModelTrainingSupport, "eu", concord.Period{From: d(2012, 1, 1)}, []concord.FunctionCode{concord.Justice}),
		mp("before", concord.ModelTrainingSupport, "eu", concord.Period{From: d(2005, 1, 1), To: d(2008, 12, 31)}, []concord.FunctionCode{concord.Justice}, dep("AAA", concord.Date{}, concord.Date{})),
	}
}

func nestedStrings(ns []NestedDeployment) []string {
	var out []string
	for _, n := range ns {
		var nested []string
		for _, m := range n.Nested {
			nested = append(nested, fmt.Sprintf("%s %s [%s] %s", m.Mission, m.Period.From, joinCodes(m.SharedFunctions), m.Period.To))
		}
		out = append(out, fmt.Sprintf("%s %s(%s %s..%s): %s", n.Country, n.Host, n.HostLead, n.HostPeriod.From, n.HostPeriod.To, strings.Join(nested, "; ")))
	}
	return out
}

func TestNestedDeployments(t *testing.T) {
	tests := []struct {
		name    string
		window  concord.Period
		country string
		want    []string
	}{
		{
			// bigpk2 (AAA 2011–2012) hosts civ for 2012 and shares no function with it; pk and
			// bigpk2 are both peacekeeping of which one size is unknown: neither is nested.
			// pk in AAA (2010-03-01, clipped to its end 2020-12-31) hosts civ from 2012 (sharing
			// JUSTICE through RULE_OF_LAW) and mon in 2018–2019 (sharing nothing); succ is its
			// successor, before left in 2008, nodep is nowhere. pk in BBB hosts smallpk
			// (500 known personnel, from its contributors, against 10,000), sharing DDR through
			// SECURITY.
			name: "all time",
			want: []string{
				"AAA bigpk2(nato 2011-01-01..2012-12-31): civ 2012-01-01 [] 2012-12-31",
				"AAA pk(un 2010-03-01..2020-12-31): civ 2012-01-01 [JUSTICE] 2020-12-31; mon 2018-01-01 [] 2019-12-31",
				"BBB pk(un 2015-01-01..2016-12-31): smallpk 2015-01-01 [DDR] 2016-12-31",
			},
		},
		{
			// The shared period must meet the window: civ and mon with pk; bigpk2 ended in 2012.
			name:   "2019",
			window: YearPeriod(2019),
			want: []string{
				"AAA pk(un 2010-03-01..2020-12-31): civ 2012-01-01 [JUSTICE] 2020-12-31; mon 2018-01-01 [] 2019-12-31",
			},
		},
		{
			name:    "a day in BBB",
			window:  concord.Period{From: d(2016, 6, 1), To: d(2016, 6, 1)},
			country: "BBB",
			want:    []string{"BBB pk(un 2015-01-01..2016-12-31): smallpk 2015-01-01 [DDR] 2016-12-31"},
		},
		{
			// In 2021 pk has left; succ is no peacekeeping operation and hosts nothing.
			name:   "after the host",
			window: concord.Period{From: d(2021, 1, 1)},
		},
		{name: "an empty country", country: "CCC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nestedStrings(NestedDeployments(nestedFixture(), tt.window, tt.country))
			if !slices.Equal(got, tt.want) {
				t.Errorf("NestedDeployments =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestNestedDeploymentsFields(t *testing.T) {
	ns := NestedDeployments(nestedFixture(), concord.Period{From: d(2016, 6, 1), To: d(2016, 6, 1)}, "")
	// On 2016-06-01: pk hosts civ in AAA and smallpk in BBB.
	if len(ns) != 2 {
		t.Fatalf("got %d host contexts, want 2: %v", len(ns), nestedStrings(ns))
	}
	civ := ns[0].Nested[0]
	if got, want := civ.Model, concord.ModelTrainingSupport; got != want {
		t.Errorf("Model = %s, want %s", got, want)
	}
	if got, want := civ.LeadActor, "eu"; got != want {
		t.Errorf("Lead = %s, want %s", got, want)
	}
	if got, want := civ.Reason, "a TRAINING_SUPPORT mission beside a peacekeeping operation"; got != want {
		t.Errorf("Reason = %q, want %q", got, want)
	}
	if got, want := ns[1].Nested[0].Reason, "a peacekeeping operation of 500 personnel beside one of 10000"; got != want {
		t.Errorf("Reason = %q, want %q", got, want)
	}
}
