package resolvers

import (
	"context"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph/model"
)

// fundingTotals checks the question, asks the store and turns its codes into countries and
// functions.
func (r *Resolver) fundingTotals(ctx context.Context, f concord.FundingTotalsFilter) (*model.FundingTotals, error) {
	if f.Funder == "" {
		return nil, concord.Errorf(concord.EINVALID, "funder", "name the funder")
	}
	if f.Country != "" {
		if _, err := r.country(f.Country); err != nil {
			return nil, concord.Errorf(concord.EINVALID, "country", "no country %q", f.Country)
		}
	}
	if f.Function != "" && functionOf(f.Function) == nil {
		return nil, concord.Errorf(concord.EINVALID, "function", "no function %q", f.Function)
	}
	t, err := r.Store.FundingTotals(ctx, f)
	if err != nil {
		return nil, err
	}
	out := &model.FundingTotals{Activities: t.Activities, Fundings: t.Fundings, UnknownAmounts: t.UnknownAmounts,
		Total: moneys(t.Total), ByYear: r.buckets(t.ByYear), ByCountry: r.buckets(t.ByCountry),
		ByFunction: r.buckets(t.ByFunction), ByCountryFunction: r.buckets(t.ByCountryFunction)}
	return out, nil
}

func (r *Resolver) buckets(in []concord.FundingBucket) []model.FundingBucket {
	out := make([]model.FundingBucket, len(in))
	for i, b := range in {
		out[i] = model.FundingBucket{Activities: b.Activities, Amounts: moneys(b.Amounts)}
		if b.Year != 0 {
			out[i].Year = &b.Year
		}
		if c, ok := r.Atlas.Country(b.Country); ok {
			out[i].Country = &c
		}
		if b.Function != "" {
			out[i].Function = functionOf(b.Function)
		}
	}
	return out
}

func moneys(in []concord.Money) []model.Money {
	out := make([]model.Money, len(in))
	for i, m := range in {
		out[i] = model.Money{Currency: optional(m.Currency), Amount: m.Amount}
	}
	return out
}
