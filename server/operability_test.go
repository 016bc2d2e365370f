package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/concord-peace/concord/server"
)

// TestMetrics: /metrics answers administrators and the scrape token only, and counts
// operations by outcome, refusals by reason, Neo4j transactions and imports.
func TestMetrics(t *testing.T) {
	limits := server.DefaultLimits
	a := newAPIWith(t, server.Config{Anonymous: true, Introspection: true, Limits: limits, MetricsToken: "scrape-secret"})
	a.load(fixture)
	a.as(anonymous)
	a.do(`{ functions { code } }`, nil)
	a.do(leadProblemsFlood, nil)
	a.do(fanOut(30), nil)

	scrape := func(authorization string) (int, string) {
		req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
		if authorization != "" {
			req.Header.Set("Authorization", authorization)
		}
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}
	if code, _ := scrape(""); code != http.StatusUnauthorized {
		t.Errorf("anonymous scrape: %d", code)
	}
	if code, _ := scrape("Bearer wrong"); code != http.StatusUnauthorized {
		t.Errorf("scrape with a wrong token: %d", code)
	}
	code, body := scrape("Bearer scrape-secret")
	if code != http.StatusOK {
		t.Fatalf("scrape token: %d %s", code, body)
	}
	for _, want := range []string{
		`concord_graphql_operations_total{kind="query",outcome="ok"}`,
		`concord_graphql_operations_total{kind="query",outcome="COMPLEXITY_LIMIT_EXCEEDED"} 1`,
		`concord_refused_total{reason="cost_limit"} 1`,
		`concord_graphql_operations_total{kind="unknown",outcome="GRAPHQL_VALIDATION_FAILED"} 1`,
		`concord_refused_total{reason="invalid_or_over_shape_limits"} 1`,
		`concord_graphql_operation_duration_seconds_bucket{kind="query"`,
		`concord_neo4j_transactions_total{mode="read"}`,
		`concord_neo4j_transactions_total{mode="write"}`,
		`concord_neo4j_transaction_retries_total`,
		`concord_neo4j_pool_max_connections 50`,
		`concord_imports_running 0`,
		`concord_http_responses_total{route="graphql",status="2xx"}`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if t.Failed() {
		for _, line := range strings.Split(body, "\n") {
			if strings.HasPrefix(line, "concord_") {
				t.Log(line)
			}
		}
	}
	a.as(admin)
	if code, _ := scrape("Bearer " + a.token); code != http.StatusOK {
		t.Errorf("administrator's scrape: %d", code)
	}
}

// TestRequestIDs: every error answer carries the request's id — those of GraphQL and those
// refused before it — and the request's log lines carry the same id.
func TestRequestIDs(t *testing.T) {
	a := newAPI(t)
	a.as(anonymous)
	post := func(body, authorization string) (string, map[string]any) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if authorization != "" {
			req.Header.Set("Authorization", authorization)
		}
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, req)
		var resp struct {
			Errors []struct{ Extensions map[string]any }
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Errors) == 0 {
			t.Fatalf("%s: %s", body, rec.Body.String())
		}
		return rec.Header().Get("X-Request-Id"), resp.Errors[0].Extensions
	}
	for name, c := range map[string]struct{ body, authorization string }{
		"ResolverError":   {`{"query":"{ engagements(country: \"XKX\", first: 501) { totalCount } }"}`, ""},
		"ValidationError": {`{"query":"{ nosuchfield }"}`, ""},
		"CostRefusal":     {`{"query":` + mustJSON(leadProblemsFlood) + `}`, ""},
		"BadToken":        {`{"query":"{ functions { code } }"}`, "Bearer not-a-token"},
	} {
		id, ext := post(c.body, c.authorization)
		if id == "" || ext["requestId"] != id {
			t.Errorf("%s: header id %q, error extensions %v", name, id, ext)
		}
		if name == "ResolverError" && !strings.Contains(a.logs.String(), "request_id="+id) {
			t.Errorf("%s: no log line with request_id=%s in\n%s", name, id, a.logs.String())
		}
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
