package concord

import "time"

// AuditEvent records one write: who made it, when, to which record, and which fields changed.
// Events are written in the same transaction as the change and no operation alters them.
type AuditEvent struct {
	ID      string
	At      time.Time
	Subject string // account id, or "system"
	Org     string
	Action  string // CREATE, UPDATE, DELETE, IMPORT_CREATE, IMPORT_UPDATE
	Kind    RecordKind
	Record  string
	Fields  []string
}

// AuditFilter selects audit events.
type AuditFilter struct {
	Record  string
	Subject string
}
