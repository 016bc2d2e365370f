package analytics

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/concord-peace/concord"
)

func TestScoreOverlap(t *testing.T) {
	asOf := d(2025, 1, 1)
	year2020 := concord.Period{From: d(2020, 1, 1), To: d(2020, 12, 31)} // 366 days
	side := func(id string, actors []string, fs []concord.FunctionCode, p concord.Period) OverlapSide {
		return OverlapSide{Kind: concord.SubjectMission, ID: id, Actors: actors, Functions: fs, Period: p}
	}
	// placed is an activity with sector labels in areas of its country.
	placed := func(id, actor string, labels, admin1, admin2 []string) OverlapSide {
		return OverlapSide{Kind: concord.SubjectActivity, ID: id, Actors: []string{actor}, Labels: labels,
			Admin1: admin1, Admin2: admin2, Period: concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)}}
	}
	food := []string{"Operational Presence: Food Security & Agriculture"}
	badakhshan := []string{"Badakhshan", "AF17"}
	tests := []struct {
		name   string
		a, b   OverlapSide
		asOf   concord.Date
		ok     bool
		shared []concord.FunctionCode
		labels []string
		place  OverlapPlace
		period concord.Period
		score  float64
	}{
		{
			// S = ½·½ + ½·½... each side spreads 1 over JUSTICE and POLICE (½ each): S = ½ + ½ = 1.
			// T = 366/366 = 1; P = ¾ (neither names an area); O = 1 (eu against un): 0.75.
			name:   "same functions and period, different actors, no area",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice, concord.Police}, year2020),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police, concord.Justice}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice, concord.Police},
			place:  OverlapPlace{Level: PlaceCountry},
			period: year2020,
			score:  0.75,
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
			// RULE_OF_LAW spreads a's work over JUSTICE, POLICE, CORRECTIONS (⅓ each); b is all
			// JUSTICE: S = min(⅓, 1) = ⅓. a is 2020-01-01..01-20 (20 days), b 2020-01-16..02-29;
			// together 2020-01-16..01-20 (5 days): T = 5/20 = ¼. P = ¾, O = 1.
			// ⅓ · ¼ · ¾ = 0.0625 → 0.06.
			name:   "parent against child: a third of the parent's work",
			a:      side("a", []string{"un"}, []concord.FunctionCode{concord.RuleOfLaw}, concord.Period{From: d(2020, 1, 1), To: d(2020, 1, 20)}),
			b:      side("b", []string{"eu"}, []concord.FunctionCode{concord.Justice}, concord.Period{From: d(2020, 1, 16), To: d(2020, 2, 29)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice},
			place:  OverlapPlace{Level: PlaceCountry},
			period: concord.Period{From: d(2020, 1, 16), To: d(2020, 1, 20)},
			score:  0.06,
		},
		{
			// S = 1, T = 1, P = ¾, O = ½ (eu is on both sides): 0.375 → 0.38.
			name:   "shared actor: O=½",
			a:      side("a", []string{"deu", "eu"}, []concord.FunctionCode{concord.Justice}, year2020),
			b:      side("b", []string{"eu", "un"}, []concord.FunctionCode{concord.Justice}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice},
			place:  OverlapPlace{Level: PlaceCountry},
			period: year2020,
			score:  0.38,
		},
		{
			// a has no known start, so no length: T = ½. S = 1, P = ¾, O = 1: 0.375 → 0.38.
			name:   "unknown start: T=½",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Justice}, concord.Period{To: d(2020, 12, 31)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Justice}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Justice},
			place:  OverlapPlace{Level: PlaceCountry},
			period: year2020,
			score:  0.38,
		},
		{
			// a runs 2024-12-01..ongoing, measured to 2025-01-01: 32 days. b runs
			// 2024-01-01..2024-12-16. Together 2024-12-01..12-16: 16 days. T = 16/32 = ½: 0.38.
			name:   "ongoing measured to asOf",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 12, 1)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 1, 1), To: d(2024, 12, 16)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Police},
			place:  OverlapPlace{Level: PlaceCountry},
			period: concord.Period{From: d(2024, 12, 1), To: d(2024, 12, 16)},
			score:  0.38,
		},
		{
			// The same sides a month later: a is 62 days, T = 16/62 = 0.258; · ¾ = 0.19.
			name:   "ongoing measured to a later asOf",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 12, 1)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2024, 1, 1), To: d(2024, 12, 16)}),
			asOf:   d(2025, 1, 31),
			ok:     true,
			shared: []concord.FunctionCode{concord.Police},
			place:  OverlapPlace{Level: PlaceCountry},
			period: concord.Period{From: d(2024, 12, 1), To: d(2024, 12, 16)},
			score:  0.19,
		},
		{
			// a: 2020-01-01..06-30 (182 days), b: 2020-06-30..12-31; together one day:
			// T = 1/182; 0.75/182 = 0.004 → 0.
			name:   "touching on one day",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2020, 1, 1), To: d(2020, 6, 30)}),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.Police}, concord.Period{From: d(2020, 6, 30), To: d(2020, 12, 31)}),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Police},
			place:  OverlapPlace{Level: PlaceCountry},
			period: concord.Period{From: d(2020, 6, 30), To: d(2020, 6, 30)},
			score:  0,
		},
		{
			// SECURITY spreads a's work over its four sub-functions; b is all SSR: S = ¼.
			// ¼ · 1 · ¾ · 1 = 0.1875 → 0.19.
			name:   "security against SSR: S=¼",
			a:      side("a", []string{"eu"}, []concord.FunctionCode{concord.Security}, year2020),
			b:      side("b", []string{"un"}, []concord.FunctionCode{concord.SSR}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.SSR},
			place:  OverlapPlace{Level: PlaceCountry},
			period: year2020,
			score:  0.19,
		},
		{
			// The EC project against online hate speech in Myanmar (DAC 15220 and 22040, half
			// each) against a programme all 15220 (mediation): S = min(½, 1) = ½; · ¾ = 0.38.
			name: "a project sharing one of its two sectors with a programme: S=½",
			a: OverlapSide{Kind: concord.SubjectActivity, ID: "a", Actors: []string{"ec"},
				Functions: []concord.FunctionCode{concord.Mediation}, Labels: []string{"DAC 22040"}, Period: year2020},
			b:      side("b", []string{"gb"}, []concord.FunctionCode{concord.Mediation}, year2020),
			asOf:   asOf,
			ok:     true,
			shared: []concord.FunctionCode{concord.Mediation},
			place:  OverlapPlace{Level: PlaceCountry},
			period: year2020,
			score:  0.38,
		},
		{
			// A label alone is a shared topic; case does not matter. S = T = P = O = 1.
			name:   "same label in a shared district: 1",
			a:      placed("a", "fao", food, badakhshan, []string{"Fayzabad", "AF1701"}),
			b:      placed("b", "nac", []string{"operational presence: food security & agriculture"}, badakhshan, []string{"Argo", "AF1702", "Fayzabad", "AF1701"}),
			asOf:   asOf,
			ok:     true,
			labels: food,
			place:  OverlapPlace{Level: PlaceAdmin2, Areas: []string{"Fayzabad", "AF1701"}},
			period: concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)},
			score:  1,
		},
		{
			// Both name districts, none in common: they work in the same province, not the
			// same place.
			name: "same province, different districts: none",
			a:    placed("a", "fao", food, badakhshan, []string{"Fayzabad", "AF1701"}),
			b:    placed("b", "nac", food, badakhshan, []string{"Argo", "AF1702"}),
			asOf: asOf,
		},
		{
			// One names only the province: they meet there.
			name:   "district against its province: ADMIN1",
			a:      placed("a", "fao", food, badakhshan, []string{"Fayzabad", "AF1701"}),
			b:      placed("b", "wfp", food, []string{"AF17"}, nil),
			asOf:   asOf,
			ok:     true,
			labels: food,
			place:  OverlapPlace{Level: PlaceAdmin1, Areas: []string{"AF17"}},
			period: concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)},
			score:  1,
		},
		{
			name: "different provinces: none",
			a:    placed("a", "fao", food, badakhshan, nil),
			b:    placed("b", "wfp", food, []string{"Kabul", "AF01"}, nil),
			asOf: asOf,
		},
		{
			// A national record may work anywhere: COUNTRY, P = ¾.
			name:   "national against a district: COUNTRY",
			a:      placed("a", "fao", food, badakhshan, []string{"Fayzabad"}),
			b:      placed("b", "wfp", food, nil, nil),
			asOf:   asOf,
			ok:     true,
			labels: food,
			place:  OverlapPlace{Level: PlaceCountry},
			period: concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)},
			score:  0.75,
		},
		{
			// A three-digit DAC category says half as much as a purpose code: S = ½.
			name:   "a DAC category: S=½",
			a:      placed("a", "fao", []string{"DAC3 151"}, badakhshan, nil),
			b:      placed("b", "wfp", []string{"DAC3 151"}, badakhshan, nil),
			asOf:   asOf,
			ok:     true,
			labels: []string{"DAC3 151"},
			place:  OverlapPlace{Level: PlaceAdmin1, Areas: badakhshan},
			period: concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)},
			score:  0.5,
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
			if got, want := o.SharedLabels, tt.labels; !slices.Equal(got, want) {
				t.Fatalf("SharedLabels = %v, want %v", got, want)
			}
			if got, want := o.Place, tt.place; got.Level != want.Level || !slices.Equal(got.Areas, want.Areas) {
				t.Fatalf("Place = %+v, want %+v", got, want)
			}
			if got, want := o.Period, tt.period; got != want {
				t.Fatalf("Period = %v, want %v", got, want)
			}
			if got, want := o.Score, tt.score; math.Abs(got-want) > 1e-9 {
				t.Fatalf("Score = %v, want %v (S %v T %v P %v O %v)", got, want, o.SameWork, o.Time, o.Where, o.Organisations)
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

func TestExplain(t *testing.T) {
	names := map[string]string{"ec": "European Commission", "gb": "UK Foreign Office", "fao": "Food and Agriculture Organization", "nac": "Norwegian Afghanistan Committee"}
	actor := func(id string) string { return names[id] }
	country := func(code string) string { return map[string]string{"MMR": "Myanmar", "AFG": "Afghanistan"}[code] }
	tests := []struct {
		name    string
		country string
		a, b    OverlapSide
		want    string
	}{
		{
			name:    "national records, names for ids",
			country: "MMR",
			a: OverlapSide{Kind: concord.SubjectActivity, ID: "XI-IATI-EC_FPI-2019/409-317", Actors: []string{"ec"},
				Functions: []concord.FunctionCode{concord.Mediation}, Labels: []string{"DAC 22040"},
				Period: concord.Period{From: d(2019, 9, 16), To: d(2021, 3, 15)}},
			b: OverlapSide{Kind: concord.SubjectActivity, ID: "GB-GOV-3-CSSF-09-000001", Actors: []string{"gb"},
				Functions: []concord.FunctionCode{concord.Mediation},
				Period:    concord.Period{From: d(2017, 4, 1), To: d(2021, 3, 31)}},
			want: "Both work on mediation and conflict prevention in Myanmar from 2019-09-16 to 2021-03-15; " +
				"different organisations: European Commission on one side, UK Foreign Office on the other. " +
				"Score 0.38 = same work 0.50 × time 1.00 × place 0.75 × organisations 1.00.",
		},
		{
			name:    "a shared district, by name",
			country: "AFG",
			a: OverlapSide{Kind: concord.SubjectActivity, ID: "x", Actors: []string{"fao"}, Labels: []string{"Operational Presence: Food Security & Agriculture"},
				Admin1: []string{"Badakhshan", "AF17"}, Admin2: []string{"Fayzabad", "AF1701"}, Period: concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)}},
			b: OverlapSide{Kind: concord.SubjectActivity, ID: "y", Actors: []string{"nac"}, Labels: []string{"Operational Presence: Food Security & Agriculture"},
				Admin1: []string{"Badakhshan", "AF17"}, Admin2: []string{"Fayzabad", "AF1701", "Argo", "AF1702"}, Period: concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)}},
			want: "Both work on “Operational Presence: Food Security & Agriculture” in Fayzabad (Badakhshan) from 2024-01-01 to 2024-03-31; " +
				"different organisations: Food and Agriculture Organization on one side, Norwegian Afghanistan Committee on the other. " +
				"Score 1.00 = same work 1.00 × time 1.00 × place 1.00 × organisations 1.00.",
		},
		{
			name:    "a national side said, and the same organisation",
			country: "AFG",
			a: OverlapSide{Kind: concord.SubjectActivity, ID: "x", Actors: []string{"fao"}, Labels: []string{"Food"},
				Admin1: []string{"Badakhshan"}, Period: concord.Period{From: d(2024, 1, 1)}},
			b: OverlapSide{Kind: concord.SubjectActivity, ID: "y", Actors: []string{"fao", "unknown-id"}, Labels: []string{"food"},
				Period: concord.Period{From: d(2024, 1, 1)}},
			want: "Both work on “Food” in Afghanistan (y names no area within it) since 2024-01-01; " +
				"the same organisation on both sides: Food and Agriculture Organization. " +
				"Score 0.38 = same work 1.00 × time 1.00 × place 0.75 × organisations 0.50.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, ok := ScoreOverlap(tt.country, tt.a, tt.b, d(2025, 1, 1))
			if !ok {
				t.Fatal("no overlap")
			}
			if got := Explain(o, actor, country); got != tt.want {
				t.Fatalf("Explain =\n%s\nwant\n%s", got, tt.want)
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
				"XKX/m-justice/m-rol=0.25",
				"SRB/a-srb/m-srb=0.19",
				"XKX/a-police/m-justice=0.19",
				"XKX/a-police/m-rol=0.13",
			},
		},
		{
			// m-rol is coded RULE_OF_LAW only: it answers POLICE more broadly, so it is paired
			// only when broader matches are asked for.
			name: "police: a rule-of-law mission is not paired",
			q:    concord.EngagementQuery{Function: concord.Police},
			want: []string{"XKX/a-police/m-justice=0.19"},
		},
		{
			name: "police with broader matches pairs it through its parent",
			q:    concord.EngagementQuery{Function: concord.Police, Broader: true},
			want: []string{
				"XKX/m-justice/m-rol=0.25",
				"XKX/a-police/m-justice=0.19",
				"XKX/a-police/m-rol=0.13",
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
			want: []string{"XKX/m-justice/m-rol=0.25"},
		},
		{
			name: "rule of law includes its sub-functions",
			q:    concord.EngagementQuery{Function: concord.RuleOfLaw},
			want: []string{
				"XKX/m-justice/m-rol=0.25",
				"XKX/a-police/m-justice=0.19",
				"XKX/a-police/m-rol=0.13",
			},
		},
		{
			name: "security includes SSR",
			q:    concord.EngagementQuery{Function: concord.Security},
			want: []string{"SRB/a-srb/m-srb=0.19"},
		},
		{
			name: "a function no pair shares",
			q:    concord.EngagementQuery{Function: concord.HumanRights},
			want: nil,
		},
		{
			name: "at a day before m-rol began",
			q:    concord.EngagementQuery{At: d(2020, 3, 1)},
			want: []string{"SRB/a-srb/m-srb=0.19", "XKX/a-police/m-justice=0.19"},
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
				"XKX/m-justice/m-rol=0.25",
				"SRB/a-srb/m-srb=0.19",
				"XKX/a-police/m-justice=0.19",
				"XKX/a-police/m-rol=0.13",
			},
		},
		{
			name: "an implementer's pairs",
			q:    concord.EngagementQuery{Actor: "undp", Function: concord.Police, Broader: true},
			want: []string{"XKX/a-police/m-justice=0.19", "XKX/a-police/m-rol=0.13"},
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
				"XKX/m-justice/m-rol=0.25",
				"SRB/a-srb/m-srb=0.19",
				"XKX/a-police/m-justice=0.19",
				"XKX/a-police/m-rol=0.13",
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
	if got, want := o.CommonActors, []string{"eu"}; !slices.Equal(got, want) {
		t.Fatalf("CommonActors = %v, want %v", got, want)
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
