// Package scalars marshals Concord's custom GraphQL scalars.
package scalars

import (
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/concord-peace/concord"
)

// MarshalDate writes a Date as "YYYY-MM-DD", and the zero Date (unknown, ongoing) as null.
func MarshalDate(d concord.Date) graphql.Marshaler {
	if d.IsZero() {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads "YYYY-MM-DD".
func UnmarshalDate(v any) (concord.Date, error) {
	s, ok := v.(string)
	if !ok {
		return concord.Date{}, concord.Errorf(concord.EINVALID, "", "a Date is a string YYYY-MM-DD, not %T", v)
	}
	d, err := concord.ParseDate(s)
	if err != nil {
		return concord.Date{}, concord.Errorf(concord.EINVALID, "", "%v", err)
	}
	return d, nil
}
