package resolvers

import (
	"context"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph/model"
)

// pageArgs turns Relay arguments into the domain's.
func pageArgs(first *int, after *string) concord.PageArgs {
	p := concord.PageArgs{First: first}
	if after != nil {
		p.After = *after
	}
	return p
}

// connection turns a page into a Relay connection's parts.
func connection[T, E any](p concord.Page[T], edge func(cursor string, node T) E) ([]E, model.PageInfo, int) {
	edges := make([]E, len(p.Items))
	for i, item := range p.Items {
		edges[i] = edge(p.Cursors[i], item)
	}
	info := model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: p.HasPrevious}
	if n := len(p.Cursors); n > 0 {
		info.StartCursor, info.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return edges, info, p.Total
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optionalInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func optionalDate(d concord.Date) *concord.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// functions returns the vocabulary entries of codes, in vocabulary order.
func functions(codes []concord.FunctionCode) []concord.Function {
	out := []concord.Function{}
	for _, f := range concord.Functions() {
		for _, c := range codes {
			if c == f.Code {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// countries returns the atlas entries of codes, skipping unknown ones.
// countries returns the atlas entries of codes, skipping unknown ones, and records them as
// siblings so that their missions, activities and lessons load in one batch.
func (r *Resolver) countries(ctx context.Context, codes []string) []concord.Country {
	out := make([]concord.Country, 0, len(codes))
	for _, code := range codes {
		if c, ok := r.Atlas.Country(code); ok {
			out = append(out, c)
		}
	}
	return siblingCountries(ctx, out)
}

// siblingCountries records a list of countries as siblings and returns it.
func siblingCountries(ctx context.Context, cs []concord.Country) []concord.Country {
	nodes := make([]concord.Node, len(cs))
	for i, c := range cs {
		nodes[i] = c
	}
	loaders(ctx).siblings.add(kindCountry, nodes)
	return cs
}

func (r *Resolver) country(code string) (*concord.Country, error) {
	c, ok := r.Atlas.Country(code)
	if !ok {
		return nil, concord.Errorf(concord.ENOTFOUND, "country", "no country %q", code)
	}
	return &c, nil
}

// nonNilStrings returns ss, or an empty list for nil: a GraphQL list that is never null.
func nonNilStrings(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
