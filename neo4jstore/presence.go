package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/concord-peace/concord"
)

// countryIs stands in the statements for their country condition: c.code = $country (the
// unique index seek) when the filter names a country, else true (every country). A literal
// condition rather than "$country IS NULL OR …" lets the planner seek the index.
const countryIs = "$$COUNTRY$$"

// activityLabelArea stands in the statements for the label and area conditions of a
// PresenceFilter on the activity x: labelAreaIs when the filter asks a label or an area, else
// true, so that the questions that ask neither (the world map's above all) read no label and
// no area of the activities they pass over.
const activityLabelArea = "$$LABELAREA$$"

// labelAreaIs is the condition itself (concord.HasLabel, concord.InArea); the parameters are
// folded (filterParams).
const labelAreaIs = `($label IS NULL OR any(l IN coalesce(x.labels, []) WHERE toLower(trim(l)) = $label))
    AND (($admin1 IS NULL AND $admin2 IS NULL)
      OR (size(coalesce(x.admin1, [])) = 0 AND size(coalesce(x.admin2, [])) = 0)
      OR (($admin1 IS NULL OR any(a IN coalesce(x.admin1, []) WHERE toLower(trim(a)) = $admin1))
        AND ($admin2 IS NULL OR any(a IN coalesce(x.admin2, []) WHERE toLower(trim(a)) = $admin2))))`

// withFilter puts a filter's country, label and area conditions into a statement.
func withFilter(cypher string, f concord.PresenceFilter) string {
	cond := "true"
	if f.Country != "" {
		cond = "c.code = $country"
	}
	labelArea := "true"
	if f.Label != "" || f.Admin1 != "" || f.Admin2 != "" {
		labelArea = labelAreaIs
	}
	return strings.NewReplacer(countryIs, cond, activityLabelArea, labelArea).Replace(cypher)
}

// missionPresences and activityPresences list the mission deployments and the activities
// that pass a PresenceFilter, with their functions and the actors behind each. Selection happens in the graph: the
// country's node is the start (the unique index on Country.code; without a country, the few
// hundred Country nodes), each activity's dates are compared before its functions are read,
// and the function test is a list membership over the codes that answer the question
// ($codes: the asked function, its sub-functions and its parents). A mission's presence is its
// deployment clipped to the mission's own dates, which Go does for the few missions there are;
// the statement keeps the deployments and missions that each meet the window, a superset.
// docs/performance.md records the plan of this statement at 1,000,000 activities.
var (
	missionPresences = `
  MATCH (c:Country)<-[d:DEPLOYED_IN]-(m:Mission)
  WHERE ` + countryIs + ` AND ` + visibleM + ` AND $label IS NULL
    AND ($to IS NULL OR ((m.start IS NULL OR m.start <= $to) AND (d.from IS NULL OR d.from <= $to)))
    AND ($from IS NULL OR ((m.end IS NULL OR m.end >= $from) AND (d.to IS NULL OR d.to >= $from)))
  WITH c, d, m, [(m)<-[:AUTHORIZES]-(md:Mandate)-[:TASKS]->(f:Function) WHERE ` + visibleMD + ` | f.code] AS functions
  WHERE $codes IS NULL OR any(f IN functions WHERE f IN $codes)
  RETURN c.code AS country, 'MISSION' AS kind, m.id AS subject, functions,
    [] AS labels, [] AS admin1, [] AS admin2,
    d.from AS dFrom, d.to AS dTo, m.start AS from, m.end AS to,
    [(a:Actor)-[:LEADS]->(m) | {actor: a.id, role: 'LEAD'}] +
    [(a:Actor)-[:CONTRIBUTES]->(m) | {actor: a.id, role: 'CONTRIBUTOR'}] AS actors`
	activityPresences = `
  MATCH (c:Country)<-[:IN]-(x:Activity)
  WHERE ` + countryIs + ` AND ` + visibleX + `
    AND ($to IS NULL OR x.start IS NULL OR x.start <= $to)
    AND ($from IS NULL OR x.end IS NULL OR x.end >= $from)
    AND ($undated OR x.start IS NOT NULL OR x.end IS NOT NULL)
    AND ` + activityLabelArea + `
  WITH c, x, [(x)-[:ADDRESSES]->(f:Function) | f.code] AS functions
  WHERE $codes IS NULL OR any(f IN functions WHERE f IN $codes)
  RETURN c.code AS country, 'ACTIVITY' AS kind, x.id AS subject, functions,
    CASE WHEN $detail THEN coalesce(x.labels, []) ELSE [] END AS labels,
    CASE WHEN $detail THEN coalesce(x.admin1, []) ELSE [] END AS admin1,
    CASE WHEN $detail THEN coalesce(x.admin2, []) ELSE [] END AS admin2,
    null AS dFrom, null AS dTo, x.start AS from, x.end AS to,
    [(a:Actor)-[:IMPLEMENTS]->(x) | {actor: a.id, role: 'IMPLEMENTER'}] +
    [(a:Actor)-[:FUNDS]->(x) | {actor: a.id, role: 'FUNDER'}] AS actors`
)

