package analytics

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// Share is a funder's part of the money in a Fragmentation.
type Share struct {
	Actor  string
	Amount float64
	Share  float64 // in [0, 1]
}

// PassedFunding is a funding left out because the money came from another activity of the
// set, where it is already counted.
type PassedFunding struct {
	Funder   string
	From     string // the activity the money came from
	To       string // the activity whose funding record was left out
	Amount   float64
	Currency string
}

// Fragmentation measures how many organisations fund and implement one function in one country
// in one year, and how concentrated the money is.
type Fragmentation struct {
	Country      string
	Function     concord.FunctionCode
	Year         int
	Activities   []string // the activities in the set, sorted
	Funders      int      // distinct funders of the money counted, in any currency
	Implementers int      // distinct implementers of the activities in the set
	Currency     string   // the currency of Total, Shares and HHI
	Total        float64
	// HHI is the Herfindahl-Hirschman index of the funders' shares, Σ shareᵢ², in [0, 1]
	// (multiply by 10,000 for the antitrust scale): 1/n for n equal funders, 1 for a single one.
	HHI      float64
	Shares   []Share // largest first, then by actor
	PassedOn []PassedFunding
	Notes    []string
}

// ComputeFragmentation computes the fragmentation of function (the activities coded with it or
// a sub-function, and those coded only with a parent when broader: FunctionCode.Answers; ""
// for all) in country ("" for all) in year (0 for all years):
//
//   - the set is the activities in the country that work on the function and, in that year,
//     are active (their period meets it) or receive money (a funding of that year);
//   - a funding counts when its year is the year asked, or it has no year and the activity is
//     active in that year;
//   - money passed along a chain is counted once, where it enters the set: for each link
//     A → B between activities of the set (from links and from B.FundedBy), a funding of B
//     whose funder implements or funds A is left out (listed in PassedOn) when A itself has a
//     counted funding; links that would close a cycle are ignored (taken in id order) and noted;
//   - shares are computed in one currency, the one most counted fundings with an amount use
//     (ties: by code); fundings in other currencies, and funders whose amount is unknown, are
//     counted as funders but left out of the shares, and noted;
//   - HHI = Σ (amountᵢ / total)² over the funders with a share; 0 when no amount is known.
func ComputeFragmentation(activities []concord.Activity, links []concord.ActivityLink, country string, function concord.FunctionCode, broader bool, year int) Fragmentation {
	fr := Fragmentation{Country: country, Function: function, Year: year}
	yearly := YearPeriod(year)
	counts := func(a concord.Activity, f concord.Funding) bool {
		return f.Funder != "" && (year == 0 || f.Year == year || (f.Year == 0 && meets(a.Period, yearly)))
	}

	byID := map[string]concord.Activity{}
	var ids []string
	for _, a := range activities {
		if _, dup := byID[a.ID]; dup {
			continue
		}
		if country != "" && !slices.Contains(a.Countries, country) {
			continue
		}
		if !function.Answers(a.Functions, broader) {
			continue
		}
		if year != 0 && !meets(a.Period, yearly) && !slices.ContainsFunc(a.Funders, func(f concord.Funding) bool { return f.Year == year }) {
			continue
		}
		byID[a.ID] = a
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	fr.Activities = ids

	// The links within the set, without duplicates, in id order.
	all := slices.Clone(links)
	for _, id := range ids {
		for _, from := range byID[id].FundedBy {
			all = append(all, concord.ActivityLink{From: from, To: id})
		}
	}
	next := map[string][]string{}
	for _, l := range all {
		_, okFrom := byID[l.From]
		_, okTo := byID[l.To]
		if okFrom && okTo && l.From != l.To && !slices.Contains(next[l.From], l.To) {
			next[l.From] = append(next[l.From], l.To)
		}
	}
	for _, n := range next {
		slices.Sort(n)
	}
	kept := acyclicLinks(ids, next, &fr.Notes)

	// Fundings counted in the year, before and after leaving out what was passed on.
	counted := map[string][]concord.Funding{}
	for _, id := range ids {
		for _, f := range byID[id].Funders {
			if counts(byID[id], f) {
				counted[id] = append(counted[id], f)
			}
		}
	}
	passed := map[string][]bool{} // activity id → per counted funding, left out
	for _, l := range kept {
		if len(counted[l.From]) == 0 {
			continue // no money enters the set at l.From: l.To's funding is where it does
		}
		src := byID[l.From]
		upstream := slices.Clone(src.Implementers)
		for _, f := range src.Funders {
			upstream = append(upstream, f.Funder)
		}
		if passed[l.To] == nil {
			passed[l.To] = make([]bool, len(counted[l.To]))
		}
		for i, f := range counted[l.To] {
			if !passed[l.To][i] && slices.Contains(upstream, f.Funder) {
				passed[l.To][i] = true
				fr.PassedOn = append(fr.PassedOn, PassedFunding{Funder: f.Funder, From: l.From, To: l.To, Amount: f.Amount, Currency: f.Currency})
			}
		}
	}

	var money []concord.Funding
	var implementers, funders []string
	for _, id := range ids {
		implementers = append(implementers, byID[id].Implementers...)
		for i, f := range counted[id] {
			if passed[id] == nil || !passed[id][i] {
				money = append(money, f)
				funders = append(funders, f.Funder)
			}
		}
	}
	fr.Implementers = len(sortedSet(implementers))
	fr.Funders = len(sortedSet(funders))
	if len(money) == 0 {
		fr.Notes = append(fr.Notes, "no funding counted")
		return fr
	}

	// The dominant currency, among the fundings with an amount.
	byCurrency := map[string]int{}
	for _, f := range money {
		if f.Amount > 0 {
			byCurrency[f.Currency]++
		}
	}
	if len(byCurrency) == 0 {
		fr.Notes = append(fr.Notes, "no amount known: HHI not computed")
		return fr
	}
	currencies := slices.Collect(maps.Keys(byCurrency))
	slices.SortFunc(currencies, func(a, b string) int {
		if byCurrency[a] != byCurrency[b] {
			return byCurrency[b] - byCurrency[a]
		}
		return strings.Compare(a, b)
	})
	fr.Currency = currencies[0]

	amounts := map[string]float64{}
	for _, f := range money {
		if f.Amount > 0 && f.Currency == fr.Currency {
			amounts[f.Funder] += f.Amount
			fr.Total += f.Amount
		}
	}
	for _, c := range currencies[1:] {
		var who []string
		total := 0.0
		for _, f := range money {
			if f.Amount > 0 && f.Currency == c {
				who = append(who, f.Funder)
				total += f.Amount
			}
		}
		fr.Notes = append(fr.Notes, fmt.Sprintf("left out of the shares: %d funding(s) in %s totalling %.2f, from %s",
			byCurrency[c], currencyName(c), total, strings.Join(sortedSet(who), ", ")))
	}
	var unknown []string
	for _, f := range money {
		if f.Amount <= 0 && !slices.ContainsFunc(money, func(g concord.Funding) bool { return g.Funder == f.Funder && g.Amount > 0 }) {
			unknown = append(unknown, f.Funder)
		}
	}
	if len(unknown) > 0 {
		fr.Notes = append(fr.Notes, "no amount known for "+strings.Join(sortedSet(unknown), ", ")+": left out of the shares")
	}
	for actor, amount := range amounts {
		s := Share{Actor: actor, Amount: amount, Share: amount / fr.Total}
		fr.HHI += s.Share * s.Share
		fr.Shares = append(fr.Shares, s)
	}
	fr.HHI = math.Round(fr.HHI*10000) / 10000
	slices.SortFunc(fr.Shares, func(a, b Share) int {
		if a.Amount != b.Amount {
			return cmpDesc(a.Amount, b.Amount)
		}
		return strings.Compare(a.Actor, b.Actor)
	})
	return fr
}

func currencyName(c string) string {
	if c == "" {
		return "no stated currency"
	}
	return c
}

// acyclicLinks walks the links depth-first from each activity in id order and returns those
// that do not close a cycle, noting the ones that do.
func acyclicLinks(ids []string, next map[string][]string, notes *[]string) []concord.ActivityLink {
	const (
		white = iota
		grey
		black
	)
	colour := map[string]int{}
	var kept []concord.ActivityLink
	var visit func(string)
	visit = func(n string) {
		colour[n] = grey
		for _, m := range next[n] {
			switch colour[m] {
			case grey:
				*notes = append(*notes, fmt.Sprintf("ignored the link %s → %s: it closes a cycle", n, m))
				continue
			case white:
				kept = append(kept, concord.ActivityLink{From: n, To: m})
				visit(m)
			default:
				kept = append(kept, concord.ActivityLink{From: n, To: m})
			}
		}
		colour[n] = black
	}
	for _, id := range ids {
		if colour[id] == white {
			visit(id)
		}
	}
	slices.SortFunc(kept, func(a, b concord.ActivityLink) int { return strings.Compare(a.From+"\x00"+a.To, b.From+"\x00"+b.To) })
	return kept
}
