package neo4jstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/concord-peace/concord"
)

// The world map's question (countrySummaries) counts, for one day, every activity present in
// every country. Read from the relationships, that is every activity's dates and, for those
// present, their countries, functions and actors: seconds at a million activities. So each
// activity also carries what the map counts it by, derived in the statement that writes the
// activity's relationships (and again when an actor merge moves them), where it cannot
// disagree with them:
//
//   - presenceFrom, presenceTo: its days, an unknown start as 0001-01-01 and an ongoing end as
//     9999-12-31, so that one range index (activity_presence) finds the activities present on
//     a day or in a period, undated ones included;
//   - presenceCountries: the codes of the countries it is IN, each followed, when the activity
//     names areas, by its admin1 and admin2 values (placeSep before each list, valueSep after
//     each value): the map's place rule reads them there rather than from admin1 and admin2,
//     which most activities do not have, and a property a node lacks costs the walk of its
//     whole property chain;
//   - presenceFunctions: the codes it ADDRESSES, in the vocabulary's order, so that activities
//     with the same functions group together;
//   - presenceEngagements: its engagements, one per distinct actor and role (IMPLEMENTS, FUNDS).
//
// TestPresencePropertiesMatchTheGraph rebuilds them from scratch after creates, updates,
// deletes, imports and a merge, and compares.

// Sentinel days of presenceFrom and presenceTo, as parameters (a concord.Date of 0001-01-01
// would be the zero Date, which goes to Neo4j as null).
var (
	presenceNoStart = neo4j.DateOf(time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC))
	presenceNoEnd   = neo4j.DateOf(time.Date(9999, time.December, 31, 0, 0, 0, 0, time.UTC))
)

// vocabularyLiteral is the vocabulary's codes as a Cypher list, in its order. The codes are
// constants of package concord ([A-Z_]+), so they can stand in the statement.
var vocabularyLiteral = func() string {
	var quoted []string
	for _, f := range concord.Functions() {
		quoted = append(quoted, "'"+string(f.Code)+"'")
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}()

// derivePresence sets the presence properties of the activity bound to n.
var derivePresence = `CALL (n) {
  WITH n, [(n)-[:ADDRESSES]->(f:Function) | f.code] AS codes
  SET n.presenceFrom = coalesce(n.start, date('0001-01-01')),
      n.presenceTo = coalesce(n.end, date('9999-12-31')),
      n.presenceCountries = [(n)-[:IN]->(c:Country) | c.code +
        CASE WHEN size(coalesce(n.admin1, [])) + size(coalesce(n.admin2, [])) = 0 THEN ''
          ELSE '\u001f' + reduce(s = '', a IN coalesce(n.admin1, []) | s + a + '\u001e')
             + '\u001f' + reduce(s = '', a IN coalesce(n.admin2, []) | s + a + '\u001e') END],
      n.presenceFunctions = [v IN ` + vocabularyLiteral + ` WHERE v IN codes],
      n.presenceEngagements = size(COLLECT { MATCH (a:Actor)-[r:IMPLEMENTS|FUNDS]->(n) RETURN DISTINCT a.id + '|' + type(r) AS engagement })
}`

// derivePresenceWhereMissing derives the presence properties of the activities that have
// none: all of them once migration 7 has made the index, then any an older server wrote
// during an upgrade. Migrate runs it at every start. It walks the activities in the order of
// their ids (the unique index), 10,000 to a transaction, so a graph of a million activities
// is not rewritten in one; when nothing is missing it is one pass over the ids.
func (s *Store) derivePresenceWhereMissing(ctx context.Context) error {
	after := ""
	for {
		var last string
		err := s.writeTx(ctx, func(tx *tx) error {
			recs, err := tx.run(`MATCH (n:Activity) WHERE n.id > $after AND n.presenceFrom IS NULL
WITH n ORDER BY n.id LIMIT 10000
`+derivePresence+`
RETURN max(n.id) AS last`, map[string]any{"after": after})
			if err != nil {
				return err
			}
			v, _ := recs[0].Get("last")
			last, _ = v.(string)
			return nil
		})
		if err != nil {
			return fmt.Errorf("derive the presence of activities after %q: %w", after, err)
		}
		if last == "" {
			return nil
		}
		after = last
	}
}
