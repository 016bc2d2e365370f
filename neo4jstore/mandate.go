package neo4jstore

import (
	"context"
	"strings"

	"github.com/concord-peace/concord"
)

var mandateKind = kind[concord.Mandate]{
	label: labelMandate,
	projection: `n {.id, .reference, .adopted, .expires, .version, .owner, .confidential, .authorisedComponents, .authorisedNumbers,
  body: head([(a:Actor)-[:ISSUED]->(n) | a.id]),
  functions: [(n)-[:TASKS]->(f:Function) | f.code]}`,
	decode: func(p props) concord.Mandate {
		return concord.Mandate{
			ID: p.str("id"), Reference: p.str("reference"), Body: p.str("body"),
			Adopted: p.date("adopted"), Expires: p.date("expires"),
			Functions: p.functions("functions"), Version: p.integer("version"),
			Owner: p.str("owner"), Confidential: p.boolean("confidential"),
			Authorised: decodeStrengths(p),
		}
	},
	row: func(m concord.Mandate) row {
		m.Version = 0
		return newRow(m.ID,
			map[string]any{"reference": m.Reference, "adopted": dateParam(m.Adopted), "expires": dateParam(m.Expires),
				"owner": strParam(m.Owner), "confidential": m.Confidential,
				"authorisedComponents": strengthComponents(m.Authorised), "authorisedNumbers": strengthNumbers(m.Authorised)},
			map[string]any{"body": m.Body, "functions": codes(m.Functions)}, m)
	},
	writeRels: `UNWIND $rows AS row
MATCH (n:Mandate {id: row.id})
CALL (n) { MATCH (n)<-[r:ISSUED]-() DELETE r }
CALL (n) { MATCH (n)-[r:TASKS]->() DELETE r }
CALL (n, row) { MATCH (a:Actor {id: row.body}) MERGE (a)-[:ISSUED]->(n) }
CALL (n, row) { UNWIND row.functions AS code MATCH (f:Function {code: code}) MERGE (n)-[:TASKS]->(f) }`,
	referrers: `COUNT { (n)-[:AUTHORIZES]->() }`,
	refs: func(m concord.Mandate) []nodeRef {
		return []nodeRef{{labelActor, m.Body, "input.body"}}
	},
	validate: func(m concord.Mandate) error { return m.Validate("input.") },
	id:       func(m concord.Mandate) string { return m.ID },
	version:  func(m concord.Mandate) int { return m.Version },
	name:     concord.RecordMandate,
	owner:    func(m concord.Mandate) string { return m.Owner },
}

// Mandates loads mandates by id.
func (s *Store) Mandates(ctx context.Context, ids []string) (map[string]concord.Mandate, error) {
	return byIDs(ctx, s, mandateKind, ids)
}

// ListMandates returns one page of mandates ordered by id.
func (s *Store) ListMandates(ctx context.Context, f concord.MandateFilter, args concord.PageArgs) (concord.Page[concord.Mandate], error) {
	var q listQuery
	if f.Body != "" {
		q.add("EXISTS { (:Actor {id: $body})-[:ISSUED]->(n) }", "body", f.Body)
	}
	q.functionIn("(n)-[:TASKS]->(f:Function)", f.Function)
	if f.Mission != "" {
		q.add("EXISTS { (n)-[:AUTHORIZES]->(:Mission {id: $mission}) }", "mission", f.Mission)
	}
	if f.Search != "" {
		q.add("toLower(n.reference) CONTAINS $search", "search", strings.ToLower(f.Search))
	}
	return list(ctx, s, mandateKind, q, args)
}

// CreateMandate creates a mandate; its id must be new.
func (s *Store) CreateMandate(ctx context.Context, m concord.Mandate) (concord.Mandate, error) {
	return create(ctx, s, mandateKind, m)
}

// UpdateMandate changes a mandate at the version the client read.
func (s *Store) UpdateMandate(ctx context.Context, id string, version int, patch func(*concord.Mandate) error) (concord.Mandate, error) {
	return update(ctx, s, mandateKind, id, version, patch)
}

// DeleteMandate deletes a mandate that authorises no mission.
func (s *Store) DeleteMandate(ctx context.Context, id string, version int) error {
	return remove(ctx, s, mandateKind, id, version)
}
