package analytics

import (
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

func TestComputeCapacity(t *testing.T) {
	at := d(2015, time.June, 30)
	mission := concord.MissionPresence{
		Mission: concord.Mission{
			ID: "m", Period: concord.Period{From: d(2011, time.July, 9)}, Functions: []concord.FunctionCode{concord.ProtectionOfCivilians},
			Deployments: []concord.Deployment{{Country: "SSD"}},
			Deployed: []concord.Headcount{
				{Date: d(2015, time.April, 10), Component: concord.ComponentMilitary, Number: 10918},
				{Date: d(2015, time.June, 30), Component: concord.ComponentMilitary, Number: 11535, Source: "fact sheet"},
				{Date: d(2015, time.July, 31), Component: concord.ComponentMilitary, Number: 12000}, // after the day
				{Date: d(2015, time.June, 30), Component: concord.ComponentPolice, Number: 1157},
				{Date: d(2015, time.May, 1), Component: concord.ComponentMilitary, Number: 900, Contributor: "ind"},
				{Date: d(2015, time.June, 1), Component: concord.ComponentMilitary, Number: 950, Contributor: "ind"},
			},
		},
		Mandates: []concord.Mandate{
			{ID: "first", Adopted: d(2011, time.July, 8), Expires: d(2012, time.July, 9),
				Authorised: []concord.Strength{{Component: concord.ComponentMilitary, Number: 7000}, {Component: concord.ComponentPolice, Number: 900}}},
			{ID: "second", Adopted: d(2014, time.May, 27), Authorised: []concord.Strength{{Component: concord.ComponentMilitary, Number: 12500}}},
			{ID: "future", Adopted: d(2016, time.January, 1), Authorised: []concord.Strength{{Component: concord.ComponentMilitary, Number: 17000}}},
		},
	}
	got := ComputeCapacity([]concord.MissionPresence{mission}, CapacityQuery{Country: "SSD", At: at})
	if len(got) != 1 {
		t.Fatalf("got %+v", got)
	}
	mc := got[0]
	if len(mc.Components) != 2 {
		t.Fatalf("components %+v, want military and police", mc.Components)
	}
	mil, pol := mc.Components[0], mc.Components[1]
	// The ceiling in force is the second mandate's (the first expired, the third is not yet adopted).
	if mil.Authorised != 12500 || mil.AuthorisedBy != "second" || mil.Deployed != 11535 || mil.DeployedSource != "fact sheet" {
		t.Errorf("military %+v", mil)
	}
	if gap, ok := mil.Gap(); !ok || gap != 965 {
		t.Errorf("military gap %d %v, want 965", gap, ok)
	}
	// The police ceiling expired with the first mandate: deployed, with no ceiling, no gap.
	if pol.HasAuthorised || pol.Deployed != 1157 {
		t.Errorf("police %+v", pol)
	}
	if _, ok := pol.Gap(); ok {
		t.Errorf("police has a gap without a ceiling")
	}
	if len(mc.Contributors) != 1 || mc.Contributors[0].Number != 950 {
		t.Errorf("contributors %+v, want India's latest, 950", mc.Contributors)
	}
	for _, q := range []CapacityQuery{
		{Country: "SSD", At: d(2011, time.January, 1)},      // before the mission
		{Country: "SDN", At: at},                            // elsewhere
		{Country: "SSD", At: at, Function: concord.Justice}, // not mandated for it
	} {
		if got := ComputeCapacity([]concord.MissionPresence{mission}, q); len(got) != 0 {
			t.Errorf("%+v: %+v, want nothing", q, got)
		}
	}
}
