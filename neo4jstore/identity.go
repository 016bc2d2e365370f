package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/concord-peace/concord"
)

// ResolveActors finds, for each organisation given by its matching keys in priority order
// (concord.Actor.ActorKeys: IATI identifier, then normalised names), the id of the actor that
// already holds one of them: the first key that matches wins, and among several actors with
// that key the preferred id if it is one of them, else the smallest. "" means none: the
// organisation is new. One round trip.
func (s *Store) ResolveActors(ctx context.Context, orgs [][]string, preferred []string) ([]string, error) {
	out := make([]string, len(orgs))
	if len(orgs) == 0 {
		return out, nil
	}
	lists := make([]any, len(orgs))
	for i, keys := range orgs {
		lists[i] = keys
	}
	prefs := make([]any, len(orgs))
	for i := range orgs {
		if i < len(preferred) {
			prefs[i] = preferred[i]
		}
	}
	// Among the actors a key finds, the preferred one (the id a first import gave the
	// organisation) wins, so that two organisations with one name keep their own actors.
	recs, err := s.read(ctx, `UNWIND range(0, size($orgs) - 1) AS i
CALL (i) {
  UNWIND range(0, size($orgs[i]) - 1) AS j
  MATCH (:ActorKey {key: $orgs[i][j]})-[:IDENTIFIES]->(a:Actor)
  RETURN a.id AS id ORDER BY j, CASE WHEN a.id = $preferred[i] THEN 0 ELSE 1 END, a.id LIMIT 1
}
RETURN i, id`, map[string]any{"orgs": lists, "preferred": prefs})
	if err != nil {
		return nil, fmt.Errorf("resolve organisations: %w", err)
	}
	for _, r := range recs {
		i, _ := r.Get("i")
		id, _ := r.Get("id")
		out[i.(int64)], _ = id.(string)
	}
	return out, nil
}

// ActorNames returns the names of the actors with the given ids that exist ("" ids are
// skipped), for the importer's check of a match by acronym. One round trip.
func (s *Store) ActorNames(ctx context.Context, ids []string) (map[string]string, error) {
	recs, err := s.read(ctx, "MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name", map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("read actor names: %w", err)
	}
	out := make(map[string]string, len(recs))
	for _, r := range recs {
		p := props(r.AsMap())
		out[p.str("id")] = p.str("name")
	}
	return out, nil
}

