package importer_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/importer"
	"github.com/concord-peace/concord/ingest"
	"github.com/concord-peace/concord/internal/neo4jtest"
	"github.com/concord-peace/concord/neo4jstore"
)

var sys = concord.NewContext(context.Background(), concord.System)

const real = "../testdata/real/"

func records(t testing.TB, s *neo4jstore.Store) []string {
	t.Helper()
	snap, err := s.Snapshot(sys)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range snap {
		if !strings.HasPrefix(l, "[AuditEvent]") {
			out = append(out, l)
		}
	}
	return out
}

func importFile(t testing.TB, s importer.Store, name, country string, opts importer.Options) importer.Report {
	t.Helper()
	f, err := os.Open(real + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rep importer.Report
	if strings.HasSuffix(name, ".csv") {
		opts.Country = country
		rep, err = importer.HXL(sys, s, f, opts)
	} else {
		rep, err = importer.IATI(sys, s, f, opts)
	}
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return rep
}

// TestRealFiles imports every real fixture twice: the counts are those of the files, and the
// second import changes nothing at all.
func TestRealFiles(t *testing.T) {
	s := neo4jtest.Open(t)
	tests := []struct {
		file, country          string
		read, created, skipped int
	}{
		// Six EC activities net a negative commitment in a year (de-commitments): kept now.
		{"iati-ec-fpi-peace-security-dportal-p78.xml", "", 100, 100, 0},
		{"iati-fcdo-ngos-multi-publisher-dportal-p27.xml", "", 100, 100, 0},
		{"iati-multi-publisher-small-dportal-foodsecurity.xml", "", 7, 7, 0},
		{"iati-v1-dfid-drc-CD.xml", "", 205, 205, 0},
		{"hxl-3w-afghanistan-operational-presence-2024q1.csv", "AFG", 2567, 2567, 8335},
		{"hxl-345w-guatemala-2021.csv", "", 237, 237, 960},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rep := importFile(t, s, tt.file, tt.country, importer.Options{})
			t.Logf("read %d, created %d, new organisations %d", rep.Read, rep.Created, rep.ActorsCreated)
			if rep.Read != tt.read || rep.Created+rep.Updated+rep.Unchanged != tt.created || rep.Skipped != tt.skipped {
				t.Errorf("read %d, written %d+%d+%d, skipped %d (%v); want read %d, written %d, skipped %d",
					rep.Read, rep.Created, rep.Updated, rep.Unchanged, rep.Skipped, rep.Reasons, tt.read, tt.created, tt.skipped)
			}
			before := records(t, s)
			again := importFile(t, s, tt.file, tt.country, importer.Options{})
			if again.Created != 0 || again.Updated != 0 || again.ActorsCreated != 0 {
				t.Errorf("second import wrote: %+v", again.FileImportReport)
			}
			if after := records(t, s); !slices.Equal(before, after) {
				t.Errorf("second import changed the graph (%d → %d lines)", len(before), len(after))
			}
		})
	}
}

// TestHierarchyIsLinked: the DFID file's child activities point at their parent, which has
// them as children, whichever came first in the file.
func TestHierarchyIsLinked(t *testing.T) {
	s := neo4jtest.Open(t)
	importFile(t, s, "iati-v1-dfid-drc-CD.xml", "", importer.Options{BatchSize: 7})
	page, err := s.ListActivities(sys, concord.ActivityFilter{}, concord.PageArgs{First: ptr(500)})
	if err != nil {
		t.Fatal(err)
	}
	linked := 0
	for _, a := range page.Items {
		if a.Parent == "" {
			continue
		}
		children, err := s.ActivityChildren(sys, []string{a.Parent})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(children[a.Parent], func(c concord.Activity) bool { return c.ID == a.ID }) {
			t.Errorf("%s names parent %s, which does not list it as a child", a.ID, a.Parent)
		}
		linked++
	}
	if linked == 0 {
		t.Error("no activity of the DFID file has a parent")
	}
}

func ptr[T any](v T) *T { return &v }

// failAfter is a store whose imports fail after n batches, as a killed import would stop.
type failAfter struct {
	importer.Store
	n int
}

func (f *failAfter) Import(ctx context.Context, ds concord.Dataset) (concord.ImportReport, error) {
	if f.n == 0 {
		return concord.ImportReport{}, errors.New("killed")
	}
	f.n--
	return f.Store.Import(ctx, ds)
}

// TestInterruptedImportCompletes stops an import after two of its batches, checks that the
// graph holds exactly whole batches, runs it again and compares with a clean import.
func TestInterruptedImportCompletes(t *testing.T) {
	s := neo4jtest.Open(t)
	file := "iati-v1-dfid-drc-CD.xml"
	importFile(t, s, file, "", importer.Options{BatchSize: 50})
	clean := records(t, s)

	if err := s.Wipe(sys); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(real + file)
	defer f.Close()
	_, err := importer.IATI(sys, &failAfter{Store: s, n: 2}, f, importer.Options{BatchSize: 50})
	if err == nil {
		t.Fatal("the interrupted import reported no error")
	}
	page, _ := s.ListActivities(sys, concord.ActivityFilter{}, concord.PageArgs{})
	if page.Total != 100 {
		t.Errorf("after two batches of 50: %d activities, want 100", page.Total)
	}
	importFile(t, s, file, "", importer.Options{BatchSize: 50})
	if again := records(t, s); !slices.Equal(clean, again) {
		t.Errorf("interrupted then re-run: %d lines, clean import: %d lines", len(again), len(clean))
	}
}

// BenchmarkImportIATI imports a generated file of b.N × 1000 activities and reports
// activities per second and the importer's peak heap.
func BenchmarkImportIATI(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			s := neo4jtest.Open(b)
			// The file goes to disk and is streamed from there, as a real import reads it, so
			// the heap measured is the importer's, not the input's.
			path := filepath.Join(b.TempDir(), "generated.xml")
			out, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			if err := ingest.GenerateIATI(out, n, 1); err != nil {
				b.Fatal(err)
			}
			out.Close()
			var peak uint64
			b.ResetTimer()
			for b.Loop() {
				if err := s.Wipe(sys); err != nil {
					b.Fatal(err)
				}
				in, err := os.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				rep, err := importer.IATI(sys, s, in, importer.Options{Progress: func(int) {
					var m runtime.MemStats
					runtime.ReadMemStats(&m)
					peak = max(peak, m.HeapInuse)
				}})
				in.Close()
				if err != nil {
					b.Fatal(err)
				}
				if rep.Read != n {
					b.Fatalf("read %d of %d", rep.Read, n)
				}
				b.ReportMetric(float64(n)/rep.Duration.Seconds(), "activities/s")
			}
			b.ReportMetric(float64(peak)/(1<<20), "peakheap-MiB")
		})
	}
}

// benchSizes are the file sizes benchmarked: 10,000 activities, and 100,000 as well with
// CONCORD_BENCH_LARGE=1 (it takes a few minutes), to show memory flat as the file grows.
func benchSizes() []int {
	if os.Getenv("CONCORD_BENCH_LARGE") != "" {
		return []int{10_000, 100_000}
	}
	return []int{10_000}
}
