package analytics

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// CuratedCluster is a cluster recorded by hand (MEMBER_OF) with the members that match a
// query.
type CuratedCluster struct {
	Cluster string
	Members []string // sorted
}

// CuratedClusters groups the missions by the clusters they are members of, keeping the
// missions with a deployment (clipped to the mission's dates) meeting the window (an open
// window is all time) and, with a function, answering it (coded with it or one of its
// sub-functions; only with a parent when broader: docs/functions.md). Clusters left with no member are omitted; the result is
// ordered by cluster id.
func CuratedClusters(missions []concord.MissionPresence, window concord.Period, function concord.FunctionCode, broader bool) []CuratedCluster {
	members := map[string][]string{}
	for _, m := range missions {
		if !clusterCandidate(m, window, function, broader) {
			continue
		}
		for _, c := range m.Mission.Clusters {
			members[c] = append(members[c], m.Mission.ID)
		}
	}
	var out []CuratedCluster
	for c, ms := range members {
		out = append(out, CuratedCluster{Cluster: c, Members: sortedSet(ms)})
	}
	slices.SortFunc(out, func(a, b CuratedCluster) int { return strings.Compare(a.Cluster, b.Cluster) })
	return out
}

// clusterCandidate reports whether a mission is deployed in the window and answers the function
// (FunctionCode.Answers: coded with it or a sub-function, or only with a parent when broader).
func clusterCandidate(m concord.MissionPresence, window concord.Period, function concord.FunctionCode, broader bool) bool {
	if !function.Answers(m.Mission.Functions, broader) {
		return false
	}
	return slices.ContainsFunc(deployments(m, ""), func(d concord.Deployment) bool { return meets(d.Period, window) })
}

// ClusterRule names the rule that formed a computed cluster.
type ClusterRule string

// The rules of ComputeClusters; docs/analytics.md explains them.
const (
	// ClusterSameLead: one organisation's regional network — missions it leads, deployed at
	// the same time in the same or neighbouring countries.
	ClusterSameLead ClusterRule = "SAME_LEAD"
	// ClusterSharedFunction: a layered presence — missions of different lead organisations,
	// deployed at the same time in the same or neighbouring countries, sharing a function.
	ClusterSharedFunction ClusterRule = "SHARED_FUNCTION"
)

// ClusterLink is why two missions of a computed cluster are linked.
type ClusterLink struct {
	A, B            string         // mission ids, A < B
	CountryA        string         // where A was deployed …
	CountryB        string         // … and B: the same country or neighbours
	Period          concord.Period // the days both were deployed there, within the window
	SharedActors    []string
	SharedFunctions []concord.FunctionCode // with sub-functions, in vocabulary order
	Reason          string
}

// ComputedCluster is a cluster found in the data: a connected component of the links one rule
// draws between missions.
type ComputedCluster struct {
	ID          string // stable: derived from the rule and the members
	Rule        ClusterRule
	Description string // the rule in words, with the query's window and function
	LeadActor   string // the organisation, for SAME_LEAD
	Members     []string
	Countries   []string // where the members were deployed during the window
	Links       []ClusterLink
}

// ComputeClusters finds regional clusters of missions under two rules. Under both, two
// missions can only be linked when
//
//   - time: a deployment of each (clipped to the mission's dates) shares at least one day with
//     the other and with the window (an open window is all time), and
//   - place: those two deployments are in the same country or in neighbouring countries
//     (borders; nil borders means same country only).
//
// SAME_LEAD links two such missions when the same actor leads both (one organisation's
// regional network: the EU's missions across the Sahel). SHARED_FUNCTION links two such
// missions when different actors lead them and they share a function, expanded with
// sub-functions (a layered presence: EU and UN rule-of-law missions in Kosovo); with a function
// asked, the shared functions must include it or one of its sub-functions.
//
// With a function, only missions answering it (coded with it or a sub-function; a parent only
// when broader)
// take part. A computed cluster is a connected component of one rule's links with two or more
// missions; its id is "computed-", the rule ("lead" or "function"), the first member and a hash
// of the rule and all members, so the same members under the same rule give the same id.
// Clusters are ordered by rule, size (largest first), then id; links by their two ids.
func ComputeClusters(missions []concord.MissionPresence, borders func(a, b string) bool, window concord.Period, function concord.FunctionCode, broader bool) []ComputedCluster {
	var cands []concord.MissionPresence
	seen := map[string]bool{}
	for _, m := range missions {
		if !seen[m.Mission.ID] && clusterCandidate(m, window, function, broader) {
			seen[m.Mission.ID] = true
			cands = append(cands, m)
		}
	}
	slices.SortFunc(cands, func(a, b concord.MissionPresence) int { return strings.Compare(a.Mission.ID, b.Mission.ID) })

	var out []ComputedCluster
	for _, rule := range []ClusterRule{ClusterSameLead, ClusterSharedFunction} {
		adj := map[string][]string{}
		var links []ClusterLink
		for i := range cands {
			for j := i + 1; j < len(cands); j++ {
				if l, ok := linkMissions(rule, cands[i], cands[j], borders, window, function); ok {
					links = append(links, l)
					adj[l.A] = append(adj[l.A], l.B)
					adj[l.B] = append(adj[l.B], l.A)
				}
			}
		}
		var clusters []ComputedCluster
		done := map[string]bool{}
		for _, m := range cands {
			id := m.Mission.ID
			if done[id] || len(adj[id]) == 0 {
				continue
			}
			members := []string{id}
			done[id] = true
			for k := 0; k < len(members); k++ {
				for _, n := range adj[members[k]] {
					if !done[n] {
						done[n] = true
						members = append(members, n)
					}
				}
			}
			slices.Sort(members)
			c := ComputedCluster{ID: clusterID(rule, members), Rule: rule, Description: clusterDescription(rule, window, function), Members: members}
			if rule == ClusterSameLead {
				c.LeadActor = m.Mission.LeadActor
			}
			for _, l := range links {
				if slices.Contains(members, l.A) {
					c.Links = append(c.Links, l)
				}
			}
			var countries []string
			for _, x := range cands {
				if !slices.Contains(members, x.Mission.ID) {
					continue
				}
				for _, d := range deployments(x, "") {
					if meets(d.Period, window) {
						countries = append(countries, d.Country)
					}
				}
			}
			c.Countries = sortedSet(countries)
			clusters = append(clusters, c)
		}
		slices.SortFunc(clusters, func(a, b ComputedCluster) int {
			if len(a.Members) != len(b.Members) {
				return len(b.Members) - len(a.Members)
			}
			return strings.Compare(a.ID, b.ID)
		})
		out = append(out, clusters...)
	}
	return out
}

