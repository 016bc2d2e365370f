package analytics

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/concord-peace/concord"
)

// randomPresences makes n presences in a few countries with random functions, periods (some
// with an unknown start or ongoing), actors and, now and then, a second deployment of one
// mission: the shapes the sweep must get right.
func randomPresences(r *rand.Rand, n int) []concord.Presence {
	fs := concord.Functions()
	countries := []string{"COD", "MLI", "XKX"}
	actors := []string{"eu", "un", "osce", "au", "de", "fr"}
	var out []concord.Presence
	for i := 0; i < n; i++ {
		p := concord.Presence{
			Country: countries[r.IntN(len(countries))],
			Kind:    concord.SubjectActivity,
			Subject: fmt.Sprintf("x%03d", i), // an activity is in a country once; a mission may be twice (below)
		}
		if r.IntN(4) == 0 {
			p.Kind = concord.SubjectMission
		}
		for k := r.IntN(3); k > 0; k-- {
			p.Functions = append(p.Functions, fs[r.IntN(len(fs))].Code)
		}
		if p.Kind == concord.SubjectActivity {
			// Sector labels (spelled in either case, a DAC category among them) and areas: a
			// province (name and code) and some of its districts, a province alone, or none.
			labels := []string{"Food Security", "food security", "WASH", "DAC 72010", "DAC3 151", "Only here " + p.Subject}
			for k := r.IntN(3); k > 0; k-- {
				p.Labels = append(p.Labels, labels[r.IntN(len(labels))])
			}
			switch province := r.IntN(3); r.IntN(3) {
			case 0: // national
			case 1:
				p.Admin1 = []string{fmt.Sprintf("Province %d", province), fmt.Sprintf("P%d", province)}
			default:
				p.Admin1 = []string{fmt.Sprintf("P%d", province)}
				for k := 1 + r.IntN(2); k > 0; k-- {
					p.Admin2 = append(p.Admin2, fmt.Sprintf("P%dD%d", province, r.IntN(4)))
				}
			}
		}
		start := concord.NewDate(2000+r.IntN(10), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		if r.IntN(8) != 0 {
			p.Period.From = start
		}
		if r.IntN(6) != 0 {
			p.Period.To = start.AddDays(r.IntN(2000))
		}
		for k := 1 + r.IntN(2); k > 0; k-- {
			role := concord.RoleImplementer
			if p.Kind == concord.SubjectMission {
				role = concord.RoleLead
			}
			p.Actors = append(p.Actors, concord.ActorRole{Actor: actors[r.IntN(len(actors))], Role: role})
		}
		out = append(out, p)
		if p.Kind == concord.SubjectMission && r.IntN(3) == 0 {
			again := p // the same mission deployed a second time
			if r.IntN(2) == 0 {
				again.Period.From = p.Period.From.AddDays(r.IntN(400))
			} else {
				again.Period.To = again.Period.From.AddDays(1 + r.IntN(3000)) // the same start, another end
			}
			if !again.Period.To.IsZero() && again.Period.To.Before(again.Period.From) {
				again.Period.To = again.Period.From.AddDays(r.IntN(400)) // periods never end before they start
			}
			out = append(out, again)
		}
	}
	return out
}

var sweepQueries = []concord.EngagementQuery{
	{},
	{Function: concord.RuleOfLaw},
	{Function: concord.Justice, At: concord.NewDate(2005, time.June, 1)},
	{At: concord.NewDate(2003, time.March, 3)},
	{From: concord.NewDate(2004, time.January, 1), To: concord.NewDate(2004, time.December, 31)},
	{Function: concord.Security, From: concord.NewDate(2006, time.January, 1)},
	{Actor: "eu"},
	{Actor: "un", Function: concord.Political, To: concord.NewDate(2005, time.January, 1)},
	{Labels: true},
	{Labels: true, At: concord.NewDate(2003, time.March, 3)},
	{Label: "FOOD SECURITY"},
	{Label: "wash", Function: concord.RuleOfLaw},
	{Country: "COD", Admin1: "p1"},
	{Country: "MLI", Admin2: "P2D1", Label: "Food Security"},
}

// TestOverlapPageMatchesPairingEveryPresence checks the sweep against the definition: every
// page of OverlapPage equals the same page of Overlaps, which scores every pair, whatever the
// order the presences come in.
func TestOverlapPageMatchesPairingEveryPresence(t *testing.T) {
	asOf := concord.NewDate(2012, time.January, 1)
	for seed := range uint64(40) {
		r := rand.New(rand.NewPCG(seed, 7))
		presences := randomPresences(r, 60)
		shuffled := slices.Clone(presences)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		for _, q := range sweepQueries {
			want := Overlaps(presences, q, asOf)
			first := 7
			args := concord.PageArgs{First: &first}
			var got []Overlap
			for {
				page, err := OverlapPage(context.Background(), shuffled, q, asOf, args)
				if err != nil {
					t.Fatalf("seed %d, %+v: %v", seed, q, err)
				}
				if page.Total != len(want) {
					t.Fatalf("seed %d, %+v: total %d, want %d", seed, q, page.Total, len(want))
				}
				got = append(got, page.Items...)
				if !page.HasNext {
					break
				}
				args.After = page.Cursors[len(page.Cursors)-1]
			}
			if len(want) == 0 && len(got) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				for i := range min(len(got), len(want)) {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Fatalf("seed %d, %+v: overlap %d is\n%+v\nwant\n%+v", seed, q, i, got[i], want[i])
					}
				}
				t.Fatalf("seed %d, %+v: %d overlaps, want %d", seed, q, len(got), len(want))
			}
		}
	}
}

