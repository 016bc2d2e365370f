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
//   - presenceCountries: the codes of the countries it is IN;
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
      n.presenceCountries = [(n)-[:IN]->(c:Country) | c.code],
      n.presenceFunctions = [v IN ` + vocabularyLiteral + ` WHERE v IN codes],
      n.presenceEngagements = size(COLLECT { MATCH (a:Actor)-[r:IMPLEMENTS|FUNDS]->(n) RETURN DISTINCT a.id + '|' + type(r) AS engagement })
}`

// backfillPresence derives the presence properties of the activities a graph already holds,
// 10,000 at a time in the order of their ids (the unique index), each batch its own
// transaction: a graph of a million activities is not rewritten in one.
func (s *Store) backfillPresence(ctx context.Context) error {
	after := ""
	for {
		var last string
		err := s.writeTx(ctx, func(tx *tx) error {
			recs, err := tx.run(`MATCH (n:Activity) WHERE n.id > $after
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

// derivePresenceWhereMissing derives the presence properties of activities that have none: an
// activity written, during an upgrade, by a server of a version before migration 7 after the
// migration's backfill had passed it. Migrate runs it at every start; when nothing is
// missing it is one scan of the activities' presenceFrom.
func (s *Store) derivePresenceWhereMissing(ctx context.Context) error {
	for {
		var n int64
		err := s.writeTx(ctx, func(tx *tx) error {
			recs, err := tx.run(`MATCH (n:Activity) WHERE n.presenceFrom IS NULL
WITH n LIMIT 10000
`+derivePresence+`
RETURN count(n) AS n`, nil)
			if err != nil {
				return err
			}
			v, _ := recs[0].Get("n")
			n, _ = v.(int64)
			return nil
		})
		if err != nil {
			return fmt.Errorf("derive the presence of activities without it: %w", err)
		}
		if n == 0 {
			return nil
		}
	}
}
