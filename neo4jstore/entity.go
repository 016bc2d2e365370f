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
	createRels string            // optional: writes them for new nodes, which have none to delete
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

// upserted is what upsertNodes wrote: the rows it created and the rows it changed, whose
// relationships upsertRels then writes, and the changes for the audit log.
type upserted struct {
	counts           upsertCounts
	created, updated []row
	changes          []change
}

func (u *upserted) add(v upserted) {
	u.counts.Created += v.counts.Created
	u.counts.Updated += v.counts.Updated
	u.counts.Unchanged += v.counts.Unchanged
	u.created = append(u.created, v.created...)
	u.updated = append(u.updated, v.updated...)
	u.changes = append(u.changes, v.changes...)
}

// upsertNodes writes records by id: a record whose fingerprint is unchanged is not touched at
// all; one that changed gets its properties rewritten and its version bumped; a new one is
// created. Nodes are written for every row before any relationship (upsertRels), so rows may
// refer to each other in any order.
//
// New records — nearly all of a first import — take a plain CREATE, several times cheaper than
// the merge that changed records need. Should another transaction create one of them first,
// the unique constraint fails this one with a CONFLICT and nothing of it is written.
func upsertNodes[T any](tx *tx, k kind[T], rows []row) (upserted, error) {
	var out upserted
	rows = lastByID(rows)
	if len(rows) == 0 {
		return out, nil
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r["id"].(string)
	}
	recs, err := tx.run(fmt.Sprintf("UNWIND $ids AS id MATCH (n:%s {id: id}) RETURN id, n.fingerprint AS fingerprint", k.label),
		map[string]any{"ids": ids})
	if err != nil {
		return out, fmt.Errorf("read %s fingerprints: %w", k.label, err)
	}
	stored := make(map[string]any, len(recs))
	for _, r := range recs {
		id, _ := r.Get("id")
		stored[id.(string)], _ = r.Get("fingerprint")
	}
	var changed []row
	for _, r := range rows {
		fp, exists := stored[r["id"].(string)]
		switch {
		case !exists:
			out.created = append(out.created, r)
		case fp == r["fingerprint"]:
			out.counts.Unchanged++
		default:
			changed = append(changed, r)
		}
	}
	if len(out.created) > 0 {
		cypher := fmt.Sprintf(`UNWIND $rows AS row
CREATE (n:%s {id: row.id})
SET n += row.props, n.fingerprint = row.fingerprint, n.version = 1`, k.label)
		if _, err := tx.run(cypher, map[string]any{"rows": rowsParam(out.created)}); err != nil {
			return out, fmt.Errorf("create %s nodes: %w", k.label, err)
		}
		out.counts.Created = len(out.created)
		for _, r := range out.created {
			out.changes = append(out.changes, change{"IMPORT_CREATE", k.name, r["id"].(string), changedFields(nil, r)})
		}
	}
	if len(changed) == 0 {
		return out, nil
	}
	cypher := fmt.Sprintf(`UNWIND $rows AS row
MATCH (n:%s {id: row.id})
WITH n, row, properties(n) AS before
SET n += row.props, n.fingerprint = row.fingerprint, n.version = coalesce(n.version, 0) + 1
RETURN row.id AS id, before`, k.label)
	recs, err = tx.run(cypher, map[string]any{"rows": rowsParam(changed)})
	if err != nil {
		return out, fmt.Errorf("update %s nodes: %w", k.label, err)
	}
	if len(recs) != len(changed) {
		// A record read a moment ago was deleted by another transaction meanwhile.
		return out, concord.Errorf(concord.ECONFLICT, "", "%s records changed during the import; run it again", strings.ToLower(k.label))
	}
	byID := make(map[string]row, len(changed))
	for _, r := range changed {
		byID[r["id"].(string)] = r
	}
	for _, r := range recs {
		id, _ := r.Get("id")
		before, _ := r.Get("before")
		new := byID[id.(string)]
		out.counts.Updated++
		out.updated = append(out.updated, new)
		fields := changedFields(row{"props": before}, row{"props": new["props"]})
		if len(fields) == 0 {
			fields = []string{"relationships"}
		}
		out.changes = append(out.changes, change{"IMPORT_UPDATE", k.name, id.(string), fields})
	}
	return out, nil
}

// lastByID keeps the last of rows that share an id, in their order: a document may give one
// record twice, and the later one wins, as it would written one after the other.
func lastByID(rows []row) []row {
	last := make(map[string]int, len(rows))
	for i, r := range rows {
		last[r["id"].(string)] = i
	}
	if len(last) == len(rows) {
		return rows
	}
	out := make([]row, 0, len(last))
	for i, r := range rows {
		if last[r["id"].(string)] == i {
			out = append(out, r)
		}
	}
	return out
}

// upsertRels writes the owned relationships of the rows upsertNodes created or changed: a new
// node takes the kind's createRels when it has one (nothing to delete first), a changed one
// has them rewritten by writeRels.
func upsertRels[T any](tx *tx, k kind[T], created, updated []row) error {
	createRels := k.createRels
	if createRels == "" {
		createRels = k.writeRels
	}
	for _, step := range []struct {
		cypher string
		rows   []row
	}{{createRels, created}, {k.writeRels, updated}} {
		if len(step.rows) == 0 || step.cypher == "" {
			continue
		}
		if _, err := tx.run(step.cypher, map[string]any{"rows": relRows(step.rows)}); err != nil {
			return fmt.Errorf("write %s relationships: %w", k.label, err)
		}
	}
	return nil
}

// relRows are the rows without the node properties and fingerprint, which relationship
// statements do not read: half the bytes of an import need not travel twice.
func relRows(rows []row) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		m := make(map[string]any, len(r))
		for k, v := range r {
			if k != "props" && k != "fingerprint" {
				m[k] = v
			}
		}
		out[i] = m
	}
	return out
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
