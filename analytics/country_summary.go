package analytics

import (
	"cmp"
	"slices"

	"github.com/concord-peace/concord"
)

// CountrySummary counts what is present in one country on a day or over a period: what the
// world map shades countries by.
type CountrySummary struct {
	Country     string
	Missions    int // distinct missions present
	Activities  int // distinct activities present
	Engagements int // as Engagements counts them
	Overlaps    int // overlapping pairs, as Overlaps finds them
}

// SummarizeCountries counts, for every country with something present in the query's window
// (and working on its function, when one is asked), the missions and activities there, the
// engagements of actors in them and their overlapping pairs. Countries come in code order.
func SummarizeCountries(presences []concord.Presence, q concord.EngagementQuery, asOf concord.Date) []CountrySummary {
	by := map[string]*CountrySummary{}
	at := func(country string) *CountrySummary {
		s, ok := by[country]
		if !ok {
			s = &CountrySummary{Country: country}
			by[country] = s
		}
		return s
	}
	seen := map[[3]string]bool{}
	for _, p := range presences {
		if (q.Function != "" && len(matching(p.Functions, q.Function)) == 0) || !windowMatches(p.Period, q) {
			continue
		}
		key := [3]string{p.Country, string(p.Kind), p.Subject}
		if seen[key] {
			continue // a mission deployed twice in one country is one mission there
		}
		seen[key] = true
		if p.Kind == concord.SubjectMission {
			at(p.Country).Missions++
		} else {
			at(p.Country).Activities++
		}
	}
	for _, e := range Engagements(presences, q) {
		at(e.Country).Engagements++
	}
	for _, o := range Overlaps(presences, q, asOf) {
		at(o.Country).Overlaps++
	}
	out := make([]CountrySummary, 0, len(by))
	for _, s := range by {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b CountrySummary) int { return cmp.Compare(a.Country, b.Country) })
	return out
}
