package analytics

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

func TestScoreOverlap(t *testing.T) {
	asOf := d(2025, 1, 1)
	year2020 := concord.Period{From: d(2020, 1, 1), To: d(2020, 12, 31)} // 366 days
	side := func(id string, actors []string, fs []concord.FunctionCode, p concord.Period) OverlapSide {
		return OverlapSide{Kind: concord.SubjectMission, ID: id, Actors: actors, Functions: fs, Period: p}
	}
	tests := []struct {
		name        string
		a, b        OverlapSide
		asOf        concord.Date
		ok          bool
		shared      []concord.FunctionCode
		period      concord.Period
		score       float64
		explanation string // checked when not empty
	}{
		{
			// F = 2/2 = 1; T = 366/366 = 1; D = 1 (eu vs un).
			// 0.5·1 + 0.3·1 + 0.2·1 = 1.
			name:   "same functions and period, different actors: 1",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice, concord.Police}, year2020),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police, concord.Justice}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice, concord.Police},
			period: year2020,
			score:  1,
			explanation: "share JUSTICE, POLICE (2 of 2 functions, F=1.00); " +
				"together 2020-01-01 to 2020-12-31 (T=1.00); no actor in common (D=1)",
		},
		{
			name: "no shared function: none",
			a:    side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice}, year2020),
			b:    side("b", []string{"un"}, []concord.FunctionCode{concord.SSR}, year2020),
			asOf: asOf,
		},
		{
			// Siblings do not cover each other; only a parent covers its children.
			name: "sibling functions: none",
			a:    side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice}, year2020),
			b:    side("b", []string{"un"}, []concord.FunctionCode{concord.Police, concord.Corrections}, year2020),
			asOf: asOf,
		},
		{
			name: "disjoint periods: none",
			a:    side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice}, year2020),
			b:    side("b", []string{"un"}, []concord.FunctionCode{concord.Justice}, concord.Period{From: d(2021, 1, 1), To: d(2021, 12, 31)}),
			asOf: asOf,
		},
		{
			// RULE_OF_LAW expands to {CORRECTIONS, JUSTICE, POLICE, RULE_OF_LAW}; JUSTICE is {JUSTICE}.
			// Shared {JUSTICE}, union 4: F = 1/4.
			// a is 2020-01-01..01-20 (20 days), b 2020-01-16..02-29 (45 days); together
			// 2020-01-16..01-20 (5 days): T = 5/20 = 0.25. D = 1.
			// 0.5·0.25 + 0.3·0.25 + 0.2 = 0.125 + 0.075 + 0.2 = 0.4.
			name:   "parent against child: shares the child, F=1/4",
			a:      side("a", []string{"un"}, []concord.FunctionCode{concord.RuleOfLaw}, concord.Period{From: d(2020, 1, 1), To: d(2020, 1, 20)}),
			b:      side("b", []string{"eu"}, []concord.FunctionCode{concord.Justice}, concord.Period{From: d(2020, 1, 16), To: d(2020, 2, 29)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice},
			period: concord.Period{From: d(2020, 1, 16), To: d(2020, 1, 20)},
			score:  0.4,
			explanation: "share JUSTICE (1 of 4 functions, F=0.25); " +
				"together 2020-01-16 to 2020-01-20 (T=0.25); no actor in common (D=1)",
		},
		{
			// F = 1, T = 1, D = 0 (eu is in both): 0.5 + 0.3 + 0 = 0.8.
			name:   "shared actor: D=0",
			a:      side("a", []string{"deu", "eu"}, []concord.FunctionCode{concord.Justice}, year2020),
			b:      side("b", []string{"eu", "un"}, []concord.FunctionCode{concord.Justice}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice},
			period: year2020,
			score:  0.8,
			explanation: "share JUSTICE (1 of 1 functions, F=1.00); " +
				"together 2020-01-01 to 2020-12-31 (T=1.00); actors in common: eu (D=0)",
		},
		{
			// a has no known start, so no length: T = 0.5. F = 1, D = 1.
			// 0.5 + 0.3·0.5 + 0.2 = 0.85. The shared period starts with b.
			name:   "unknown start: T=0.5",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice}, concord.Period{To: d(2020, 12, 31)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Justice}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice},
			period: year2020,
			score:  0.85,
		},
		{
			// Both unknown start: the shared period has no start either; T = 0.5 → 0.85.
			name:   "both unknown start: T=0.5",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice}, concord.Period{To: d(2020, 12, 31)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Justice}, concord.Period{To: d(2021, 12, 31)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice},
			period: concord.Period{To: d(2020, 12, 31)},
			score:  0.85,
			explanation: "share JUSTICE (1 of 1 functions, F=1.00); " +
				"together unknown start to 2020-12-31 (T=0.50); no actor in common (D=1)",
		},
		{
			// a runs 2024-12-01..ongoing, measured to 2025-01-01: 32 days. b runs
			// 2024-01-01..2024-12-16: 351 days. Together 2024-12-01..12-16: 16 days.
			// T = 16/32 = 0.5; F = 1; D = 1: 0.5 + 0.15 + 0.2 = 0.85.
			name:   "ongoing measured to asOf",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 12, 1)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 1, 1), To: d(2024, 12, 16)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Police},
			period: concord.Period{From: d(2024, 12, 1), To: d(2024, 12, 16)},
			score:  0.85,
		},
		{
			// The same sides a month later: a is 62 days, T = 16/62 = 0.258;
			// 0.5 + 0.0774 + 0.2 = 0.7774 → 0.78.
			name:   "ongoing measured to a later asOf",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 12, 1)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 1, 1), To: d(2024, 12, 16)}),
			asOf:   d(2025, 1, 31),
			ok:     true,
			shared: []concord.FunctionCode{concord.Police},
			period: concord.Period{From: d(2024, 12, 1), To: d(2024, 12, 16)},
			score:  0.78,
		},
		{
			// a: 2024-12-01.. (32 days to asOf), b: 2024-12-17.. (16 days); together
			// 2024-12-17..ongoing, 16 days: T = 1. 0.5 + 0.3 + 0.2 = 1.
			name:   "both ongoing",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 12, 1)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 12, 17)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Police},
			period: concord.Period{From: d(2024, 12, 17)},
			score:  1,
			explanation: "share POLICE (1 of 1 functions, F=1.00); " +
				"together 2024-12-17 to ongoing (T=1.00); no actor in common (D=1)",
		},
		{
			// a: 2020-01-01..06-30 (182 days), b: 2020-06-30..12-31 (185 days); together one
			// day: T = 1/182 = 0.0055. 0.5 + 0.00165 + 0.2 = 0.70165 → 0.7.
			name:   "touching on one day",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2020, 1, 1), To: d(2020, 6, 30)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2020, 6, 30), To: d(2020, 12, 31)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Police},
			period: concord.Period{From: d(2020, 6, 30), To: d(2020, 6, 30)},
			score:  0.7,
		},
		{
			// SECURITY expands to 5 functions, SSR to 1: F = 1/5. T = 1, D = 1.
			// 0.1 + 0.3 + 0.2 = 0.6.
			name:   "security against SSR: F=1/5",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Security}, year2020),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.SSR}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.SSR},
			period: year2020,
			score:  0.6,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, ok := ScoreOverlap("XKX", tt.a, tt.b, tt.asOf)
			if ok != tt.ok {
				t.Fatalf("ScoreOverlap ok = %v, want %v (%+v)", ok, tt.ok, o)
			}
			if !ok {
				return
			}
			if got, want := o.Country, "XKX"; got != want {
				t.Fatalf("Country = %q, want %q", got, want)
			}
			if o.A.ID != tt.a.ID || o.B.ID != tt.b.ID {
				t.Fatalf("sides = %s, %s, want %s, %s", o.A.ID, o.B.ID, tt.a.ID, tt.b.ID)
			}
			if got, want := o.SharedFunctions, tt.shared; !slices.Equal(got, want) {
				t.Fatalf("SharedFunctions = %v, want %v", got, want)
			}
			if got, want := o.Period, tt.period; got != want {
				t.Fatalf("Period = %v, want %v", got, want)
			}
			if got, want := o.Score, tt.score; math.Abs(got-want) > 1e-9 {
				t.Fatalf("Score = %v, want %v (%s)", got, want, o.Explanation)
			}
			for _, f := range tt.shared {
				if !strings.Contains(o.Explanation, string(f)) {
					t.Fatalf("Explanation %q does not mention shared function %s", o.Explanation, f)
				}
			}
			if tt.explanation != "" {
				if got, want := o.Explanation, tt.explanation; got != want {
					t.Fatalf("Explanation = %q, want %q", got, want)
				}
			}
			// The score does not depend on which side comes first.
			r, ok := ScoreOverlap("XKX", tt.b, tt.a, tt.asOf)
			if !ok || r.Score != o.Score || r.Period != o.Period || !slices.Equal(r.SharedFunctions, o.SharedFunctions) {
				t.Fatalf("swapped sides give %v, %v, %v, %v; want %v, %v, %v",
					r.Score, r.Period, r.SharedFunctions, ok, o.Score, o.Period, o.SharedFunctions)
			}
		})
	}
}

