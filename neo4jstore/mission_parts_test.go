package neo4jstore_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestRelatedMissionsReadTheirParts: a list of related missions read with some parts has
// those parts as a whole read has them, and the others empty; with every part it is the
// mission read by id.
func TestRelatedMissionsReadTheirParts(t *testing.T) {
	s := neo4jtest.Open(t)
	importFixture(t, s)

	whole, err := s.MissionsDeployedIn(sys, []string{"XKX"}, concord.MissionWhole)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole["XKX"]) == 0 {
		t.Fatal("no mission in XKX in the fixture")
	}
	for _, m := range whole["XKX"] {
		byID, err := s.Missions(sys, []string{m.ID})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(m, byID[m.ID]) {
			t.Errorf("with every part:\n %+v\nby id:\n %+v", m, byID[m.ID])
		}
	}

	only := concord.MissionLead | concord.MissionDeployments
	some, err := s.MissionsDeployedIn(sys, []string{"XKX"}, only)
	if err != nil {
		t.Fatal(err)
	}
	if len(some["XKX"]) != len(whole["XKX"]) {
		t.Fatalf("%d missions with some parts, %d with every part", len(some["XKX"]), len(whole["XKX"]))
	}
	for i, m := range some["XKX"] {
		w := whole["XKX"][i]
		want := concord.Mission{
			ID: w.ID, Name: w.Name, Acronym: w.Acronym, Model: w.Model, Period: w.Period, Version: w.Version,
			Owner: w.Owner, Confidential: w.Confidential, LeadActor: w.LeadActor, Deployments: w.Deployments,
		}
		// Printed, since a part left out may be a nil or an empty list.
		if fmt.Sprintf("%+v", m) != fmt.Sprintf("%+v", want) {
			t.Errorf("with lead and deployments:\n %+v\nwant:\n %+v", m, want)
		}
		if len(w.Mandates) == 0 && len(w.Sources) == 0 {
			t.Errorf("%s has neither mandates nor sources: the test would not see them left out", w.ID)
		}
	}
}
