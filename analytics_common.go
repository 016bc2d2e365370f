package concord

import (
	"slices"
	"strings"
	"time"
)

// The coordination analytics (docs/analytics.md) are pure functions over domain values: the
// store loads their inputs in one or two queries each and the resolvers call them. This file
// holds what several of them share.

// MissionPresence is a mission as the analytics read it: the Mission with its Model, Lead,
// Period, Contributors, Deployments, Succeeds, Clusters and (derived) Functions filled in, and
// the mission's total personnel where known.
type MissionPresence struct {
	Mission   Mission
	Personnel int // total known personnel of the mission; 0 when unknown
}

// KnownPersonnel returns the mission's known personnel: Personnel when the store knows the
// total, else the sum of the personnel its contributors are known to provide, 0 when nothing
// is known.
func (m MissionPresence) KnownPersonnel() int {
	if m.Personnel > 0 {
		return m.Personnel
	}
	n := 0
	for _, c := range m.Mission.Contributors {
		n += max(c.Personnel, 0)
	}
	return n
}

// deployments returns the mission's deployments in country (every country when ""), each
// clipped to the mission's own dates, in the order of country then start. A deployment that
// lies wholly outside the mission's dates is dropped, as the store does for presences.
func (m MissionPresence) deployments(country string) []Deployment {
	var out []Deployment
	for _, d := range m.Mission.Deployments {
		if country != "" && d.Country != country {
			continue
		}
		p, ok := d.Period.Intersect(m.Mission.Period)
		if !ok {
			continue
		}
		out = append(out, Deployment{Mission: m.Mission.ID, Country: d.Country, Period: p})
	}
	slices.SortFunc(out, func(a, b Deployment) int {
		if c := strings.Compare(a.Country, b.Country); c != 0 {
			return c
		}
		return compareStarts(a.Period.From, b.Period.From)
	})
	return out
}

// actors returns the mission's lead and contributors, sorted and distinct.
func (m MissionPresence) actors() []string {
	var ids []string
	if m.Mission.Lead != "" {
		ids = append(ids, m.Mission.Lead)
	}
	for _, c := range m.Mission.Contributors {
		if c.Actor != "" {
			ids = append(ids, c.Actor)
		}
	}
	return sortedSet(ids)
}

// compareStarts orders start dates, an unknown (zero) start first.
func compareStarts(a, b Date) int {
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

// openWindow reports whether w has neither end, which the analytics read as "all time".
func openWindow(w Period) bool { return w.From.IsZero() && w.To.IsZero() }

// meets reports whether p shares at least one day with the window w; an open window matches
// every period.
func meets(p, w Period) bool {
	if openWindow(w) {
		return true
	}
	_, ok := p.Intersect(w)
	return ok
}

// activeAt reports whether p contains the day at; a zero at matches every period.
func activeAt(p Period, at Date) bool { return at.IsZero() || p.Contains(at) }

// YearPeriod returns 1 January to 31 December of year.
func YearPeriod(year int) Period {
	return Period{From: NewDate(year, time.January, 1), To: NewDate(year, time.December, 31)}
}

// vocabularyPosition is each function's position in the vocabulary, parents before children.
var vocabularyPosition = func() map[FunctionCode]int {
	m := map[FunctionCode]int{}
	for i, f := range Functions() {
		m[f.Code] = i
	}
	return m
}()

// compareFunctions orders codes as the vocabulary lists them; unknown codes come last, by name.
func compareFunctions(a, b FunctionCode) int {
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
func vocabularyOrder(fs []FunctionCode) []FunctionCode {
	out := slices.Clone(fs)
	slices.SortFunc(out, compareFunctions)
	return slices.Compact(out)
}

// isLeaf reports whether f has no sub-function.
func isLeaf(f FunctionCode) bool { return len(f.Children()) == 0 }

// sharedFunctions returns the functions both sets cover once expanded with their
// sub-functions, in vocabulary order.
func sharedFunctions(a, b []FunctionCode) []FunctionCode {
	eb := ExpandFunctions(b)
	var out []FunctionCode
	for _, f := range ExpandFunctions(a) {
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
func describePeriod(p Period) string {
	from, to := p.From.String(), p.To.String()
	if from == "" {
		from = "unknown start"
	}
	if to == "" {
		to = "ongoing"
	}
	return from + " to " + to
}
