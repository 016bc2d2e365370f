package concord

import "context"

// FundingTotalsFilter selects the fundings of one funder that a FundingTotals answer adds up.
type FundingTotalsFilter struct {
	Funder   string
	Country  string       // "": every country, and activities that name none
	Function FunctionCode // its sub-functions included; "": every function
	// Year keeps the fundings of that year, and those without a year on an activity that ran in
	// it (the rule of the fragmentation query); 0: every year.
	Year int
}

// Money is an amount in one currency. Currency "" is an amount recorded without one.
type Money struct {
	Currency string
	Amount   float64
}

// FundingBucket is the funding of one year, country, function or country × function: the
// activities with a funding in it and the amounts per currency (never added across currencies).
// The key not grouped on is zero; a zero key grouped on means "none recorded" (a funding
// without a year, an activity naming no country, such as a regional one, or no function).
type FundingBucket struct {
	Year       int
	Country    string
	Function   FunctionCode
	Activities int
	Amounts    []Money
}

// FundingTotals is what a funder funds, added up in the graph. An activity in several
// countries (or functions) counts its whole funding in each, as the data gives no split.
type FundingTotals struct {
	Activities int
	Fundings   int
	// UnknownAmounts counts the fundings without an amount, or whose amount the caller may not
	// see (Principal.MayReadFunding).
	UnknownAmounts    int
	Total             []Money
	ByYear            []FundingBucket
	ByCountry         []FundingBucket
	ByFunction        []FundingBucket
	ByCountryFunction []FundingBucket
}

// FundingTotalsReader adds up a funder's funding by year, currency, country and function.
type FundingTotalsReader interface {
	FundingTotals(ctx context.Context, f FundingTotalsFilter) (FundingTotals, error)
}
