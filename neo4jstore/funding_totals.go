package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// fundingRows selects the funder's fundings the filter keeps, one row per FUNDS relationship:
// the activity's id, countries and functions, and the funding's year, currency and amount. The
// amount and currency are null where none is recorded (an amount of 0, as the Funding type's
// amount field reads it) or the caller may not read it (Principal.MayReadFunding: administrators
// and officers read all, donors those of activities their organisation funds).
// It starts from the funder, so its cost follows the funder's activities, not the graph.
const fundingRows = `MATCH (:Actor {id: $funder})-[r:FUNDS]->(n:Activity)
%s
WITH n, r, coalesce(r.amount, 0) <> 0 AND ($mayReadAll OR EXISTS { (:Actor {id: $donorOrg})-[:FUNDS]->(n) }) AS shown
WITH collect({id: n.id, year: r.year,
  currency: CASE WHEN shown THEN coalesce(r.currency, '') END,
  amount: CASE WHEN shown THEN r.amount END,
  countries: [(n)-[:IN]->(c:Country) | c.code],
  functions: [(n)-[:ADDRESSES]->(f:Function) | f.code]}) AS rows
`

// fundingBucket groups the rows on a key (an expression of x, a row, that may UNWIND it into
// several keys first) into {key, activities, amounts: [{currency, amount}]}: one collection a
// bucket kind, all in the one statement. The currency is null where no amount is read.
func fundingBucket(unwind, key string) string {
	return `COLLECT { UNWIND rows AS x ` + unwind + `
  WITH ` + key + ` AS key, x
  WITH key, count(DISTINCT x.id) AS activities, collect(x) AS xs
  UNWIND xs AS y
  WITH key, activities, y.currency AS currency, sum(y.amount) AS amount
  WITH key, activities, collect(CASE WHEN currency IS NOT NULL THEN {currency: currency, amount: amount} END) AS amounts
  RETURN {key: key, activities: activities, amounts: amounts} }`
}

// A list of keys, or one null key for a row that has none, so that it is still counted.
const orNone = "CASE WHEN size(%[1]s) = 0 THEN [null] ELSE %[1]s END"

var fundingTotalsReturn = `RETURN size(COLLECT { UNWIND rows AS x RETURN DISTINCT x.id }) AS activities,
  size(rows) AS fundings,
  size([x IN rows WHERE x.amount IS NULL]) AS unknown,
  ` + fundingBucket("", "0") + ` AS total,
  ` + fundingBucket("", "x.year") + ` AS byYear,
  ` + fundingBucket("UNWIND "+fmt.Sprintf(orNone, "x.countries")+" AS k", "k") + ` AS byCountry,
  ` + fundingBucket("UNWIND "+fmt.Sprintf(orNone, "x.functions")+" AS k", "k") + ` AS byFunction,
  ` + fundingBucket("UNWIND x.countries AS c UNWIND x.functions AS f", "[c, f]") + ` AS byCountryFunction`

// FundingTotals adds up the funder's funding by year, currency, country and function in one
// statement, so that a funder of 100,000 activities sends back a few hundred numbers.
func (s *Store) FundingTotals(ctx context.Context, f concord.FundingTotalsFilter) (concord.FundingTotals, error) {
	p := concord.PrincipalFrom(ctx)
	params := map[string]any{"funder": f.Funder, "mayReadAll": p.Admin() || p.Has(concord.AccountOfficer), "donorOrg": nil}
	if p.Has(concord.AccountDonor) && p.Org != "" {
		params["donorOrg"] = p.Org
	}
	conds := []string{visibleN}
	if f.Country != "" {
		conds = append(conds, "EXISTS { (n)-[:IN]->(:Country {code: $country}) }")
		params["country"] = f.Country
	}
	if f.Function != "" {
		conds = append(conds, "EXISTS { (n)-[:ADDRESSES]->(fn:Function) WHERE fn.code IN $functions }")
		params["functions"] = codes(f.Function.WithDescendants())
	}
	if f.Year != 0 {
		// The year's fundings, and undated ones on an activity that ran in the year.
		conds = append(conds, `(r.year = $year OR r.year IS NULL
    AND (n.start IS NULL OR n.start <= date($yearEnd)) AND (n.end IS NULL OR n.end >= date($yearStart)))`)
		params["year"] = f.Year
		params["yearStart"] = fmt.Sprintf("%04d-01-01", f.Year)
		params["yearEnd"] = fmt.Sprintf("%04d-12-31", f.Year)
	}
	recs, err := s.read(ctx, fmt.Sprintf(fundingRows, where(conds...))+fundingTotalsReturn, params)
	if err != nil {
		return concord.FundingTotals{}, fmt.Errorf("add up the funding of %s: %w", f.Funder, err)
	}
	r := asProps(recs[0].AsMap())
	out := concord.FundingTotals{Activities: r.integer("activities"), Fundings: r.integer("fundings"), UnknownAmounts: r.integer("unknown")}
	for _, b := range decodeBuckets(r, "total") {
		out.Total = b.Amounts
	}
	out.ByYear = decodeBuckets(r, "byYear")
	out.ByCountry = decodeBuckets(r, "byCountry")
	out.ByFunction = decodeBuckets(r, "byFunction")
	out.ByCountryFunction = decodeBuckets(r, "byCountryFunction")
	return out, nil
}

// decodeBuckets reads one bucket kind, its key into the field it names: newest year first,
// then countries and functions by code, "none recorded" last.
func decodeBuckets(r props, kind string) []concord.FundingBucket {
	var out []concord.FundingBucket
	for _, m := range r.maps(kind) {
		b := concord.FundingBucket{Activities: m.integer("activities")}
		switch key := m["key"].(type) {
		case int64:
			if kind == "byYear" {
				b.Year = int(key)
			}
		case string:
			if kind == "byFunction" {
				b.Function = concord.FunctionCode(key)
			} else {
				b.Country = key
			}
		case []any:
			b.Country, b.Function = key[0].(string), concord.FunctionCode(key[1].(string))
		}
		for _, a := range m.maps("amounts") {
			b.Amounts = append(b.Amounts, concord.Money{Currency: a.str("currency"), Amount: a.float("amount")})
		}
		slices.SortFunc(b.Amounts, func(x, y concord.Money) int { return strings.Compare(x.Currency, y.Currency) })
		out = append(out, b)
	}
	slices.SortFunc(out, func(x, y concord.FundingBucket) int {
		if x.Year != y.Year {
			if c := boolInt(x.Year == 0) - boolInt(y.Year == 0); c != 0 {
				return c
			}
			return y.Year - x.Year
		}
		if c := compareNoneLast(x.Country, y.Country); c != 0 {
			return c
		}
		return compareNoneLast(string(x.Function), string(y.Function))
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// compareNoneLast orders codes, the empty one (none recorded) after the others.
func compareNoneLast(x, y string) int {
	if (x == "") != (y == "") {
		return boolInt(x == "") - boolInt(y == "")
	}
	return strings.Compare(x, y)
}
