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
	tallies := tallyParams(f)
	type q = struct {
		Cypher string
		Params map[string]any
	}
	return map[string]q{
		"presences": {withFilter(presenceCypher(f.Kind), f), presences},
		"tallies":   {withFilter(tallyCypher, f), tallies},
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

// PresenceMismatches lists the activities whose presence properties differ from the ones
// derived afresh from their dates and relationships (presence_props.go), as "id: property".
func (s *Store) PresenceMismatches(ctx context.Context) ([]string, error) {
	// Each area followed by the value separator, as presence_props.go writes them.
	join := func(list string) string {
		return "reduce(s = '', a IN coalesce(" + list + ", []) | s + a + '\\u001e')"
	}
	recs, err := s.read(ctx, strings.NewReplacer("apocFreeJoin(n.admin1)", join("n.admin1"), "apocFreeJoin(n.admin2)", join("n.admin2")).Replace(`MATCH (n:Activity)
WITH n, [(n)-[:ADDRESSES]->(f:Function) | f.code] AS codes
WITH n, {
  presenceFrom: coalesce(n.start, date('0001-01-01')),
  presenceTo: coalesce(n.end, date('9999-12-31')),
  presenceCountries: [(n)-[:IN]->(c:Country) | CASE WHEN size(coalesce(n.admin1, [])) = 0 AND size(coalesce(n.admin2, [])) = 0 THEN c.code
    ELSE c.code + '\u001f' + apocFreeJoin(n.admin1) + '\u001f' + apocFreeJoin(n.admin2) END],
  presenceFunctions: [v IN `+vocabularyLiteral+` WHERE v IN codes],
  presenceEngagements: size(COLLECT { MATCH (a:Actor)-[r:IMPLEMENTS|FUNDS]->(n) RETURN DISTINCT a.id + '|' + type(r) AS e })
} AS fresh
UNWIND keys(fresh) AS key
WITH n, key, fresh[key] AS want, n[key] AS got
WHERE got IS NULL OR NOT CASE key
  WHEN 'presenceCountries' THEN size(got) = size(want) AND all(c IN want WHERE c IN got)
  ELSE got = want END
RETURN n.id + ': ' + key AS mismatch ORDER BY mismatch`), nil)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range recs {
		v, _ := r.Get("mismatch")
		out = append(out, v.(string))
	}
	return out, nil
}

// ForgetPresence removes an activity's presence properties, as a server of a version before
// migration 7 would have left it.
func (s *Store) ForgetPresence(ctx context.Context, id string) error {
	return s.writeTx(ctx, func(tx *tx) error {
		_, err := tx.run(`MATCH (n:Activity {id: $id})
REMOVE n.presenceFrom, n.presenceTo, n.presenceCountries, n.presenceFunctions, n.presenceEngagements`, map[string]any{"id": id})
		return err
	})
}

// AsBeforeMigration9 makes an activity's presence what a server before migration 9 derived
// (country codes without areas) and forgets that the migration ran.
func (s *Store) AsBeforeMigration9(ctx context.Context, id string) error {
	return s.writeTx(ctx, func(tx *tx) error {
		if _, err := tx.run(`MATCH (n:Activity {id: $id}) SET n.presenceCountries = [(n)-[:IN]->(c:Country) | c.code]`, map[string]any{"id": id}); err != nil {
			return err
		}
		_, err := tx.run(`MATCH (m:SchemaMigration {version: 9}) DELETE m`, nil)
		return err
	})
}
