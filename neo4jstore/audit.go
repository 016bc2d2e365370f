package neo4jstore

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/concord-peace/concord"
)

// change is one record an operation wrote, for the audit log.
type change struct {
	action string
	kind   concord.RecordKind
	record string
	fields []string
}

// audit writes the events of a transaction's changes, in that transaction: if the change
// commits, so does its record, and if it rolls back, neither exists.
func audit(tx *tx, changes []change) error {
	if len(changes) == 0 {
		return nil
	}
	p := concord.PrincipalFrom(tx.ctx)
	rows := make([]any, len(changes))
	for i, c := range changes {
		rows[i] = map[string]any{"action": c.action, "kind": string(c.kind), "record": c.record, "fields": c.fields}
	}
	_, err := tx.run(`UNWIND $rows AS row
CREATE (:AuditEvent {id: randomUUID(), at: datetime(), subject: $subject, org: $org,
  action: row.action, kind: row.kind, record: row.record, fields: row.fields})`,
		map[string]any{"rows": rows, "subject": p.Subject, "org": nullable(p.Org)})
	if err != nil {
		return fmt.Errorf("write audit events: %w", err)
	}
	return nil
}

// changedFields names the fields whose values differ between two upsert rows; old is nil for
// a new record, whose every given field counts.
func changedFields(old, new row) []string {
	o, n := flatten(old), flatten(new)
	var fields []string
	for k, v := range n {
		if old == nil && !blank(v) || old != nil && fingerprint(v) != fingerprint(o[k]) {
			fields = append(fields, k)
		}
	}
	slices.Sort(fields)
	return fields
}

// flatten puts a row's node properties and relationship data side by side.
func flatten(r row) map[string]any {
	out := map[string]any{}
	if r == nil {
		return out
	}
	props, _ := r["props"].(map[string]any)
	maps.Copy(out, props)
	for k, v := range r {
		if k != "id" && k != "props" && k != "fingerprint" {
			out[k] = v
		}
	}
	return out
}

// AuditEvents lists audit events, newest first; administrators only.
func (s *Store) AuditEvents(ctx context.Context, f concord.AuditFilter, args concord.PageArgs) (concord.Page[concord.AuditEvent], error) {
	if !concord.PrincipalFrom(ctx).Admin() {
		return concord.Page[concord.AuditEvent]{}, concord.Errorf(concord.EFORBIDDEN, "", "only administrators read the audit log")
	}
	limit, err := args.Limit()
	if err != nil {
		return concord.Page[concord.AuditEvent]{}, err
	}
	skip := 0
	if args.After != "" {
		key, err := concord.DecodeCursor(args.After)
		if err != nil {
			return concord.Page[concord.AuditEvent]{}, err
		}
		if _, err := fmt.Sscan(key, &skip); err != nil {
			return concord.Page[concord.AuditEvent]{}, concord.Errorf(concord.EINVALID, "after", "not a cursor of this list")
		}
		skip++
	}
	recs, err := s.read(ctx, `CALL () {
  MATCH (e:AuditEvent) WHERE ($record IS NULL OR e.record = $record) AND ($subject IS NULL OR e.subject = $subject)
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:AuditEvent) WHERE ($record IS NULL OR e.record = $record) AND ($subject IS NULL OR e.subject = $subject)
  WITH e ORDER BY e.at DESC, e.id SKIP $skip LIMIT $limit + 1
  RETURN collect(e {.*}) AS page
}
RETURN total, page`,
		map[string]any{"record": nullable(f.Record), "subject": nullable(f.Subject), "skip": skip, "limit": limit})
	if err != nil {
		return concord.Page[concord.AuditEvent]{}, fmt.Errorf("list audit events: %w", err)
	}
	var page concord.Page[concord.AuditEvent]
	total, _ := recs[0].Get("total")
	list, _ := recs[0].Get("page")
	page.Total = int(total.(int64))
	page.HasPrevious = skip > 0
	for i, v := range list.([]any) {
		if i == limit {
			page.HasNext = true
			break
		}
		p := asProps(v)
		e := concord.AuditEvent{
			ID: p.str("id"), Subject: p.str("subject"), Org: p.str("org"), Action: p.str("action"),
			Kind: concord.RecordKind(p.str("kind")), Record: p.str("record"), Fields: p.strings("fields"),
		}
		e.At = p.datetime("at")
		page.Items = append(page.Items, e)
		page.Cursors = append(page.Cursors, concord.EncodeCursor(fmt.Sprint(skip+i)))
	}
	return page, nil
}

// blank reports whether a value fingerprints like nothing at all (nil, "", false, 0, or a list
// of such), without the cost of a fingerprint for the common shapes of a row: an import of a
// hundred thousand new records asks it of every field.
func blank(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case bool:
		return !x
	case []string:
		return !slices.ContainsFunc(x, func(s string) bool { return s != "" })
	}
	return fingerprint(v) == fingerprint(nil)
}
