package analytics

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// GapKind says why a function in a country needs somebody.
type GapKind string

// Gaps.
const (
	// GapUncovered: the function is mandated (or lies under a mandated one) and no mission or
	// activity present that day declares it (Coverage.Gaps).
	GapUncovered GapKind = "UNCOVERED"
	// GapNoLead: actors work on the function there and no lead is in force (LeadProblems).
	GapNoLead GapKind = "NO_LEAD"
)

// Weights of the gap-filler score; docs/analytics.md argues them. A criterion nobody has
// (no mission of any model present in the country, say) is left out of both sums, as in
// ComparativeStrengths.
const (
	fillerStrength = 0.40 // the comparative strength in the function, anywhere
	fillerPresence = 0.30 // already in the country (1), in its region (½)
	fillerModel    = 0.15 // has worked in the models of mission deployed in the country
	fillerLoad     = 0.15 // fewer missions at once on the day: room to take more on
)

// DefaultGapFillers is how many candidates each gap lists unless asked otherwise.
const DefaultGapFillers = 5

// GapFillerQuery asks, for a country on a day, who could fill each gap; Function narrows the
// gaps to that function and its sub-functions.
type GapFillerQuery struct {
	Country  string
	At       concord.Date
	Function concord.FunctionCode
	Limit    int // candidates per gap; < 1 means DefaultGapFillers
}

// FillerEvidence is what a candidate's score rests on.
type FillerEvidence struct {
	Strength      float64 // ComparativeStrengths score in the function, 0 without record
	StrengthRank  int     // its rank there, 0 without record
	MissionsOnFn  int     // missions on the function it led or contributed to
	InCountry     bool    // works in the country that day (any function, any record)
	InRegion      string  // else, the most specific region it shares with the country through a mission that day
	Models        []concord.MissionModel
	MissionsAtDay int // missions it leads or contributes to that day, anywhere
}

// GapFiller is one ranked candidate for a gap.
type GapFiller struct {
	Actor    string
	Rank     int
	Score    float64 // in [0, 1], two decimals
	Evidence FillerEvidence
	Reasons  []string // the evidence in words, strongest first
}

// Gap is a function in the country that needs somebody, with its candidates.
type Gap struct {
	Country    string
	Function   concord.FunctionCode
	Kind       GapKind
	Candidates []GapFiller
}

// GapFillerInputs are what ComputeGapFillers reads: the country's presences on the day, its
// leads, and every mission (for strengths, regions, models and load).
type GapFillerInputs struct {
	Presences []concord.Presence
	Leads     []concord.Lead
	Missions  []concord.MissionPresence
	RegionsOf func(country string) []string // broadest first
}

