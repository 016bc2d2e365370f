package neo4jstore

import "github.com/concord-peace/concord"

// A mandate's authorised strengths and a mission's deployed headcounts are kept as parallel
// lists on their node (Neo4j properties hold no maps): few, always read with the record, and
// never searched by.

func strengthComponents(ss []concord.Strength) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s.Component)
	}
	return out
}

func strengthNumbers(ss []concord.Strength) []int64 {
	out := make([]int64, len(ss))
	for i, s := range ss {
		out[i] = int64(s.Number)
	}
	return out
}

func decodeStrengths(p props) []concord.Strength {
	components, numbers := p.rawStrings("authorisedComponents"), p.ints("authorisedNumbers")
	var out []concord.Strength
	for i := range min(len(components), len(numbers)) {
		out = append(out, concord.Strength{Component: concord.Component(components[i]), Number: numbers[i]})
	}
	return out
}

// headcountKeys are the projection keys of a mission's deployed headcounts.
const headcountKeys = ".deployedDates, .deployedComponents, .deployedNumbers, .deployedBy, .deployedSources"

func headcountProps(hs []concord.Headcount) map[string]any {
	dates := make([]any, len(hs))
	components, by, sources := make([]string, len(hs)), make([]string, len(hs)), make([]string, len(hs))
	numbers := make([]int64, len(hs))
	for i, h := range hs {
		dates[i], components[i], numbers[i], by[i], sources[i] = dateParam(h.Date), string(h.Component), int64(h.Number), h.Contributor, h.Source
	}
	return map[string]any{"deployedDates": dates, "deployedComponents": components, "deployedNumbers": numbers,
		"deployedBy": by, "deployedSources": sources}
}

func decodeHeadcounts(p props) []concord.Headcount {
	dates, components, numbers := p.dates("deployedDates"), p.rawStrings("deployedComponents"), p.ints("deployedNumbers")
	by, sources := p.rawStrings("deployedBy"), p.rawStrings("deployedSources")
	n := min(len(dates), len(components), len(numbers))
	var out []concord.Headcount
	for i := range n {
		h := concord.Headcount{Date: dates[i], Component: concord.Component(components[i]), Number: numbers[i]}
		if i < len(by) {
			h.Contributor = by[i]
		}
		if i < len(sources) {
			h.Source = sources[i]
		}
		out = append(out, h)
	}
	return out
}
