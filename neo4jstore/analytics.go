package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/concord-peace/concord"
)

// The inputs of the coordination analytics (docs/analytics.md): each is one round trip, and
// every read applies the visibility rule, so an analysis never counts what its caller may not
// see.

// AllMissions returns every mission the caller may see, with its deployments, contributors,
// functions and successions, for the analytics over missions.
func (s *Store) AllMissions(ctx context.Context) ([]concord.MissionPresence, error) {
	recs, err := s.read(ctx, "MATCH (n:Mission) WHERE "+visibleN+" RETURN "+missionKind.projection+` AS node,
  [(m:Mandate)-[:AUTHORIZES]->(n) WHERE `+visibleM+` | m {.id, .adopted, .expires, .authorisedComponents, .authorisedNumbers}] AS mandates
ORDER BY n.id`, nil)
	if err != nil {
		return nil, fmt.Errorf("load missions: %w", err)
	}
	out := make([]concord.MissionPresence, len(recs))
	for i, r := range recs {
		node, _ := r.Get("node")
		out[i] = concord.MissionPresence{Mission: decodeMission(asProps(node))}
		for _, md := range props(r.AsMap()).maps("mandates") {
			out[i].Mandates = append(out[i].Mandates, concord.Mandate{
				ID: md.str("id"), Adopted: md.date("adopted"), Expires: md.date("expires"), Authorised: decodeStrengths(md),
			})
		}
	}
	return out, nil
}

// FundingIn returns the activities in a country the caller may see, with their funders and
// functions, and the funding links among them (PASSES_FUNDS_TO), for fragmentation.
func (s *Store) FundingIn(ctx context.Context, country string) ([]concord.Activity, []concord.ActivityLink, error) {
	recs, err := s.read(ctx, `MATCH (n:Activity)-[:IN]->(:Country {code: $country}) WHERE `+visibleN+`
WITH collect(n) AS acts
RETURN [n IN acts | `+activityKind.projection+`] AS nodes,
  [n IN acts | [(n)-[:PASSES_FUNDS_TO]->(m:Activity) WHERE m IN acts | [n.id, m.id]]] AS links`,
		map[string]any{"country": country})
	if err != nil {
		return nil, nil, fmt.Errorf("load funding in %s: %w", country, err)
	}
	var acts []concord.Activity
	var links []concord.ActivityLink
	nodes, _ := recs[0].Get("nodes")
	for _, n := range nodes.([]any) {
		acts = append(acts, decodeActivity(asProps(n)))
	}
	pairs, _ := recs[0].Get("links")
	for _, per := range pairs.([]any) {
		for _, pair := range per.([]any) {
			p := pair.([]any)
			links = append(links, concord.ActivityLink{From: p[0].(string), To: p[1].(string)})
		}
	}
	return acts, links, nil
}

// Leads returns the recorded leads in a country ("" for every country).
func (s *Store) Leads(ctx context.Context, country string) ([]concord.Lead, error) {
	recs, err := s.read(ctx, `MATCH (l:Lead)-[:LED_BY]->(a:Actor)
WHERE $country IS NULL OR l.country = $country
RETURN l {.country, .function, .from, .to, .note, actor: a.id} AS lead ORDER BY l.country, l.function, a.id, l.from`,
		map[string]any{"country": nullable(country)})
	if err != nil {
		return nil, fmt.Errorf("load leads: %w", err)
	}
	out := make([]concord.Lead, len(recs))
	for i, r := range recs {
		v, _ := r.Get("lead")
		p := asProps(v)
		out[i] = concord.Lead{Actor: p.str("actor"), Country: p.str("country"), Function: concord.FunctionCode(p.str("function")),
			Period: p.period("from", "to"), Note: p.str("note")}
	}
	return out, nil
}

// SetLead records (or, for the same actor, country, function and start, replaces) a lead.
// Administrators, and officers of the lead organisation, may set leads.
func (s *Store) SetLead(ctx context.Context, l concord.Lead) (concord.Lead, error) {
	p := concord.PrincipalFrom(ctx)
	if !p.Admin() && !(p.Has(concord.AccountOfficer) && p.Org == l.Actor) {
		return l, concord.Errorf(concord.EFORBIDDEN, "", "only administrators and officers of the lead organisation record a lead")
	}
	if err := l.Validate("input.", s.countries); err != nil {
		return l, err
	}
	err := s.writeTx(ctx, func(tx *tx) error {
		if err := checkRefs(tx, []nodeRef{{labelActor, l.Actor, "input.actor"}}); err != nil {
			return err
		}
		_, err := tx.run(`MATCH (a:Actor {id: $actor})
MERGE (l:Lead {key: $key})
SET l.country = $country, l.function = $function, l.from = $from, l.to = $to, l.note = $note
MERGE (l)-[:LED_BY]->(a)`, map[string]any{
			"key": leadKey(l), "actor": l.Actor, "country": l.Country, "function": string(l.Function),
			"from": dateParam(l.Period.From), "to": dateParam(l.Period.To), "note": strParam(l.Note)})
		if err != nil {
			return err
		}
		return audit(tx, []change{{"SET_LEAD", "lead", leadKey(l), []string{"actor", "country", "function", "period", "note"}}})
	})
	return l, err
}

