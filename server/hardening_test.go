package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/concord-peace/concord/server"
)

// Regression tests for the denial-of-service reports against the anonymous API, each with the
// request as it was reported. Each must be refused (or answered) well within a second; the
// bound is generous: before the fix they took from 7 s to minutes.

// fanOut is the reported exponential fragment fan-out: F0 spreads F1 twice, F1 spreads F2
// twice, … so 1.2 KB stand for 2^24 fields.
func fanOut(n int) string {
	var b strings.Builder
	b.WriteString("query { functions { ...F0 } }")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, " fragment F%d on Function { code ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Function { code }", n)
	return b.String()
}

// leadProblemsFlood is the reported 232-byte query of nested lists without paging that
// answered 10 MB.
const leadProblemsFlood = `{ leadProblems(at:"2010-06-01") { actors { missionsLed { name note sources mandates { reference missions { name note sources } } } parts { missionsLed { name note } mandatesIssued { reference missions { name note sources } } } } } }`

func TestDenialOfServiceReports(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	a.as(anonymous)

	tests := []struct {
		name, query, code, message string
	}{
		{"FragmentFanOut24", fanOut(24), "GRAPHQL_VALIDATION_FAILED", "fragments are spread"},
		{"FragmentFanOut60", fanOut(60), "GRAPHQL_VALIDATION_FAILED", "fragments are spread"},
		{"NestedListsWithoutPaging", leadProblemsFlood, "COMPLEXITY_LIMIT_EXCEEDED", "nested lists"},
		{"DuplicateFields14000", `{ missions(first:1){ edges{ node{ ` + strings.Repeat("id ", 14000) + `} } } }`, "GRAPHQL_VALIDATION_FAILED", "selection set has"},
		{"DuplicateFieldsInFragments", `{ missions(first:1){ edges{ node{ ...A ...B } } } } fragment A on Mission { ` + strings.Repeat("id ", 150) + `} fragment B on Mission { ` + strings.Repeat("name ", 150) + `}`, "GRAPHQL_VALIDATION_FAILED", "selection set has"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			resp := a.do(tt.query, nil)
			took := time.Since(start)
			if took > time.Second {
				t.Errorf("took %v; want it refused within a second", took)
			}
			if len(resp.Errors) != 1 || code(resp.Errors[0]) != tt.code || !strings.Contains(resp.Errors[0].Message, tt.message) {
				t.Fatalf("errors %+v, want one %s about %q", resp.Errors, tt.code, tt.message)
			}
			if len(resp.Data) > 0 && string(resp.Data) != "null" {
				t.Errorf("data %.200s, want none", resp.Data)
			}
		})
	}

	t.Run("FanOutWithinTheLimitsIsAnswered", func(t *testing.T) {
		// Six levels stand for 127 fields: within the limits, answered, merged into one field.
		var out struct{ Functions []map[string]any }
		a.query(fanOut(6), nil, &out)
		if len(out.Functions) == 0 || len(out.Functions[0]) != 1 {
			t.Errorf("functions %v, want each with its code only", out.Functions)
		}
	})
}

// TestAnswerLimit: a query within the cost limit whose lists turn out larger than they were
// priced at is stopped at the answer limit with one TOO_LARGE error and no partial data.
func TestAnswerLimit(t *testing.T) {
	limits := server.DefaultLimits
	limits.AnswerFields = 500
	a := newAPIWith(t, server.Config{Anonymous: true, Limits: limits})
	a.load("../seed/concord-seed.json")

	resp := a.do(`{ missions(first: 140) { edges { node { id name lead { id name } deployments { from to country { code } } } } } }`, nil)
	if len(resp.Errors) != 1 || code(resp.Errors[0]) != "TOO_LARGE" || !strings.Contains(resp.Errors[0].Message, "more than 500 values") {
		t.Fatalf("errors %+v, want one TOO_LARGE", resp.Errors)
	}
	if len(resp.Data) > 0 && string(resp.Data) != "null" {
		t.Errorf("data %.200s, want none", resp.Data)
	}
	var small struct{ Missions struct{ Edges []any } }
	a.query(`{ missions(first: 10) { edges { node { id name } } } }`, nil, &small)
	if len(small.Missions.Edges) != 10 {
		t.Errorf("%d missions within the limit, want 10", len(small.Missions.Edges))
	}
}
