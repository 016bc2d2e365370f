package analytics

import (
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// NestedDeployment is a peacekeeping operation in a country with the smaller missions deployed
// in the same country at the same time: the second trend of the seed note.
type NestedDeployment struct {
	Country    string
	Host       string // mission id of the peacekeeping operation
	HostLead   string
	HostPeriod concord.Period // the host's deployment in the country
	Nested     []NestedMission
}

// NestedMission is a smaller mission deployed inside a host's context.
type NestedMission struct {
	Mission         string
	Model           concord.MissionModel
	LeadActor       string
	SharedFunctions []concord.FunctionCode // with sub-functions, in vocabulary order; may be empty
	Period          concord.Period         // the days both are deployed in the country
	Reason          string                 // why it counts as smaller than the host
}

// NestedDeployments finds, in country ("" for every country), the missions deployed inside the
// context of a larger peacekeeping operation during the window (an open window is all time):
//
//   - the host is a PEACEKEEPING mission; each of its deployments in a country (clipped to
//     the mission's own dates) is a context;
//   - a nested mission is another mission with a deployment in the same country whose days
//     intersect the host's there, that intersection meeting the window ("at the same time");
//   - it is smaller when its model is not PEACEKEEPING, or when both are peacekeeping and
//     both personnel figures are known and the nested one's is lower; a peacekeeping
//     operation of unknown size is never taken as nested;
//   - a direct predecessor or successor of the host (SUCCEEDS either way) is a hand-over, not
//     a nested deployment, and is left out;
//   - shared functions are those both cover with sub-functions (a RULE_OF_LAW mandate covers
//     JUSTICE); nesting does not require any.
//
// Missions without deployments are never hosts nor nested. The result is ordered by country,
// host id and host period; nested missions by their shared period's start, then id.
func NestedDeployments(missions []concord.MissionPresence, window concord.Period, country string) []NestedDeployment {
	missions = distinctMissions(missions)
	var out []NestedDeployment
	for _, host := range missions {
		if host.Mission.Model != concord.ModelPeacekeeping {
			continue
		}
		for _, hd := range deployments(host, country) {
			if !meets(hd.Period, window) {
				continue
			}
			nd := NestedDeployment{Country: hd.Country, Host: host.Mission.ID, HostLead: host.Mission.LeadActor, HostPeriod: hd.Period}
			for _, other := range missions {
				if other.Mission.ID == host.Mission.ID || succeedsEither(host.Mission, other.Mission) {
					continue
				}
				reason, smaller := smallerThan(other, host)
				if !smaller {
					continue
				}
				for _, od := range deployments(other, hd.Country) {
					shared, ok := hd.Period.Intersect(od.Period)
					if !ok || !meets(shared, window) {
						continue
					}
					nd.Nested = append(nd.Nested, NestedMission{
						Mission:         other.Mission.ID,
						Model:           other.Mission.Model,
						LeadActor:       other.Mission.LeadActor,
						SharedFunctions: sharedFunctions(host.Mission.Functions, other.Mission.Functions),
						Period:          shared,
						Reason:          reason,
					})
				}
			}
			if len(nd.Nested) == 0 {
				continue
			}
			slices.SortFunc(nd.Nested, func(a, b NestedMission) int {
				if c := compareStarts(a.Period.From, b.Period.From); c != 0 {
					return c
				}
				return strings.Compare(a.Mission, b.Mission)
			})
			out = append(out, nd)
		}
	}
	slices.SortFunc(out, func(a, b NestedDeployment) int {
		if c := strings.Compare(a.Country, b.Country); c != 0 {
			return c
		}
		if c := strings.Compare(a.Host, b.Host); c != 0 {
			return c
		}
		return compareStarts(a.HostPeriod.From, b.HostPeriod.From)
	})
	return out
}

// succeedsEither reports whether one mission directly succeeds the other.
func succeedsEither(a, b concord.Mission) bool {
	return slices.Contains(a.Succeeds, b.ID) || slices.Contains(b.Succeeds, a.ID)
}

// smallerThan says whether m counts as smaller than the peacekeeping host, and why.
func smallerThan(m, host concord.MissionPresence) (string, bool) {
	if m.Mission.Model != concord.ModelPeacekeeping {
		return fmt.Sprintf("a %s mission beside a peacekeeping operation", m.Mission.Model), true
	}
	pm, ph := m.KnownPersonnel(), host.KnownPersonnel()
	if pm > 0 && ph > 0 && pm < ph {
		return fmt.Sprintf("a peacekeeping operation of %d personnel beside one of %d", pm, ph), true
	}
	return "", false
}

// distinctMissions drops repeated missions (by id), keeping the first.
func distinctMissions(ms []concord.MissionPresence) []concord.MissionPresence {
	seen := map[string]bool{}
	var out []concord.MissionPresence
	for _, m := range ms {
		if !seen[m.Mission.ID] {
			seen[m.Mission.ID] = true
			out = append(out, m)
		}
	}
	return out
}