// TestSummaryCountsMatchLists checks the counted summaries against the lists they count: for
// every country, the overlaps Overlaps lists and the engagements Engagements lists, with the
// activities given one by one or as tallies.
func TestSummaryCountsMatchLists(t *testing.T) {
	asOf := concord.NewDate(2012, time.January, 1)
	for seed := range uint64(20) {
		presences := randomPresences(rand.New(rand.NewPCG(seed, 11)), 80)
		for _, q := range sweepQueries {
			if q.Actor != "" || q.Label != "" || q.Country != "" {
				continue // countrySummaries has no actor, label or area
			}
			// The same presences, the activities as tallies of one (as the store would count
			// them when no two share functions and period).
			var missions []concord.Presence
			var tallies []concord.PresenceTally
			for _, p := range presences {
				if p.Kind == concord.SubjectMission {
					missions = append(missions, p)
					continue
				}
				distinct := map[concord.ActorRole]bool{}
				for _, a := range p.Actors {
					distinct[a] = true
				}
				tallies = append(tallies, concord.PresenceTally{Country: p.Country, Functions: p.Functions, Labels: p.Labels,
					Admin1: p.Admin1, Admin2: p.Admin2, Period: p.Period, Activities: 1, Engagements: len(distinct)})
			}
			for name, input := range map[string]struct {
				presences []concord.Presence
				tallies   []concord.PresenceTally
			}{"one by one": {presences, nil}, "tallied": {missions, tallies}} {
				wantOverlaps, wantEngagements := map[string]int{}, map[string]int{}
				for _, o := range Overlaps(presences, q, asOf) {
					wantOverlaps[o.Country]++
				}
				for _, e := range Engagements(presences, q) {
					wantEngagements[e.Country]++
				}
				summaries, err := SummarizeCountries(context.Background(), input.presences, input.tallies, q)
				if err != nil {
					t.Fatal(err)
				}
				for _, s := range summaries {
					if s.Overlaps != wantOverlaps[s.Country] || s.Engagements != wantEngagements[s.Country] {
						t.Fatalf("seed %d, %+v, %s, %s: %d overlaps and %d engagements, want %d and %d",
							seed, q, name, s.Country, s.Overlaps, s.Engagements, wantOverlaps[s.Country], wantEngagements[s.Country])
					}
					delete(wantOverlaps, s.Country)
				}
				for c, n := range wantOverlaps {
					t.Fatalf("seed %d, %+v, %s: %s missing with %d overlaps", seed, q, name, c, n)
				}
			}
		}
	}
}

