package server_test

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/concord-peace/concord"

	"github.com/concord-peace/concord/graph"
	"github.com/concord-peace/concord/resolvers"
	"github.com/concord-peace/concord/server"
)

// webDocument is an operation of the web UI as the GraphQL code generator writes it, its
// fragments included.
var webDocument = regexp.MustCompile("(?s)export const (\\w+)Document = new TypedDocumentString\\(`(.*?)`\\)")

// TestWebOperationsWithinTheLimits: every operation the web UI sends passes the shape limits
// and costs less than the default cost limit, with its variables unset (pages at their
// default size).
func TestWebOperationsWithinTheLimits(t *testing.T) {
	src, err := os.ReadFile("../frontend/src/gql/graphql.ts")
	if err != nil {
		t.Fatal(err)
	}
	docs := webDocument.FindAllSubmatch(src, -1)
	if len(docs) < 20 {
		t.Fatalf("found %d operations of the web UI; the pattern no longer matches the generated file", len(docs))
	}
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	for _, d := range docs {
		name, query := string(d[1]), string(d[2])
		if why, err := server.ShapeOf(query, server.DefaultLimits); err != nil || why != "" {
			t.Errorf("%s: %v %s", name, err, why)
		}
		cost, err := server.CostOf(schema, query, nil, server.DefaultLimits.Complexity)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		t.Logf("%-32s cost %6d", name, cost)
		if cost > server.DefaultLimits.Complexity {
			t.Errorf("%s may cost more than %d", name, server.DefaultLimits.Complexity)
		}
	}
}

// TestFunctionListsArePricedAtTheVocabulary: a list of functions is priced at its worst case,
// every function of the vocabulary.
func TestFunctionListsArePricedAtTheVocabulary(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	want := strconv.Itoa(len(concord.Functions()))
	lists := 0
	for _, typ := range schema.Types {
		for _, f := range typ.Fields {
			if f.Type.Elem == nil || f.Type.Elem.Name() != "Function" || f.Arguments.ForName("first") != nil {
				continue
			}
			lists++
			d := f.Directives.ForName("listSize")
			if d == nil || d.Arguments.ForName("assumedSize").Value.Raw != want {
				t.Errorf("%s.%s: want @listSize(assumedSize: %s)", typ.Name, f.Name, want)
			}
		}
	}
	if lists < 10 {
		t.Errorf("found %d lists of functions; the schema has more", lists)
	}
}
