package analytics

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/concord-peace/concord"
)

// Bounds of a network query.
const (
	MaxNetworkDepth     = 3
	DefaultNetworkNodes = 100
	MaxNetworkNodes     = 1000
)

// NetworkQuery asks for the network around a focus node.
type NetworkQuery struct {
	Focus     string   // a NetworkID
	Depth     int      // 0 to MaxNetworkDepth hops
	MaxNodes  int      // 0 means DefaultNetworkNodes; at most MaxNetworkNodes
	NodeTypes []string // keep only these node types (the focus always stays); empty keeps all
	EdgeTypes []string // follow only these relationship types; empty follows all
}

// Validate checks the query's arguments.
func (q NetworkQuery) Validate() error {
	var errs concord.Errors
	if q.Focus == "" {
		errs.Add("focus", "is required")
	} else if typ, id, ok := strings.Cut(q.Focus, ":"); !ok || typ == "" || id == "" {
		errs.Add("focus", "%q is not a network id (type:id, such as mission:unmik)", q.Focus)
	}
	if q.Depth < 0 || q.Depth > MaxNetworkDepth {
		errs.Add("depth", "must be between 0 and %d", MaxNetworkDepth)
	}
	if q.MaxNodes < 0 || q.MaxNodes > MaxNetworkNodes {
		errs.Add("maxNodes", "must be between 1 and %d (0 for the default, %d)", MaxNetworkNodes, DefaultNetworkNodes)
	}
	return errs.Err()
}

// NetworkNode is a node for visualisation.
type NetworkNode struct {
	ID         string // a NetworkID
	Type       string
	Label      string
	Depth      int // hops from the focus
	Attributes map[string]string
}

// NetworkEdge is an edge for visualisation. Its ID is stable: "TYPE:source->target", with
// "#2", "#3" … for further relationships of the same type between the same nodes (a mission
// deployed twice in one country), numbered in the order of their attributes.
type NetworkEdge struct {
	ID, Source, Target, Type string
	Attributes               map[string]string
}

// Network is the bounded neighbourhood of a focus.
type Network struct {
	Nodes        []NetworkNode // by depth, then id
	Edges        []NetworkEdge // by id
	Truncated    bool          // some nodes within the depth were left out
	Omitted      int           // nodes within the depth left out
	OmittedEdges int           // edges among the nodes within the depth left out with them
}

// BuildNetwork returns the nodes within q.Depth hops of q.Focus in g, following edges in
// either direction, and the edges among them. The filters apply first: nodes of other types
// (but the focus) and edges of other types are removed, and the search does not pass through
// them. Nodes are taken breadth-first, each depth in id order; when more than q.MaxNodes are
// within reach, keepWithinBudget chooses which q.MaxNodes stay (every depth gets its share),
// Truncated is set and Omitted counts the rest.
// Edges whose ends are not in g are ignored. It returns an EINVALID error for a bad query and
// ENOTFOUND when the focus is not in g.
func BuildNetwork(g concord.Subgraph, q NetworkQuery) (Network, error) {
	if err := q.Validate(); err != nil {
		return Network{}, err
	}
	maxNodes := q.MaxNodes
	if maxNodes == 0 {
		maxNodes = DefaultNetworkNodes
	}

	nodes := map[string]concord.SubgraphNode{}
	for _, n := range g.Nodes {
		if _, dup := nodes[n.ID]; dup {
			continue
		}
		if n.ID == q.Focus || len(q.NodeTypes) == 0 || slices.Contains(q.NodeTypes, n.Type) {
			nodes[n.ID] = n
		}
	}
	if _, ok := nodes[q.Focus]; !ok {
		return Network{}, concord.Errorf(concord.ENOTFOUND, "focus", "no node %q", q.Focus)
	}
	var edges []concord.SubgraphEdge
	adj := map[string][]string{}
	for _, e := range g.Edges {
		_, okS := nodes[e.Source]
		_, okT := nodes[e.Target]
		if !okS || !okT || (len(q.EdgeTypes) > 0 && !slices.Contains(q.EdgeTypes, e.Type)) {
			continue
		}
		edges = append(edges, e)
		adj[e.Source] = append(adj[e.Source], e.Target)
		adj[e.Target] = append(adj[e.Target], e.Source)
	}

	depth := map[string]int{q.Focus: 0}
	reached := []string{q.Focus}
	level := []string{q.Focus}
	for d := 1; d <= q.Depth && len(level) > 0; d++ {
		var found []string
		for _, n := range level {
			for _, m := range adj[n] {
				if _, ok := depth[m]; !ok {
					depth[m] = d
					found = append(found, m)
				}
			}
		}
		slices.Sort(found)
		reached = append(reached, found...)
		level = found
	}

	var net Network
	kept := keepWithinBudget(reached, depth, adj, q.Depth, maxNodes)
	for _, id := range reached {
		if !kept[id] {
			net.Omitted++
			continue
		}
		n := nodes[id]
		net.Nodes = append(net.Nodes, NetworkNode{ID: id, Type: n.Type, Label: n.Label, Depth: depth[id], Attributes: maps.Clone(n.Attributes)})
	}
	net.Truncated = net.Omitted > 0

	slices.SortFunc(edges, func(a, b concord.SubgraphEdge) int {
		return strings.Compare(edgeSortKey(a), edgeSortKey(b))
	})
	count := map[string]int{}
	for _, e := range edges {
		_, inS := depth[e.Source]
		_, inT := depth[e.Target]
		if !inS || !inT {
			continue
		}
		if !kept[e.Source] || !kept[e.Target] {
			net.OmittedEdges++
			continue
		}
		id := e.Type + ":" + e.Source + "->" + e.Target
		count[id]++
		if count[id] > 1 {
			id += "#" + strconv.Itoa(count[id])
		}
		net.Edges = append(net.Edges, NetworkEdge{ID: id, Source: e.Source, Target: e.Target, Type: e.Type, Attributes: maps.Clone(e.Attributes)})
	}
	slices.SortFunc(net.Edges, func(a, b NetworkEdge) int { return strings.Compare(a.ID, b.ID) })
	return net, nil
}