// ComputeGapFillers lists the gaps of q.Country on q.At — mandated functions nobody covers
// (UNCOVERED), then functions worked on without a lead (NO_LEAD) — and for each ranks the
// actors by evidence (docs/analytics.md, "gapFillers"):
//
//   - candidates for UNCOVERED are the actors with a record on the function (led or
//     contributed to a mission coded with it, anywhere, ComparativeStrengths) and the actors
//     working in the country that day; for NO_LEAD, the actors working on the function there
//     (LeadProblems' candidates who lead, contribute or implement there): a lead comes from
//     among those doing the work;
//   - score = Σ wᵢ·xᵢ ÷ Σ wᵢ over strength (its ComparativeStrengths score, 0.40), presence
//     (1 in the country, ½ in a region shared through a mission that day, 0.30), model (1 when
//     it has worked in a model of mission deployed in the country that day, 0.15) and load
//     (1 − missions that day ÷ the most any candidate has, 0.15);
//   - ties go to strength, then actor id.
func ComputeGapFillers(in GapFillerInputs, q GapFillerQuery) []Gap {
	if q.Limit < 1 {
		q.Limit = DefaultGapFillers
	}
	var scope []concord.FunctionCode
	if q.Function != "" {
		scope = q.Function.WithDescendants()
	}
	inScope := func(f concord.FunctionCode) bool { return scope == nil || slices.Contains(scope, f) }

	var present []concord.Presence
	inCountry := map[string]bool{}
	for _, p := range in.Presences {
		if p.Country != q.Country || p.Period.Undated() || !p.Period.Contains(q.At) {
			continue
		}
		present = append(present, p)
		for _, a := range p.Actors {
			if working(a.Role) {
				inCountry[a.Actor] = true
			}
		}
	}

	var gaps []Gap
	cov := ComputeCoverage(present, in.Leads, concord.EngagementQuery{Country: q.Country, At: q.At}, 0)
	for _, f := range cov.Gaps {
		if inScope(f) {
			gaps = append(gaps, Gap{Country: q.Country, Function: f, Kind: GapUncovered})
		}
	}
	noLead := map[concord.FunctionCode][]string{}
	for _, lp := range LeadProblems(present, in.Leads, q.At) {
		if lp.Kind == LeadMissing && lp.Country == q.Country && inScope(lp.Function) {
			gaps = append(gaps, Gap{Country: q.Country, Function: lp.Function, Kind: GapNoLead})
			noLead[lp.Function] = lp.Actors
		}
	}

	// What the day's missions say of each actor: its load, its regions, and the models of the
	// missions deployed in the country.
	countryRegions := in.RegionsOf(q.Country)
	load := map[string]int{}
	sharedRegion := map[string]string{} // actor → most specific region shared that day
	var countryModels []concord.MissionModel
	for _, mp := range in.Missions {
		m := mp.Mission
		var here, regions []string
		for _, d := range m.Deployments {
			period, ok := m.Period.Intersect(d.Period)
			if !ok || period.Undated() || !period.Contains(q.At) {
				continue
			}
			if d.Country == q.Country {
				here = append(here, d.Country)
			}
			regions = append(regions, in.RegionsOf(d.Country)...)
		}
		if len(regions) == 0 && len(here) == 0 {
			continue
		}
		if len(here) > 0 && m.Model != "" && !slices.Contains(countryModels, m.Model) {
			countryModels = append(countryModels, m.Model)
		}
		for _, actor := range missionActors(mp) {
			load[actor]++
			for i := len(countryRegions) - 1; i >= 0; i-- { // most specific first
				r := countryRegions[i]
				if slices.Contains(regions, r) {
					if prev, ok := sharedRegion[actor]; !ok || slices.Index(countryRegions, prev) < i {
						sharedRegion[actor] = r
					}
					break
				}
			}
		}
	}

	for gi := range gaps {
		g := &gaps[gi]
		strengths := ComparativeStrengths(in.Missions, in.RegionsOf, StrengthQuery{Function: g.Function, AsOf: q.At})
		byActor := map[string]Strength{}
		for _, s := range strengths {
			byActor[s.Actor] = s
		}
		var candidates []string
		if g.Kind == GapNoLead {
			// Those doing the work there: a funder is not a candidate to lead it.
			for _, a := range noLead[g.Function] {
				if inCountry[a] {
					candidates = append(candidates, a)
				}
			}
		} else {
			for _, s := range strengths {
				candidates = append(candidates, s.Actor)
			}
			for a := range inCountry {
				candidates = append(candidates, a)
			}
		}
		slices.Sort(candidates)
		candidates = slices.Compact(candidates)

		maxLoad := 0
		for _, a := range candidates {
			maxLoad = max(maxLoad, load[a])
		}
		anyModel := false
		fillers := make([]GapFiller, 0, len(candidates))
		for _, a := range candidates {
			s := byActor[a]
			ev := FillerEvidence{
				Strength: s.Score, StrengthRank: s.Rank, MissionsOnFn: s.Evidence.Led + s.Evidence.Contributed,
				InCountry: inCountry[a], Models: s.Evidence.Models, MissionsAtDay: load[a],
			}
			if !ev.InCountry {
				ev.InRegion = sharedRegion[a]
			}
			anyModel = anyModel || slices.ContainsFunc(ev.Models, func(m concord.MissionModel) bool { return slices.Contains(countryModels, m) })
			fillers = append(fillers, GapFiller{Actor: a, Evidence: ev})
		}
		for i := range fillers {
			f := &fillers[i]
			ev := f.Evidence
			sum, weights := fillerStrength*ev.Strength, fillerStrength
			presence := 0.0
			switch {
			case ev.InCountry:
				presence = 1
			case ev.InRegion != "":
				presence = 0.5
			}
			sum, weights = sum+fillerPresence*presence, weights+fillerPresence
			if anyModel {
				fit := 0.0
				if slices.ContainsFunc(ev.Models, func(m concord.MissionModel) bool { return slices.Contains(countryModels, m) }) {
					fit = 1
				}
				sum, weights = sum+fillerModel*fit, weights+fillerModel
			}
			if maxLoad > 0 {
				sum, weights = sum+fillerLoad*(1-float64(ev.MissionsAtDay)/float64(maxLoad)), weights+fillerLoad
			}
			f.Score = math.Round(sum/weights*100) / 100
			f.Reasons = fillerReasons(ev, g.Function, countryModels, q.Country)
		}
		slices.SortFunc(fillers, func(x, y GapFiller) int {
			return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(y.Evidence.Strength, x.Evidence.Strength), strings.Compare(x.Actor, y.Actor))
		})
		if len(fillers) > q.Limit {
			fillers = fillers[:q.Limit]
		}
		for i := range fillers {
			fillers[i].Rank = i + 1
		}
		g.Candidates = fillers
	}
	return gaps
}

