package neo4jstore

import (
	"fmt"
	"strings"

	"github.com/concord-peace/concord"
)

// kind describes how one type of record lives in the graph. Every Cypher fragment here is a
// constant of this package; only values travel as parameters.
type kind[T any] struct {
	label      string            // node label
	projection string            // Cypher map projection of n into the record's props
	decode     func(props) T     // props → domain value
	row        func(T) row       // domain value → upsert row
	writeRels  string            // rewrites the relationships the record owns, over UNWIND $rows AS row
	referrers  string            // Cypher expression counting references that block deletion
	refs       func(T) []nodeRef // references that must resolve before writing
	validate   func(T) error     // the record's own rules, with field paths
	id         func(T) string
	version    func(T) int
	// owner returns the organisation that owns a record; nil for kinds only administrators
	// write (actors, clusters).
	owner func(T) string
	// name is the kind in audit events and messages.
	name concord.RecordKind
	// after runs in the transaction of every write of this kind, after the record.
	after func(tx *tx) error
}

// row is what an upsert writes: the id, the node's own properties (null removes one), the
// relationship data for writeRels, and a fingerprint of all of it.
type row map[string]any

func newRow(id string, nodeProps map[string]any, rels map[string]any, record any) row {
	r := row{"id": id, "props": nodeProps, "fingerprint": fingerprint(record)}
	for k, v := range rels {
		r[k] = v
	}
	return r
}

// nodeRef is a reference from one record to another that must exist.
type nodeRef struct {
	label string
	id    string
	field string
}

// upsertCounts says what an upsert did.
type upsertCounts struct {
	Created, Updated, Unchanged int
}

// upsert writes records by id: a record whose fingerprint is unchanged is not touched at all;
// one that changed gets its properties and owned relationships rewritten and its version
// bumped. Nodes are written for every row before any relationship, so rows may refer to each
// other in any order.
func upsertNodes[T any](tx *tx, k kind[T], rows []row) (upsertCounts, []row, []change, error) {
	var counts upsertCounts
	if len(rows) == 0 {
		return counts, nil, nil, nil
	}
	cypher := fmt.Sprintf(`UNWIND $rows AS row
OPTIONAL MATCH (old:%[1]s {id: row.id})
WITH row, old IS NULL AS isNew, coalesce(old.fingerprint = row.fingerprint, false) AS same, properties(old) AS before
MERGE (n:%[1]s {id: row.id})
WITH n, row, isNew, same, before
CALL (n, row, same) {
  WITH n, row WHERE NOT same
  SET n += row.props, n.fingerprint = row.fingerprint, n.version = coalesce(n.version, 0) + 1
}
RETURN row.id AS id, isNew, same, CASE WHEN isNew OR same THEN null ELSE before END AS before`, k.label)
	recs, err := tx.run(cypher, map[string]any{"rows": rowsParam(rows)})
	if err != nil {
		return counts, nil, nil, fmt.Errorf("upsert %s nodes: %w", k.label, err)
	}
	byID := make(map[string]row, len(rows))
	for _, r := range rows {
		byID[r["id"].(string)] = r
	}
	var dirty []row
	var changes []change
	for _, r := range recs {
		id, _ := r.Get("id")
		isNew, _ := r.Get("isNew")
		same, _ := r.Get("same")
		before, _ := r.Get("before")
		new := byID[id.(string)]
		switch {
		case isNew == true:
			counts.Created++
			dirty = append(dirty, new)
			changes = append(changes, change{"IMPORT_CREATE", k.name, id.(string), changedFields(nil, new)})
		case same == true:
			counts.Unchanged++
		default:
			counts.Updated++
			dirty = append(dirty, new)
			fields := changedFields(row{"props": before}, row{"props": new["props"]})
			if len(fields) == 0 {
				fields = []string{"relationships"}
			}
			changes = append(changes, change{"IMPORT_UPDATE", k.name, id.(string), fields})
		}
	}
	return counts, dirty, changes, nil
}

// upsertRels rewrites the owned relationships of the rows upsertNodes reported as changed.
func upsertRels[T any](tx *tx, k kind[T], dirty []row) error {
	if len(dirty) == 0 || k.writeRels == "" {
		return nil
	}
	if _, err := tx.run(k.writeRels, map[string]any{"rows": rowsParam(dirty)}); err != nil {
		return fmt.Errorf("write %s relationships: %w", k.label, err)
	}
	return nil
}

func rowsParam(rows []row) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = map[string]any(r)
	}
	return out
}

// checkRefs returns an error naming the field of each reference that does not resolve.
func checkRefs(tx *tx, refs []nodeRef) error {
	byLabel := map[string][]nodeRef{}
	for _, r := range refs {
		byLabel[r.label] = append(byLabel[r.label], r)
	}
	var errs concord.Errors
	for _, label := range []string{labelActor, labelMission, labelMandate, labelCluster, labelActivity, labelLesson} {
		rs := byLabel[label]
		if len(rs) == 0 {
			continue
		}
		ids := make([]string, len(rs))
		for i, r := range rs {
			ids[i] = r.id
		}
		// A record the caller may not see does not exist for it: same message, no oracle.
		recs, err := tx.run(fmt.Sprintf("UNWIND $ids AS id OPTIONAL MATCH (n:%s {id: id}) WHERE %s WITH id, n WHERE n IS NULL RETURN collect(DISTINCT id) AS missing", label, visibleN),
			map[string]any{"ids": ids})
		if err != nil {
			return fmt.Errorf("check %s references: %w", label, err)
		}
		missing := map[string]bool{}
		if len(recs) > 0 {
			list, _ := recs[0].Get("missing")
			for _, v := range list.([]any) {
				missing[v.(string)] = true
			}
		}
		for _, r := range rs {
			if missing[r.id] {
				errs.Add(r.field, "no %s with id %q", strings.ToLower(label), r.id)
			}
		}
	}
	return errs.Err()
}

// Labels, the allow-list of node labels the store interpolates into Cypher.
const (
	labelActor    = "Actor"
	labelMission  = "Mission"
	labelMandate  = "Mandate"
	labelActivity = "Activity"
	labelCluster  = "Cluster"
	labelLesson   = "Lesson"
)