// DeleteLead removes a recorded lead.
func (s *Store) DeleteLead(ctx context.Context, l concord.Lead) error {
	p := concord.PrincipalFrom(ctx)
	if !p.Admin() && !(p.Has(concord.AccountOfficer) && p.Org == l.Actor) {
		return concord.Errorf(concord.EFORBIDDEN, "", "only administrators and officers of the lead organisation remove a lead")
	}
	return s.writeTx(ctx, func(tx *tx) error {
		recs, err := tx.run("MATCH (l:Lead {key: $key}) DETACH DELETE l RETURN count(*) AS n", map[string]any{"key": leadKey(l)})
		if err != nil {
			return err
		}
		if n, _ := recs[0].Get("n"); n.(int64) == 0 {
			return concord.Errorf(concord.ENOTFOUND, "input", "no such lead")
		}
		return audit(tx, []change{{"DELETE_LEAD", "lead", leadKey(l), nil}})
	})
}

func leadKey(l concord.Lead) string {
	return strings.Join([]string{l.Country, string(l.Function), l.Actor, l.Period.From.String()}, "/")
}

// networkLabels maps the node types of a network to labels, and back: the allow-list of what a
// network may hold.
var networkLabels = map[string]string{
	"actor": labelActor, "mission": labelMission, "mandate": labelMandate, "activity": labelActivity,
	"cluster": labelCluster, "lesson": labelLesson, "country": "Country", "function": "Function", "region": "Region",
}

// Subgraph loads the records within depth hops of a focus (a network id such as
// "mission:unmik"), at most limit paths, every node of every path visible to the caller.
func (s *Store) Subgraph(ctx context.Context, focus string, depth, limit int) (concord.Subgraph, error) {
	typ, id, _ := strings.Cut(focus, ":")
	label, ok := networkLabels[typ]
	if !ok {
		return concord.Subgraph{}, concord.Errorf(concord.EINVALID, "focus", "unknown node type %q", typ)
	}
	key := "id"
	if label == "Country" || label == "Function" || label == "Region" {
		key = "code"
	}
	cypher := fmt.Sprintf(`MATCH (f:%s {%s: $id}) WHERE %s
OPTIONAL MATCH p = (f)-[:LEADS|CONTRIBUTES|ISSUED|AUTHORIZES|TASKS|DEPLOYED_IN|SUCCEEDS|FUNDS|IMPLEMENTS|IN|ADDRESSES|MEMBER_OF|ABOUT|PART_OF|IN_REGION|CHILD_OF|PASSES_FUNDS_TO|AUTHORED_BY*1..%d]-(x)
WHERE all(n IN nodes(p) WHERE `+visible("n")+`)
WITH f, p LIMIT $limit
WITH f, collect(p) AS paths
CALL (paths) { UNWIND paths AS p UNWIND nodes(p) AS n RETURN collect(DISTINCT n) AS found }
CALL (paths) { UNWIND paths AS p UNWIND relationships(p) AS r RETURN collect(DISTINCT r) AS rels }
WITH [f] + [n IN found WHERE n <> f] AS nodes, rels
RETURN [n IN nodes | {labels: labels(n), id: coalesce(n.id, n.code), label: coalesce(n.acronym, n.name, n.title, n.reference, n.code, n.id),
          model: n.model, kind: n.kind, start: toString(n.start), end: toString(n.end)}] AS nodes,
       [r IN rels | {type: type(r), source: coalesce(startNode(r).id, startNode(r).code), sourceLabels: labels(startNode(r)),
          target: coalesce(endNode(r).id, endNode(r).code), targetLabels: labels(endNode(r))}] AS rels`, label, key, visible("f"), depth)
	recs, err := s.read(ctx, cypher, map[string]any{"id": id, "limit": limit})
	if err != nil {
		return concord.Subgraph{}, fmt.Errorf("load network around %s: %w", focus, err)
	}
	var g concord.Subgraph
	if len(recs) == 0 {
		return g, nil
	}
	typeOf := func(labels []string) string {
		for t, l := range networkLabels {
			for _, x := range labels {
				if x == l {
					return t
				}
			}
		}
		return ""
	}
	nodes, _ := recs[0].Get("nodes")
	for _, v := range nodes.([]any) {
		p := asProps(v)
		t := typeOf(p.strings("labels"))
		if t == "" {
			continue
		}
		attrs := map[string]string{}
		for _, k := range []string{"model", "kind", "start", "end"} {
			if v := p.str(k); v != "" {
				attrs[k] = v
			}
		}
		g.Nodes = append(g.Nodes, concord.SubgraphNode{ID: concord.NetworkID(t, p.str("id")), Type: t, Label: p.str("label"), Attributes: attrs})
	}
	rels, _ := recs[0].Get("rels")
	for _, v := range rels.([]any) {
		p := asProps(v)
		st, tt := typeOf(p.strings("sourceLabels")), typeOf(p.strings("targetLabels"))
		if st == "" || tt == "" {
			continue
		}
		g.Edges = append(g.Edges, concord.SubgraphEdge{
			Source: concord.NetworkID(st, p.str("source")), Target: concord.NetworkID(tt, p.str("target")), Type: p.str("type")})
	}
	return g, nil
}
