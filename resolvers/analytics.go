package resolvers

import (
	"context"
	"maps"
	"slices"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph/model"
)

// subgraphPaths bounds the paths one network query loads around its focus; BuildNetwork then
// keeps the nearest nodes and reports what it left out.
const subgraphPaths = 20000

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

// window is the period an analytics query asks about: the day at, or from–to, or all time.
func (r *Resolver) window(at, from, to *concord.Date) (concord.Period, error) {
	q := concord.EngagementQuery{At: deref(at), From: deref(from), To: deref(to)}
	if err := q.Validate(false); err != nil {
		return concord.Period{}, err
	}
	return q.Window(), nil
}

// borders reports whether two countries share a land border (either direction).
func (r *Resolver) borders(a, b string) bool {
	ca, ok := r.Atlas.Country(a)
	return ok && slices.Contains(ca.Borders, b)
}

// regionsOf returns a country's M49 regions, most general first.
func (r *Resolver) regionsOf(country string) []string {
	c, ok := r.Atlas.Country(country)
	if !ok {
		return nil
	}
	var out []string
	for _, code := range []string{c.Region, c.SubRegion, c.IntermediateRegion} {
		if code != "" {
			out = append(out, code)
		}
	}
	return out
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