// fillerReasons says the evidence in words.
func fillerReasons(ev FillerEvidence, f concord.FunctionCode, countryModels []concord.MissionModel, country string) []string {
	var out []string
	fn := string(f)
	if def, ok := concord.LookupFunction(f); ok {
		fn = strings.ToLower(def.Name)
	}
	if ev.StrengthRank > 0 {
		out = append(out, fmt.Sprintf("comparative strength %.2f in %s (rank %d; %s on it)", ev.Strength, fn, ev.StrengthRank, plural(ev.MissionsOnFn, "mission")))
	} else {
		out = append(out, fmt.Sprintf("no mission record in %s", fn))
	}
	switch {
	case ev.InCountry:
		out = append(out, "already works in "+country+" that day")
	case ev.InRegion != "":
		out = append(out, "deployed in the same region ("+ev.InRegion+") that day")
	default:
		out = append(out, "not present in "+country+" or its region that day")
	}
	var fits []string
	for _, m := range ev.Models {
		if slices.Contains(countryModels, m) {
			fits = append(fits, strings.ReplaceAll(strings.ToLower(string(m)), "_", " "))
		}
	}
	if len(fits) > 0 {
		out = append(out, "has worked in "+strings.Join(fits, ", ")+" missions, as deployed here")
	}
	out = append(out, plural(ev.MissionsAtDay, "mission")+" at once that day")
	return out
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// GapFillers answers gapFillers: in one snapshot, the country's presences on the day, its
// leads, and every mission.
func (s *Service) GapFillers(ctx context.Context, q GapFillerQuery) ([]Gap, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	q.Country = strings.ToUpper(q.Country)
	if q.Country == "" {
		return nil, concord.Errorf(concord.EINVALID, "country", "the country is required")
	}
	if err := s.knownCountry(q.Country); err != nil {
		return nil, err
	}
	if q.At.IsZero() {
		return nil, concord.Errorf(concord.EINVALID, "at", "the day is required")
	}
	if q.Function != "" && !q.Function.Valid() {
		return nil, concord.Errorf(concord.EINVALID, "function", "unknown function %q", q.Function)
	}
	in := GapFillerInputs{RegionsOf: s.regionsOf}
	err := s.store.ReadSnapshot(ctx, func(r concord.AnalyticsReader) error {
		var err error
		if in.Presences, err = r.Presences(ctx, concord.PresenceFilter{Country: q.Country, Window: concord.Period{From: q.At, To: q.At}}); err != nil {
			return err
		}
		if in.Leads, err = r.Leads(ctx, q.Country); err != nil {
			return err
		}
		in.Missions, err = r.AllMissions(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("gap fillers in %s on %s: %w", q.Country, q.At, err)
	}
	return ComputeGapFillers(in, q), nil
}