// TestScoreOverlapProperties checks, over generated sides, that the score stays in [0, 1]
// with two decimals, is symmetric, and that an overlap exists exactly when the sides share a
// function (counting sub-functions) and a day.
func TestScoreOverlapProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := concord.Functions()
	actors := []string{"eu", "un", "osce", "deu", "swe"}
	asOf := d(2025, 1, 1)
	base := d(2015, 1, 1)
	randomSide := func(id string) OverlapSide {
		var fs []concord.FunctionCode
		for range 1 + rng.IntN(3) {
			fs = append(fs, vocab[rng.IntN(len(vocab))].Code)
		}
		var as []string
		for range rng.IntN(3) {
			as = append(as, actors[rng.IntN(len(actors))])
		}
		var p concord.Period
		if rng.IntN(5) > 0 {
			p.From = base.AddDays(rng.IntN(4000))
		}
		if rng.IntN(4) > 0 {
			start := p.From
			if start.IsZero() {
				start = base
			}
			p.To = start.AddDays(rng.IntN(1500))
		}
		return OverlapSide{Kind: concord.SubjectActivity, ID: id, Actors: as, Functions: fs, Period: p}
	}
	for i := range 5000 {
		a, b := randomSide("a"), randomSide("b")
		o, ok := ScoreOverlap("MLI", a, b, asOf)

		fa, fb := concord.ExpandFunctions(a.Functions), concord.ExpandFunctions(b.Functions)
		shares := slices.ContainsFunc(fa, func(f concord.FunctionCode) bool { return slices.Contains(fb, f) })
		_, meets := a.Period.Intersect(b.Period)
		if ok != (shares && meets) {
			t.Fatalf("case %d: ScoreOverlap(%+v, %+v) ok = %v, want %v", i, a, b, ok, shares && meets)
		}
		if !ok {
			continue
		}
		if o.Score < 0 || o.Score > 1 {
			t.Fatalf("case %d: score %v out of [0, 1] for %+v, %+v", i, o.Score, a, b)
		}
		if got := math.Round(o.Score*100) / 100; got != o.Score {
			t.Fatalf("case %d: score %v has more than two decimals", i, o.Score)
		}
		for _, f := range o.SharedFunctions {
			if !slices.Contains(fa, f) || !slices.Contains(fb, f) {
				t.Fatalf("case %d: shared %s is not in both %v and %v", i, f, fa, fb)
			}
			if !strings.Contains(o.Explanation, string(f)) {
				t.Fatalf("case %d: explanation %q misses %s", i, o.Explanation, f)
			}
		}
		for _, day := range []concord.Date{o.Period.From, o.Period.To} {
			if !day.IsZero() && (!a.Period.Contains(day) || !b.Period.Contains(day)) {
				t.Fatalf("case %d: shared period %v is not within %v and %v", i, o.Period, a.Period, b.Period)
			}
		}
		r, _ := ScoreOverlap("MLI", b, a, asOf)
		if r.Score != o.Score {
			t.Fatalf("case %d: score %v one way, %v the other", i, o.Score, r.Score)
		}
	}
}

