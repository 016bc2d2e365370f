package concord

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Page sizes of every list: the default, and the cap no client can exceed.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// PageArgs are Relay's forward-pagination arguments.
type PageArgs struct {
	First *int   // nil means DefaultPageSize; 0 asks only for the total count
	After string // an opaque cursor from a previous page, or ""
}

// Limit validates First and returns the page size to use.
func (p PageArgs) Limit() (int, error) {
	switch {
	case p.First == nil:
		return DefaultPageSize, nil
	case *p.First < 0:
		return 0, Errorf(EINVALID, "first", "must not be negative")
	case *p.First > MaxPageSize:
		return 0, Errorf(EINVALID, "first", "at most %d items a page", MaxPageSize)
	}
	return *p.First, nil
}

// Page is one page of a list.
type Page[T any] struct {
	Items       []T
	Cursors     []string
	HasNext     bool
	HasPrevious bool
	Total       int
}

// EncodeCursor makes an opaque cursor of a sort key.
func EncodeCursor(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte("k:" + key))
}

// DecodeCursor returns the sort key in a cursor made by EncodeCursor.
func DecodeCursor(cursor string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || !strings.HasPrefix(string(b), "k:") {
		return "", Errorf(EINVALID, "after", "not a cursor of this list")
	}
	return string(b[2:]), nil
}

// PageOf cuts one page out of a complete, ordered list whose items have stable keys; the
// cursor of an item is its position, so it suits lists computed whole (engagements, overlaps).
func PageOf[T any](all []T, args PageArgs) (Page[T], error) {
	return PageOfFunc(len(all), args, func(i int) T { return all[i] })
}

// PageOfFunc is PageOf for a list of n items of which only the page is built: item(i) makes
// the i-th, and is called for the page's items alone.
func PageOfFunc[T any](n int, args PageArgs, item func(i int) T) (Page[T], error) {
	limit, err := args.Limit()
	if err != nil {
		return Page[T]{}, err
	}
	start := 0
	if args.After != "" {
		key, err := DecodeCursor(args.After)
		if err != nil {
			return Page[T]{}, err
		}
		i, err := strconv.Atoi(key)
		if err != nil || i < 0 {
			return Page[T]{}, Errorf(EINVALID, "after", "not a cursor of this list")
		}
		start = min(i+1, n)
	}
	end := min(start+limit, n)
	page := Page[T]{
		Items:       make([]T, 0, end-start),
		HasNext:     end < n,
		HasPrevious: start > 0,
		Total:       n,
	}
	for i := start; i < end; i++ {
		page.Items = append(page.Items, item(i))
		page.Cursors = append(page.Cursors, EncodeCursor(strconv.Itoa(i)))
	}
	return page, nil
}
