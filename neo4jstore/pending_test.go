package neo4jstore_test

import (
	"strings"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestPendingLinksOfADeletedActivity: an activity whose parent and funder are not in the graph
// leaves pending links; deleted and imported again without them, it must not be linked when
// the parent and the funder arrive.
func TestPendingLinksOfADeletedActivity(t *testing.T) {
	s := neo4jtest.Open(t)
	actor := concord.Actor{ID: "ngo", Name: "An NGO", Kind: concord.KindNGO}
	child := concord.Activity{ID: "act-child", Title: "Child", Owner: "ngo", Parent: "act-parent", FundedBy: []string{"act-donor"}}
	if _, err := s.Import(sys, concord.Dataset{Actors: []concord.Actor{actor}, Activities: []concord.Activity{child}}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteActivity(sys, "act-child", 1); err != nil {
		t.Fatal(err)
	}
	child.Parent, child.FundedBy = "", nil
	later := []concord.Activity{
		child,
		{ID: "act-parent", Title: "Parent", Owner: "ngo"},
		{ID: "act-donor", Title: "Donor's programme", Owner: "ngo"},
	}
	if _, err := s.Import(sys, concord.Dataset{Activities: later[:1]}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(sys, concord.Dataset{Activities: later[1:]}); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot(sys)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range snap {
		if strings.Contains(line, "CHILD_OF") || strings.Contains(line, "PASSES_FUNDS_TO") || strings.Contains(line, "PendingLink") {
			t.Errorf("stale link: %s", line)
		}
	}
}