func TestSortOverlaps(t *testing.T) {
	mk := func(country, a, b string, score float64) Overlap {
		return Overlap{Country: country, A: OverlapSide{ID: a}, B: OverlapSide{ID: b}, Score: score}
	}
	os := []Overlap{
		mk("XKX", "a", "b", 0.5),
		mk("MLI", "x", "y", 0.9),
		mk("XKX", "a", "c", 0.5),
		mk("MLI", "a", "z", 0.5),
		mk("XKX", "b", "c", 0.1),
		mk("MLI", "x", "z", 1),
	}
	SortOverlaps(os)
	var got []string
	for _, o := range os {
		got = append(got, o.Country+"/"+o.A.ID+"/"+o.B.ID)
	}
	want := []string{"MLI/x/z", "MLI/x/y", "MLI/a/z", "XKX/a/b", "XKX/a/c", "XKX/b/c"}
	if !slices.Equal(got, want) {
		t.Fatalf("SortOverlaps order = %v, want %v", got, want)
	}
}

// engagementFixture is a country with two missions and two activities; swe funds act-1 in
// three years, so it is listed three times.
func engagementFixture() []concord.Presence {
	return []concord.Presence{
		{
			Country: "XKX", Kind: concord.SubjectMission, Subject: "eulex",
			Functions: []concord.FunctionCode{concord.Justice, concord.Police},
			Period:    concord.Period{From: d(2008, 12, 9)},
			Actors:    []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}, {Actor: "deu", Role: concord.RoleContributor}},
		},
		{
			Country: "XKX", Kind: concord.SubjectMission, Subject: "unmik",
			Functions: []concord.FunctionCode{concord.RuleOfLaw, concord.Political},
			Period:    concord.Period{From: d(1999, 6, 10)},
			Actors:    []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}},
		},
		{
			Country: "XKX", Kind: concord.SubjectActivity, Subject: "act-1",
			Functions: []concord.FunctionCode{concord.HumanRights},
			Period:    concord.Period{From: d(2016, 1, 1), To: d(2018, 12, 31)},
			Actors: []concord.ActorRole{
				{Actor: "undp", Role: concord.RoleImplementer}, {Actor: "swe", Role: concord.RoleFunder}, {Actor: "swe", Role: concord.RoleFunder}, {Actor: "swe", Role: concord.RoleFunder},
			},
		},
		{
			Country: "XKX", Kind: concord.SubjectActivity, Subject: "act-2",
			Functions: []concord.FunctionCode{concord.SSR},
			Period:    concord.Period{From: d(2020, 1, 1), To: d(2020, 12, 31)},
			Actors:    []concord.ActorRole{{Actor: "swe", Role: concord.RoleFunder}},
		},
	}
}

