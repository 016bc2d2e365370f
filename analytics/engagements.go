package analytics

import (
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// matching returns the functions a presence covers under the asked function (with its
// sub-functions), or all of its functions when no function is asked. A presence covers the
// sub-functions of its own: a mandate for RULE_OF_LAW works on JUSTICE too. It compares what
// two records share (an overlap's or a cluster link's shared functions); which records answer
// a question follows the stricter FunctionCode.Answers (docs/functions.md).
func matching(fs []concord.FunctionCode, asked concord.FunctionCode) []concord.FunctionCode {
	if asked == "" {
		return fs
	}
	wanted := asked.WithDescendants()
	var out []concord.FunctionCode
	for _, f := range concord.ExpandFunctions(fs) {
		if slices.Contains(wanted, f) {
			out = append(out, f)
		}
	}
	return out
}

// windowMatches reports whether a period meets the query's window; an empty window (no at,
// from or to) matches everything.
func windowMatches(p concord.Period, q concord.EngagementQuery) bool {
	w := q.Window()
	if w.From.IsZero() && w.To.IsZero() {
		return true
	}
	_, ok := p.Intersect(w)
	return ok
}

// Engagements turns presences into the engagements that answer q: one per actor, role and
// presence whose functions match q.Function and whose period meets q's window, ordered by
// actor, subject and role.
func Engagements(presences []concord.Presence, q concord.EngagementQuery) []concord.Engagement {
	var out []concord.Engagement
	seen := map[string]bool{}
	for _, p := range presences {
		var match concord.FunctionMatch
		var broader concord.FunctionCode
		if q.Function != "" {
			m, via, ok := q.Function.Match(p.Functions)
			if !ok || (m == concord.MatchBroader && !q.Broader) {
				continue
			}
			match, broader = m, via
		}
		if !windowMatches(p.Period, q) {
			continue
		}
		for _, a := range p.Actors {
			e := concord.Engagement{
				Actor: a.Actor, Role: a.Role, SubjectKind: p.Kind, Subject: p.Subject,
				Country: p.Country, Functions: p.Functions, Period: p.Period, Match: match, Broader: broader,
			}
			key := e.Country + "\x00" + e.Key() + "\x00" + p.Period.From.String()
			if seen[key] {
				continue // an actor funding the same activity in several years is one engagement
			}
			seen[key] = true
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(x, y concord.Engagement) int {
		if c := strings.Compare(x.Key(), y.Key()); c != 0 {
			return c
		}
		return strings.Compare(x.Period.From.String(), y.Period.From.String())
	})
	return out
}

// Overlaps pairs presences of distinct missions or activities in the same country whose
// functions and periods intersect, and scores each pair (see ScoreOverlap). With q.Function,
// a pair must share a function under it; with a window, the shared period must meet it. The
// result is ordered by descending score.
func Overlaps(presences []concord.Presence, q concord.EngagementQuery, asOf concord.Date) []Overlap {
	byCountry := map[string][]concord.Presence{}
	var countries []string
	for _, p := range answering(presences, q) {
		if len(p.Functions) == 0 && len(p.Labels) == 0 {
			continue
		}
		if _, ok := byCountry[p.Country]; !ok {
			countries = append(countries, p.Country)
		}
		byCountry[p.Country] = append(byCountry[p.Country], p)
	}
	slices.Sort(countries)
	var out []Overlap
	for _, c := range countries {
		ps := byCountry[c]
		slices.SortFunc(ps, func(x, y concord.Presence) int { return compareSides(side(x), side(y)) })
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				a, b := ps[i], ps[j]
				if a.Kind == b.Kind && a.Subject == b.Subject {
					continue // a mission deployed twice in one country does not overlap itself
				}
				o, ok := ScoreOverlap(c, side(a), side(b), asOf)
				if !ok || (q.Function != "" && q.Label == "" && len(matching(o.SharedFunctions, q.Function)) == 0) || !windowMatches(o.Period, q) ||
					(q.Function == "" && q.Label == "" && !q.Labels && len(o.SharedFunctions) == 0) ||
					(q.Label != "" && !concord.HasLabel(o.SharedLabels, q.Label)) ||
					(q.Actor != "" && !slices.Contains(o.A.Actors, q.Actor) && !slices.Contains(o.B.Actors, q.Actor)) {
					continue
				}
				out = append(out, o)
			}
		}
	}
	SortOverlaps(out)
	return out
}

func side(p concord.Presence) OverlapSide {
	return OverlapSide{Kind: p.Kind, ID: p.Subject, Actors: p.ActorIDs(), Functions: p.Functions,
		Labels: p.Labels, Admin1: p.Admin1, Admin2: p.Admin2, Period: p.Period}
}

// answering keeps the presences that answer q's function by FunctionCode.Match (coded with it
// or a sub-function, or only with a parent when q.Broader), carry its label and may work in its
// area (concord.InArea). Overlaps pair only those, as engagements list only those.
func answering(presences []concord.Presence, q concord.EngagementQuery) []concord.Presence {
	if q.Function == "" && q.Label == "" && q.Admin1 == "" && q.Admin2 == "" {
		return presences
	}
	out := make([]concord.Presence, 0, len(presences))
	for _, p := range presences {
		if (q.Function == "" || q.Function.Answers(p.Functions, q.Broader)) && concord.HasLabel(p.Labels, q.Label) &&
			concord.InArea(p.Admin1, p.Admin2, q.Admin1, q.Admin2) {
			out = append(out, p)
		}
	}
	return out
}
