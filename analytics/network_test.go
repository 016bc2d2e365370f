package analytics

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

// networkFixture:
//
//	actor:un    -LEADS->        mission:m1, mission:m3
//	actor:eu    -LEADS->        mission:m2
//	mission:m1  -DEPLOYED_IN->  country:AAA  twice (from 2010, from 2015)
//	mission:m2  -DEPLOYED_IN->  country:AAA
//	mandate:r1  -AUTHORIZES->   mission:m1
//	actor:unsc  -ISSUED->       mandate:r1
//	mission:m2  -SUCCEEDS->     mission:m1
//	mission:m3  -MEMBER_OF->    cluster:c1
//	actor:ghost -LEADS->        mission:m1   (ghost is not a node: ignored)
func networkFixture() concord.Subgraph {
	n := func(typ, id, label string) concord.SubgraphNode {
		return concord.SubgraphNode{ID: concord.NetworkID(typ, id), Type: typ, Label: label, Attributes: map[string]string{"id": id}}
	}
	e := func(src, typ, dst string, attrs ...string) concord.SubgraphEdge {
		a := map[string]string{}
		for i := 0; i+1 < len(attrs); i += 2 {
			a[attrs[i]] = attrs[i+1]
		}
		return concord.SubgraphEdge{Source: src, Target: dst, Type: typ, Attributes: a}
	}
	return concord.Subgraph{
		Nodes: []concord.SubgraphNode{
			n(concord.NetworkMission, "m1", "M1"), n(concord.NetworkActor, "un", "UN"), n(concord.NetworkActor, "eu", "EU"),
			n(concord.NetworkCountry, "AAA", "Aland"), n(concord.NetworkMission, "m2", "M2"), n(concord.NetworkMandate, "r1", "R 1"),
			n(concord.NetworkActor, "unsc", "UNSC"), n(concord.NetworkCluster, "c1", "C1"), n(concord.NetworkMission, "m3", "M3"),
			n(concord.NetworkMission, "m1", "duplicate, ignored"),
		},
		Edges: []concord.SubgraphEdge{
			e("actor:un", "LEADS", "mission:m1"),
			e("actor:eu", "LEADS", "mission:m2"),
			e("mission:m1", "DEPLOYED_IN", "country:AAA", "from", "2015-01-01"),
			e("mission:m1", "DEPLOYED_IN", "country:AAA", "from", "2010-01-01"),
			e("mission:m2", "DEPLOYED_IN", "country:AAA"),
			e("mandate:r1", "AUTHORIZES", "mission:m1"),
			e("actor:unsc", "ISSUED", "mandate:r1"),
			e("mission:m2", "SUCCEEDS", "mission:m1"),
			e("mission:m3", "MEMBER_OF", "cluster:c1"),
			e("actor:un", "LEADS", "mission:m3"),
			e("actor:ghost", "LEADS", "mission:m1"),
		},
	}
}

func nodeStrings(ns []NetworkNode) []string {
	var out []string
	for _, n := range ns {
		out = append(out, fmt.Sprintf("%d %s", n.Depth, n.ID))
	}
	return out
}

