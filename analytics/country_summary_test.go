package analytics

import (
	"context"
	"slices"
	"testing"

	"github.com/concord-peace/concord"
)

func TestSummarizeCountries(t *testing.T) {
	tests := []struct {
		name string
		q    concord.EngagementQuery
		want []CountrySummary
	}{
		{
			// XKX: m-rol and m-justice; a-police, a-rights, a-none; engagements m-rol/un,
			// m-justice/eu, a-police/undp, a-police/eu (funding twice: one), a-rights/swe,
			// a-none/swe; the three pairs of TestOverlaps.
			name: "any time",
			want: []CountrySummary{
				{Country: "MLI", Activities: 1, Engagements: 1},
				{Country: "SRB", Missions: 1, Activities: 1, Engagements: 2, Overlaps: 1},
				{Country: "XKX", Missions: 2, Activities: 3, Engagements: 6, Overlaps: 3},
			},
		},
		{
			name: "a day only m-rol is left",
			q:    concord.EngagementQuery{At: d(2021, 3, 1)},
			want: []CountrySummary{{Country: "XKX", Missions: 1, Engagements: 1}},
		},
		{
			// m-rol is coded RULE_OF_LAW only: it answers JUSTICE more broadly, so it is not
			// counted, nor paired, unless broader matches are asked for.
			name: "justice: a rule-of-law mission does not count",
			q:    concord.EngagementQuery{Function: concord.Justice},
			want: []CountrySummary{
				{Country: "MLI", Activities: 1, Engagements: 1},
				{Country: "XKX", Missions: 1, Engagements: 1},
			},
		},
		{
			name: "justice with broader matches",
			q:    concord.EngagementQuery{Function: concord.Justice, Broader: true},
			want: []CountrySummary{
				{Country: "MLI", Activities: 1, Engagements: 1},
				{Country: "XKX", Missions: 2, Engagements: 2, Overlaps: 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SummarizeCountries(context.Background(), overlapFixture(), nil, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("SummarizeCountries(%+v) =\n%+v\nwant\n%+v", tt.q, got, tt.want)
			}
		})
	}
}
