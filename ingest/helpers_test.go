package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"

	concord "github.com/concord-peace/concord"
)

// realDir holds the real published files the tests read (see its SOURCES.md).
const realDir = "../testdata/real/"

func openFixture(t testing.TB, name string) *os.File {
	t.Helper()
	f, err := os.Open(realDir + name)
	if err != nil {
		t.Fatalf("real fixture missing from testdata/real: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// parseIATI parses src and returns its records.
func parseIATI(t testing.TB, src string) ([]Record, Stats, error) {
	t.Helper()
	var recs []Record
	st, err := IATI(strings.NewReader(src), func(r Record) error {
		recs = append(recs, r)
		return nil
	})
	return recs, st, err
}

func parseHXL(t testing.TB, src string, opts HXLOptions) ([]Record, Stats, error) {
	t.Helper()
	var recs []Record
	st, err := HXLWith(strings.NewReader(src), opts, func(r Record) error {
		recs = append(recs, r)
		return nil
	})
	return recs, st, err
}

func byID(t testing.TB, recs []Record, id string) Record {
	t.Helper()
	for _, r := range recs {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no record %q", id)
	return Record{}
}

// wantInvalid checks that err is an EINVALID *concord.Error whose field starts with
// fieldPrefix and whose text contains each of the substrings.
func wantInvalid(t testing.TB, err error, fieldPrefix string, substrings ...string) {
	t.Helper()
	var ce *concord.Error
	if !errors.As(err, &ce) {
		t.Fatalf("error = %v (%T), want *concord.Error", err, err)
	}
	if ce.Code != concord.EINVALID {
		t.Errorf("code = %s, want %s", ce.Code, concord.EINVALID)
	}
	if !strings.HasPrefix(ce.Field, fieldPrefix) {
		t.Errorf("field = %q, want prefix %q (error %v)", ce.Field, fieldPrefix, err)
	}
	for _, s := range substrings {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not contain %q", err, s)
		}
	}
}

func findOrg(orgs []Org, ref string, role OrgRole) (Org, bool) {
	for _, o := range orgs {
		if o.Ref == ref && o.Role == role {
			return o, true
		}
	}
	return Org{}, false
}
