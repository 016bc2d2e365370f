package server

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// The shape of a query is checked on its text, before gqlparser validates it. Validation is
// not free: OverlappingFieldsCanBeMerged compares the fields of a selection set pairwise, so
// one selection set of 14,000 `id`s is 10^8 comparisons; and a fragment spread twice in the
// fragment spread twice before it stands for 2^n fields in a document of n lines, which any
// walk that follows spreads pays in full. Nothing here follows a spread twice: each fragment's
// measures are computed once and added where it is spread, so the check is linear in the
// document whatever it stands for, and what it stands for is what it bounds.

// shapeGuard refuses queries whose shape is over the limits before they are validated, and
// schema introspection where it is turned off.
type shapeGuard struct {
	limits        Limits
	introspection bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = shapeGuard{}

func (shapeGuard) ExtensionName() string                          { return "ConcordShapeLimits" }
func (shapeGuard) Validate(schema graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters parses the query (linear, under the token limit) and measures it.
// A query that does not parse is left to gqlgen, which reports where.
func (g shapeGuard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, g.limits.Tokens)
	if err != nil {
		return nil
	}
	msg := checkShape(doc, g.limits)
	if msg == "" && !g.introspection && introspects(doc) {
		msg = "schema introspection is turned off on this server"
	}
	if msg != "" {
		e := gqlerror.Errorf("%s", msg)
		errcode.Set(e, errcode.ValidationFailed)
		return e
	}
	return nil
}

// measure is what a selection set stands for once its fragments are spread.
type measure struct {
	fields     int // fields directly in it, its fragments' included (duplicates count)
	size       int // fields in the whole tree under it
	aliases    int // aliased fields in the whole tree
	depth      int // nesting of data fields under it, itself counting 1 when it has fields
	introDepth int // nesting under __schema and __type, which read the schema, not the graph
}

// introspectionDepth bounds schema introspection: graphql-js's getIntrospectionQuery, which
// GraphiQL and schema tools send, nests ofType eight times under __schema (about 15 levels).
const introspectionDepth = 20

// checkShape returns why doc is over the limits, or "".
func checkShape(doc *ast.QueryDocument, l Limits) string {
	m := shapeMeter{limit: l.Size, fragments: newFragmentMemo[measure](doc)}
	for _, op := range doc.Operations {
		s := m.set(op.SelectionSet)
		switch {
		case m.widest > l.SelectionFields:
			return fmt.Sprintf("a selection set has %d or more fields once its fragments are spread; at most %d", m.widest, l.SelectionFields)
		case s.size > l.Size:
			return fmt.Sprintf("query stands for more than %d fields once its fragments are spread", l.Size)
		case s.depth > l.Depth:
			return fmt.Sprintf("query is nested %d deep; at most %d", s.depth, l.Depth)
		case s.introDepth > introspectionDepth:
			return fmt.Sprintf("introspection is nested %d deep; at most %d", s.introDepth, introspectionDepth)
		case s.aliases > l.Aliases:
			return fmt.Sprintf("query has %d aliases; at most %d", s.aliases, l.Aliases)
		case s.fields > l.RootFields:
			return fmt.Sprintf("query asks for more than %d top-level fields", l.RootFields)
		}
	}
	return ""
}

type shapeMeter struct {
	limit     int // sizes saturate just above it, so that sums cannot overflow
	fragments fragmentMemo[measure]
	widest    int
}

func (m *shapeMeter) set(sel ast.SelectionSet) measure {
	var out measure
	for _, s := range sel {
		var in measure
		switch s := s.(type) {
		case *ast.Field:
			sub := m.set(s.SelectionSet)
			in = measure{fields: 1, size: 1 + sub.size, aliases: sub.aliases}
			if s.Alias != "" && s.Alias != s.Name {
				in.aliases++
			}
			if s.Name == "__schema" || s.Name == "__type" {
				in.depth, in.introDepth = 1, 1+max(sub.depth, sub.introDepth)
			} else {
				in.depth, in.introDepth = 1+sub.depth, sub.introDepth
			}
		case *ast.InlineFragment:
			in = m.set(s.SelectionSet)
		case *ast.FragmentSpread:
			in = m.fragments.get(s.Name, m.set)
		}
		out = measure{
			fields:     m.sat(out.fields + in.fields),
			size:       m.sat(out.size + in.size),
			aliases:    m.sat(out.aliases + in.aliases),
			depth:      max(out.depth, in.depth),
			introDepth: max(out.introDepth, in.introDepth),
		}
	}
	m.widest = max(m.widest, out.fields)
	return out
}

// introspects reports whether doc asks for __schema or __type anywhere (__typename is data).
func introspects(doc *ast.QueryDocument) bool {
	var sets []ast.SelectionSet
	for _, op := range doc.Operations {
		sets = append(sets, op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		sets = append(sets, f.SelectionSet)
	}
	for len(sets) > 0 {
		set := sets[len(sets)-1]
		sets = sets[:len(sets)-1]
		for _, s := range set {
			switch s := s.(type) {
			case *ast.Field:
				if s.Name == "__schema" || s.Name == "__type" {
					return true
				}
				sets = append(sets, s.SelectionSet)
			case *ast.InlineFragment:
				sets = append(sets, s.SelectionSet)
			}
		}
	}
	return false
}

func (m *shapeMeter) sat(n int) int { return min(n, m.limit+1) }
