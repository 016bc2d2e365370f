package analytics

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// StrengthQuery asks which actors have the strongest record on a function, optionally in a
// region and with a mission model.
type StrengthQuery struct {
	Function concord.FunctionCode // "" for every function
	Broader  bool                 // with Function, missions coded only with a parent of it too
	Region   string               // an M49 region code at any level, "" for everywhere
	Model    concord.MissionModel // "" for every model
	AsOf     concord.Date         // required: missions are measured up to this day (ongoing ones, and planned ends after it)
}

// StrengthEvidence is the record behind an actor's rank.
type StrengthEvidence struct {
	Missions     []string // the missions counted, led or contributed to, sorted
	Led          int
	Contributed  int
	MissionYears float64 // summed lengths of those missions, in years of 365.25 days, one decimal
	Personnel    int     // known personnel: a led mission's total, a contribution's own; 0 unknown
	Countries    []string
	Regions      []string // the most specific region of each country deployed to
	Models       []concord.MissionModel
}

// Strength is an actor's place in a ComparativeStrengths ranking.
type Strength struct {
	Actor       string
	Rank        int     // 1 is strongest; ties broken as ComparativeStrengths says
	Score       float64 // in [0, 1], two decimals
	Evidence    StrengthEvidence
	Explanation string
}

// Weights of the strength score; docs/analytics.md explains them.
const (
	strengthRecord       = 0.40 // missions: 2 a lead, 1 a contribution
	strengthMissionYears = 0.30
	strengthPersonnel    = 0.10
	strengthRegions      = 0.10
	strengthModels       = 0.10
)

