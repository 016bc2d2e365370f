package server

import (
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph"
	"github.com/concord-peace/concord/graph/model"
)

// Limits bound the shape of a query before it runs; gqlgen has no depth or alias limit of
// its own.
type Limits struct {
	Depth      int // nesting of fields, fragments followed
	Aliases    int // aliased fields in one operation
	RootFields int // fields at the top of one operation
	Complexity int // the cost of a query, lists counting first × their children
	Tokens     int // lexer tokens, against pathological documents
}

// DefaultLimits suit the API's own queries with room to spare.
var DefaultLimits = Limits{Depth: 7, Aliases: 15, RootFields: 10, Complexity: 50000, Tokens: 15000}

// validationRules are gqlparser's rules plus the shape limits.
func validationRules(l Limits) func() *rules.Rules {
	return func() *rules.Rules {
		r := rules.NewDefaultRules()
		r.AddRule("ConcordShapeLimits", func(observers *core.Events, addError core.AddErrFunc) {
			observers.OnOperation(func(walker *core.Walker, op *ast.OperationDefinition) {
				s := shape{doc: walker.Document, visiting: map[string]bool{}}
				depth := s.depth(op.SelectionSet, 1)
				switch {
				case depth > l.Depth:
					addError(core.Message("query is nested %d deep; at most %d", depth, l.Depth), core.At(op.Position))
				case s.aliases > l.Aliases:
					addError(core.Message("query has %d aliases; at most %d", s.aliases, l.Aliases), core.At(op.Position))
				case countFields(walker.Document, op.SelectionSet, map[string]bool{}) > l.RootFields:
					addError(core.Message("query asks for more than %d top-level fields", l.RootFields), core.At(op.Position))
				}
			})
		})
		return r
	}
}

type shape struct {
	doc      *ast.QueryDocument
	visiting map[string]bool
	aliases  int
}

// depth returns the deepest field nesting under a selection set, counting aliases on the way.
func (s *shape) depth(set ast.SelectionSet, level int) int {
	deepest := level - 1
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			if x.Alias != "" && x.Alias != x.Name {
				s.aliases++
			}
			deepest = max(deepest, s.depth(x.SelectionSet, level+1))
		case *ast.InlineFragment:
			deepest = max(deepest, s.depth(x.SelectionSet, level))
		case *ast.FragmentSpread:
			if s.visiting[x.Name] {
				continue // a cycle; NoFragmentCycles reports it
			}
			if f := s.doc.Fragments.ForName(x.Name); f != nil {
				s.visiting[x.Name] = true
				deepest = max(deepest, s.depth(f.SelectionSet, level))
				delete(s.visiting, x.Name)
			}
		}
	}
	return deepest
}

// countFields counts the fields of one level, fragments included.
func countFields(doc *ast.QueryDocument, set ast.SelectionSet, visiting map[string]bool) int {
	n := 0
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			n++
		case *ast.InlineFragment:
			n += countFields(doc, x.SelectionSet, visiting)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(x.Name); f != nil && !visiting[x.Name] {
				visiting[x.Name] = true
				n += countFields(doc, f.SelectionSet, visiting)
			}
		}
	}
	return n
}

// complexity makes each list cost its page size times its children, so that first: 500 nested
// under first: 500 is refused before it runs.
func complexity(c *graph.ComplexityRoot) {
	page := func(first *int) int {
		if first == nil {
			return concord.DefaultPageSize
		}
		return max(*first, 1)
	}
	c.Query.Actors = func(child int, _ *model.ActorFilter, first *int, _ *string) int { return child * page(first) }
	c.Query.Missions = func(child int, _ *model.MissionFilter, first *int, _ *string) int { return child * page(first) }
	c.Query.Mandates = func(child int, _ *model.MandateFilter, first *int, _ *string) int { return child * page(first) }
	c.Query.Activities = func(child int, _ *model.ActivityFilter, first *int, _ *string) int { return child * page(first) }
	c.Query.Clusters = func(child int, _ *model.ClusterFilter, first *int, _ *string) int { return child * page(first) }
	c.Query.Lessons = func(child int, _ *model.LessonFilter, first *int, _ *string) int { return child * page(first) }
	c.Query.Countries = func(child int, _ *model.CountryFilter, first *int, _ *string) int { return child * page(first) }
	c.Query.Accounts = func(child int, first *int, _ *string) int { return child * page(first) }
	c.Query.AuditEvents = func(child int, _, _ *string, first *int, _ *string) int { return child * page(first) }
	c.Query.Engagements = func(child int, _ string, _ *concord.FunctionCode, _, _, _ *concord.Date, first *int, _ *string) int {
		return child * page(first)
	}
	c.Query.Overlaps = func(child int, _ *string, _ *concord.FunctionCode, _ *string, _, _, _ *concord.Date, first *int, _ *string) int {
		return child * page(first)
	}
}