// engagementKeys renders engagements as actor/subject/role[/functions].
func engagementKeys(es []concord.Engagement, withFunctions bool) []string {
	var out []string
	for _, e := range es {
		k := e.Actor + "/" + e.Subject + "/" + string(e.Role)
		if withFunctions {
			k += "/" + joinCodes(e.Functions)
			if e.Match == concord.MatchBroader {
				k += " (broader: " + string(e.Broader) + ")"
			}
		}
		out = append(out, k)
	}
	return out
}

func TestEngagements(t *testing.T) {
	tests := []struct {
		name          string
		q             concord.EngagementQuery
		withFunctions bool
		want          []string
	}{
		{
			name: "no filter: every actor once, by actor, subject, role",
			q:    concord.EngagementQuery{Country: "XKX"},
			want: []string{
				"deu/eulex/CONTRIBUTOR",
				"eu/eulex/LEAD",
				"swe/act-1/FUNDER",
				"swe/act-2/FUNDER",
				"un/unmik/LEAD",
				"undp/act-1/IMPLEMENTER",
			},
		},
		{
			name:          "no filter keeps the presence's own functions",
			q:             concord.EngagementQuery{Country: "XKX"},
			withFunctions: true,
			want: []string{
				"deu/eulex/CONTRIBUTOR/JUSTICE, POLICE",
				"eu/eulex/LEAD/JUSTICE, POLICE",
				"swe/act-1/FUNDER/HUMAN_RIGHTS",
				"swe/act-2/FUNDER/SSR",
				"un/unmik/LEAD/RULE_OF_LAW, POLITICAL",
				"undp/act-1/IMPLEMENTER/HUMAN_RIGHTS",
			},
		},
		{
			// Asking for a parent takes in its children; each record shows its own functions.
			name:          "parent function includes sub-functions",
			q:             concord.EngagementQuery{Country: "XKX", Function: concord.RuleOfLaw},
			withFunctions: true,
			want: []string{
				"deu/eulex/CONTRIBUTOR/JUSTICE, POLICE",
				"eu/eulex/LEAD/JUSTICE, POLICE",
				"un/unmik/LEAD/RULE_OF_LAW, POLITICAL",
			},
		},
		{
			// Asking for a child does not take in a record coded only with its parent…
			name:          "a parent does not answer for the asked child",
			q:             concord.EngagementQuery{Country: "XKX", Function: concord.Justice},
			withFunctions: true,
			want: []string{
				"deu/eulex/CONTRIBUTOR/JUSTICE, POLICE",
				"eu/eulex/LEAD/JUSTICE, POLICE",
			},
		},
		{
			// …unless broader matches are asked for, labelled with the parent.
			name:          "broader matches when asked",
			q:             concord.EngagementQuery{Country: "XKX", Function: concord.Justice, Broader: true},
			withFunctions: true,
			want: []string{
				"deu/eulex/CONTRIBUTOR/JUSTICE, POLICE",
				"eu/eulex/LEAD/JUSTICE, POLICE",
				"un/unmik/LEAD/RULE_OF_LAW, POLITICAL (broader: RULE_OF_LAW)",
			},
		},
		{
			name:          "security includes SSR",
			q:             concord.EngagementQuery{Country: "XKX", Function: concord.Security},
			withFunctions: true,
			want:          []string{"swe/act-2/FUNDER/SSR"},
		},
		{
			name:          "political answers elections only more broadly",
			q:             concord.EngagementQuery{Country: "XKX", Function: concord.Elections},
			withFunctions: true,
			want:          nil,
		},
		{
			name:          "political answers elections more broadly when asked",
			q:             concord.EngagementQuery{Country: "XKX", Function: concord.Elections, Broader: true},
			withFunctions: true,
			want:          []string{"un/unmik/LEAD/RULE_OF_LAW, POLITICAL (broader: POLITICAL)"},
		},
		{
			name: "function nobody works on",
			q:    concord.EngagementQuery{Country: "XKX", Function: concord.Border},
			want: nil,
		},
		{
			name: "at a day",
			q:    concord.EngagementQuery{Country: "XKX", At: d(2017, 6, 1)},
			want: []string{"deu/eulex/CONTRIBUTOR", "eu/eulex/LEAD", "swe/act-1/FUNDER", "un/unmik/LEAD", "undp/act-1/IMPLEMENTER"},
		},
		{
			name: "at a day before most began",
			q:    concord.EngagementQuery{Country: "XKX", At: d(2005, 1, 1)},
			want: []string{"un/unmik/LEAD"},
		},
		{
			name: "at the last day of an activity",
			q:    concord.EngagementQuery{Country: "XKX", At: d(2020, 12, 31)},
			want: []string{"deu/eulex/CONTRIBUTOR", "eu/eulex/LEAD", "swe/act-2/FUNDER", "un/unmik/LEAD"},
		},
		{
			name: "from-to between the activities",
			q:    concord.EngagementQuery{Country: "XKX", From: d(2019, 1, 1), To: d(2019, 12, 31)},
			want: []string{"deu/eulex/CONTRIBUTOR", "eu/eulex/LEAD", "un/unmik/LEAD"},
		},
		{
			name: "from only",
			q:    concord.EngagementQuery{Country: "XKX", From: d(2020, 12, 31)},
			want: []string{"deu/eulex/CONTRIBUTOR", "eu/eulex/LEAD", "swe/act-2/FUNDER", "un/unmik/LEAD"},
		},
		{
			name: "to only, touching a start",
			q:    concord.EngagementQuery{Country: "XKX", To: d(1999, 6, 10)},
			want: []string{"un/unmik/LEAD"},
		},
		{
			name: "function and window together",
			q:    concord.EngagementQuery{Country: "XKX", Function: concord.RuleOfLaw, At: d(2005, 1, 1)},
			want: []string{"un/unmik/LEAD"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := engagementKeys(Engagements(engagementFixture(), tt.q), tt.withFunctions)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Engagements(%+v) =\n%q\nwant\n%q", tt.q, got, tt.want)
			}
		})
	}
}

