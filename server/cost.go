package server

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/concord-peace/concord"
)

// The cost of a query is bounded before it runs, on the validated document with its
// variables. Each field costs one plus what its selection costs, times the number of values
// it may return:
//   - a field with a `first` argument returns at most that many (the page size when omitted);
//   - the list fields of a connection (edges) are the connection's page, counted there;
//   - any other list costs its @listSize(assumedSize:) in the schema, or DefaultListSize:
//     lists without paging (a country's missions, an actor's missions led) are priced at a
//     size they may reach, and the answer's size is bounded as it is built (answerLimit) for
//     the lists that go past it;
//   - introspection reads the schema, not the graph: its shape is bounded (shapeGuard), its
//     cost is not counted.
//
// Each fragment is priced once per operation, so pricing is linear in the document.

// DefaultListSize is the assumed size of a list without paging or @listSize.
const DefaultListSize = 20

// costGuard refuses an operation that may cost more than limit.
type costGuard struct{ limit int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = costGuard{}

func (costGuard) ExtensionName() string                          { return "ConcordCostLimit" }
func (costGuard) Validate(schema graphql.ExecutableSchema) error { return nil }

func (g costGuard) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	cost := operationCost(oc.Doc, oc.Operation, oc.Variables, g.limit)
	if cost > g.limit {
		e := gqlerror.Errorf("query may cost more than %d; at most %d: ask for smaller pages (first) or fewer nested lists", g.limit, g.limit)
		errcode.Set(e, errComplexity)
		return e
	}
	return nil
}

// errComplexity is the code of a query refused for its cost (gqlgen's own name for it).
const errComplexity = "COMPLEXITY_LIMIT_EXCEEDED"

// operationCost prices op; past limit it returns limit+1.
func operationCost(doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any, limit int) int {
	m := costMeter{vars: vars, limit: limit, fragments: newFragmentMemo[int](doc)}
	return m.set(op.SelectionSet)
}

type costMeter struct {
	vars      map[string]any
	limit     int
	fragments fragmentMemo[int]
}

func (m *costMeter) set(sel ast.SelectionSet) int {
	total := 0
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			total = m.add(total, m.field(s))
		case *ast.InlineFragment:
			total = m.add(total, m.set(s.SelectionSet))
		case *ast.FragmentSpread:
			total = m.add(total, m.fragments.get(s.Name, m.set))
		}
	}
	return total
}

func (m *costMeter) field(f *ast.Field) int {
	if f.Definition == nil || f.Name == "__schema" || f.Name == "__type" {
		return 0
	}
	return m.mul(m.add(1, m.set(f.SelectionSet)), m.items(f))
}

// items is the number of values f may return.
func (m *costMeter) items(f *ast.Field) int {
	def := f.Definition
	if def.Arguments.ForName("first") != nil {
		if n, ok := asInt(f.ArgumentMap(m.vars)["first"]); ok {
			return max(1, min(n, concord.MaxPageSize))
		}
		if def.Type.Elem != nil || strings.HasSuffix(def.Type.Name(), "Connection") {
			return concord.DefaultPageSize
		}
	}
	if def.Type.Elem == nil {
		return 1
	}
	if f.ObjectDefinition != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection") {
		return 1 // edges: the connection's page, counted on the connection
	}
	if d := def.Directives.ForName("listSize"); d != nil {
		if a := d.Arguments.ForName("assumedSize"); a != nil && a.Value != nil {
			if n, err := strconv.Atoi(a.Value.Raw); err == nil {
				return max(1, n)
			}
		}
	}
	return DefaultListSize
}

// asInt reads an argument's value as gqlparser gives it: int64 from a literal, a variable as
// decoded from JSON.
func asInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(min(n, 1<<31)), true
	case float64:
		return int(min(n, 1<<31)), true
	case json.Number:
		i, err := n.Int64()
		return int(min(i, 1<<31)), err == nil
	}
	return 0, false
}

func (m *costMeter) add(a, b int) int { return min(a+b, m.limit+1) }

func (m *costMeter) mul(a, b int) int {
	if a > 0 && b > (m.limit+1)/a {
		return m.limit + 1
	}
	return min(a*b, m.limit+1)
}
