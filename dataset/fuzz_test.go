package dataset

import (
	"os"
	"testing"

	"github.com/concord-peace/concord"
)

// FuzzParse feeds arbitrary documents to the parser: it must never panic, and whatever it
// accepts must encode and parse again to the same records. `go test -fuzz FuzzParse ./dataset/`
// explores; `make test` runs the seed corpus.
func FuzzParse(f *testing.F) {
	valid, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add([]byte(`{"format":"concord-dataset/1","missions":[{"id":"m","name":"M","model":"MONITORING","lead":"un","start":"2020-02"}]}`))
	f.Add([]byte(`{"format":"concord-dataset/1","missions":[{"deployments":[{"country":"XKX","from":"9999-99"}]}]}`))
	f.Add([]byte(`[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		ds, err := Parse(doc, known)
		if err != nil {
			return
		}
		out, err := Encode(ds)
		if err != nil {
			return // a dataset whose mandates are not all given cannot be encoded: Encode says so
		}
		if _, err := Parse(out, known); err != nil {
			t.Fatalf("an accepted document, encoded, does not parse: %v\n%s", err, out)
		}
	})
}

// FuzzDates: partial dates parse to a day inside the period they name, or fail.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"2024", "2024-02", "2024-02-29", "2023-02-29", "0000-01", "+202", "2024-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, err1 := concord.ParseStart(s)
		end, err2 := concord.ParseEnd(s)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("%q: start err %v, end err %v", s, err1, err2)
		}
		if err1 == nil && end.Before(start) {
			t.Fatalf("%q: end %s before start %s", s, end, start)
		}
	})
}
