package server_test

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// TestImportDryRun: a dry run of each import reports the same counts as the import that
// follows it, and writes nothing at all (audit events included); a dry run after the import
// reports what a second import finds, everything unchanged.
func TestImportDryRun(t *testing.T) {
	a := newAPI(t)
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	type fileReport struct {
		Read, Created, Updated, Unchanged, Skipped, ActorsCreated int
		Reasons                                                   []struct {
			Reason string
			Count  int
		}
	}
	type datasetReport struct {
		Created, Updated, Unchanged int
		Counts                      []struct {
			Kind                        string
			Created, Updated, Unchanged int
		}
	}
	const fileFields = `{ read created updated unchanged skipped actorsCreated reasons { reason count } }`
	tests := []struct {
		name, mutation string
		vars           map[string]any
		report         func() any
	}{
		// 2,567 activities: three batches of the importer, so later batches must find the
		// organisations earlier ones created within the one rolled-back transaction.
		{"hxl", `mutation($d: String!, $dry: Boolean) { r: importHXL(document: $d, country: "AFG", from: "2024-01-01", to: "2024-03-31", dryRun: $dry) ` + fileFields + ` }`,
			map[string]any{"d": read("../testdata/real/hxl-3w-afghanistan-operational-presence-2024q1.csv")}, func() any { return &struct{ R fileReport }{} }},
		{"iati", `mutation($d: String!, $dry: Boolean) { r: importIATI(document: $d, dryRun: $dry) ` + fileFields + ` }`,
			map[string]any{"d": read("../testdata/real/iati-v1-dfid-drc-CD.xml")}, func() any { return &struct{ R fileReport }{} }},
		{"dataset", `mutation($d: String!, $dry: Boolean) { r: importDataset(document: $d, dryRun: $dry) { created updated unchanged counts { kind created updated unchanged } } }`,
			map[string]any{"d": read("../seed/concord-seed.json")}, func() any { return &struct{ R datasetReport }{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			run := func(dry bool) any {
				vars := map[string]any{"dry": dry}
				for k, v := range tt.vars {
					vars[k] = v
				}
				out := tt.report()
				a.query(tt.mutation, vars, out)
				return out
			}
			for _, round := range []string{"first import", "second import"} {
				before, err := a.store.Snapshot(sys)
				if err != nil {
					t.Fatal(err)
				}
				preview := run(true)
				after, err := a.store.Snapshot(sys)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(before, after) {
					t.Fatalf("%s: the dry run changed the graph (%d → %d lines)", round, len(before), len(after))
				}
				if real := run(false); !equalJSON(t, preview, real) {
					t.Errorf("%s: the dry run reported %+v, the import %+v", round, preview, real)
				} else {
					t.Logf("%s: %+v", round, real)
				}
			}
		})
	}
}

// equalJSON compares two answers as the API gave them.
func equalJSON(t *testing.T, a, b any) bool {
	t.Helper()
	x, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(x) == string(y)
}
