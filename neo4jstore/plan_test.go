package neo4jstore_test

import (
	"strings"
	"testing"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
	"github.com/concord-peace/concord/neo4jstore"
)

// TestHotQueryPlans holds the plans of the coordination questions' statements to their shape
// (docs/performance.md shows them measured at 1,000,000 activities): with a country they start
// at its node through the unique index and expand to its missions and activities, and never
// scan the activities; the world map's tallies seek the activities present through the
// activity_presence index and follow no relationship; no statement scans every node.
func TestHotQueryPlans(t *testing.T) {
	store := neo4jtest.Open(t)
	day := concord.NewDate(2012, time.May, 1)
	tests := []struct {
		name   string
		filter concord.PresenceFilter
		query  string
		want   []string // operators (with details) the plan must have
		never  []string // and must not
	}{
		{"engagements in a country on a day", concord.PresenceFilter{Country: "COD", Function: concord.Justice, Window: concord.Period{From: day, To: day}},
			"presences", []string{"NodeUniqueIndexSeek UNIQUE c:Country(code) WHERE code = $country", "(c)<-[anon_", ":IN]-(x)"},
			[]string{"NodeByLabelScan x:Activity", "NodeByLabelScan m:Mission", "RelationshipTypeScan"}},
		{"missions of every country", concord.PresenceFilter{Kind: concord.SubjectMission, Window: concord.Period{From: day, To: day}},
			"presences", []string{":DEPLOYED_IN]-"}, []string{"x:Activity", ":IN]"}},
		// The activities present on the day come from the activity_presence index; no
		// relationship is followed.
		{"the world map's tallies", concord.PresenceFilter{Window: concord.Period{From: day, To: day}},
			"tallies", []string{"NodeIndexSeek RANGE INDEX x:Activity(presenceFrom, presenceTo)", "EagerAggregation"},
			[]string{"Expand", "NodeByLabelScan", "RelationshipTypeScan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := neo4jstore.HotQueries(tt.filter)[tt.query]
			plan, err := store.Plan(sys, q.Cypher, q.Params)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tt.want {
				if !strings.Contains(plan, want) {
					t.Errorf("plan has no %q:\n%s", want, plan)
				}
			}
			for _, never := range append(tt.never, "AllNodesScan") {
				if strings.Contains(plan, never) {
					t.Errorf("plan has %q:\n%s", never, plan)
				}
			}
		})
	}
}
