package server_test

import (
	"testing"
)

// nestedQuery walks four levels of relations from each mission; without dataloaders it would
// cost several Neo4j round trips per mission.
const nestedQuery = `query($first: Int) {
  missions(first: $first) {
    totalCount
    edges { node {
      id
      lead { name parts { id } missionsLed { id } }
      mandates { reference body { name parent { name } } functions { code } missions { id } }
      deployments { country { name } }
      predecessors { id lead { id } }
      successors { id lead { id } }
      clusters { name missions { id } }
      contributors { actor { name } }
      lessons { title author { name } }
    } }
  }
}`

// TestNestedQueryRoundTrips proves that the number of Cypher round trips of a nested query is
// bounded by the shape of the query, not by the size of its answer. The query above has 17
// (level, relation) pairs that may need the graph: the list; at level 2 lead, mandates,
// predecessors, successors, clusters and lessons; at level 3 parts, missionsLed, body,
// mandate missions, predecessor and successor leads, cluster missions, contributor actors and
// lesson authors; at level 4 the body's parent. Without batching, 140 missions would cost
// well over a thousand.
func TestNestedQueryRoundTrips(t *testing.T) {
	a := newAPIUnpriced(t)
	a.load("../seed/concord-seed.json")

	trips := func(first int) (int64, int) {
		var out struct {
			Missions struct {
				Edges []struct{ Node struct{ ID string } } `json:"edges"`
			} `json:"missions"`
		}
		before := a.store.RoundTrips()
		a.query(nestedQuery, map[string]any{"first": first}, &out)
		return a.store.RoundTrips() - before, len(out.Missions.Edges)
	}
	const bound = 17
	for _, first := range []int{3, 40, 140} {
		n, got := trips(first)
		if got != first {
			t.Fatalf("got %d missions, want %d", got, first)
		}
		t.Logf("%d round trips for %d missions", n, got)
		if n > bound {
			t.Errorf("%d round trips for %d missions, want at most %d whatever the size", n, got, bound)
		}
	}
}