// presenceCypher returns the statement for the kinds of presence a filter keeps: the parts
// are constants of this file, chosen by the filter's Kind.
func presenceCypher(kind concord.SubjectKind) string {
	var body string
	switch kind {
	case concord.SubjectMission:
		body = missionPresences
	case concord.SubjectActivity:
		body = activityPresences
	default:
		body = missionPresences + "\n  UNION ALL" + activityPresences
	}
	return "CALL () {" + body + `
}
RETURN country, kind, subject, functions, labels, admin1, admin2, dFrom, dTo, from, to, actors
ORDER BY country, subject, kind, dFrom, dTo
LIMIT $limit`
}

// filterParams are the parameters of a PresenceFilter.
func filterParams(f concord.PresenceFilter) map[string]any {
	var codes []string
	for _, c := range f.Codes() {
		codes = append(codes, string(c))
	}
	params := map[string]any{
		"country": nullable(f.Country), "codes": nil,
		"from": dateParam(f.Window.From), "to": dateParam(f.Window.To),
		// Records without dates pass when asked for, or when no window is asked.
		"undated": f.Undated || f.Window.Undated(),
		"label":   foldedParam(f.Label), "admin1": foldedParam(f.Admin1), "admin2": foldedParam(f.Admin2),
		"detail": f.Detail,
	}
	if codes != nil {
		params["codes"] = codes
	}
	return params
}

