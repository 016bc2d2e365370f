package concord

import (
	"encoding/base64"
	"slices"
	"testing"
)

func intp(n int) *int { return &n }

func TestPageArgsLimit(t *testing.T) {
	tests := []struct {
		name  string
		first *int
		want  int
		ok    bool
	}{
		{"nil is the default", nil, DefaultPageSize, true},
		{"zero is allowed", intp(0), 0, true},
		{"one", intp(1), 1, true},
		{"the maximum", intp(MaxPageSize), MaxPageSize, true},
		{"negative is rejected", intp(-1), 0, false},
		{"above the maximum is rejected", intp(MaxPageSize + 1), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PageArgs{First: tt.first}.Limit()
			if tt.ok {
				if err != nil {
					t.Fatalf("Limit() error: %v", err)
				}
				if got != tt.want {
					t.Fatalf("Limit() = %d, want %d", got, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("Limit() = %d, nil, want an error", got)
			}
			if got, want := ErrorCode(err), EINVALID; got != want {
				t.Fatalf("ErrorCode = %q, want %q", got, want)
			}
			if got, want := ErrorField(err), "first"; got != want {
				t.Fatalf("ErrorField = %q, want %q", got, want)
			}
		})
	}
}

func TestCursorRoundTrip(t *testing.T) {
	for _, key := range []string{"", "0", "42", "XKX\x00eulex\x00unmik", "k:k:", "Côte d’Ivoire", "a/b+c=d"} {
		t.Run("ok/"+key, func(t *testing.T) {
			c := EncodeCursor(key)
			got, err := DecodeCursor(c)
			if err != nil {
				t.Fatalf("DecodeCursor(EncodeCursor(%q)) error: %v", key, err)
			}
			if got != key {
				t.Fatalf("DecodeCursor(EncodeCursor(%q)) = %q", key, got)
			}
		})
	}
}

func TestDecodeCursorGarbage(t *testing.T) {
	for _, c := range []string{
		"",
		"!!!",
		"not a cursor",
		base64.RawURLEncoding.EncodeToString([]byte("x:42")), // valid base64, wrong prefix
		base64.StdEncoding.EncodeToString([]byte("k:42")),    // padded standard encoding
		EncodeCursor("42") + "=",
	} {
		t.Run("rejects/"+c, func(t *testing.T) {
			got, err := DecodeCursor(c)
			if err == nil {
				t.Fatalf("DecodeCursor(%q) = %q, nil, want an error", c, got)
			}
			if got, want := ErrorCode(err), EINVALID; got != want {
				t.Fatalf("ErrorCode = %q, want %q", got, want)
			}
			if got, want := ErrorField(err), "after"; got != want {
				t.Fatalf("ErrorField = %q, want %q", got, want)
			}
		})
	}
}

func TestPageOf(t *testing.T) {
	all := []string{"a", "b", "c", "d", "e"}
	after := func(i string) string { return EncodeCursor(i) }
	tests := []struct {
		name              string
		args              PageArgs
		items             []string
		hasNext, hasPrev  bool
		firstCursorOffset int // position of the first item, for checking cursors
	}{
		{"default size takes all", PageArgs{}, all, false, false, 0},
		{"first page", PageArgs{First: intp(2)}, []string{"a", "b"}, true, false, 0},
		{"after the second item", PageArgs{First: intp(2), After: after("1")}, []string{"c", "d"}, true, true, 2},
		{"last, short page", PageArgs{First: intp(2), After: after("3")}, []string{"e"}, false, true, 4},
		{"exactly the rest", PageArgs{First: intp(3), After: after("1")}, []string{"c", "d", "e"}, false, true, 2},
		{"after the last item", PageArgs{First: intp(2), After: after("4")}, nil, false, true, 5},
		{"cursor past the end", PageArgs{First: intp(2), After: after("99")}, nil, false, true, 5},
		{"zero asks only for the total", PageArgs{First: intp(0)}, nil, true, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := PageOf(all, tt.args)
			if err != nil {
				t.Fatalf("PageOf error: %v", err)
			}
			if !slices.Equal(p.Items, tt.items) {
				t.Fatalf("Items = %v, want %v", p.Items, tt.items)
			}
			if got, want := p.HasNext, tt.hasNext; got != want {
				t.Fatalf("HasNext = %v, want %v", got, want)
			}
			if got, want := p.HasPrevious, tt.hasPrev; got != want {
				t.Fatalf("HasPrevious = %v, want %v", got, want)
			}
			if got, want := p.Total, len(all); got != want {
				t.Fatalf("Total = %d, want %d", got, want)
			}
			if got, want := len(p.Cursors), len(p.Items); got != want {
				t.Fatalf("%d cursors for %d items", got, want)
			}
			for i, c := range p.Cursors {
				// A cursor, given back as After, starts the next page at the item after it.
				next, err := PageOf(all, PageArgs{First: intp(1), After: c})
				if err != nil {
					t.Fatalf("PageOf after cursor %d: %v", i, err)
				}
				pos := tt.firstCursorOffset + i + 1
				var want []string
				if pos < len(all) {
					want = all[pos : pos+1]
				}
				if !slices.Equal(next.Items, want) {
					t.Fatalf("page after cursor %d = %v, want %v", i, next.Items, want)
				}
			}
		})
	}
}

func TestPageOfEmpty(t *testing.T) {
	p, err := PageOf([]int(nil), PageArgs{})
	if err != nil {
		t.Fatalf("PageOf error: %v", err)
	}
	if len(p.Items) != 0 || p.HasNext || p.HasPrevious || p.Total != 0 || len(p.Cursors) != 0 {
		t.Fatalf("PageOf(nil) = %+v, want an empty page", p)
	}
}

func TestPageOfErrors(t *testing.T) {
	all := []int{1, 2, 3}
	tests := []struct {
		name  string
		args  PageArgs
		field string
	}{
		{"negative first", PageArgs{First: intp(-1)}, "first"},
		{"first above the maximum", PageArgs{First: intp(MaxPageSize + 1)}, "first"},
		{"garbage cursor", PageArgs{After: "garbage!"}, "after"},
		{"cursor of a key, not a position", PageArgs{After: EncodeCursor("XKX\x00a\x00b")}, "after"},
		{"negative position", PageArgs{After: EncodeCursor("-1")}, "after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := PageOf(all, tt.args)
			if err == nil {
				t.Fatalf("PageOf(%+v) error = nil, want one", tt.args)
			}
			if got, want := ErrorCode(err), EINVALID; got != want {
				t.Fatalf("ErrorCode = %q, want %q", got, want)
			}
			if got, want := ErrorField(err), tt.field; got != want {
				t.Fatalf("ErrorField = %q, want %q", got, want)
			}
		})
	}
}