func TestEngagementsFields(t *testing.T) {
	es := Engagements(engagementFixture(), concord.EngagementQuery{Country: "XKX", Function: concord.Security})
	if len(es) != 1 {
		t.Fatalf("got %d engagements, want 1", len(es))
	}
	want := concord.Engagement{
		Actor: "swe", Role: concord.RoleFunder, SubjectKind: concord.SubjectActivity, Subject: "act-2", Country: "XKX",
		Functions: []concord.FunctionCode{concord.SSR}, Period: concord.Period{From: d(2020, 1, 1), To: d(2020, 12, 31)},
	}
	e := es[0]
	if e.Actor != want.Actor || e.Role != want.Role || e.SubjectKind != want.SubjectKind ||
		e.Subject != want.Subject || e.Country != want.Country || e.Period != want.Period ||
		!slices.Equal(e.Functions, want.Functions) {
		t.Fatalf("engagement = %+v, want %+v", e, want)
	}
}

func TestEngagementsTwoDeployments(t *testing.T) {
	// A mission deployed twice in one country is two engagements of its lead, ordered by start.
	ps := []concord.Presence{
		{Country: "MLI", Kind: concord.SubjectMission, Subject: "m", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2018, 1, 1), To: d(2018, 12, 31)}, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
		{Country: "MLI", Kind: concord.SubjectMission, Subject: "m", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2014, 1, 1), To: d(2015, 12, 31)}, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
	}
	es := Engagements(ps, concord.EngagementQuery{Country: "MLI"})
	if got, want := len(es), 2; got != want {
		t.Fatalf("got %d engagements, want %d", got, want)
	}
	if got, want := es[0].Period.From, d(2014, 1, 1); got != want {
		t.Fatalf("first engagement starts %v, want %v", got, want)
	}
	if got, want := es[1].Period.From, d(2018, 1, 1); got != want {
		t.Fatalf("second engagement starts %v, want %v", got, want)
	}
}

