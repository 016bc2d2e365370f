package neo4jstore

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

var missionKind = kind[concord.Mission]{
	label:      labelMission,
	projection: missionProjection(concord.MissionWhole),
	decode:     decodeMission,
	row: func(m concord.Mission) row {
		m.Version, m.Functions = 0, nil
		var contributors, deployments []map[string]any
		for _, c := range m.Contributors {
			contributors = append(contributors, map[string]any{"actor": c.Actor, "role": strParam(c.Role), "personnel": intParam(c.Personnel)})
		}
		for _, d := range m.Deployments {
			deployments = append(deployments, map[string]any{"country": d.Country, "from": dateParam(d.Period.From), "to": dateParam(d.Period.To)})
		}
		props := map[string]any{
			"name": m.Name, "acronym": strParam(m.Acronym), "model": string(m.Model),
			"start": dateParam(m.Period.From), "end": dateParam(m.Period.To),
			"sources": m.Sources, "note": strParam(m.Note),
			"owner": strParam(m.Owner), "confidential": m.Confidential,
		}
		maps.Copy(props, headcountProps(m.Deployed))
		return newRow(m.ID, props,
			map[string]any{
				"lead": m.LeadActor, "contributors": contributors, "deployments": deployments,
				"mandates": m.Mandates, "succeeds": m.Succeeds, "clusters": m.Clusters,
			}, m)
	},
	writeRels: `UNWIND $rows AS row
MATCH (n:Mission {id: row.id})
CALL (n) { MATCH (n)<-[r:LEADS|CONTRIBUTES|AUTHORIZES]-() DELETE r }
CALL (n) { MATCH (n)-[r:DEPLOYED_IN|SUCCEEDS|MEMBER_OF]->() DELETE r }
CALL (n, row) { MATCH (a:Actor {id: row.lead}) MERGE (a)-[:LEADS]->(n) }
CALL (n, row) { UNWIND coalesce(row.contributors, []) AS c MATCH (a:Actor {id: c.actor})
  CREATE (a)-[:CONTRIBUTES {role: c.role, personnel: c.personnel}]->(n) }
CALL (n, row) { UNWIND coalesce(row.deployments, []) AS d MATCH (c:Country {code: d.country})
  CREATE (n)-[:DEPLOYED_IN {from: d.from, to: d.to}]->(c) }
CALL (n, row) { UNWIND coalesce(row.mandates, []) AS id MATCH (m:Mandate {id: id}) MERGE (m)-[:AUTHORIZES]->(n) }
CALL (n, row) { UNWIND coalesce(row.succeeds, []) AS id MATCH (p:Mission {id: id}) MERGE (n)-[:SUCCEEDS]->(p) }
CALL (n, row) { UNWIND coalesce(row.clusters, []) AS id MATCH (c:Cluster {id: id}) MERGE (n)-[:MEMBER_OF]->(c) }`,
	referrers: `COUNT { (n)<-[:SUCCEEDS]-() } + COUNT { (n)<-[:ABOUT]-() }`,
	refs: func(m concord.Mission) []nodeRef {
		refs := []nodeRef{{labelActor, m.LeadActor, "input.lead"}}
		for i, c := range m.Contributors {
			refs = append(refs, nodeRef{labelActor, c.Actor, indexed("input.contributors", i) + ".actor"})
		}
		for i, id := range m.Mandates {
			refs = append(refs, nodeRef{labelMandate, id, indexed("input.mandates", i)})
		}
		for i, id := range m.Succeeds {
			refs = append(refs, nodeRef{labelMission, id, indexed("input.succeeds", i)})
		}
		for i, id := range m.Clusters {
			refs = append(refs, nodeRef{labelCluster, id, indexed("input.clusters", i)})
		}
		return refs
	},
	id:      func(m concord.Mission) string { return m.ID },
	version: func(m concord.Mission) int { return m.Version },
	name:    concord.RecordMission,
	owner:   func(m concord.Mission) string { return m.Owner },
}

// missionPartProjections are the Cypher of each part of a mission, under the map projection of
// missionProjection; decodeMission reads each key, and a key left out decodes as empty.
var missionPartProjections = []struct {
	part   concord.MissionParts
	cypher string
}{
	{concord.MissionLead, `lead: head([(a:Actor)-[:LEADS]->(n) | a.id])`},
	{concord.MissionContributors, `contributors: [(a:Actor)-[r:CONTRIBUTES]->(n) | {actor: a.id, role: r.role, personnel: r.personnel}]`},
	{concord.MissionDeployments, `deployments: [(n)-[d:DEPLOYED_IN]->(c:Country) | {country: c.code, from: d.from, to: d.to}]`},
	{concord.MissionMandates, `mandates: [(m:Mandate)-[:AUTHORIZES]->(n) WHERE ` + visibleM + ` | m.id]`},
	{concord.MissionFunctions, `functions: [(n)<-[:AUTHORIZES]-(m:Mandate)-[:TASKS]->(f:Function) WHERE ` + visibleM + ` | f.code]`},
	{concord.MissionPredecessors, `succeeds: [(n)-[:SUCCEEDS]->(p:Mission) WHERE ` + visibleP + ` | p.id]`},
	{concord.MissionClusters, `clusters: [(n)-[:MEMBER_OF]->(c:Cluster) | c.id]`},
	{concord.MissionText, `.sources, .note`},
}

