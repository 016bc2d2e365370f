package analytics

import (
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// TransitionStep is one hand-over along SUCCEEDS: From is the predecessor, To the successor.
type TransitionStep struct {
	From, To string
	// Country is where the hand-over was measured: the asked country, or "" when it was
	// measured on the missions' own dates.
	Country string
	FromEnd concord.Date // the predecessor's end there (zero: ongoing)
	ToStart concord.Date // the successor's start there (zero: unknown)
	// GapDays is the number of days between the predecessor's last day and the successor's
	// first: 0 for a hand-over from one day to the next, negative for days both were present
	// (-1: both on one day). Only meaningful when GapKnown.
	GapDays  int
	GapKnown bool // false when the predecessor is ongoing or the successor's start is unknown

	ModelFrom, ModelTo concord.MissionModel
	LeadFrom, LeadTo   string

	// Functions the successor declares that the predecessor did not cover (with sub-functions),
	// those the predecessor declared that the successor does not cover, and those the
	// successor declares that the predecessor already covered; each in vocabulary order.
	FunctionsAdded, FunctionsDropped, FunctionsKept []concord.FunctionCode

	PersonnelFrom, PersonnelTo int // known personnel, 0 when unknown
}

// TransitionChain is a set of missions connected by SUCCEEDS: a line of successors, or a tree
// where a mission hands over to several (UNPROFOR to UNCRO, UNPREDEP and IFOR) or several hand
// over to one (MISCA and BINUCA to MINUSCA).
type TransitionChain struct {
	Missions []string // ordered by start (as measured), then id
	Steps    []TransitionStep
	Cyclic   bool // the SUCCEEDS links form a cycle: a data error, reported, not followed
}

// Transitions returns the succession chains among missions:
//
//   - with a country, only missions deployed there take part, and each step is measured on
//     their deployments there (the predecessor's last day there, the successor's first),
//     clipped to the missions' own dates;
//   - without a country, every mission takes part and steps are measured on the missions'
//     own dates;
//   - with a mission, only the chain that contains it is returned;
//   - a chain is a connected component of the SUCCEEDS links (taken in either direction) with
//     at least two missions; links to missions not in the input are ignored, so the store must
//     load every mission of the chains it asks about.
//
// Chains are ordered by their first mission's start, then id; steps by the successor's start,
// then the two ids.
func Transitions(missions []concord.MissionPresence, country, mission string) []TransitionChain {
	byID := map[string]concord.MissionPresence{}
	var ids []string
	for _, m := range missions {
		if _, dup := byID[m.Mission.ID]; dup {
			continue
		}
		if country != "" && len(deployments(m, country)) == 0 {
			continue
		}
		byID[m.Mission.ID] = m
		ids = append(ids, m.Mission.ID)
	}
	slices.Sort(ids)

	type edge struct{ from, to string }
	var edges []edge
	adj := map[string][]string{}
	succ := map[string][]string{}
	for _, id := range ids {
		for _, p := range sortedSet(byID[id].Mission.Succeeds) {
			if _, ok := byID[p]; !ok || p == id {
				continue
			}
			edges = append(edges, edge{p, id})
			adj[p] = append(adj[p], id)
			adj[id] = append(adj[id], p)
			succ[p] = append(succ[p], id)
		}
	}

	start := func(id string) concord.Date {
		m := byID[id]
		if country == "" {
			return m.Mission.Period.From
		}
		ds := deployments(m, country)
		first := ds[0].Period.From
		for _, d := range ds[1:] {
			if compareStarts(d.Period.From, first) < 0 {
				first = d.Period.From
			}
		}
		return first
	}
	end := func(id string) concord.Date {
		m := byID[id]
		if country == "" {
			return m.Mission.Period.To
		}
		var last concord.Date
		for i, d := range deployments(m, country) {
			if d.Period.To.IsZero() {
				return concord.Date{} // still there
			}
			if i == 0 || d.Period.To.After(last) {
				last = d.Period.To
			}
		}
		return last
	}

	seen := map[string]bool{}
	var out []TransitionChain
	for _, id := range ids {
		if seen[id] || len(adj[id]) == 0 {
			continue
		}
		component := []string{id}
		seen[id] = true
		for i := 0; i < len(component); i++ {
			for _, n := range adj[component[i]] {
				if !seen[n] {
					seen[n] = true
					component = append(component, n)
				}
			}
		}
		if mission != "" && !slices.Contains(component, mission) {
			continue
		}
		slices.SortFunc(component, func(a, b string) int {
			if c := compareStarts(start(a), start(b)); c != 0 {
				return c
			}
			return strings.Compare(a, b)
		})
		chain := TransitionChain{Missions: component, Cyclic: hasCycle(component, succ)}
		for _, e := range edges {
			if !slices.Contains(component, e.to) {
				continue
			}
			from, to := byID[e.from], byID[e.to]
			step := TransitionStep{
				From: e.from, To: e.to, Country: country,
				FromEnd: end(e.from), ToStart: start(e.to),
				ModelFrom: from.Mission.Model, ModelTo: to.Mission.Model,
				LeadFrom: from.Mission.LeadActor, LeadTo: to.Mission.LeadActor,
				PersonnelFrom: from.KnownPersonnel(), PersonnelTo: to.KnownPersonnel(),
			}
			if !step.FromEnd.IsZero() && !step.ToStart.IsZero() {
				step.GapKnown = true
				step.GapDays = step.FromEnd.DaysUntil(step.ToStart) - 1
			}
			step.FunctionsAdded, step.FunctionsKept = splitCovered(to.Mission.Functions, from.Mission.Functions)
			step.FunctionsDropped, _ = splitCovered(from.Mission.Functions, to.Mission.Functions)
			chain.Steps = append(chain.Steps, step)
		}
		slices.SortFunc(chain.Steps, func(a, b TransitionStep) int {
			if c := compareStarts(a.ToStart, b.ToStart); c != 0 {
				return c
			}
			return strings.Compare(a.From+"\x00"+a.To, b.From+"\x00"+b.To)
		})
		out = append(out, chain)
	}
	slices.SortFunc(out, func(a, b TransitionChain) int {
		if c := compareStarts(start(a.Missions[0]), start(b.Missions[0])); c != 0 {
			return c
		}
		return strings.Compare(a.Missions[0], b.Missions[0])
	})
	return out
}

// splitCovered splits the declared functions fs into those other does not cover (expanded with
// its sub-functions) and those it does, each in vocabulary order.
func splitCovered(fs, other []concord.FunctionCode) (uncovered, covered []concord.FunctionCode) {
	eo := concord.ExpandFunctions(other)
	for _, f := range vocabularyOrder(fs) {
		if slices.Contains(eo, f) {
			covered = append(covered, f)
		} else {
			uncovered = append(uncovered, f)
		}
	}
	return uncovered, covered
}

// hasCycle reports whether the directed successor links among nodes contain a cycle.
func hasCycle(nodes []string, succ map[string][]string) bool {
	const (
		white = iota
		grey
		black
	)
	colour := map[string]int{}
	var visit func(string) bool
	visit = func(n string) bool {
		colour[n] = grey
		for _, s := range succ[n] {
			switch colour[s] {
			case grey:
				return true
			case white:
				if visit(s) {
					return true
				}
			}
		}
		colour[n] = black
		return false
	}
	for _, n := range nodes {
		if colour[n] == white && visit(n) {
			return true
		}
	}
	return false
}
