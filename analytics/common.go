package analytics

import (
	"slices"
	"strings"
	"time"

	"github.com/concord-peace/concord"
)

// The coordination analytics (docs/analytics.md) are pure functions over domain values: the
// store loads their inputs in one or two queries each and Service calls them. This file holds
// what several of them share.

// deployments returns m's deployments in country (every country when ""), each clipped to
// the mission's own dates, in the order of country then start. A deployment that lies wholly
// outside the mission's dates is dropped, as the store does for presences.
func deployments(m concord.MissionPresence, country string) []concord.Deployment {
	var out []concord.Deployment
	for _, d := range m.Mission.Deployments {
		if country != "" && d.Country != country {
			continue
		}
		p, ok := d.Period.Intersect(m.Mission.Period)
		if !ok {
			continue
		}
		out = append(out, concord.Deployment{Mission: m.Mission.ID, Country: d.Country, Period: p})
	}
	slices.SortFunc(out, func(a, b concord.Deployment) int {
		if c := strings.Compare(a.Country, b.Country); c != 0 {
			return c
		}
		return compareStarts(a.Period.From, b.Period.From)
	})
	return out
}

// missionActors returns m's lead and contributors, sorted and distinct.
func missionActors(m concord.MissionPresence) []string {
	var ids []string
	if m.Mission.LeadActor != "" {
		ids = append(ids, m.Mission.LeadActor)
	}
	for _, c := range m.Mission.Contributors {
		if c.Actor != "" {
			ids = append(ids, c.Actor)
		}
	}
	return sortedSet(ids)
}

// compareStarts orders start dates, an unknown (zero) start first.
func compareStarts(a, b concord.Date) int {
	switch {
	case a == b:
		return 0
	case a.IsZero():
		return -1
	case b.IsZero():
		return 1
	case a.Before(b):
		return -1
	}
	return 1
}

// compareEnds orders end dates, an ongoing (zero) end last.
func compareEnds(a, b concord.Date) int {
	switch {
	case a == b:
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.Before(b):
		return -1
	}
	return 1
}

// openWindow reports whether w has neither end, which the analytics read as "all time".
func openWindow(w concord.Period) bool { return w.From.IsZero() && w.To.IsZero() }

// meets reports whether p shares at least one day with the window w; an open window matches
// every period.
func meets(p, w concord.Period) bool {
	if openWindow(w) {
		return true
	}
	_, ok := p.Intersect(w)
	return ok
}

// activeAt reports whether p contains the day at; a zero at matches every period.
func activeAt(p concord.Period, at concord.Date) bool { return at.IsZero() || p.Contains(at) }

// YearPeriod returns 1 January to 31 December of year.
func YearPeriod(year int) concord.Period {
	return concord.Period{From: concord.NewDate(year, time.January, 1), To: concord.NewDate(year, time.December, 31)}
}

// vocabularyPosition is each function's position in the vocabulary, parents before children.
var vocabularyPosition = func() map[concord.FunctionCode]int {
	m := map[concord.FunctionCode]int{}
	for i, f := range concord.Functions() {
		m[f.Code] = i
	}
	return m
}()

// compareFunctions orders codes as the vocabulary lists them; unknown codes come last, by name.
func compareFunctions(a, b concord.FunctionCode) int {
	pa, oka := vocabularyPosition[a]
	pb, okb := vocabularyPosition[b]
	switch {
	case oka && okb:
		return pa - pb
	case oka:
		return -1
	case okb:
		return 1
	}
	return strings.Compare(string(a), string(b))
}

// vocabularyOrder returns the distinct codes in vocabulary order.
func vocabularyOrder(fs []concord.FunctionCode) []concord.FunctionCode {
	out := slices.Clone(fs)
	slices.SortFunc(out, compareFunctions)
	return slices.Compact(out)
}

// isLeaf reports whether f has no sub-function.
func isLeaf(f concord.FunctionCode) bool { return len(f.Children()) == 0 }

// sharedFunctions returns the functions both sets cover once expanded with their
// sub-functions, in vocabulary order.
func sharedFunctions(a, b []concord.FunctionCode) []concord.FunctionCode {
	eb := concord.ExpandFunctions(b)
	var out []concord.FunctionCode
	for _, f := range concord.ExpandFunctions(a) {
		if slices.Contains(eb, f) {
			out = append(out, f)
		}
	}
	return vocabularyOrder(out)
}

// sortedSet returns the distinct non-empty strings of s, sorted.
func sortedSet(s []string) []string {
	out := make([]string, 0, len(s))
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// intersectStrings returns the strings in both sorted sets.
func intersectStrings(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// describePeriod formats a period for explanations: unknown starts and ongoing ends spelled out.
func describePeriod(p concord.Period) string {
	from, to := p.From.String(), p.To.String()
	if from == "" {
		from = "unknown start"
	}
	if to == "" {
		to = "ongoing"
	}
	return from + " to " + to
}
