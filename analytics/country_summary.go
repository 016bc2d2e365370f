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
	// Undated is the number of missions and activities without any date in the country (for
	// the function asked): left out of the counts above unless the question included them.
	Undated int
}

// withUndated sets each summary's Undated count, adding the countries that have only undated
// records, and keeps the summaries ordered by country.
func withUndated(summaries []CountrySummary, undated []concord.UndatedCount) []CountrySummary {
	index := make(map[string]int, len(summaries))
	for i, s := range summaries {
		index[s.Country] = i
	}
	for _, u := range undated {
		if i, ok := index[u.Country]; ok {
			summaries[i].Undated = u.Records
			continue
		}
		summaries = append(summaries, CountrySummary{Country: u.Country, Undated: u.Records})
	}
	slices.SortFunc(summaries, func(a, b CountrySummary) int { return cmp.Compare(a.Country, b.Country) })
	return summaries
}
