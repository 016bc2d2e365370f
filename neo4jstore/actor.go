package neo4jstore

import (
	"context"
	"strings"

	"github.com/concord-peace/concord"
)

var actorKind = kind[concord.Actor]{
	label: labelActor,
	projection: `n {.id, .name, .acronym, .kind, .version, .ref, .aliases,
  parent: head([(n)-[:PART_OF]->(p:Actor) | p.id])}`,
	decode: func(p props) concord.Actor {
		return concord.Actor{
			ID: p.str("id"), Name: p.str("name"), Acronym: p.str("acronym"),
			Kind: concord.ActorKind(p.str("kind")), Parent: p.str("parent"), Version: p.integer("version"),
			Ref: p.str("ref"), Aliases: p.sortedStrings("aliases"),
		}
	},
	row: func(a concord.Actor) row {
		a.Version = 0
		return newRow(a.ID,
			map[string]any{"name": a.Name, "acronym": strParam(a.Acronym), "kind": string(a.Kind),
				"ref": strParam(a.Ref), "aliases": a.Aliases},
			map[string]any{"parent": strParam(a.Parent), "keys": a.ActorKeys()}, a)
	},
	writeRels: `UNWIND $rows AS row
MATCH (n:Actor {id: row.id})
CALL (n) { MATCH (n)-[r:PART_OF]->() DELETE r }
CALL (n) { MATCH (n)<-[r:IDENTIFIES]-(:ActorKey) DELETE r }
CALL (n, row) { MATCH (p:Actor {id: row.parent}) MERGE (n)-[:PART_OF]->(p) }
CALL (n, row) { UNWIND row.keys AS key MERGE (k:ActorKey {key: key}) MERGE (k)-[:IDENTIFIES]->(n) }`,
	referrers: `COUNT { (n)<-[:PART_OF]-() } + COUNT { (n)-[:LEADS|CONTRIBUTES|ISSUED|IMPLEMENTS|FUNDS]->() } + COUNT { (n)<-[:AUTHORED_BY]-() }`,
	refs: func(a concord.Actor) []nodeRef {
		if a.Parent == "" {
			return nil
		}
		return []nodeRef{{labelActor, a.Parent, "input.parent"}}
	},
	validate: func(a concord.Actor) error { return a.Validate("input.") },
	id:       func(a concord.Actor) string { return a.ID },
	version:  func(a concord.Actor) int { return a.Version },
	name:     concord.RecordActor,
}

// Actors loads actors by id.
func (s *Store) Actors(ctx context.Context, ids []string) (map[string]concord.Actor, error) {
	return byIDs(ctx, s, actorKind, ids)
}

// ListActors returns one page of actors ordered by id.
func (s *Store) ListActors(ctx context.Context, f concord.ActorFilter, args concord.PageArgs) (concord.Page[concord.Actor], error) {
	var q listQuery
	if f.Kind != "" {
		q.add("n.kind = $kind", "kind", string(f.Kind))
	}
	if f.Parent != "" {
		q.add("EXISTS { (n)-[:PART_OF]->(:Actor {id: $parent}) }", "parent", f.Parent)
	}
	if f.Search != "" {
		q.add("(toLower(n.name) CONTAINS $search OR toLower(coalesce(n.acronym, '')) CONTAINS $search OR toLower(n.id) CONTAINS $search OR toLower(coalesce(n.ref, '')) CONTAINS $search)", "search", strings.ToLower(f.Search))
	}
	return list(ctx, s, actorKind, q, args)
}

// CreateActor creates an actor; its id must be new.
func (s *Store) CreateActor(ctx context.Context, a concord.Actor) (concord.Actor, error) {
	return create(ctx, s, actorKind, a)
}

// UpdateActor changes an actor at the version the client read.
func (s *Store) UpdateActor(ctx context.Context, id string, version int, patch func(*concord.Actor) error) (concord.Actor, error) {
	return update(ctx, s, actorKind, id, version, patch)
}

// DeleteActor deletes an actor nothing refers to.
func (s *Store) DeleteActor(ctx context.Context, id string, version int) error {
	return remove(ctx, s, actorKind, id, version)
}