// TestWeightedCountsPairsAmongIdenticalPresences: a tally of five activities with the same
// functions and period holds ten pairs among them and five with a sixth that meets them.
func TestWeightedCountsPairsAmongIdenticalPresences(t *testing.T) {
	at := concord.NewDate(2010, time.June, 1)
	period := concord.Period{From: concord.NewDate(2010, time.January, 1), To: concord.NewDate(2010, time.December, 31)}
	tallies := []concord.PresenceTally{{Country: "COD", Functions: []concord.FunctionCode{concord.Justice}, Period: period, Activities: 5, Engagements: 7}}
	mission := concord.Presence{Country: "COD", Kind: concord.SubjectMission, Subject: "monusco",
		Functions: []concord.FunctionCode{concord.RuleOfLaw}, Period: period, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}}
	got, err := SummarizeCountries(context.Background(), []concord.Presence{mission}, tallies, concord.EngagementQuery{At: at})
	if err != nil {
		t.Fatal(err)
	}
	want := []CountrySummary{{Country: "COD", Missions: 1, Activities: 5, Engagements: 8, Overlaps: 15}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

// TestSweepStopsWhenTheContextEnds: a cancelled request ends the sweep and the count with the
// request's error, not after every pair.
func TestSweepStopsWhenTheContextEnds(t *testing.T) {
	presences := randomPresences(rand.New(rand.NewPCG(1, 2)), 3000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := OverlapPage(ctx, presences, concord.EngagementQuery{}, concord.NewDate(2012, 1, 1), concord.PageArgs{}); concord.ErrorCode(err) != concord.EUNAVAILABLE {
		t.Fatalf("OverlapPage on a cancelled context: %v, want UNAVAILABLE", err)
	}
	if _, err := SummarizeCountries(ctx, presences, nil, concord.EngagementQuery{}); concord.ErrorCode(err) != concord.EUNAVAILABLE {
		t.Fatalf("SummarizeCountries on a cancelled context: %v, want UNAVAILABLE", err)
	}
}

// TestTooManyPairsIsRefused: past MaxOverlapPairs the question is refused with a request to
// narrow it, before the pairs are ranked.
func TestTooManyPairsIsRefused(t *testing.T) {
	n := 800 // 800 presences all on one day share 319,600 pairs
	presences := make([]concord.Presence, n)
	for i := range presences {
		presences[i] = concord.Presence{Country: "COD", Kind: concord.SubjectActivity, Subject: fmt.Sprintf("x%d", i),
			Functions: []concord.FunctionCode{concord.Justice}, Period: concord.Period{From: concord.NewDate(2010, 1, 1)}}
	}
	for i := range presences[:500] {
		presences[i].Actors = []concord.ActorRole{{Actor: "eu", Role: concord.RoleFunder}}
	}
	// All pairs: 319,600. With eu on one side: all but the 44,850 among the 300 without eu.
	for _, q := range []concord.EngagementQuery{{}, {Actor: "eu"}} {
		_, err := OverlapPage(context.Background(), presences, q, concord.NewDate(2012, 1, 1), concord.PageArgs{})
		var e *concord.Error
		if !errors.As(err, &e) || e.Code != concord.ETOOLARGE {
			t.Fatalf("%+v: got %v, want TOO_LARGE", q, err)
		}
	}
	// With an actor nobody has, nothing to rank: an empty answer, not a refusal.
	page, err := OverlapPage(context.Background(), presences, concord.EngagementQuery{Actor: "au"}, concord.NewDate(2012, 1, 1), concord.PageArgs{})
	if err != nil || page.Total != 0 {
		t.Fatalf("actor au: %d overlaps, %v; want none", page.Total, err)
	}
}

// TestDeadlineMidCountStopsWithinASecond: a request whose deadline passes while the overlaps
// of the world are being counted returns its error within a second of the deadline and leaves
// no goroutine behind.
func TestDeadlineMidCountStopsWithinASecond(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	fs := concord.Functions()
	tallies := make([]concord.PresenceTally, 100_000)
	for i := range tallies {
		from := concord.NewDate(2000+r.IntN(20), time.Month(1+r.IntN(12)), 1)
		tallies[i] = concord.PresenceTally{Country: "COD", Activities: 1 + r.IntN(3), Engagements: 1,
			Functions: []concord.FunctionCode{fs[r.IntN(len(fs))].Code, fs[r.IntN(len(fs))].Code, fs[r.IntN(len(fs))].Code},
			Period:    concord.Period{From: from, To: from.AddDays(r.IntN(3000))}}
	}
	// How long the whole count takes here, to know the deadline falls in its middle.
	start := time.Now()
	if _, err := SummarizeCountries(context.Background(), nil, tallies, concord.EngagementQuery{}); err != nil {
		t.Fatal(err)
	}
	whole := time.Since(start)

	goroutines := runtime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), whole/4)
	defer cancel()
	_, err := SummarizeCountries(ctx, nil, tallies, concord.EngagementQuery{})
	deadline, _ := ctx.Deadline()
	if over := time.Since(deadline); over > time.Second {
		t.Errorf("returned %s after the deadline (the whole count takes %s)", over, whole)
	}
	if concord.ErrorCode(err) != concord.EUNAVAILABLE {
		t.Errorf("got %v, want the deadline's UNAVAILABLE (the whole count takes %s)", err, whole)
	}
	if n := runtime.NumGoroutine(); n > goroutines {
		t.Errorf("%d goroutines after the request, %d before", n, goroutines)
	}
}
