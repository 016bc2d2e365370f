package analytics

import (
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// LeadsFor returns the leads in force for function f in country during the window w (an open
// window is all time): the leads recorded for f itself whose period meets w or, when there are
// none, those of its parent, and so on up the hierarchy. The most specific designation wins: a
// UN lead for RULE_OF_LAW and an EU lead for POLICE make the EU the lead for POLICE and the UN
// the lead for JUSTICE. Several leads of distinct actors at one level compete.
func LeadsFor(leads []concord.Lead, country string, f concord.FunctionCode, w concord.Period) []concord.Lead {
	for level := f; level != ""; {
		var out []concord.Lead
		for _, l := range leads {
			if l.Country == country && l.Function == level && meets(l.Period, w) {
				out = append(out, l)
			}
		}
		if len(out) > 0 {
			slices.SortFunc(out, func(a, b concord.Lead) int { return strings.Compare(a.Key(), b.Key()) })
			return out
		}
		fn, ok := concord.LookupFunction(level)
		if !ok {
			break
		}
		level = fn.Parent
	}
	return nil
}

// leadActors returns the distinct actors of leads, sorted.
func leadActors(leads []concord.Lead) []string {
	ids := make([]string, len(leads))
	for i, l := range leads {
		ids[i] = l.Actor
	}
	return sortedSet(ids)
}

// LeadProblemKind says what is wrong with the leadership of a function in a country.
type LeadProblemKind string

// Lead problems.
const (
	// LeadMissing: actors work on the function there and no lead is in force for it.
	LeadMissing LeadProblemKind = "NO_LEAD"
	// LeadCompeting: two or more distinct actors are recorded as lead for the same function
	// in the same country on the same day.
	LeadCompeting LeadProblemKind = "COMPETING"
)

// LeadProblem is a function in a country that has no lead, or competing leads, on a day.
type LeadProblem struct {
	Country  string
	Function concord.FunctionCode
	Kind     LeadProblemKind
	Leads    []concord.Lead // the competing leads (empty for NO_LEAD)
	Actors   []string       // the actors working on the function there that day: the candidates
}

// LeadProblems lists, for the day at, the functions in each country that have no lead or
// competing leads:
//
//   - NO_LEAD for every (country, function) that a presence active at `at` declares — a
//     mission's mandated function or an activity's addressed function, as declared, not
//     expanded to sub-functions — and for which LeadsFor finds no lead (so a lead for
//     RULE_OF_LAW answers for a declared JUSTICE);
//   - COMPETING for every (country, function) on which leads of two or more distinct actors
//     are recorded and in force at `at`, whether or not anyone works on it; the conflict is
//     reported once, at the function the leads are recorded on, not again for its
//     sub-functions.
//
// Actors are those of the presences active at `at` in that country that work on the
// function, its sub-functions or a parent of it (the Engagements rule). A zero at ignores
// dates. The result is ordered by country, function in vocabulary order, then kind.
func LeadProblems(presences []concord.Presence, leads []concord.Lead, at concord.Date) []LeadProblem {
	type key struct {
		country string
		f       concord.FunctionCode
	}
	engaged := map[key]bool{}
	recorded := map[key][]concord.Lead{}
	var keys []key
	add := func(k key) {
		if !engaged[k] && recorded[k] == nil {
			keys = append(keys, k)
		}
	}
	var active []concord.Presence
	for _, p := range presences {
		if !activeAt(p.Period, at) {
			continue
		}
		active = append(active, p)
		for _, f := range p.Functions {
			k := key{p.Country, f}
			add(k)
			engaged[k] = true
		}
	}
	for _, l := range leads {
		if !activeAt(l.Period, at) {
			continue
		}
		k := key{l.Country, l.Function}
		add(k)
		recorded[k] = append(recorded[k], l)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.country, b.country); c != 0 {
			return c
		}
		return compareFunctions(a.f, b.f)
	})

	day := concord.Period{From: at, To: at}
	var out []LeadProblem
	for _, k := range keys {
		if engaged[k] && len(LeadsFor(leads, k.country, k.f, day)) == 0 {
			out = append(out, LeadProblem{Country: k.country, Function: k.f, Kind: LeadMissing, Actors: actorsOn(active, k.country, k.f)})
		}
		if ls := recorded[k]; len(leadActors(ls)) > 1 {
			slices.SortFunc(ls, func(a, b concord.Lead) int { return strings.Compare(a.Key(), b.Key()) })
			out = append(out, LeadProblem{Country: k.country, Function: k.f, Kind: LeadCompeting, Leads: ls, Actors: actorsOn(active, k.country, k.f)})
		}
	}
	return out
}

// actorsOn returns the distinct actors of the presences in country coded with f or one of its
// sub-functions (a parent of f does not say who works on f: docs/functions.md), sorted.
func actorsOn(presences []concord.Presence, country string, f concord.FunctionCode) []string {
	var ids []string
	for _, p := range presences {
		if p.Country == country && f.Answers(p.Functions, false) {
			ids = append(ids, p.ActorIDs()...)
		}
	}
	return sortedSet(ids)
}
