package analytics

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

// One country's presences on one day at the scale of 1,000,000 generated activities (about
// 3,000 present in a country on a day, 600 of them on justice): the sweep against pairing
// every presence with every other (make bench).
func benchPresences(n int) []concord.Presence {
	presences := randomPresences(rand.New(rand.NewPCG(5, 6)), n)
	for i := range presences {
		presences[i].Country = "COD"
	}
	return presences
}

var benchQuery = concord.EngagementQuery{Function: concord.Justice, At: concord.NewDate(2005, time.June, 1)}

func BenchmarkOverlapPage3000(b *testing.B) {
	presences := benchPresences(3000)
	for b.Loop() {
		if _, err := OverlapPage(context.Background(), presences, benchQuery, concord.NewDate(2012, 1, 1), concord.PageArgs{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOverlapsEveryPair3000(b *testing.B) {
	presences := benchPresences(3000)
	for b.Loop() {
		Overlaps(presences, benchQuery, concord.NewDate(2012, 1, 1))
	}
}

func BenchmarkSummarizeCountries3000(b *testing.B) {
	presences := benchPresences(3000)
	for b.Loop() {
		if _, err := SummarizeCountries(context.Background(), presences, nil, concord.EngagementQuery{At: benchQuery.At}); err != nil {
			b.Fatal(err)
		}
	}
}
