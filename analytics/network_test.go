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
			// With at most 6 nodes: m1, then un, AAA, r1, m2, then eu; unsc, m3 and c1 are left
			// out, with ISSUED, the LEADS of m3 and MEMBER_OF.
			name:  "depth 3, truncated",
			q:     NetworkQuery{Focus: "mission:m1", Depth: 3, MaxNodes: 6},
			nodes: []string{"0 mission:m1", "1 actor:un", "1 country:AAA", "1 mandate:r1", "1 mission:m2", "2 actor:eu"},
			edges: []string{
				"AUTHORIZES:mandate:r1->mission:m1",
				"DEPLOYED_IN:mission:m1->country:AAA",
				"DEPLOYED_IN:mission:m1->country:AAA#2",
				"DEPLOYED_IN:mission:m2->country:AAA",
				"LEADS:actor:eu->mission:m2",
				"LEADS:actor:un->mission:m1",
				"SUCCEEDS:mission:m2->mission:m1",
			},
			truncated: true, omitted: 3, omittedEdg: 3,
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
