package analytics

import (
	"cmp"
	"context"
	"slices"

	"github.com/concord-peace/concord"
)

// SummarizeCountries counts, for every country with something present in the query's window
// (and working on its function, when one is asked), the missions and activities there, the
// engagements of actors in them and their overlapping pairs, as Engagements and Overlaps
// would list them. Countries come in code order.
//
// Presences come one by one (missions, and activities in tests); tallies stand for many
// activities at once, as the store counts them in the graph (the map's question must not
// load every activity of the world). Overlapping pairs are counted, not found: countPairs
// costs the number of presences and tallies, whatever the number of pairs.
func SummarizeCountries(ctx context.Context, presences []concord.Presence, tallies []concord.PresenceTally, q concord.EngagementQuery) ([]CountrySummary, error) {
	by := map[string]*CountrySummary{}
	at := func(country string) *CountrySummary {
		s, ok := by[country]
		if !ok {
			s = &CountrySummary{Country: country}
			by[country] = s
		}
		return s
	}
	window := windowSpan(q)
	// Present as engagements counts presence: on the function asked by FunctionCode.Match
	// (broader matches only when asked for), in the window.
	present := func(fs []concord.FunctionCode, p concord.Period) bool {
		if !q.Function.Answers(fs, q.Broader) {
			return false
		}
		_, ok := spanOf(p).clip(window)
		return ok
	}

	// Presences one by one, as Engagements counts them: one engagement per actor, role,
	// subject and start in a country.
	seenSubject := map[[3]string]bool{}
	seenEngagement := map[string]bool{}
	for _, p := range presences {
		if !present(p.Functions, p.Period) {
			continue
		}
		s := at(p.Country)
		if key := [3]string{p.Country, string(p.Kind), p.Subject}; !seenSubject[key] {
			seenSubject[key] = true // a mission deployed twice in one country is one mission there
			if p.Kind == concord.SubjectMission {
				s.Missions++
			} else {
				s.Activities++
			}
		}
		for _, a := range p.Actors {
			key := p.Country + "\x00" + a.Actor + "\x00" + p.Subject + "\x00" + string(a.Role) + "\x00" + p.Period.From.String()
			if !seenEngagement[key] {
				seenEngagement[key] = true
				s.Engagements++
			}
		}
	}
	for _, t := range tallies {
		if t.Activities == 0 || !present(t.Functions, t.Period) {
			continue
		}
		s := at(t.Country)
		s.Activities += t.Activities
		s.Engagements += t.Engagements
	}

	// Overlapping pairs, per country: presences and tallies as weighted candidates, less the
	// pairs of one subject with itself (a mission deployed twice), which Overlaps skips. Only
	// those that answer the function asked take part, as in Overlaps.
	presences = answering(presences, q)
	countries, groups := byCountry(presences)
	tallied := map[string][]int{}
	for i, t := range tallies {
		tallied[t.Country] = append(tallied[t.Country], i)
	}
	for c := range tallied {
		if _, ok := groups[c]; !ok {
			countries = append(countries, c)
		}
	}
	for _, country := range countries {
		var ts []concord.PresenceTally
		for _, i := range tallied[country] {
			ts = append(ts, tallies[i])
		}
		sp := spaceOf(presences, groups[country], ts)
		asked := sp.askedTopics(q)
		cs := candidates(sp, presences, groups[country], asked, window)
		for _, t := range ts {
			if t.Activities == 0 || !q.Function.Answers(t.Functions, q.Broader) {
				continue
			}
			c, ok := newCandidate(sp, asked, t.Functions, t.Labels, t.Admin1, t.Admin2, t.Period, window)
			if !ok {
				continue
			}
			c.index, c.weight = -1, int64(t.Activities)
			cs = append(cs, c)
		}
		n, err := countPairs(ctx, cs)
		if err != nil {
			return nil, interrupted(err)
		}
		n -= selfPairs(presences, cs)
		if n > 0 {
			at(country).Overlaps += int(n)
		}
	}

	out := make([]CountrySummary, 0, len(by))
	for _, s := range by {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b CountrySummary) int { return cmp.Compare(a.Country, b.Country) })
	return out, nil
}

// selfPairs counts the pairs countPairs counted between two presences of one subject: they
// share their bits and, when their days meet, count as a pair that is none.
func selfPairs(presences []concord.Presence, cs []candidate) int64 {
	bySubject := map[[2]string][]candidate{}
	for _, c := range cs {
		if c.index < 0 {
			continue
		}
		p := presences[c.index]
		key := [2]string{string(p.Kind), p.Subject}
		bySubject[key] = append(bySubject[key], c)
	}
	var n int64
	for _, group := range bySubject {
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				x, y := group[i], group[j]
				if x.meets(y) && x.span.lo <= y.span.hi && y.span.lo <= x.span.hi {
					n++
				}
			}
		}
	}
	return n
}
