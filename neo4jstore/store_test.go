package neo4jstore_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/dataset"
	"github.com/concord-peace/concord/internal/neo4jtest"
	"github.com/concord-peace/concord/neo4jstore"
	"github.com/concord-peace/concord/reference"
)

// sys is the context of the command line: the system principal, which sees and writes all.
var sys = concord.NewContext(context.Background(), concord.System)

func loadFixture(t *testing.T) concord.Dataset {
	t.Helper()
	data, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := dataset.Parse(data, reference.Known)
	if err != nil {
		t.Fatalf("parse fixture: %v", err)
	}
	return ds
}

func importFixture(t *testing.T, s *neo4jstore.Store) concord.ImportReport {
	t.Helper()
	report, err := s.Import(sys, loadFixture(t))
	if err != nil {
		t.Fatalf("import fixture: %v", err)
	}
	return report
}

func snapshot(t *testing.T, s *neo4jstore.Store) []string {
	t.Helper()
	snap, err := s.Snapshot(sys)
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	return snap
}

// records is a snapshot without the audit log, whose events carry their own ids and times.
func records(t *testing.T, s *neo4jstore.Store) []string {
	t.Helper()
	var out []string
	for _, line := range snapshot(t, s) {
		if !strings.HasPrefix(line, "[AuditEvent]") {
			out = append(out, line)
		}
	}
	return out
}

func TestImport(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := sys

	t.Run("CreatesEveryRecord", func(t *testing.T) {
		report := importFixture(t, s)
		want := map[concord.RecordKind]int{"actor": 8, "cluster": 2, "mandate": 5, "mission": 5, "activity": 1, "lesson": 1}
		for _, c := range report.Counts {
			if got := c.Created; got != want[c.Kind] {
				t.Errorf("%s created=%d, want %d", c.Kind, got, want[c.Kind])
			}
			if c.Updated != 0 || c.Unchanged != 0 {
				t.Errorf("%s updated=%d unchanged=%d, want 0 and 0", c.Kind, c.Updated, c.Unchanged)
			}
		}
		m, err := s.Missions(ctx, []string{"eulex-kosovo"})
		if err != nil {
			t.Fatal(err)
		}
		eulex := m["eulex-kosovo"]
		if got, want := eulex.LeadActor, "eu"; got != want {
			t.Errorf("lead=%q, want %q", got, want)
		}
		if got, want := eulex.Functions, []concord.FunctionCode{"CORRECTIONS", "JUSTICE", "POLICE"}; !slices.Equal(got, want) {
			t.Errorf("functions=%v, want %v", got, want)
		}
		if got, want := eulex.Deployments[0].Period.From.String(), "2008-12-09"; got != want {
			t.Errorf("deployed from %s, want %s", got, want)
		}
		if got, want := eulex.Contributors, []concord.Contribution{{Actor: "deu", Mission: "eulex-kosovo", Role: "police", Personnel: 100}}; !slices.Equal(got, want) {
			t.Errorf("contributors=%v, want %v", got, want)
		}
		if got, want := eulex.Version, 1; got != want {
			t.Errorf("version=%d, want %d", got, want)
		}
	})

	t.Run("AgainChangesNothing", func(t *testing.T) {
		before := snapshot(t, s)
		report := importFixture(t, s)
		if got := report.Total(); got.Created != 0 || got.Updated != 0 || got.Unchanged != 22 {
			t.Errorf("second import: %+v, want 22 unchanged and nothing else", got)
		}
		if after := snapshot(t, s); !slices.Equal(before, after) {
			t.Errorf("second import changed the graph:\nbefore %d lines, after %d lines", len(before), len(after))
		}
	})

	t.Run("ChangedRecordIsUpdated", func(t *testing.T) {
		ds := loadFixture(t)
		ds.Missions[0].Note = "changed"
		report, err := s.Import(ctx, ds)
		if err != nil {
			t.Fatal(err)
		}
		if got := report.Total(); got.Updated != 1 || got.Created != 0 {
			t.Errorf("import with one change: %+v, want 1 updated", got)
		}
		m, _ := s.Missions(ctx, []string{ds.Missions[0].ID})
		if got, want := m[ds.Missions[0].ID].Version, 2; got != want {
			t.Errorf("version=%d, want %d", got, want)
		}
	})

	t.Run("BadReferenceWritesNothing", func(t *testing.T) {
		before := snapshot(t, s)
		doc := []byte(`{"format": "concord-dataset/1",
  "actors": [{"id": "new-actor", "name": "New", "kind": "NGO"}],
  "missions": [{"id": "new-mission", "name": "New", "model": "MONITORING", "lead": "nobody",
    "deployments": [{"country": "XKX"}], "mandates": [], "succeeds": ["unmik", "ghost"], "clusters": []}],
  "activities": [], "lessons": []}`)
		ds, err := dataset.Parse(doc, reference.Known)
		if err != nil {
			t.Fatalf("parse: %v", err)
		}
		_, err = s.Import(ctx, ds)
		var errs concord.Errors
		if !errorsAs(err, &errs) {
			t.Fatalf("err=%v, want field errors", err)
		}
		var fields []string
		for _, e := range errs {
			fields = append(fields, e.Field)
		}
		if want := []string{"missions[0].lead", "missions[0].succeeds[1]"}; !slices.Equal(fields, want) {
			t.Errorf("error fields=%v, want %v", fields, want)
		}
		if after := snapshot(t, s); !slices.Equal(before, after) {
			t.Error("a rejected import changed the graph")
		}
	})
}

func TestExportImportRoundTrip(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := sys
	importFixture(t, s)
	first := records(t, s)

	ds, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := dataset.Encode(ds)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Wipe(ctx); err != nil {
		t.Fatal(err)
	}
	again, err := dataset.Parse(doc, reference.Known)
	if err != nil {
		t.Fatalf("exported document does not parse: %v", err)
	}
	if _, err := s.Import(ctx, again); err != nil {
		t.Fatal(err)
	}
	if second := records(t, s); !slices.Equal(first, second) {
		t.Errorf("export then import gave another graph (%d lines before, %d after)", len(first), len(second))
		for _, l := range first {
			if !slices.Contains(second, l) {
				t.Logf("lost: %s", l)
			}
		}
	}
	ds2, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	doc2, _ := dataset.Encode(ds2)
	if string(doc) != string(doc2) {
		t.Error("second export differs from the first")
	}
}
