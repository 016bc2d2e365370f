package neo4jstore

import (
	"context"
	"fmt"

	"github.com/concord-peace/concord"
)

// presenceCypher lists every mission deployment and every activity in a country (or in all
// countries when $country is null), with functions and the actors behind each. A mission's
// presence is its deployment period clipped to the mission's own dates, done in Go.
var presenceCypher = `
CALL () {
  MATCH (m:Mission)-[d:DEPLOYED_IN]->(c:Country)
  WHERE ($country IS NULL OR c.code = $country) AND ` + visibleM + `
  RETURN c.code AS country, 'MISSION' AS kind, m.id AS subject,
    [(m)<-[:AUTHORIZES]-(md:Mandate)-[:TASKS]->(f:Function) WHERE ` + visibleMD + ` | f.code] AS functions,
    d.from AS dFrom, d.to AS dTo, m.start AS from, m.end AS to,
    [(a:Actor)-[:LEADS]->(m) | {actor: a.id, role: 'LEAD'}] +
    [(a:Actor)-[:CONTRIBUTES]->(m) | {actor: a.id, role: 'CONTRIBUTOR'}] AS actors
  UNION ALL
  MATCH (x:Activity)-[:IN]->(c:Country)
  WHERE ($country IS NULL OR c.code = $country) AND ` + visibleX + `
  RETURN c.code AS country, 'ACTIVITY' AS kind, x.id AS subject,
    [(x)-[:ADDRESSES]->(f:Function) | f.code] AS functions,
    null AS dFrom, null AS dTo, x.start AS from, x.end AS to,
    [(a:Actor)-[:IMPLEMENTS]->(x) | {actor: a.id, role: 'IMPLEMENTER'}] +
    [(a:Actor)-[:FUNDS]->(x) | {actor: a.id, role: 'FUNDER'}] AS actors
}
RETURN country, kind, subject, functions, dFrom, dTo, from, to, actors
ORDER BY country, subject, dFrom`

// Presences returns the missions and activities in a country, or everywhere when country is
// "", in one round trip.
func (s *Store) Presences(ctx context.Context, country string) ([]concord.Presence, error) {
	recs, err := s.read(ctx, presenceCypher, map[string]any{"country": nullable(country)})
	if err != nil {
		return nil, fmt.Errorf("load presences in %q: %w", country, err)
	}
	out := make([]concord.Presence, 0, len(recs))
	for _, r := range recs {
		p := props(r.AsMap())
		presence := concord.Presence{
			Country:   p.str("country"),
			Kind:      concord.SubjectKind(p.str("kind")),
			Subject:   p.str("subject"),
			Functions: p.functions("functions"),
			Period:    p.period("from", "to"),
		}
		if presence.Kind == concord.SubjectMission {
			deployed := p.period("dFrom", "dTo")
			period, ok := presence.Period.Intersect(deployed)
			if !ok {
				continue // a deployment outside the mission's own dates: nothing to count
			}
			presence.Period = period
		}
		for _, a := range p.maps("actors") {
			presence.Actors = append(presence.Actors, concord.ActorRole{Actor: a.str("actor"), Role: concord.Role(a.str("role"))})
		}
		out = append(out, presence)
	}
	return out, nil
}