// Presences returns the missions and activities that pass f, in one round trip. More than
// concord.MaxPresences is refused with ETOOLARGE.
func (s *Store) Presences(ctx context.Context, f concord.PresenceFilter) ([]concord.Presence, error) {
	params := filterParams(f)
	params["limit"] = concord.MaxPresences + 1
	recs, err := s.read(ctx, withFilter(presenceCypher(f.Kind), f), params)
	if err != nil {
		return nil, fmt.Errorf("load presences in %q: %w", f.Country, err)
	}
	if len(recs) > concord.MaxPresences {
		return nil, concord.Errorf(concord.ETOOLARGE, "",
			"more than %d missions and activities match; narrow the question with a country, a function or a shorter period", concord.MaxPresences)
	}
	out := make([]concord.Presence, 0, len(recs))
	for _, r := range recs {
		p := props(r.AsMap())
		presence := concord.Presence{
			Country:   p.str("country"),
			Kind:      concord.SubjectKind(p.str("kind")),
			Subject:   p.str("subject"),
			Functions: p.functions("functions"),
			Labels:    p.strings("labels"),
			Admin1:    p.strings("admin1"),
			Admin2:    p.strings("admin2"),
			Period:    p.period("from", "to"),
		}
		if presence.Kind == concord.SubjectMission {
			deployed := p.period("dFrom", "dTo")
			period, ok := presence.Period.Intersect(deployed)
			if !ok {
				continue // a deployment outside the mission's own dates: nothing to count
			}
			if _, ok := period.Intersect(f.Window); !ok {
				continue
			}
			if period.Undated() && !f.Window.Undated() && !f.Undated {
				continue // neither the mission nor its deployment has a date
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

// tallyCypher counts the activities that pass a PresenceFilter by country, functions, sector
// labels (with f.Detail), areas and period, in the graph: the world map's question reads
// thousands of rows, not a million activities. Labels are read only when pairs may share
// only a label (the caller sets Detail): otherwise grouping by them multiplies the rows. The
// areas come with the country, from presenceCountries. It reads the presence properties each
// activity carries (presence_props.go):
// the activity_presence index finds those present in the window ($from, $to: sentinels for
// an open end), and no relationship is followed. When the question is one day ($day), every
// counted activity is present on it, and the rows are not split by period.
var tallyCypher = `
MATCH (x:Activity) USING INDEX x:Activity(presenceFrom, presenceTo)
WHERE x.presenceFrom <= $to AND x.presenceTo >= $from AND ` + visibleX + `
  AND ($undated OR NOT (x.presenceFrom = $noStart AND x.presenceTo = $noEnd))
  AND ($codes IS NULL OR any(f IN x.presenceFunctions WHERE f IN $codes))
  AND ` + activityLabelArea + `
UNWIND x.presenceCountries AS entry
WITH x, split(entry, '\u001f') AS place
WITH x, place[0] AS country, place WHERE $country IS NULL OR country = $country
RETURN country, x.presenceFunctions AS functions,
  CASE WHEN $detail THEN coalesce(x.labels, []) ELSE [] END AS labels,
  coalesce(place[1], '') AS admin1, coalesce(place[2], '') AS admin2,
  CASE WHEN $day THEN null ELSE x.start END AS from,
  CASE WHEN $day THEN null ELSE x.end END AS to,
  count(*) AS activities, sum(x.presenceEngagements) AS engagements`

// tallyParams are the parameters of tallyCypher: an open end of the window is the sentinel
// day of presenceFrom or presenceTo.
func tallyParams(f concord.PresenceFilter) map[string]any {
	params := filterParams(f)
	params["day"] = !f.Window.From.IsZero() && f.Window.From == f.Window.To
	params["noStart"], params["noEnd"] = presenceNoStart, presenceNoEnd
	if f.Window.From.IsZero() {
		params["from"] = presenceNoStart
	}
	if f.Window.To.IsZero() {
		params["to"] = presenceNoEnd
	}
	return params
}

// PresenceTallies counts the activities that pass f by country, functions and period.
func (s *Store) PresenceTallies(ctx context.Context, f concord.PresenceFilter) ([]concord.PresenceTally, error) {
	recs, err := s.read(ctx, withFilter(tallyCypher, f), tallyParams(f))
	if err != nil {
		return nil, fmt.Errorf("count activities in %q: %w", f.Country, err)
	}
	out := make([]concord.PresenceTally, 0, len(recs))
	for _, r := range recs {
		p := props(r.AsMap())
		out = append(out, concord.PresenceTally{
			Country:     p.str("country"),
			Functions:   p.functions("functions"),
			Labels:      p.strings("labels"),
			Admin1:      placeValues(p.str("admin1")),
			Admin2:      placeValues(p.str("admin2")),
			Period:      p.period("from", "to"),
			Activities:  p.integer("activities"),
			Engagements: p.integer("engagements"),
		})
	}
	return out, nil
}

// undatedCypher counts, by country, the activities and mission deployments without any date
// that pass a filter but for its window. Undated activities are those whose presence is both
// sentinels, found by the activity_presence index with two equalities.
var undatedCypher = `
CALL () {
  MATCH (x:Activity) USING INDEX x:Activity(presenceFrom, presenceTo)
  WHERE x.presenceFrom = $noStart AND x.presenceTo = $noEnd AND ` + visibleX + ` AND $kind <> 'MISSION'
    AND ($codes IS NULL OR any(f IN x.presenceFunctions WHERE f IN $codes))
    AND ` + activityLabelArea + `
  UNWIND x.presenceCountries AS entry
  WITH split(entry, '\u001f')[0] AS country WHERE $country IS NULL OR country = $country
  RETURN country
  UNION ALL
  MATCH (c:Country)<-[d:DEPLOYED_IN]-(m:Mission)
  WHERE ` + countryIs + ` AND ` + visibleM + ` AND $label IS NULL AND $kind <> 'ACTIVITY'
    AND m.start IS NULL AND m.end IS NULL AND d.from IS NULL AND d.to IS NULL
    AND ($codes IS NULL OR EXISTS { (m)<-[:AUTHORIZES]-(md:Mandate)-[:TASKS]->(f:Function) WHERE ` + visibleMD + ` AND f.code IN $codes })
  RETURN c.code AS country
}
RETURN country, count(*) AS records ORDER BY country`

// UndatedCounts implements concord.AnalyticsReader.
func (s *Store) UndatedCounts(ctx context.Context, f concord.PresenceFilter) ([]concord.UndatedCount, error) {
	params := filterParams(f)
	params["noStart"], params["noEnd"] = presenceNoStart, presenceNoEnd
	params["kind"] = string(f.Kind) // "" for both
	recs, err := s.read(ctx, withFilter(undatedCypher, f), params)
	if err != nil {
		return nil, fmt.Errorf("count undated records in %q: %w", f.Country, err)
	}
	out := make([]concord.UndatedCount, 0, len(recs))
	for _, r := range recs {
		p := props(r.AsMap())
		out = append(out, concord.UndatedCount{Country: p.str("country"), Records: p.integer("records")})
	}
	return out, nil
}

// placeValues reads the areas of a presenceCountries entry: each value followed by valueSep.
func placeValues(s string) []string {
	var out []string
	for _, v := range strings.Split(s, "\u001e") {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// foldedParam is a label or an area as the statements compare them: trimmed, lower case; null
// when not asked.
func foldedParam(s string) any {
	if s = strings.ToLower(strings.TrimSpace(s)); s == "" {
		return nil
	}
	return s
}

// presenceCountriesCypher finds the countries where an actor or a mission is present on a day:
// from the actor's or mission's own node (a unique index), along its deployments and the
// activities it implements, so that the cost grows with that actor's records, not the graph.
// Records without any date are not present on a given day.
var presenceCountriesCypher = `
CALL () {
  MATCH (m:Mission {id: $mission})-[d:DEPLOYED_IN]->(c:Country)
  WHERE ` + visibleM + ` AND ` + missionOnDay + `
  RETURN c.code AS country
  UNION
  MATCH (:Actor {id: $actor})-[:LEADS|CONTRIBUTES]->(m:Mission)-[d:DEPLOYED_IN]->(c:Country)
  WHERE ` + visibleM + ` AND ` + missionOnDay + `
  RETURN c.code AS country
  UNION
  MATCH (:Actor {id: $actor})-[:IMPLEMENTS]->(x:Activity)-[:IN]->(c:Country)
  WHERE ` + visibleX + ` AND (x.start IS NOT NULL OR x.end IS NOT NULL)
    AND (x.start IS NULL OR x.start <= $at) AND (x.end IS NULL OR x.end >= $at)
  RETURN c.code AS country
}
RETURN country ORDER BY country`

// missionOnDay: the mission and its deployment d both contain $at, and one of them is dated.
const missionOnDay = `(m.start IS NOT NULL OR m.end IS NOT NULL OR d.from IS NOT NULL OR d.to IS NOT NULL)
    AND (m.start IS NULL OR m.start <= $at) AND (m.end IS NULL OR m.end >= $at)
    AND (d.from IS NULL OR d.from <= $at) AND (d.to IS NULL OR d.to >= $at)`

// PresenceCountries implements concord.AnalyticsReader.
func (s *Store) PresenceCountries(ctx context.Context, actor, mission string, at concord.Date) ([]string, error) {
	recs, err := s.read(ctx, presenceCountriesCypher, map[string]any{
		"actor": nullable(actor), "mission": nullable(mission), "at": dateParam(at),
	})
	if err != nil {
		return nil, fmt.Errorf("countries of %q on %s: %w", actor+mission, at, err)
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		out = append(out, props(r.AsMap()).str("country"))
	}
	return out, nil
}
