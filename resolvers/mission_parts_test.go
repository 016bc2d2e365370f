package resolvers

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph"
)

// selectionOf parses query against the schema and returns the selection set under the first
// field called field, walking down through fragments.
func selectionOf(t *testing.T, query, field string) ast.SelectionSet {
	t.Helper()
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	doc, errs := gqlparser.LoadQuery(schema, query)
	if errs != nil {
		t.Fatalf("parse %q: %v", query, errs)
	}
	var find func(ast.SelectionSet) ast.SelectionSet
	find = func(sel ast.SelectionSet) ast.SelectionSet {
		for _, s := range sel {
			var inner ast.SelectionSet
			switch s := s.(type) {
			case *ast.Field:
				if s.Name == field {
					return s.SelectionSet
				}
				inner = s.SelectionSet
			case *ast.InlineFragment:
				inner = s.SelectionSet
			case *ast.FragmentSpread:
				inner = s.Definition.SelectionSet
			}
			if found := find(inner); found != nil {
				return found
			}
		}
		return nil
	}
	sel := find(doc.Operations[0].SelectionSet)
	if sel == nil {
		t.Fatalf("no field %q in %q", field, query)
	}
	return sel
}

func TestMissionPartsOfASelection(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  concord.MissionParts
	}{
		{"own fields only", `{ actor(id: "un") { missionsLed { id name acronym model start end version confidential owner { id } } } }`, 0},
		{"each relation", `{ actor(id: "un") { missionsLed { lead { id } contributors { role } mandates { id } functions { code } deployments { from } predecessors { id } clusters { id } } } }`,
			concord.MissionLead | concord.MissionContributors | concord.MissionMandates | concord.MissionFunctions |
				concord.MissionDeployments | concord.MissionPredecessors | concord.MissionClusters},
		{"text", `{ actor(id: "un") { missionsLed { note } } }`, concord.MissionText},
		{"aliases", `{ actor(id: "un") { missionsLed { where: deployments { from } text: sources } } }`, concord.MissionDeployments | concord.MissionText},
		{"inline fragment", `{ actor(id: "un") { missionsLed { ... on Mission { lead { id } } } } }`, concord.MissionLead},
		{"fragment spread", `{ actor(id: "un") { missionsLed { ...M } } } fragment M on Mission { mandates { id } }`, concord.MissionMandates},
		{"fragment on an interface", `{ actor(id: "un") { missionsLed { ...N } } } fragment N on Node { ... on Mission { clusters { id } } }`, concord.MissionClusters},
		// A field under @skip is counted: a part too many costs a little, one too few is wrong.
		{"skipped field", `{ actor(id: "un") { missionsLed { functions @skip(if: true) { code } } } }`, concord.MissionFunctions},
		{"fields of the relations are not the mission's", `{ actor(id: "un") { missionsLed { successors { lead { id } note } } } }`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := missionPartsOf(selectionOf(t, tt.query, "missionsLed")); got != tt.want {
				t.Errorf("parts %08b, want %08b", got, tt.want)
			}
		})
	}
}

// TestMissionPartsOfNestedSpreadsIsLinear: a selection that spreads each fragment twice into
// the next (2^30 paths) is walked once per fragment.
func TestMissionPartsOfNestedSpreadsIsLinear(t *testing.T) {
	const depth = 30
	var b strings.Builder
	b.WriteString(`{ actor(id: "un") { missionsLed { ...F0 } } }`)
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "\nfragment F%d on Mission { id ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "\nfragment F%d on Mission { note }", depth)
	fields := 0
	eachField(selectionOf(t, b.String(), "missionsLed"), func(*ast.Field) { fields++ })
	if fields != depth+1 {
		t.Errorf("%d fields visited, want %d (one per fragment)", fields, depth+1)
	}
}

func TestContributionMissionPartsReadTheContributors(t *testing.T) {
	sel := selectionOf(t, `{ actor(id: "deu") { contributions { role mission { id mandates { id } } } } }`, "contributions")
	if got := contributionPartsOf(sel); got != concord.MissionContributors|concord.MissionMandates {
		t.Errorf("parts %08b, want contributors and mandates", got)
	}
	sel = selectionOf(t, `{ actor(id: "deu") { contributions { role } } }`, "contributions")
	if got, want := contributionPartsOf(sel), concord.MissionContributors; got != want {
		t.Errorf("parts %08b, want %08b", got, want)
	}
}

func TestHasFieldLooksIntoFragments(t *testing.T) {
	for query, want := range map[string]bool{
		`{ engagements(country: "XKX") { totalCount undated } }`:                                  true,
		`{ engagements(country: "XKX") { ...C } } fragment C on EngagementConnection { undated }`: true,
		`{ engagements(country: "XKX") { totalCount edges { cursor } } }`:                         false,
	} {
		if got := hasField(selectionOf(t, query, "engagements"), "undated"); got != want {
			t.Errorf("%s: %v, want %v", query, got, want)
		}
	}
}
