package concord

import (
	"context"
	"io"
)

// Dataset is a whole document of records to import or that was exported: the native
// concord-dataset/1 format once parsed and checked (package dataset).
type Dataset struct {
	Actors     []Actor
	Clusters   []Cluster
	Mandates   []Mandate
	Missions   []Mission
	Activities []Activity
	Lessons    []Lesson

	// External lists the references that the document does not resolve itself; they must
	// name records the graph already holds.
	External []Reference
}

// RecordKind names a kind of record a reference can point to.
type RecordKind string

// Kinds of record.
const (
	RecordActor    RecordKind = "actor"
	RecordMission  RecordKind = "mission"
	RecordMandate  RecordKind = "mandate"
	RecordCluster  RecordKind = "cluster"
	RecordActivity RecordKind = "activity"
	RecordLesson   RecordKind = "lesson"
)

// Reference is a reference from a document to a record, with the JSON path it stands at.
type Reference struct {
	Kind RecordKind
	ID   string
	Path string
}

// ImportReport says what an import did, per kind of record.
type ImportReport struct {
	Counts []ImportCount
}

// ImportCount is what an import did to one kind of record.
type ImportCount struct {
	Kind                        RecordKind
	Created, Updated, Unchanged int
}

// Total sums the counts over every kind.
func (r ImportReport) Total() ImportCount {
	var t ImportCount
	for _, c := range r.Counts {
		t.Created += c.Created
		t.Updated += c.Updated
		t.Unchanged += c.Unchanged
	}
	return t
}

// FileImportReport says what an import of an IATI or HXL file read, wrote and skipped, and why.
type FileImportReport struct {
	Read, Created, Updated, Unchanged, Skipped int
	ActorsCreated                              int
	Reasons                                    map[string]int
}

// FileImporter imports IATI activity XML and HXL 3W sheets.
type FileImporter interface {
	ImportIATI(ctx context.Context, r io.Reader) (FileImportReport, error)
	ImportHXL(ctx context.Context, r io.Reader, sheet HXLSheet) (FileImportReport, error)
}

// HXLSheet is what a 3W sheet usually states outside its table: the country of sheets without a
// country column, and the period the sheet reports on ("2024 Q1"), which rows without a #date
// column take; a row's own dates win.
type HXLSheet struct {
	Country string
	Period  Period
}