// ActorDuplicates lists pairs of actors that probably are one organisation: the same IATI
// identifier, or names one of which holds every word of the other (concord.ProbableDuplicate).
// It compares names within blocks that share a word, not every pair.
func (s *Store) ActorDuplicates(ctx context.Context) ([]concord.DuplicatePair, error) {
	recs, err := s.read(ctx, "MATCH (n:Actor) RETURN n.id AS id, n.name AS name, n.acronym AS acronym, n.ref AS ref ORDER BY n.id", nil)
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	type entry struct{ id, name, ref string }
	var actors []entry
	byWord := map[string][]int{}
	for _, r := range recs {
		p := props(r.AsMap())
		e := entry{p.str("id"), concord.NormalizeName(p.str("name")), strings.ToUpper(p.str("ref"))}
		actors = append(actors, e)
		for _, w := range strings.Fields(e.name) {
			if len(w) > 2 && !slices.Contains(byWord[w], len(actors)-1) {
				byWord[w] = append(byWord[w], len(actors)-1)
			}
		}
	}
	seen := map[[2]int]bool{}
	var out []concord.DuplicatePair
	add := func(i, j int, reason string) {
		if i > j {
			i, j = j, i
		}
		if i == j || seen[[2]int{i, j}] {
			return
		}
		seen[[2]int{i, j}] = true
		out = append(out, concord.DuplicatePair{A: actors[i].id, B: actors[j].id, Reason: reason})
	}
	byRef := map[string]int{}
	for i, a := range actors {
		if a.ref == "" {
			continue
		}
		if j, ok := byRef[a.ref]; ok {
			add(j, i, "same IATI identifier "+a.ref)
		} else {
			byRef[a.ref] = i
		}
	}
	for _, block := range byWord {
		if len(block) > 200 {
			continue // a word that common ("international") says nothing
		}
		for x := 0; x < len(block); x++ {
			for y := x + 1; y < len(block); y++ {
				a, b := actors[block[x]], actors[block[y]]
				if concord.ProbableDuplicate(a.name, b.name) {
					add(block[x], block[y], fmt.Sprintf("names %q and %q", a.name, b.name))
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y concord.DuplicatePair) int { return strings.Compare(x.A+"\x00"+x.B, y.A+"\x00"+y.B) })
	return out, nil
}

// MergeActors folds actor drop into keep: every relationship, owner field and matching key of
// drop moves to keep, drop's names become keep's aliases, and drop is deleted, in one
// transaction. Later imports that name drop's organisation then map to keep. Administrators only.
func (s *Store) MergeActors(ctx context.Context, keep, drop string) (concord.Actor, error) {
	var out concord.Actor
	if !concord.PrincipalFrom(ctx).Admin() {
		return out, concord.Errorf(concord.EFORBIDDEN, "", "only administrators merge actors")
	}
	if keep == drop {
		return out, concord.Errorf(concord.EINVALID, "drop", "an actor cannot be merged into itself")
	}
	err := s.writeTx(ctx, func(tx *tx) error {
		recs, err := tx.run(`MATCH (k:Actor {id: $keep}), (d:Actor {id: $drop})
SET k._lock = true, d._lock = true REMOVE k._lock, d._lock
RETURN k.id AS keep`, map[string]any{"keep": keep, "drop": drop})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return concord.Errorf(concord.ENOTFOUND, "keep", "no actors %q and %q", keep, drop)
		}
		// Relationship types are listed: Cypher cannot create a relationship of a type held
		// in a variable, and this list is the allow-list of what an actor takes part in.
		for _, stmt := range mergeStatements {
			if _, err := tx.run(stmt, map[string]any{"keep": keep, "drop": drop}); err != nil {
				return fmt.Errorf("merge %q into %q: %w", drop, keep, err)
			}
		}
		if err := audit(tx, []change{{"MERGE", concord.RecordActor, keep, []string{"merged:" + drop}}}); err != nil {
			return err
		}
		out, _, err = oneByID(tx, actorKind, keep, false)
		return err
	})
	return out, err
}

var mergeStatements = []string{
	`MATCH (d:Actor {id: $drop})-[r:LEADS]->(m) MATCH (k:Actor {id: $keep}) MERGE (k)-[:LEADS]->(m) DELETE r SET m.fingerprint = null`,
	`MATCH (d:Actor {id: $drop})-[r:CONTRIBUTES]->(m) MATCH (k:Actor {id: $keep})
	 CREATE (k)-[:CONTRIBUTES {role: r.role, personnel: r.personnel}]->(m) DELETE r SET m.fingerprint = null`,
	`MATCH (d:Actor {id: $drop})-[r:ISSUED]->(m) MATCH (k:Actor {id: $keep}) MERGE (k)-[:ISSUED]->(m) DELETE r SET m.fingerprint = null`,
	`MATCH (d:Actor {id: $drop})-[r:IMPLEMENTS]->(a) MATCH (k:Actor {id: $keep}) MERGE (k)-[:IMPLEMENTS]->(a) DELETE r SET a.fingerprint = null`,
	`MATCH (d:Actor {id: $drop})-[r:FUNDS]->(a) MATCH (k:Actor {id: $keep})
	 CREATE (k)-[:FUNDS {amount: r.amount, currency: r.currency, year: r.year}]->(a) DELETE r SET a.fingerprint = null`,
	// The kept actor's activities may now have one engagement where they had two.
	`MATCH (k:Actor {id: $keep})-[:IMPLEMENTS|FUNDS]->(n:Activity) WITH DISTINCT n ` + derivePresence,
	`MATCH (d:Actor {id: $drop})<-[r:PART_OF]-(c) MATCH (k:Actor {id: $keep}) MERGE (c)-[:PART_OF]->(k) DELETE r SET c.fingerprint = null`,
	`MATCH (d:Actor {id: $drop})<-[r:AUTHORED_BY]-(l) MATCH (k:Actor {id: $keep}) MERGE (l)-[:AUTHORED_BY]->(k) DELETE r SET l.fingerprint = null`,
	`MATCH (d:Actor {id: $drop})<-[r:IDENTIFIES]-(key) MATCH (k:Actor {id: $keep}) MERGE (key)-[:IDENTIFIES]->(k) DELETE r`,
	`MATCH (n) WHERE n.owner = $drop SET n.owner = $keep, n.fingerprint = null`,
	`MATCH (a:Account {org: $drop}) SET a.org = $keep`,
	`MATCH (k:Actor {id: $keep}), (d:Actor {id: $drop})
	 SET k.aliases = [x IN coalesce(k.aliases, []) + [d.name] + coalesce(d.aliases, []) + CASE WHEN d.acronym IS NULL THEN [] ELSE [d.acronym] END
	                  WHERE x <> k.name | x],
	     k.ref = coalesce(k.ref, d.ref), k.fingerprint = null, k.version = k.version + 1
	 DETACH DELETE d`,
}