func edgeIDs(es []NetworkEdge) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestBuildNetwork(t *testing.T) {
	tests := []struct {
		name                string
		q                   NetworkQuery
		nodes, edges        []string
		truncated           bool
		omitted, omittedEdg int
	}{
		{
			name:  "depth 0: the focus alone",
			q:     NetworkQuery{Focus: "mission:m1"},
			nodes: []string{"0 mission:m1"},
		},
		{
			// m1's neighbours, by id: un (LEADS), AAA (DEPLOYED_IN), r1 (AUTHORIZES), m2
			// (SUCCEEDS). Edges among them: m2 is deployed in AAA too. The two deployments of m1
			// in AAA are numbered in the order of their attributes (2010 first).
			name:  "depth 1",
			q:     NetworkQuery{Focus: "mission:m1", Depth: 1},
			nodes: []string{"0 mission:m1", "1 actor:un", "1 country:AAA", "1 mandate:r1", "1 mission:m2"},
			edges: []string{
				"AUTHORIZES:mandate:r1->mission:m1",
				"DEPLOYED_IN:mission:m1->country:AAA",
				"DEPLOYED_IN:mission:m1->country:AAA#2",
				"DEPLOYED_IN:mission:m2->country:AAA",
				"LEADS:actor:un->mission:m1",
				"SUCCEEDS:mission:m2->mission:m1",
			},
		},
		{
			// Depth 2 adds eu (leads m2), unsc (issued r1), m3 (led by un); depth 3 adds c1.
			// With at most 6 nodes, the 5 beside the focus are shared among the depths: c1
			// alone at depth 3, 2 each at depths 1 and 2. Depth 1 keeps first what leads further
			// (un to m3, r1 to unsc; m2 to eu too, but un and r1 come first by id); depth 2
			// only what hangs from those (m3, unsc; eu's m2 is out), and c1 from m3. Left out:
			// AAA, m2 and eu, with the three DEPLOYED_IN, SUCCEEDS and eu's LEADS.
			name:  "depth 3, truncated: every depth gets its share",
			q:     NetworkQuery{Focus: "mission:m1", Depth: 3, MaxNodes: 6},
			nodes: []string{"0 mission:m1", "1 actor:un", "1 mandate:r1", "2 actor:unsc", "2 mission:m3", "3 cluster:c1"},
			edges: []string{
				"AUTHORIZES:mandate:r1->mission:m1",
				"ISSUED:actor:unsc->mandate:r1",
				"LEADS:actor:un->mission:m1",
				"LEADS:actor:un->mission:m3",
				"MEMBER_OF:mission:m3->cluster:c1",
			},
			truncated: true, omitted: 3, omittedEdg: 5,
		},
		{
			// Depth 3 in full: 9 nodes, 10 edges (the ghost's is not one).
			name: "depth 3",
			q:    NetworkQuery{Focus: "mission:m1", Depth: 3},
			nodes: []string{"0 mission:m1", "1 actor:un", "1 country:AAA", "1 mandate:r1", "1 mission:m2",
				"2 actor:eu", "2 actor:unsc", "2 mission:m3", "3 cluster:c1"},
			edges: []string{
				"AUTHORIZES:mandate:r1->mission:m1",
				"DEPLOYED_IN:mission:m1->country:AAA",
				"DEPLOYED_IN:mission:m1->country:AAA#2",
				"DEPLOYED_IN:mission:m2->country:AAA",
				"ISSUED:actor:unsc->mandate:r1",
				"LEADS:actor:eu->mission:m2",
				"LEADS:actor:un->mission:m1",
				"LEADS:actor:un->mission:m3",
				"MEMBER_OF:mission:m3->cluster:c1",
				"SUCCEEDS:mission:m2->mission:m1",
			},
		},
		{
			// Only missions and actors: the search cannot pass through AAA or r1.
			name:  "node types",
			q:     NetworkQuery{Focus: "mission:m1", Depth: 2, NodeTypes: []string{concord.NetworkMission, concord.NetworkActor}},
			nodes: []string{"0 mission:m1", "1 actor:un", "1 mission:m2", "2 actor:eu", "2 mission:m3"},
			edges: []string{
				"LEADS:actor:eu->mission:m2",
				"LEADS:actor:un->mission:m1",
				"LEADS:actor:un->mission:m3",
				"SUCCEEDS:mission:m2->mission:m1",
			},
		},
		{
			// The focus stays even when its type is filtered out.
			name:  "focus of a filtered type",
			q:     NetworkQuery{Focus: "country:AAA", Depth: 1, NodeTypes: []string{concord.NetworkMission}},
			nodes: []string{"0 country:AAA", "1 mission:m1", "1 mission:m2"},
			edges: []string{
				"DEPLOYED_IN:mission:m1->country:AAA",
				"DEPLOYED_IN:mission:m1->country:AAA#2",
				"DEPLOYED_IN:mission:m2->country:AAA",
				"SUCCEEDS:mission:m2->mission:m1",
			},
		},
		{
			// Following LEADS only, from un: m1 and m3; nothing else leads them.
			name:  "edge types",
			q:     NetworkQuery{Focus: "actor:un", Depth: 3, EdgeTypes: []string{"LEADS"}},
			nodes: []string{"0 actor:un", "1 mission:m1", "1 mission:m3"},
			edges: []string{"LEADS:actor:un->mission:m1", "LEADS:actor:un->mission:m3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net, err := BuildNetwork(networkFixture(), tt.q)
			if err != nil {
				t.Fatalf("BuildNetwork: %v", err)
			}
			if got := nodeStrings(net.Nodes); !slices.Equal(got, tt.nodes) {
				t.Errorf("nodes =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.nodes, "\n"))
			}
			if got := edgeIDs(net.Edges); !slices.Equal(got, tt.edges) {
				t.Errorf("edges =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.edges, "\n"))
			}
			if net.Truncated != tt.truncated || net.Omitted != tt.omitted || net.OmittedEdges != tt.omittedEdg {
				t.Errorf("truncated %v, omitted %d nodes and %d edges; want %v, %d, %d",
					net.Truncated, net.Omitted, net.OmittedEdges, tt.truncated, tt.omitted, tt.omittedEdg)
			}
		})
	}
}

// starFixture is a 3W sheet around its country: activities a000…a(n-1) in country:AFG, each
// implemented by one of k organisations (activity i by org i mod k).
func starFixture(activities, orgs int) concord.Subgraph {
	g := concord.Subgraph{Nodes: []concord.SubgraphNode{{ID: "country:AFG", Type: concord.NetworkCountry, Label: "Afghanistan"}}}
	for j := range orgs {
		g.Nodes = append(g.Nodes, concord.SubgraphNode{ID: fmt.Sprintf("actor:o%03d", j), Type: concord.NetworkActor})
	}
	for i := range activities {
		a := fmt.Sprintf("activity:a%04d", i)
		g.Nodes = append(g.Nodes, concord.SubgraphNode{ID: a, Type: concord.NetworkActivity})
		g.Edges = append(g.Edges,
			concord.SubgraphEdge{Source: a, Target: "country:AFG", Type: "IN"},
			concord.SubgraphEdge{Source: fmt.Sprintf("actor:o%03d", i%orgs), Target: a, Type: "IMPLEMENTS"})
	}
	return g
}

// TestBuildNetworkBudget: when the first hop alone is larger than the budget, the second hop
// keeps its share, the kept network is connected through the focus, and what was left out is
// counted exactly.
func TestBuildNetworkBudget(t *testing.T) {
	tests := []struct {
		name                     string
		activities, orgs, max    int
		wantActivities, wantOrgs int
	}{
		// 249 beside the focus: 125 activities, 124 of the 280 organisations, each with its own activity.
		{"budget smaller than the implementers", 2567, 280, 250, 125, 124},
		// 999: the 280 organisations need less than their half; their activities get the rest.
		{"every implementer fits", 2567, 280, 1000, 719, 280},
		// Everything fits: nothing is left out.
		{"no truncation", 30, 5, 100, 30, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := starFixture(tt.activities, tt.orgs)
			net, err := BuildNetwork(g, NetworkQuery{Focus: "country:AFG", Depth: 2, MaxNodes: tt.max})
			if err != nil {
				t.Fatal(err)
			}
			byType := map[string]int{}
			kept := map[string]int{}
			for _, n := range net.Nodes {
				byType[n.Type]++
				kept[n.ID] = n.Depth
			}
			if byType[concord.NetworkActivity] != tt.wantActivities || byType[concord.NetworkActor] != tt.wantOrgs {
				t.Errorf("kept %d activities and %d organisations; want %d and %d",
					byType[concord.NetworkActivity], byType[concord.NetworkActor], tt.wantActivities, tt.wantOrgs)
			}
			// Honest counts: kept + omitted is everything reached; kept edges + omitted edges all edges.
			if got := len(net.Nodes) + net.Omitted; got != 1+tt.activities+tt.orgs {
				t.Errorf("%d kept + %d omitted = %d; want %d reached", len(net.Nodes), net.Omitted, got, 1+tt.activities+tt.orgs)
			}
			if got := len(net.Edges) + net.OmittedEdges; got != len(g.Edges) {
				t.Errorf("%d edges + %d omitted = %d; want %d", len(net.Edges), net.OmittedEdges, got, len(g.Edges))
			}
			if net.Truncated != (net.Omitted > 0) || len(net.Nodes) > tt.max {
				t.Errorf("%d nodes (most %d), truncated %v with %d omitted", len(net.Nodes), tt.max, net.Truncated, net.Omitted)
			}
			// Connected through the focus: every kept node has a kept neighbour one hop nearer.
			parent := map[string]bool{"country:AFG": true}
			for _, e := range net.Edges {
				if kept[e.Source] == kept[e.Target]-1 {
					parent[e.Target] = true
				}
				if kept[e.Target] == kept[e.Source]-1 {
					parent[e.Source] = true
				}
			}
			for id := range kept {
				if !parent[id] {
					t.Errorf("%s is kept without a kept neighbour one hop nearer", id)
				}
			}
		})
	}
}

func TestDepthQuotas(t *testing.T) {
	level := func(n int) []string { return make([]string, n) }
	tests := []struct {
		sizes  []int
		budget int
		want   []int
	}{
		{[]int{2567, 280}, 249, []int{125, 124}},
		{[]int{2567, 280}, 999, []int{719, 280}},
		{[]int{4, 3, 1}, 5, []int{2, 2, 1}},
		{[]int{6, 95}, 29, []int{6, 23}},
		{[]int{0, 10}, 4, []int{0, 4}},
	}
	for _, tt := range tests {
		var levels [][]string
		for _, n := range tt.sizes {
			levels = append(levels, level(n))
		}
		if got := depthQuotas(levels, tt.budget); !slices.Equal(got, tt.want) {
			t.Errorf("depthQuotas(%v, %d) = %v; want %v", tt.sizes, tt.budget, got, tt.want)
		}
	}
}

func TestBuildNetworkDetails(t *testing.T) {
	g := networkFixture()
	net, err := BuildNetwork(g, NetworkQuery{Focus: "mission:m1", Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	// The first node wins over a duplicate; labels, types and attributes are carried over.
	if n := net.Nodes[0]; n.Label != "M1" || n.Type != concord.NetworkMission || n.Attributes["id"] != "m1" {
		t.Errorf("focus node = %+v", n)
	}
	if e := net.Edges[1]; e.Source != "mission:m1" || e.Target != "country:AAA" || e.Type != "DEPLOYED_IN" || e.Attributes["from"] != "2010-01-01" {
		t.Errorf("edge = %+v", e)
	}
	// The result does not share maps with the input.
	net.Nodes[0].Attributes["id"] = "changed"
	net.Edges[1].Attributes["from"] = "changed"
	if g.Nodes[0].Attributes["id"] != "m1" || g.Edges[3].Attributes["from"] != "2010-01-01" {
		t.Error("BuildNetwork returned the input's attribute maps")
	}

	// The same graph in any order gives the same network.
	for range 5 {
		h := networkFixture()
		rand.Shuffle(len(h.Edges), func(i, j int) { h.Edges[i], h.Edges[j] = h.Edges[j], h.Edges[i] })
		rand.Shuffle(len(h.Nodes)-1, func(i, j int) { h.Nodes[i], h.Nodes[j] = h.Nodes[j], h.Nodes[i] }) // the duplicate stays last
		again, err := BuildNetwork(h, NetworkQuery{Focus: "mission:m1", Depth: 3, MaxNodes: 6})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := BuildNetwork(networkFixture(), NetworkQuery{Focus: "mission:m1", Depth: 3, MaxNodes: 6})
		if !reflect.DeepEqual(again, want) {
			t.Fatalf("order changed the network:\n%v\n%v", again, want)
		}
	}
}

func TestBuildNetworkErrors(t *testing.T) {
	tests := []struct {
		name  string
		q     NetworkQuery
		code  string
		field string
	}{
		{"ErrFocusRequired", NetworkQuery{}, concord.EINVALID, "focus"},
		{"ErrFocusNotAnID", NetworkQuery{Focus: "unmik"}, concord.EINVALID, "focus"},
		{"ErrDepthTooDeep", NetworkQuery{Focus: "mission:m1", Depth: 4}, concord.EINVALID, "depth"},
		{"ErrDepthNegative", NetworkQuery{Focus: "mission:m1", Depth: -1}, concord.EINVALID, "depth"},
		{"ErrTooManyNodes", NetworkQuery{Focus: "mission:m1", MaxNodes: MaxNetworkNodes + 1}, concord.EINVALID, "maxNodes"},
		{"ErrFocusNotFound", NetworkQuery{Focus: "mission:nope"}, concord.ENOTFOUND, "focus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := BuildNetwork(networkFixture(), tt.q)
			if got := concord.ErrorCode(err); got != tt.code {
				t.Errorf("code = %q (%v), want %q", got, err, tt.code)
			}
			if got := concord.ErrorField(err); got != tt.field {
				t.Errorf("field = %q, want %q", got, tt.field)
			}
		})
	}
}
