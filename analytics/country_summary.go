package analytics

// CountrySummary counts what is present in one country on a day or over a period: what the
// world map shades countries by.
type CountrySummary struct {
	Country     string
	Missions    int // distinct missions present
	Activities  int // distinct activities present
	Engagements int // as Engagements counts them
	Overlaps    int // overlapping pairs, as Overlaps finds them
}
