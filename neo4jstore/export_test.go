package neo4jstore

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/concord-peace/concord"
)

// HotQueries are the statements of the coordination questions whose plans the tests check, as
// the store would run them for f.
func HotQueries(f concord.PresenceFilter) map[string]struct {
	Cypher string
	Params map[string]any
} {
	presences := filterParams(f)
	presences["limit"] = concord.MaxPresences + 1
	tallies := filterParams(f)
	tallies["vocabulary"] = vocabulary
	tallies["day"] = true
	type q = struct {
		Cypher string
		Params map[string]any
	}
	return map[string]q{
		"presences": {withCountry(presenceCypher(f.Kind), f), presences},
		"tallies":   {withCountry(tallyCypher, f), tallies},
	}
}

// Plan returns the plan Neo4j chooses for a statement, one operator a line with its details,
// children indented. It runs the statement with PROFILE: the driver's EXPLAIN plans repeat
// one child in place of its siblings.
func (s *Store) Plan(ctx context.Context, cypher string, params map[string]any) (string, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "PROFILE "+cypher, withViewer(ctx, params), neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(p neo4j.ProfiledPlan, depth int)
	walk = func(p neo4j.ProfiledPlan, depth int) {
		details, _ := p.Arguments()["Details"].(string)
		b.WriteString(strings.Repeat("  ", depth) + strings.TrimSuffix(p.Operator(), "@neo4j") + " " + strings.Join(strings.Fields(details), " ") + "\n")
		for _, c := range p.Children() {
			walk(c, depth+1)
		}
	}
	walk(res.Summary.Profile(), 0)
	return b.String(), nil
}