// overlapFixture, hand-scored with asOf 2021-01-01 (2020 has 366 days):
//
//	XKX m-justice × m-rol:     {JUSTICE, POLICE} ∩ RULE_OF_LAW's 4 → F = 2/4; m-rol is
//	                           2020-07-01..2021-06-30 (365 days), together 184 days → T = 184/365;
//	                           eu vs un → D = 1: 0.25 + 0.1512 + 0.2 = 0.60.
//	SRB a-srb × m-srb:         SECURITY's 5 ∩ {SSR} → F = 1/5; T = 1; D = 1: 0.1 + 0.3 + 0.2 = 0.60.
//	XKX a-police × m-justice:  {POLICE} ∩ {JUSTICE, POLICE} → F = 1/2; T = 1; eu in both → D = 0:
//	                           0.25 + 0.3 = 0.55.
//	XKX a-police × m-rol:      {POLICE} ∩ 4 → F = 1/4; T = 184/365; D = 1:
//	                           0.125 + 0.1512 + 0.2 = 0.48.
//
// a-rights shares no function, a-none has none, a-mli is alone in Mali.
func overlapFixture() []concord.Presence {
	y2020 := concord.Period{From: d(2020, 1, 1), To: d(2020, 12, 31)}
	return []concord.Presence{
		{Country: "XKX", Kind: concord.SubjectMission, Subject: "m-rol", Functions: []concord.FunctionCode{concord.RuleOfLaw},
			Period: concord.Period{From: d(2020, 7, 1), To: d(2021, 6, 30)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
		{Country: "XKX", Kind: concord.SubjectMission, Subject: "m-justice", Functions: []concord.FunctionCode{concord.Justice, concord.Police},
			Period: y2020, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
		{Country: "XKX", Kind: concord.SubjectActivity, Subject: "a-police", Functions: []concord.FunctionCode{concord.Police},
			Period: y2020, Actors: []concord.ActorRole{{Actor: "undp", Role: concord.RoleImplementer}, {Actor: "eu", Role: concord.RoleFunder}, {Actor: "eu", Role: concord.RoleFunder}}},
		{Country: "XKX", Kind: concord.SubjectActivity, Subject: "a-rights", Functions: []concord.FunctionCode{concord.HumanRights},
			Period: y2020, Actors: []concord.ActorRole{{Actor: "swe", Role: concord.RoleFunder}}},
		{Country: "XKX", Kind: concord.SubjectActivity, Subject: "a-none",
			Period: y2020, Actors: []concord.ActorRole{{Actor: "swe", Role: concord.RoleFunder}}},
		{Country: "MLI", Kind: concord.SubjectActivity, Subject: "a-mli", Functions: []concord.FunctionCode{concord.Justice},
			Period: y2020, Actors: []concord.ActorRole{{Actor: "swe", Role: concord.RoleFunder}}},
		{Country: "SRB", Kind: concord.SubjectMission, Subject: "m-srb", Functions: []concord.FunctionCode{concord.SSR},
			Period: y2020, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
		{Country: "SRB", Kind: concord.SubjectActivity, Subject: "a-srb", Functions: []concord.FunctionCode{concord.Security},
			Period: y2020, Actors: []concord.ActorRole{{Actor: "deu", Role: concord.RoleImplementer}}},
	}
}

// overlapKeys renders overlaps as country/a/b=score.
func overlapKeys(os []Overlap) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Country+"/"+o.A.ID+"/"+o.B.ID+"="+strconv.FormatFloat(o.Score, 'f', -1, 64))
	}
	return out
}

func TestOverlaps(t *testing.T) {
	asOf := d(2021, 1, 1)
	tests := []struct {
		name string
		q    concord.EngagementQuery
		want []string
	}{
		{
			name: "all countries, by descending score then key",
			want: []string{
				"SRB/a-srb/m-srb=0.6",
				"XKX/m-justice/m-rol=0.6",
				"XKX/a-police/m-justice=0.55",
				"XKX/a-police/m-rol=0.48",
			},
		},
		{
			// m-rol is coded RULE_OF_LAW only: it answers POLICE more broadly, so it is paired
			// only when broader matches are asked for.
			name: "police: a rule-of-law mission is not paired",
			q:    concord.EngagementQuery{Function: concord.Police},
			want: []string{"XKX/a-police/m-justice=0.55"},
		},
		{
			name: "police with broader matches pairs it through its parent",
			q:    concord.EngagementQuery{Function: concord.Police, Broader: true},
			want: []string{
				"XKX/m-justice/m-rol=0.6",
				"XKX/a-police/m-justice=0.55",
				"XKX/a-police/m-rol=0.48",
			},
		},
		{
			name: "justice: m-rol answers it only more broadly",
			q:    concord.EngagementQuery{Function: concord.Justice},
			want: nil,
		},
		{
			name: "justice with broader matches: only the pair sharing it",
			q:    concord.EngagementQuery{Function: concord.Justice, Broader: true},
			want: []string{"XKX/m-justice/m-rol=0.6"},
		},
		{
			name: "rule of law includes its sub-functions",
			q:    concord.EngagementQuery{Function: concord.RuleOfLaw},
			want: []string{
				"XKX/m-justice/m-rol=0.6",
				"XKX/a-police/m-justice=0.55",
				"XKX/a-police/m-rol=0.48",
			},
		},
		{
			name: "security includes SSR",
			q:    concord.EngagementQuery{Function: concord.Security},
			want: []string{"SRB/a-srb/m-srb=0.6"},
		},
		{
			name: "a function no pair shares",
			q:    concord.EngagementQuery{Function: concord.HumanRights},
			want: nil,
		},
		{
			name: "at a day before m-rol began",
			q:    concord.EngagementQuery{At: d(2020, 3, 1)},
			want: []string{"SRB/a-srb/m-srb=0.6", "XKX/a-police/m-justice=0.55"},
		},
		{
			name: "at a day only m-rol is left",
			q:    concord.EngagementQuery{At: d(2021, 3, 1)},
			want: nil,
		},
		{
			name: "an actor's pairs: the EU leads m-justice and m-srb and funds a-police",
			q:    concord.EngagementQuery{Actor: "eu"},
			want: []string{
				"SRB/a-srb/m-srb=0.6",
				"XKX/m-justice/m-rol=0.6",
				"XKX/a-police/m-justice=0.55",
				"XKX/a-police/m-rol=0.48",
			},
		},
		{
			name: "an implementer's pairs",
			q:    concord.EngagementQuery{Actor: "undp", Function: concord.Police, Broader: true},
			want: []string{"XKX/a-police/m-justice=0.55", "XKX/a-police/m-rol=0.48"},
		},
		{
			name: "an actor in no pair",
			q:    concord.EngagementQuery{Actor: "swe"},
			want: nil,
		},
		{
			name: "from-to covering the second half",
			q:    concord.EngagementQuery{From: d(2020, 12, 1), To: d(2021, 12, 31)},
			want: []string{
				"SRB/a-srb/m-srb=0.6",
				"XKX/m-justice/m-rol=0.6",
				"XKX/a-police/m-justice=0.55",
				"XKX/a-police/m-rol=0.48",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := overlapKeys(Overlaps(overlapFixture(), tt.q, asOf))
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Overlaps(%+v) =\n%q\nwant\n%q", tt.q, got, tt.want)
			}
		})
	}
}