// linkMissions applies a rule to two missions (a.ID < b.ID); the first pair of deployments that
// qualifies, same-country pairs before neighbouring ones, is reported.
func linkMissions(rule ClusterRule, a, b concord.MissionPresence, borders func(x, y string) bool, window concord.Period, function concord.FunctionCode) (ClusterLink, bool) {
	sameLead := a.Mission.LeadActor != "" && a.Mission.LeadActor == b.Mission.LeadActor
	functions := sharedFunctions(a.Mission.Functions, b.Mission.Functions)
	switch rule {
	case ClusterSameLead:
		if !sameLead {
			return ClusterLink{}, false
		}
	case ClusterSharedFunction:
		if sameLead || len(functions) == 0 || (function != "" && len(matching(functions, function)) == 0) {
			return ClusterLink{}, false
		}
	default:
		return ClusterLink{}, false
	}
	da, db := deployments(a, ""), deployments(b, "")
	for _, sameCountry := range []bool{true, false} {
		for _, x := range da {
			for _, y := range db {
				if (x.Country == y.Country) != sameCountry {
					continue
				}
				if !sameCountry && (borders == nil || !borders(x.Country, y.Country)) {
					continue
				}
				p, ok := x.Period.Intersect(y.Period)
				if !ok {
					continue
				}
				if !openWindow(window) {
					if p, ok = p.Intersect(window); !ok {
						continue
					}
				}
				l := ClusterLink{
					A: a.Mission.ID, B: b.Mission.ID, CountryA: x.Country, CountryB: y.Country, Period: p,
					SharedActors: intersectStrings(missionActors(a), missionActors(b)), SharedFunctions: functions,
				}
				l.Reason = linkReason(rule, a.Mission.LeadActor, l)
				return l, true
			}
		}
	}
	return ClusterLink{}, false
}

func linkReason(rule ClusterRule, lead string, l ClusterLink) string {
	place := "both in " + l.CountryA
	if l.CountryA != l.CountryB {
		place = "neighbours " + l.CountryA + " and " + l.CountryB
	}
	tie := "share " + joinCodes(l.SharedFunctions)
	if rule == ClusterSameLead {
		tie = "same lead " + lead
	}
	return fmt.Sprintf("%s, together %s; %s", place, describePeriod(l.Period), tie)
}

// clusterDescription states a rule with the query's parameters.
func clusterDescription(rule ClusterRule, window concord.Period, function concord.FunctionCode) string {
	when := "at any time"
	if !openWindow(window) {
		switch {
		case window.From == window.To:
			when = "on " + window.From.String()
		case window.From.IsZero():
			when = "until " + window.To.String()
		case window.To.IsZero():
			when = "since " + window.From.String()
		default:
			when = "from " + window.From.String() + " to " + window.To.String()
		}
	}
	on := ""
	if function != "" {
		on = " working on " + string(function)
	}
	tie := "led by the same organisation"
	if rule == ClusterSharedFunction {
		tie = "led by different organisations and sharing a function"
		if function != "" {
			tie += " under " + string(function)
		}
	}
	return "missions" + on + " deployed " + when + " in the same or neighbouring countries at the same time, " + tie
}

// clusterID derives a stable id from the rule and the sorted members.
func clusterID(rule ClusterRule, members []string) string {
	slug := "lead"
	if rule == ClusterSharedFunction {
		slug = "function"
	}
	h := fnv.New32a()
	h.Write([]byte(string(rule) + "\x00" + strings.Join(members, "\x00")))
	return fmt.Sprintf("computed-%s-%s-%08x", slug, members[0], h.Sum32())
}
