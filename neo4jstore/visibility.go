package neo4jstore

import (
	"context"
	"maps"
	"strings"

	"github.com/concord-peace/concord"
)

// visible is the one predicate every read applies to a record: it is public, or owned by the
// caller's organisation, or the caller is an administrator (concord.Principal.CanSee). The
// variable name v is always a constant of this package. $viewerOrg and $viewerAdmin are added
// to every statement's parameters from the request's principal (withViewer), so no read can
// forget them: a statement that uses the predicate without them fails.
func visible(v string) string {
	return "(coalesce(" + v + ".confidential, false) = false OR " + v + ".owner = $viewerOrg OR $viewerAdmin)"
}

// visibleN is visible("n"), the variable every projection and list uses for its record.
var visibleN = visible("n")

// withViewer returns params with the caller's visibility added.
func withViewer(ctx context.Context, params map[string]any) map[string]any {
	p := concord.PrincipalFrom(ctx)
	out := make(map[string]any, len(params)+2)
	maps.Copy(out, params)
	out["viewerOrg"] = nullable(p.Org)
	out["viewerAdmin"] = p.Admin()
	return out
}

// where joins clauses into a WHERE clause, or nothing.
func where(clauses ...string) string {
	var kept []string
	for _, c := range clauses {
		if c != "" {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(kept, "\n  AND ")
}

// Predicates on the other record variables the projections use.
var (
	visibleM  = visible("m")
	visibleP  = visible("p")
	visibleX  = visible("x")
	visibleMD = visible("md")
)