func TestOverlapsSides(t *testing.T) {
	os := Overlaps(overlapFixture(), concord.EngagementQuery{}, d(2021, 1, 1))
	var o Overlap
	for _, x := range os {
		if x.A.ID == "a-police" && x.B.ID == "m-justice" {
			o = x
		}
	}
	if o.A.ID == "" {
		t.Fatalf("no a-police × m-justice overlap in %v", overlapKeys(os))
	}
	if got, want := o.A.Kind, concord.SubjectActivity; got != want {
		t.Fatalf("A.Kind = %v, want %v", got, want)
	}
	if got, want := o.B.Kind, concord.SubjectMission; got != want {
		t.Fatalf("B.Kind = %v, want %v", got, want)
	}
	// A funder listed twice is one actor; actors are sorted.
	if got, want := o.A.Actors, []string{"eu", "undp"}; !slices.Equal(got, want) {
		t.Fatalf("A.Actors = %v, want %v", got, want)
	}
	if got, want := o.SharedFunctions, []concord.FunctionCode{concord.Police}; !slices.Equal(got, want) {
		t.Fatalf("SharedFunctions = %v, want %v", got, want)
	}
	if !strings.Contains(o.Explanation, "actors in common: eu") {
		t.Fatalf("Explanation = %q, want it to name eu", o.Explanation)
	}
}