// missionProjection is the map projection of n that reads a mission's own fields and the parts
// asked for. It is built from the constants above only.
func missionProjection(parts concord.MissionParts) string {
	out := "n {.id, .name, .acronym, .model, .start, .end, .version, .owner, .confidential, " + headcountKeys
	for _, p := range missionPartProjections {
		if parts.Has(p.part) {
			out += ",\n  " + p.cypher
		}
	}
	return out + "}"
}

// missionsOf is missionKind reading only the given parts.
func missionsOf(parts concord.MissionParts) kind[concord.Mission] {
	k := missionKind
	k.projection = missionProjection(parts)
	return k
}

func decodeMission(p props) concord.Mission {
	m := concord.Mission{
		ID: p.str("id"), Name: p.str("name"), Acronym: p.str("acronym"),
		Model: concord.MissionModel(p.str("model")), LeadActor: p.str("lead"),
		Period: p.period("start", "end"), Sources: p.strings("sources"), Note: p.str("note"),
		Version: p.integer("version"), Mandates: p.sortedStrings("mandates"),
		Owner: p.str("owner"), Confidential: p.boolean("confidential"),
		Succeeds: p.sortedStrings("succeeds"), Clusters: p.sortedStrings("clusters"),
		Functions: p.functions("functions"),
		Deployed:  decodeHeadcounts(p),
	}
	for _, c := range p.maps("contributors") {
		m.Contributors = append(m.Contributors, concord.Contribution{
			Actor: c.str("actor"), Mission: m.ID, Role: c.str("role"), Personnel: c.integer("personnel"),
		})
	}
	slices.SortFunc(m.Contributors, func(a, b concord.Contribution) int { return strings.Compare(a.Actor+a.Role, b.Actor+b.Role) })
	for _, d := range p.maps("deployments") {
		m.Deployments = append(m.Deployments, concord.Deployment{Mission: m.ID, Country: d.str("country"), Period: d.period("from", "to")})
	}
	slices.SortFunc(m.Deployments, func(a, b concord.Deployment) int {
		return strings.Compare(a.Country+a.Period.From.String(), b.Country+b.Period.From.String())
	})
	return m
}

func indexed(field string, i int) string { return field + "[" + itoa(i) + "]" }

// Missions loads missions by id.
func (s *Store) Missions(ctx context.Context, ids []string) (map[string]concord.Mission, error) {
	return byIDs(ctx, s, missionKind, ids)
}

// ListMissions returns one page of missions ordered by id.
func (s *Store) ListMissions(ctx context.Context, f concord.MissionFilter, args concord.PageArgs) (concord.Page[concord.Mission], error) {
	var q listQuery
	if f.Model != "" {
		q.add("n.model = $model", "model", string(f.Model))
	}
	if f.LeadActor != "" {
		q.add("EXISTS { (:Actor {id: $lead})-[:LEADS]->(n) }", "lead", f.LeadActor)
	}
	if f.Country != "" {
		q.add("EXISTS { (n)-[:DEPLOYED_IN]->(:Country {code: $country}) }", "country", f.Country)
	}
	q.functionIn("(n)<-[:AUTHORIZES]-(:Mandate)-[:TASKS]->(f:Function)", f.Function)
	if f.Cluster != "" {
		q.add("EXISTS { (n)-[:MEMBER_OF]->(:Cluster {id: $cluster}) }", "cluster", f.Cluster)
	}
	q.activeAt(f.ActiveAt)
	if f.Search != "" {
		q.add("(toLower(n.name) CONTAINS $search OR toLower(coalesce(n.acronym, '')) CONTAINS $search OR toLower(n.id) CONTAINS $search)", "search", strings.ToLower(f.Search))
	}
	return list(ctx, s, missionKind, q, args)
}

// CreateMission creates a mission; its id must be new.
func (s *Store) CreateMission(ctx context.Context, m concord.Mission) (concord.Mission, error) {
	return create(ctx, s, s.missionKind(), m)
}

// UpdateMission changes a mission at the version the client read.
func (s *Store) UpdateMission(ctx context.Context, id string, version int, patch func(*concord.Mission) error) (concord.Mission, error) {
	return update(ctx, s, s.missionKind(), id, version, patch)
}

// DeleteMission deletes a mission no successor or lesson refers to, with the relationships it owns.
func (s *Store) DeleteMission(ctx context.Context, id string, version int) error {
	return remove(ctx, s, missionKind, id, version)
}

// missionKind adds the validation that needs the store's country list.
func (s *Store) missionKind() kind[concord.Mission] {
	k := missionKind
	k.validate = func(m concord.Mission) error { return m.Validate("input.", s.countries) }
	return k
}