// edgeSortKey orders edges by type, ends and attributes, so that numbering parallel edges does
// not depend on the order the store returned them in.
func edgeSortKey(e concord.SubgraphEdge) string {
	var b strings.Builder
	b.WriteString(e.Type + "\x00" + e.Source + "\x00" + e.Target)
	for _, k := range slices.Sorted(maps.Keys(e.Attributes)) {
		b.WriteString("\x00" + k + "=" + e.Attributes[k])
	}
	return b.String()
}

// keepWithinBudget chooses the nodes a network keeps when more than maxNodes are reached
// (reached is breadth-first, each depth in id order). Taking the nearest first would fill the
// budget with the first hop when it is large: the 2,567 activities of a 3W sheet around its
// country leave no room for the organisations that implement them, one hop further. So every
// depth gets an equal share of the budget, a depth that needs less than its share leaves the rest
// to the others, and what no depth can use goes back to the nearest nodes. Within a depth a node
// is kept only when a neighbour one hop nearer is kept, so the kept network stays connected
// through the focus; nodes that lead to nodes not yet reachable come first, so the next depth
// has as many different nodes to choose from as possible (one activity for each implementer
// before a second one for any), then the others by number of such neighbours and id.
func keepWithinBudget(reached []string, depth map[string]int, adj map[string][]string, maxDepth, maxNodes int) map[string]bool {
	kept := map[string]bool{}
	if len(reached) <= maxNodes {
		for _, id := range reached {
			kept[id] = true
		}
		return kept
	}
	levels := make([][]string, maxDepth+1)
	for _, id := range reached {
		levels[depth[id]] = append(levels[depth[id]], id)
	}
	kept[reached[0]] = true
	quota := depthQuotas(levels[1:], maxNodes-1)

	// next: a node's neighbours one hop further, each once.
	next := func(id string) []string {
		var out []string
		for _, m := range adj[id] {
			if depth[m] == depth[id]+1 && !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
		return out
	}
	hasKeptParent := func(id string) bool {
		return slices.ContainsFunc(adj[id], func(m string) bool { return kept[m] && depth[m] == depth[id]-1 })
	}
	for d := 1; d <= maxDepth && d < len(levels); d++ {
		var candidates []string
		further := map[string][]string{}
		for _, id := range levels[d] {
			if hasKeptParent(id) {
				candidates = append(candidates, id)
				further[id] = next(id)
			}
		}
		slices.SortStableFunc(candidates, func(a, b string) int { return len(further[b]) - len(further[a]) })
		covered := map[string]bool{}
		taken := 0
		for _, id := range candidates {
			if taken == quota[d-1] {
				break
			}
			if slices.ContainsFunc(further[id], func(m string) bool { return !covered[m] }) {
				kept[id] = true
				taken++
				for _, m := range further[id] {
					covered[m] = true
				}
			}
		}
		for _, id := range candidates {
			if taken == quota[d-1] {
				break
			}
			if !kept[id] {
				kept[id] = true
				taken++
			}
		}
	}
	// What a depth could not use (too few of its nodes hang from kept ones) goes to the nearest.
	for _, id := range reached[1:] {
		if len(kept) == maxNodes {
			break
		}
		if !kept[id] && hasKeptParent(id) {
			kept[id] = true
		}
	}
	return kept
}

// depthQuotas shares budget among levels equally: a level with fewer nodes than its share takes
// them all and the others share what it leaves; a remainder goes to the nearest levels.
func depthQuotas(levels [][]string, budget int) []int {
	quota := make([]int, len(levels))
	open := []int{}
	for i, l := range levels {
		if len(l) > 0 {
			open = append(open, i)
		}
	}
	for len(open) > 0 {
		share := budget / len(open)
		var still []int
		for _, i := range open {
			if len(levels[i]) <= share {
				quota[i] = len(levels[i])
				budget -= quota[i]
			} else {
				still = append(still, i)
			}
		}
		if len(still) == len(open) {
			for k, i := range still {
				quota[i] = share
				if k < budget%len(still) {
					quota[i]++
				}
			}
			break
		}
		open = still
	}
	return quota
}
