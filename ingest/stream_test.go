package ingest

import (
	"bytes"
	"io"
	"runtime"
	"testing"
	"time"
)

func TestGenerateIATI(t *testing.T) {
	var a, b bytes.Buffer
	if err := GenerateIATI(&a, 300, 7); err != nil {
		t.Fatal(err)
	}
	if err := GenerateIATI(&b, 300, 7); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed, different files")
	}
	var withLinks, withRelated, withFunctions int
	orgs := map[string]bool{}
	st, err := IATI(&a, func(r Record) error {
		if len(r.Skipped) > 0 {
			t.Errorf("%s: skipped %q", r.ID, r.Skipped)
		}
		if r.Title == "" || len(r.Orgs) == 0 || len(r.Countries) == 0 || len(r.Sectors) == 0 || len(r.Budgets) == 0 || len(r.Transactions) < 2 || r.Period.From.IsZero() {
			t.Errorf("%s: incomplete %+v", r.ID, r)
		}
		for _, tx := range r.Transactions {
			if tx.ProviderActivityID != "" {
				withLinks++
			}
		}
		if len(r.Related) > 0 {
			withRelated++
		}
		if len(r.Functions) > 0 {
			withFunctions++
		}
		for _, o := range r.Orgs {
			orgs[o.Ref] = true
		}
		return nil
	})
	if err != nil || st.Read != 300 {
		t.Fatalf("stats %+v err %v", st, err)
	}
	if withLinks == 0 || withRelated == 0 || withFunctions == 0 || len(orgs) < 100 {
		t.Errorf("links %d related %d with functions %d orgs %d", withLinks, withRelated, withFunctions, len(orgs))
	}
}

// TestIATIStreams parses 20,000 generated activities read through a pipe (the file never
// exists in memory) and checks that the heap stays bounded.
func TestIATIStreams(t *testing.T) {
	const n = 20000
	const limit = 64 << 20
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(GenerateIATI(pw, n, 1)) }()
	start := time.Now()
	var ms runtime.MemStats
	var peak uint64
	count := 0
	st, err := IATI(pr, func(r Record) error {
		count++
		if count%1000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			if ms.HeapInuse > limit {
				t.Fatalf("after %d activities HeapInuse = %d MiB, over %d MiB", count, ms.HeapInuse>>20, limit>>20)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != n || count != n {
		t.Fatalf("read %d, want %d", st.Read, n)
	}
	t.Logf("%d activities in %v; peak HeapInuse %.1f MiB", n, time.Since(start), float64(peak)/(1<<20))
}

func BenchmarkIATI(b *testing.B) {
	const n = 10000
	var buf bytes.Buffer
	if err := GenerateIATI(&buf, n, 42); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		st, err := IATI(bytes.NewReader(data), func(Record) error { return nil })
		if err != nil || st.Read != n {
			b.Fatalf("stats %+v err %v", st, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "activities/s")
}
