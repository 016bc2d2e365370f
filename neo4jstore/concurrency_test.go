package neo4jstore_test

import (
	"sync"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestConcurrentWrites: 50 goroutines creating one id make one node; two updates of one
// version make exactly one CONFLICT.
func TestConcurrentWrites(t *testing.T) {
	s := neo4jtest.Open(t)
	var wg sync.WaitGroup
	results := make(chan error, 50)
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.CreateCluster(sys, concord.Cluster{ID: "race", Name: "Race"})
			results <- err
		}()
	}
	wg.Wait()
	close(results)
	ok, conflicts := 0, 0
	for err := range results {
		switch concord.ErrorCode(err) {
		case "":
			ok++
		case concord.ECONFLICT:
			conflicts++
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	if ok != 1 || conflicts != 49 {
		t.Errorf("50 creates of one id: %d succeeded, %d conflicts; want 1 and 49", ok, conflicts)
	}
	page, err := s.ListClusters(sys, concord.ClusterFilter{}, concord.PageArgs{})
	if err != nil || page.Total != 1 {
		t.Errorf("clusters: %d (%v), want 1", page.Total, err)
	}

	errs := make(chan error, 2)
	for _, name := range []string{"First", "Second"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.UpdateCluster(sys, "race", 1, func(c *concord.Cluster) error { c.Name = name; return nil })
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	conflicts = 0
	for err := range errs {
		if concord.ErrorCode(err) == concord.ECONFLICT {
			conflicts++
		} else if err != nil {
			t.Errorf("unexpected error: %v", err)
		}
	}
	if conflicts != 1 {
		t.Errorf("two updates of version 1: %d conflicts, want exactly 1", conflicts)
	}
}

// TestInjectionIsInert sends Cypher and Lucene syntax through every string the store takes
// from users; the graph is unchanged and nothing fails but with a user error.
func TestInjectionIsInert(t *testing.T) {
	s := neo4jtest.Open(t)
	if _, err := s.Import(sys, loadFixture(t)); err != nil {
		t.Fatal(err)
	}
	before := records(t, s)
	for _, payload := range []string{
		`') MATCH (n) DETACH DELETE n //`, `" OR 1=1 //`, "x` DETACH DELETE n //", `$viewerAdmin`, `*:*`, `\u0000`,
		`}) MATCH (n) SET n.confidential = false //`,
	} {
		if _, err := s.ListMissions(sys, concord.MissionFilter{Search: payload, LeadActor: payload, Country: payload, Cluster: payload}, concord.PageArgs{}); err != nil {
			t.Errorf("list with %q: %v", payload, err)
		}
		if _, err := s.Missions(sys, []string{payload}); err != nil {
			t.Errorf("lookup of %q: %v", payload, err)
		}
		_, err := s.UpdateMission(sys, "unmik", 1, func(m *concord.Mission) error { m.LeadActor = payload; return nil })
		if code := concord.ErrorCode(err); code != concord.EINVALID {
			t.Errorf("update with lead %q: %v, want BAD_USER_INPUT", payload, err)
		}
	}
	if after := records(t, s); len(after) != len(before) {
		t.Errorf("the graph changed: %d lines before, %d after", len(before), len(after))
	}
}
