package resolvers

import (
	"context"
	"maps"
	"slices"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/analytics"
	"github.com/concord-peace/concord/graph/model"
)

// maxGapFillers bounds the candidates gapFillers lists per gap: a shortlist, not a directory.
const maxGapFillers = 20

func functionOf(code concord.FunctionCode) *concord.Function {
	f, ok := concord.LookupFunction(code)
	if !ok {
		return nil
	}
	return &f
}

// actorRef loads an optional actor reference.
func (r *Resolver) actorRef(ctx context.Context, id string) (*concord.Actor, error) {
	if id == "" {
		return nil, nil
	}
	return loaders(ctx).actor.Load(ctx, id)
}

func leadOf(in model.LeadInput) concord.Lead {
	return concord.Lead{Actor: in.Actor, Country: in.Country, Function: in.Function,
		Period: concord.Period{From: deref(in.From), To: deref(in.To)}, Note: deref(in.Note)}
}

func attributes(m map[string]string) []model.Attribute {
	out := []model.Attribute{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, model.Attribute{Key: k, Value: m[k]})
	}
	return out
}

// undated counts the records without dates that q leaves out, when the connection being
// resolved selects undated: otherwise the count is a round trip nobody reads.
func (r *Resolver) undated(ctx context.Context, q concord.EngagementQuery) (int, error) {
	if !selects(ctx, "undated") {
		return 0, nil
	}
	return r.Analytics.Undated(ctx, q)
}

// explainOverlap says an overlap in words, with the names of its organisations (loaded with
// the page's sides) and of its country.
func (r *Resolver) explainOverlap(ctx context.Context, obj *analytics.Overlap) (string, error) {
	ids := append(slices.Clone(obj.A.Actors), obj.B.Actors...)
	ptrs, err := loaders(ctx).actor.LoadAll(ctx, ids)
	if err != nil {
		return "", err
	}
	byID := map[string]string{}
	for i, a := range ptrs {
		if a != nil {
			byID[ids[i]] = a.Name
		}
	}
	actorName := func(id string) string {
		if n, ok := byID[id]; ok {
			return n
		}
		return "an organisation you may not see" // never the id of a record the reader may not read
	}
	countryName := func(code string) string {
		if c, ok := r.Atlas.Country(code); ok {
			return c.Name
		}
		return code
	}
	return analytics.Explain(*obj, actorName, countryName), nil
}