// ComparativeStrengths ranks the actors that lead or contribute to the missions matching q.
//
// A mission matches when it answers q.Function (coded with it or a sub-function; only with a
// parent when q.Broader: the Engagements rule), has q.Model, and has a deployment in a country whose regions
// (regionsOf, broadest first, e.g. Africa, Sub-Saharan Africa, Western Africa) include
// q.Region. For each actor the evidence counts the matching missions it leads and those it
// contributes to (a lead that is also listed as contributor counts once, as lead), their
// mission-years (each mission's own period up to q.AsOf; unknown starts and missions that start
// after q.AsOf count 0), its known personnel, and the countries, regions and models it covers.
// Deployments are clipped to the mission's dates, as everywhere in the analytics.
//
// The score is Σ wᵢ·xᵢ/maxᵢ ÷ Σ wᵢ over five criteria: the record, 2·led + contributed (0.40);
// mission-years (0.30); known personnel (0.10); regions (0.10) and models (0.10) covered.
// maxᵢ is the best value among the ranked actors; a criterion whose best value is 0
// (personnel, where no figure is known) is left out of both sums. Ties are broken by led,
// mission-years, contributed (each descending) and actor id.
func ComparativeStrengths(missions []concord.MissionPresence, regionsOf func(country string) []string, q StrengthQuery) []Strength {
	type record struct {
		missions, countries, regions []string
		models                       []concord.MissionModel
		led, contributed, personnel  int
		days                         float64
	}
	records := map[string]*record{}
	get := func(actor string) *record {
		r := records[actor]
		if r == nil {
			r = &record{}
			records[actor] = r
		}
		return r
	}
	seen := map[string]bool{}
	for _, x := range missions {
		m := x.Mission
		if seen[m.ID] || !q.Function.Answers(m.Functions, q.Broader) || (q.Model != "" && m.Model != q.Model) {
			continue
		}
		var countries, regions []string
		inRegion := q.Region == ""
		for _, d := range deployments(x, "") {
			countries = append(countries, d.Country)
			var rs []string
			if regionsOf != nil {
				rs = regionsOf(d.Country)
			}
			if len(rs) > 0 {
				regions = append(regions, rs[len(rs)-1])
			}
			inRegion = inRegion || slices.Contains(rs, q.Region)
		}
		if !inRegion {
			continue
		}
		seen[m.ID] = true
		measured := m.Period
		if !q.AsOf.IsZero() && (measured.To.IsZero() || measured.To.After(q.AsOf)) {
			measured.To = q.AsOf // ongoing, or planned beyond q.AsOf: count what has happened
		}
		days := float64(measured.Days(q.AsOf))
		count := func(r *record, personnel int) {
			r.missions = append(r.missions, m.ID)
			r.countries = append(r.countries, countries...)
			r.regions = append(r.regions, regions...)
			r.models = append(r.models, m.Model)
			r.days += days
			r.personnel += max(personnel, 0)
		}
		if m.LeadActor != "" {
			r := get(m.LeadActor)
			r.led++
			count(r, x.KnownPersonnel())
		}
		contributed := map[string]int{}
		var order []string
		for _, c := range m.Contributors {
			if c.Actor == "" || c.Actor == m.LeadActor {
				continue
			}
			if _, ok := contributed[c.Actor]; !ok {
				order = append(order, c.Actor)
			}
			contributed[c.Actor] += max(c.Personnel, 0)
		}
		for _, a := range order {
			r := get(a)
			r.contributed++
			count(r, contributed[a])
		}
	}

	var out []Strength
	for actor, r := range records {
		models := slices.Clone(r.models)
		slices.Sort(models)
		out = append(out, Strength{Actor: actor, Evidence: StrengthEvidence{
			Missions:     sortedSet(r.missions),
			Led:          r.led,
			Contributed:  r.contributed,
			MissionYears: math.Round(r.days/365.25*10) / 10,
			Personnel:    r.personnel,
			Countries:    sortedSet(r.countries),
			Regions:      sortedSet(r.regions),
			Models:       slices.Compact(models),
		}})
	}

	// The criteria, each with its weight and how to read it off the evidence.
	type criterion struct {
		name   string
		weight float64
		value  func(StrengthEvidence) float64
	}
	criteria := []criterion{
		{"record", strengthRecord, func(e StrengthEvidence) float64 { return float64(2*e.Led + e.Contributed) }},
		{"mission-years", strengthMissionYears, func(e StrengthEvidence) float64 { return e.MissionYears }},
		{"personnel", strengthPersonnel, func(e StrengthEvidence) float64 { return float64(e.Personnel) }},
		{"regions", strengthRegions, func(e StrengthEvidence) float64 { return float64(len(e.Regions)) }},
		{"models", strengthModels, func(e StrengthEvidence) float64 { return float64(len(e.Models)) }},
	}
	best := make([]float64, len(criteria))
	for _, s := range out {
		for i, c := range criteria {
			best[i] = math.Max(best[i], c.value(s.Evidence))
		}
	}
	raw := map[string]float64{}
	for k := range out {
		e := out[k].Evidence
		var sum, weights float64
		var parts []string
		unknown := false
		for i, c := range criteria {
			if best[i] == 0 {
				if c.name == "personnel" {
					unknown = true
				}
				continue
			}
			v := c.value(e)
			sum += c.weight * v / best[i]
			weights += c.weight
			parts = append(parts, fmt.Sprintf("%s %s of %s", c.name, trimFloat(v), trimFloat(best[i])))
		}
		if weights > 0 {
			raw[out[k].Actor] = sum / weights
		}
		out[k].Score = math.Round(raw[out[k].Actor]*100) / 100
		out[k].Explanation = strings.Join(parts, ", ")
		if unknown {
			out[k].Explanation += "; personnel unknown"
		}
	}
	slices.SortFunc(out, func(a, b Strength) int {
		switch {
		case raw[a.Actor] != raw[b.Actor]:
			return cmpDesc(raw[a.Actor], raw[b.Actor])
		case a.Evidence.Led != b.Evidence.Led:
			return b.Evidence.Led - a.Evidence.Led
		case a.Evidence.MissionYears != b.Evidence.MissionYears:
			return cmpDesc(a.Evidence.MissionYears, b.Evidence.MissionYears)
		case a.Evidence.Contributed != b.Evidence.Contributed:
			return b.Evidence.Contributed - a.Evidence.Contributed
		}
		return strings.Compare(a.Actor, b.Actor)
	})
	for i := range out {
		out[i].Rank = i + 1
	}
	return out
}

func cmpDesc(a, b float64) int {
	if a > b {
		return -1
	}
	return 1
}

// trimFloat formats a count without decimals and a fraction with one.
func trimFloat(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}
