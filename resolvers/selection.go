package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// What a resolver reads of the query's selection: to load only what is asked for.

// selection returns the selection set of the field being resolved; none outside a field's
// resolution (a resolver called directly), where every part must then be read.
func selection(ctx context.Context) (ast.SelectionSet, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return nil, false
	}
	return fc.Field.Selections, true
}

// eachField calls fn for each field of a selection set, looking into its fragments whatever
// their type condition or directives: a few parts too many cost a little, one too few would
// answer an empty list. Each named fragment is walked once, so the walk is linear in the
// document however often a fragment is spread.
func eachField(sel ast.SelectionSet, fn func(*ast.Field)) {
	walked := map[string]bool{}
	var walk func(ast.SelectionSet)
	walk = func(sel ast.SelectionSet) {
		for _, s := range sel {
			switch s := s.(type) {
			case *ast.Field:
				fn(s)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				if !walked[s.Name] && s.Definition != nil {
					walked[s.Name] = true
					walk(s.Definition.SelectionSet)
				}
			}
		}
	}
	walk(sel)
}

// selects reports whether the field being resolved selects a sub-field called name; outside a
// field's resolution it answers true, so that nothing asked for is left out.
func selects(ctx context.Context, name string) bool {
	sel, ok := selection(ctx)
	return !ok || hasField(sel, name)
}

// hasField reports whether a selection set, its fragments included, has a field called name.
func hasField(sel ast.SelectionSet, name string) bool {
	found := false
	eachField(sel, func(f *ast.Field) { found = found || f.Name == name })
	return found
}