func TestOverlapsSkipsSelf(t *testing.T) {
	// One mission deployed twice in a country does not overlap with itself.
	ps := []concord.Presence{
		{Country: "MLI", Kind: concord.SubjectMission, Subject: "m", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2018, 1, 1), To: d(2018, 12, 31)}, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
		{Country: "MLI", Kind: concord.SubjectMission, Subject: "m", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2018, 6, 1), To: d(2019, 12, 31)}, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
	}
	if got := Overlaps(ps, concord.EngagementQuery{}, d(2021, 1, 1)); len(got) != 0 {
		t.Fatalf("Overlaps = %v, want none", overlapKeys(got))
	}
}

func TestOverlapsOnlyWithinACountry(t *testing.T) {
	// The same work in two countries is no overlap.
	ps := []concord.Presence{
		{Country: "MLI", Kind: concord.SubjectMission, Subject: "m", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2018, 1, 1), To: d(2018, 12, 31)}, Actors: []concord.ActorRole{{Actor: "eu", Role: concord.RoleLead}}},
		{Country: "XKX", Kind: concord.SubjectMission, Subject: "n", Functions: []concord.FunctionCode{concord.Police},
			Period: concord.Period{From: d(2018, 1, 1), To: d(2018, 12, 31)}, Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
	}
	if got := Overlaps(ps, concord.EngagementQuery{}, d(2021, 1, 1)); len(got) != 0 {
		t.Fatalf("Overlaps = %v, want none", overlapKeys(got))
	}
}
