package neo4jstore

import (
	"context"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

var activityKind = kind[concord.Activity]{
	label: labelActivity,
	projection: `n {.id, .title, .description, .start, .end, .version, .owner, .confidential,
  .source, .status, .sectors, .labels, .admin1, .admin2, .regions, .unnamedImplementers, parent: n.parentRef, fundedBy: n.fundedByRefs,
  countries: [(n)-[:IN]->(c:Country) | c.code],
  functions: [(n)-[:ADDRESSES]->(f:Function) | f.code],
  implementers: [(a:Actor)-[:IMPLEMENTS]->(n) | a.id],
  funders: [(a:Actor)-[r:FUNDS]->(n) | {actor: a.id, amount: r.amount, currency: r.currency, year: r.year}]}`,
	decode: decodeActivity,
	row: func(a concord.Activity) row {
		a.Version = 0
		var funders []map[string]any
		for _, f := range a.Funders {
			funders = append(funders, map[string]any{"actor": f.Funder, "amount": f.Amount, "currency": strParam(f.Currency), "year": intParam(f.Year)})
		}
		return newRow(a.ID,
			map[string]any{"title": a.Title, "description": strParam(a.Description), "start": dateParam(a.Period.From), "end": dateParam(a.Period.To),
				"owner": strParam(a.Owner), "confidential": a.Confidential,
				"source": strParam(a.Source), "status": strParam(a.Status), "sectors": a.Sectors, "labels": a.Labels,
				"admin1": a.Admin1, "admin2": a.Admin2, "regions": a.Regions, "parentRef": strParam(a.Parent), "fundedByRefs": a.FundedBy,
				"unnamedImplementers": a.UnnamedImplementers},
			map[string]any{"countries": a.Countries, "functions": codes(a.Functions), "implementers": a.Implementers, "funders": funders,
				"parentRef": strParam(a.Parent), "fundedByRefs": distinct(a.FundedBy)}, a)
	},
	writeRels: "UNWIND $rows AS row MATCH (n:Activity {id: row.id})\n" + activityClearRels + activityAddRels("MERGE"),
	// A deleted activity leaves its pending links behind (they hang on no relationship), so a
	// new one of the same id clears them before writing its own.
	createRels: "UNWIND $rows AS row MATCH (n:Activity {id: row.id})\n" +
		"CALL (n) { MATCH (pl:PendingLink {from: n.id}) DELETE pl }\n" + activityAddRels("CREATE"),
	refs: func(a concord.Activity) []nodeRef {
		var refs []nodeRef
		for i, id := range a.Implementers {
			refs = append(refs, nodeRef{labelActor, id, indexed("input.implementers", i)})
		}
		for i, f := range a.Funders {
			refs = append(refs, nodeRef{labelActor, f.Funder, indexed("input.funders", i) + ".actor"})
		}
		return refs
	},
	id:      func(a concord.Activity) string { return a.ID },
	version: func(a concord.Activity) int { return a.Version },
	name:    concord.RecordActivity,
	owner:   func(a concord.Activity) string { return a.Owner },
}

func decodeActivity(p props) concord.Activity {
	a := concord.Activity{
		ID: p.str("id"), Title: p.str("title"), Description: p.str("description"),
		Period: p.period("start", "end"), Countries: p.sortedStrings("countries"),
		Functions: p.functions("functions"), Implementers: p.sortedStrings("implementers"),
		Version: p.integer("version"), Owner: p.str("owner"), Confidential: p.boolean("confidential"),
		Source: p.str("source"), Status: p.str("status"), Sectors: p.sortedStrings("sectors"),
		Labels: p.sortedStrings("labels"), Admin1: p.sortedStrings("admin1"), Admin2: p.sortedStrings("admin2"), Regions: p.sortedStrings("regions"),
		UnnamedImplementers: p.sortedStrings("unnamedImplementers"),
		Parent:              p.str("parent"), FundedBy: p.sortedStrings("fundedBy"),
	}
	for _, f := range p.maps("funders") {
		a.Funders = append(a.Funders, concord.Funding{
			Funder: f.str("actor"), Target: a.ID, Amount: f.float("amount"), Currency: f.str("currency"), Year: f.integer("year"),
		})
	}
	slices.SortFunc(a.Funders, func(x, y concord.Funding) int {
		if c := strings.Compare(x.Funder, y.Funder); c != 0 {
			return c
		}
		return x.Year - y.Year
	})
	return a
}

// Activities loads activities by id.
func (s *Store) Activities(ctx context.Context, ids []string) (map[string]concord.Activity, error) {
	return byIDs(ctx, s, activityKind, ids)
}

// ListActivities returns one page of activities ordered by id.
func (s *Store) ListActivities(ctx context.Context, f concord.ActivityFilter, args concord.PageArgs) (concord.Page[concord.Activity], error) {
	var q listQuery
	if f.Country != "" {
		q.add("EXISTS { (n)-[:IN]->(:Country {code: $country}) }", "country", f.Country)
	}
	if f.Label != "" {
		q.add("$label IN n.labels", "label", f.Label)
	}
	if f.Source != "" {
		q.add("n.source = $source", "source", f.Source)
	}
	q.functionIn("(n)-[:ADDRESSES]->(f:Function)", f.Function)
	if f.Implementer != "" {
		q.add("EXISTS { (:Actor {id: $implementer})-[:IMPLEMENTS]->(n) }", "implementer", f.Implementer)
	}
	if f.Funder != "" {
		q.add("EXISTS { (:Actor {id: $funder})-[:FUNDS]->(n) }", "funder", f.Funder)
	}
	q.activeAt(f.ActiveAt)
	if f.Search != "" {
		// The id of an imported activity is its IATI identifier, which people search by.
		q.add("(toLower(n.title) CONTAINS $search OR toLower(n.id) CONTAINS $search)", "search", strings.ToLower(f.Search))
	}
	return list(ctx, s, activityKind, q, args)
}

// CreateActivity creates an activity; its id must be new.
func (s *Store) CreateActivity(ctx context.Context, a concord.Activity) (concord.Activity, error) {
	return create(ctx, s, s.activityKind(), a)
}

// UpdateActivity changes an activity at the version the client read.
func (s *Store) UpdateActivity(ctx context.Context, id string, version int, patch func(*concord.Activity) error) (concord.Activity, error) {
	return update(ctx, s, s.activityKind(), id, version, patch)
}

// DeleteActivity deletes an activity with the relationships it owns.
func (s *Store) DeleteActivity(ctx context.Context, id string, version int) error {
	return remove(ctx, s, activityKind, id, version)
}

func (s *Store) activityKind() kind[concord.Activity] {
	k := activityKind
	k.validate = func(a concord.Activity) error { return a.Validate("input.", s.countries) }
	return k
}

// activityClearRels deletes the relationships an activity owns, before a changed one has them
// written again; a new activity has none.
const activityClearRels = `CALL (n) { MATCH (n)<-[r:IMPLEMENTS|FUNDS]-() DELETE r }
CALL (n) { MATCH (n)-[r:IN|ADDRESSES]->() DELETE r }
CALL (n) { MATCH (n)-[r:CHILD_OF]->() DELETE r }
CALL (n) { MATCH (n)<-[r:PASSES_FUNDS_TO]-() DELETE r }
CALL (n) { MATCH (pl:PendingLink {from: n.id}) DELETE pl }
`

// activityAddRels writes an activity's relationships, then derives its presence properties
// from them (presence_props.go). A parent or funding activity not in the
// graph yet becomes a PendingLink, which the activity's own import later turns into the link.
// A new activity has no pending link of its own once createRels has cleared any left by a
// deleted activity of the same id, so it CREATEs them (writer "CREATE"):
// a MERGE would search the links of every activity first, and most IATI funding references
// name activities of other publishers that are never imported.
func activityAddRels(writer string) string {
	return `CALL (n, row) { UNWIND coalesce(row.countries, []) AS code MATCH (c:Country {code: code}) MERGE (n)-[:IN]->(c) }
CALL (n, row) { UNWIND coalesce(row.functions, []) AS code MATCH (f:Function {code: code}) MERGE (n)-[:ADDRESSES]->(f) }
CALL (n, row) { UNWIND coalesce(row.implementers, []) AS id MATCH (a:Actor {id: id}) MERGE (a)-[:IMPLEMENTS]->(n) }
CALL (n, row) { UNWIND coalesce(row.funders, []) AS f MATCH (a:Actor {id: f.actor})
  CREATE (a)-[:FUNDS {amount: f.amount, currency: f.currency, year: f.year}]->(n) }
CALL (n, row) {
  WITH n, row WHERE row.parentRef IS NOT NULL
  OPTIONAL MATCH (p:Activity {id: row.parentRef})
  FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (n)-[:CHILD_OF]->(p))
  FOREACH (_ IN CASE WHEN p IS NULL THEN [1] ELSE [] END | ` + writer + ` (:PendingLink {from: n.id, ref: row.parentRef, type: 'CHILD_OF'}))
}
CALL (n, row) {
  UNWIND coalesce(row.fundedByRefs, []) AS ref
  OPTIONAL MATCH (f:Activity {id: ref})
  FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | MERGE (f)-[:PASSES_FUNDS_TO]->(n))
  FOREACH (_ IN CASE WHEN f IS NULL THEN [1] ELSE [] END | ` + writer + ` (:PendingLink {from: n.id, ref: ref, type: 'PASSES_FUNDS_TO'}))
}
CALL (n) {
  MATCH (pl:PendingLink {ref: n.id})
  MATCH (src:Activity {id: pl.from})
  FOREACH (_ IN CASE WHEN pl.type = 'CHILD_OF' THEN [1] ELSE [] END | MERGE (src)-[:CHILD_OF]->(n))
  FOREACH (_ IN CASE WHEN pl.type = 'PASSES_FUNDS_TO' THEN [1] ELSE [] END | MERGE (n)-[:PASSES_FUNDS_TO]->(src))
  DELETE pl
}
` + derivePresence
}

// distinct returns the strings sorted, each once: a reference given twice is one link.
func distinct(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	out := slices.Clone(ss)
	slices.Sort(out)
	return slices.Compact(out)
}
