package neo4jstore

import (
	"context"
	"fmt"

	"github.com/concord-peace/concord"
)

// expiringMandatesCypher lists the mandates expiring in a window, soonest first (mandates number
// in the hundreds: scanning them costs less than an index would save), with their functions and, for each mission they authorise, its dates, its
// deployments and the functions it keeps through another mandate in force the day after
// (adopted by then, expiring later or never): a renewal recorded as its own mandate keeps them.
var expiringMandatesCypher = `
MATCH (md:Mandate)
WHERE md.expires >= $from AND md.expires <= $to AND ` + visibleMD + `
  AND ($body IS NULL OR EXISTS { (:Actor {id: $body})-[:ISSUED]->(md) })
WITH md ORDER BY md.expires, md.id LIMIT $limit
RETURN md.id AS id, md.reference AS reference, md.expires AS expires,
  [(b:Actor)-[:ISSUED]->(md) | b.id][0] AS body,
  [(md)-[:TASKS]->(f:Function) | f.code] AS functions,
  [(md)-[:AUTHORIZES]->(m:Mission) WHERE ` + visibleM + ` | m {.id, .start, .end,
     deployments: [(m)-[d:DEPLOYED_IN]->(c:Country) | {country: c.code, from: d.from, to: d.to}],
     kept: [(m)<-[:AUTHORIZES]-(o:Mandate)-[:TASKS]->(g:Function)
            WHERE o <> md AND ` + visible("o") + `
              AND (o.adopted IS NULL OR o.adopted <= md.expires + duration('P1D'))
              AND (o.expires IS NULL OR o.expires > md.expires) | g.code]}] AS missions`

// ExpiringMandates implements concord.AnalyticsReader.
func (s *Store) ExpiringMandates(ctx context.Context, from, to concord.Date, body string) ([]concord.ExpiringMandate, error) {
	recs, err := s.read(ctx, expiringMandatesCypher, map[string]any{
		"from": dateParam(from), "to": dateParam(to), "body": nullable(body), "limit": concord.MaxExpiringMandates + 1,
	})
	if err != nil {
		return nil, fmt.Errorf("mandates expiring from %s to %s: %w", from, to, err)
	}
	if len(recs) > concord.MaxExpiringMandates {
		return nil, concord.Errorf(concord.ETOOLARGE, "to", "more than %d mandates expire in the window; shorten it", concord.MaxExpiringMandates)
	}
	out := make([]concord.ExpiringMandate, 0, len(recs))
	for _, r := range recs {
		p := props(r.AsMap())
		em := concord.ExpiringMandate{
			Mandate: concord.Mandate{ID: p.str("id"), Reference: p.str("reference"), Body: p.str("body"),
				Expires: p.date("expires"), Functions: p.functions("functions")},
		}
		for _, m := range p.maps("missions") {
			mission := concord.ExpiringMission{ID: m.str("id"), Period: m.period("start", "end"), Kept: m.functions("kept")}
			for _, d := range m.maps("deployments") {
				mission.Deployments = append(mission.Deployments, concord.Deployment{Mission: mission.ID, Country: d.str("country"), Period: d.period("from", "to")})
			}
			em.Missions = append(em.Missions, mission)
		}
		out = append(out, em)
	}
	return out, nil
}
