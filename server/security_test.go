package server_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/auth"
	"github.com/concord-peace/concord/graph"
	"github.com/concord-peace/concord/resolvers"
	"github.com/concord-peace/concord/server"
)

// TestPolicyCoversSchema fails when a Query or Mutation field has no access rule: every new
// field must say who may call it (default deny).
func TestPolicyCoversSchema(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	covered := resolvers.PolicyFields()
	for _, root := range []struct {
		name   string
		fields []string
	}{{"Query", fieldNames(schema.Query.Fields)}, {"Mutation", fieldNames(schema.Mutation.Fields)}} {
		for _, f := range root.fields {
			if !covered[root.name+"."+f] {
				t.Errorf("%s.%s has no access rule in resolvers/policy.go", root.name, f)
			}
		}
	}
}

// TestMutationsNeedTheRightRole calls every mutation as anonymous and as a donor (all refused,
// nothing written), and the officer-only ones as an officer of another organisation.
func TestMutationsNeedTheRightRole(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	mutations := []string{
		`createActor(input: {id: "x", name: "X", kind: NGO}) { id }`,
		`updateActor(id: "un", version: 1, input: {name: "X"}) { id }`,
		`deleteActor(id: "test-ngo", version: 1)`,
		`createMission(input: {id: "x", name: "X", model: MONITORING, lead: "eu"}) { id }`,
		`updateMission(id: "eulex-kosovo", version: 1, input: {name: "X"}) { id }`,
		`deleteMission(id: "eulex-kosovo", version: 1)`,
		`createMandate(input: {id: "x", reference: "X", body: "eu", functions: []}) { id }`,
		`updateMandate(id: "cja-2008-124", version: 1, input: {reference: "X"}) { id }`,
		`deleteMandate(id: "cja-2008-124", version: 1)`,
		`createActivity(input: {id: "x", title: "X", countries: ["XKX"], functions: []}) { id }`,
		`updateActivity(id: "TEST-XKX-0001", version: 1, input: {title: "X"}) { id }`,
		`deleteActivity(id: "TEST-XKX-0001", version: 1)`,
		`createCluster(input: {id: "x", name: "X"}) { id }`,
		`updateCluster(id: "mano-river", version: 1, input: {name: "X"}) { id }`,
		`deleteCluster(id: "mano-river", version: 1)`,
		`createLesson(input: {id: "x", title: "X", text: "X"}) { id }`,
		`updateLesson(id: "lesson-kosovo-sequencing", version: 1, input: {title: "X"}) { id }`,
		`deleteLesson(id: "lesson-kosovo-sequencing", version: 1)`,
		`importDataset(document: "{}") { created }`,
		`importIATI(document: "<iati-activities/>") { read }`,
		`importHXL(document: "#org", country: "AFG") { read }`,
		`mergeActors(keep: "un", drop: "test-ngo") { id }`,
		`setLead(input: {actor: "un", country: "XKX", function: JUSTICE}) { note }`,
		`deleteLead(input: {actor: "un", country: "XKX", function: JUSTICE})`,
		`createAccount(input: {email: "x@x.org", roles: [ADMIN], password: "long enough password"}) { id }`,
		`updateAccount(id: "x", version: 1, input: {name: "X"}) { id }`,
		`deleteAccount(id: "x")`,
	}
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema()
	for _, f := range schema.Mutation.Fields {
		if f.Name == "login" || f.Name == "refresh" || f.Name == "logout" || strings.HasPrefix(f.Name, "__") {
			continue // open to anyone; TestSessions covers them
		}
		if !slices.ContainsFunc(mutations, func(m string) bool { return strings.HasPrefix(m, f.Name+"(") }) {
			t.Errorf("Mutation.%s is not in this test: add a call to it", f.Name)
		}
	}
	for _, p := range []concord.Principal{donor, officerB} {
		a.ensureAccount(p) // before the snapshot: their accounts are not what the test is about
	}
	before := snapshotLen(t, a)
	for _, who := range []struct {
		name string
		p    concord.Principal
		code string
	}{{"anonymous", anonymous, "UNAUTHENTICATED"}, {"donor", donor, "FORBIDDEN"}} {
		a.as(who.p)
		for _, m := range mutations {
			resp := a.do("mutation { "+m+" }", nil)
			if len(resp.Errors) == 0 || code(resp.Errors[0]) != who.code {
				t.Errorf("%s: %s: %+v, want %s", who.name, m, resp.Errors, who.code)
			}
		}
	}
	// An officer of the OSCE may not touch the EU's mission, the UN's, or admin-only kinds.
	a.as(officerB)
	for _, m := range []string{mutations[0], mutations[4], mutations[5], mutations[7], mutations[12], mutations[18], mutations[19]} {
		resp := a.do("mutation { "+m+" }", nil)
		if len(resp.Errors) == 0 || code(resp.Errors[0]) != "FORBIDDEN" {
			t.Errorf("officer of another organisation: %s: %+v, want FORBIDDEN", m, resp.Errors)
		}
	}
	if after := snapshotLen(t, a); after != before {
		t.Errorf("refused mutations changed the graph: %d → %d lines", before, after)
	}

	t.Run("OfficerWritesItsOwn", func(t *testing.T) {
		a.as(officerB)
		resp := a.do(`mutation { createLesson(input: {id: "osce/lesson", title: "T", text: "Mine", confidential: true}) { id confidential } }`, nil)
		if len(resp.Errors) > 0 || !strings.Contains(string(resp.Data), `"confidential":true`) {
			t.Fatalf("officer creating its own lesson: %s %+v", resp.Data, resp.Errors)
		}
		resp = a.do(`mutation { updateMission(id: "osce-mik", version: 1, input: {note: "updated by the OSCE"}) { note version owner { id } } }`, nil)
		if len(resp.Errors) > 0 || !strings.Contains(string(resp.Data), `"owner":{"id":"osce"}`) {
			t.Fatalf("officer updating its organisation's mission: %s %+v", resp.Data, resp.Errors)
		}
		resp = a.do(`mutation { updateMission(id: "osce-mik", version: 2, input: {owner: "eu"}) { id } }`, nil)
		if len(resp.Errors) == 0 || code(resp.Errors[0]) != "FORBIDDEN" {
			t.Errorf("officer giving its mission away: %+v, want FORBIDDEN", resp.Errors)
		}
		if resp := a.as(officerA).do(`{ lesson(id: "osce/lesson") { id } }`, nil); !strings.Contains(string(resp.Data), `"lesson":null`) {
			t.Errorf("another organisation sees the confidential lesson: %s", resp.Data)
		}
		a.as(admin)
	})
}

func fieldNames(fs ast.FieldList) []string {
	var out []string
	for _, f := range fs {
		if !strings.HasPrefix(f.Name, "__") {
			out = append(out, f.Name)
		}
	}
	return out
}

// TestQueryLimits sends queries that are too deep, too wide or too costly; each is refused
// before it runs.
func TestQueryLimits(t *testing.T) {
	a := newAPI(t)
	deep := `{ missions { edges { node { lead { missionsLed { lead { missionsLed { id } } } } } } } }`
	var aliases []string
	for i := range 20 {
		aliases = append(aliases, fmt.Sprintf("a%d: functions { code }", i))
	}
	tests := []struct {
		name, query, want string
	}{
		{"Deep", deep, "nested"},
		{"DepthHiddenInAFragment", `{ missions { edges { node { ...f } } } } fragment f on Mission { lead { missionsLed { lead { missionsLed { id } } } } }`, "nested"},
		{"AliasFlood", "{ " + strings.Join(aliases, " ") + " }", "aliases"},
		{"TooManyRootFields", "{ " + strings.Repeat("functions { code } ", 1) + strings.Repeat("regions { code } ", 1) + `a: countries { totalCount } b: countries { totalCount } c: countries { totalCount } d: countries { totalCount } e: countries { totalCount } f: countries { totalCount } g: countries { totalCount } h: countries { totalCount } i: countries { totalCount } }`, "top-level"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := a.do(tt.query, nil)
			if len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, tt.want) || resp.Data != nil && string(resp.Data) != "null" {
				t.Errorf("errors=%+v data=%s, want an error about %q and no data", resp.Errors, resp.Data, tt.want)
			}
		})
	}
	t.Run("Costly", func(t *testing.T) {
		limits := server.DefaultLimits
		limits.Complexity = 1000
		cheap := newAPIWith(t, server.Config{Anonymous: true, Limits: limits})
		// A page of 500 costs 500 times what each item asks for: 1500 > 1000.
		resp := cheap.do(`{ missions(first: 500) { edges { node { id } } } }`, nil)
		if len(resp.Errors) == 0 || code(resp.Errors[0]) != "COMPLEXITY_LIMIT_EXCEEDED" {
			t.Errorf("costly page: %+v", resp.Errors)
		}
		if resp := cheap.do(`{ missions(first: 100) { edges { node { id } } } }`, nil); len(resp.Errors) > 0 {
			t.Errorf("a page within the limit: %+v", resp.Errors)
		}
	})
	t.Run("GetDoesNotRunMutations", func(t *testing.T) {
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, `/graphql?query=mutation{createCluster(input:{id:"get",name:"GET"}){id}}`, nil))
		if strings.Contains(rec.Body.String(), `"createCluster"`) {
			t.Errorf("GET ran a mutation: %s", rec.Body.String())
		}
		if resp := a.do(`{ cluster(id: "get") { id } }`, nil); !strings.Contains(string(resp.Data), `"cluster":null`) {
			t.Errorf("the cluster exists: %s", resp.Data)
		}
	})
	t.Run("IntrospectionOffInProduction", func(t *testing.T) {
		prod := newAPIWith(t, server.Config{Anonymous: false, Introspection: false})
		resp := prod.do(`{ __schema { types { name } } }`, nil)
		if len(resp.Errors) == 0 {
			t.Errorf("introspection answered: %.100s", resp.Data)
		}
		resp = prod.do(`{ missionz { totalCount } }`, nil)
		if len(resp.Errors) == 0 || strings.Contains(resp.Errors[0].Message, "Did you mean") {
			t.Errorf("field suggestions are on: %+v", resp.Errors)
		}
		prod.as(anonymous)
		resp = prod.do(`{ missions { totalCount } }`, nil)
		if len(resp.Errors) == 0 || code(resp.Errors[0]) != "UNAUTHENTICATED" {
			t.Errorf("anonymous read where anonymous reads are off: %+v", resp.Errors)
		}
	})
	t.Run("AuthorizationHeaderOver8KiB", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ functions { code } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+strings.Repeat("a", auth.MaxTokenBytes+1))
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, req)
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("status %d, want 401", rec.Code)
		}
	})
	t.Run("CORSAllowList", func(t *testing.T) {
		withCORS := newAPIWith(t, server.Config{Anonymous: true, CORSOrigins: []string{"https://concord.example"}})
		for origin, want := range map[string]string{"https://concord.example": "https://concord.example", "https://evil.example": ""} {
			req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
			req.Header.Set("Origin", origin)
			rec := httptest.NewRecorder()
			withCORS.router.ServeHTTP(rec, req)
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != want {
				t.Errorf("origin %s: Allow-Origin %q, want %q", origin, got, want)
			}
		}
	})
}

// TestSessions signs in, refreshes, replays a spent refresh token and signs out.
func TestSessions(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	hash, err := auth.HashPassword("a long enough password")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.store.CreateAccount(sys, concord.Account{Email: "officer@eu.example", Org: "eu", Roles: []concord.AccountRole{concord.AccountOfficer}}, hash); err != nil {
		t.Fatal(err)
	}
	a.as(anonymous)
	login := `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken expiresAt account { email roles org { id } } } }`
	var s struct {
		Login struct{ AccessToken, RefreshToken string }
	}
	a.query(login, map[string]any{"e": "officer@eu.example", "p": "a long enough password"}, &s)
	if s.Login.AccessToken == "" || s.Login.RefreshToken == "" {
		t.Fatalf("login: %+v", s)
	}

	a.token = s.Login.AccessToken
	var me struct{ Me struct{ Email string } }
	a.query(`{ me { email } }`, nil, &me)
	if me.Me.Email != "officer@eu.example" {
		t.Errorf("me=%+v", me)
	}
	a.token = ""

	wrong := a.fail(login, map[string]any{"e": "officer@eu.example", "p": "the wrong password"})
	unknown := a.fail(login, map[string]any{"e": "nobody@eu.example", "p": "the wrong password"})
	if wrong.Message != unknown.Message || code(wrong) != "UNAUTHENTICATED" {
		t.Errorf("wrong password %q vs unknown account %q: they must not differ", wrong.Message, unknown.Message)
	}

	refresh := `mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }`
	var r1 struct {
		Refresh struct{ AccessToken, RefreshToken string }
	}
	a.query(refresh, map[string]any{"t": s.Login.RefreshToken}, &r1)
	if r1.Refresh.RefreshToken == "" || r1.Refresh.RefreshToken == s.Login.RefreshToken {
		t.Fatalf("refresh did not rotate: %+v", r1)
	}
	// Replaying the spent token revokes the family: the newer token dies too.
	if e := a.fail(refresh, map[string]any{"t": s.Login.RefreshToken}); code(e) != "UNAUTHENTICATED" {
		t.Errorf("replayed refresh token: %+v", e)
	}
	if e := a.fail(refresh, map[string]any{"t": r1.Refresh.RefreshToken}); code(e) != "UNAUTHENTICATED" {
		t.Errorf("refresh token of a revoked family: %+v", e)
	}

	var r2 struct {
		Login struct{ RefreshToken string }
	}
	a.query(login, map[string]any{"e": "officer@eu.example", "p": "a long enough password"}, &r2)
	var out struct{ Logout bool }
	a.query(`mutation($t: String!) { logout(refreshToken: $t) }`, map[string]any{"t": r2.Login.RefreshToken}, &out)
	if e := a.fail(refresh, map[string]any{"t": r2.Login.RefreshToken}); code(e) != "UNAUTHENTICATED" {
		t.Errorf("refresh after logout: %+v", e)
	}

	t.Run("AliasedLoginsAreThrottled", func(t *testing.T) {
		var aliases []string
		for i := range 20 {
			aliases = append(aliases, fmt.Sprintf(`l%d: login(email: "brute@eu.example", password: "guess number %d") { accessToken }`, i, i))
		}
		// Twenty in one request are refused before any runs (more than 10 root fields).
		if resp := a.do("mutation { "+strings.Join(aliases, " ")+" }", nil); len(resp.Errors) != 1 || code(resp.Errors[0]) != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("20 aliased logins in one request: %+v", resp.Errors)
		}
		// Twenty in two requests: each counts, and at most 5 are checked.
		resp := a.do("mutation { "+strings.Join(aliases[:10], " ")+" }", nil)
		resp2 := a.do("mutation { "+strings.Join(aliases[10:], " ")+" }", nil)
		var codes []string
		for _, e := range append(resp.Errors, resp2.Errors...) {
			codes = append(codes, code(e))
		}
		evaluated := len(codes) - countOf(codes, "RATE_LIMITED")
		if len(codes) != 20 || evaluated > 5 {
			t.Errorf("20 aliased logins: %d evaluated (codes %v), want at most 5", evaluated, codes)
		}
	})
}

func countOf(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// TestAuditLog checks that writes leave who, what and which fields, in the same transaction,
// and that only administrators read the log.
func TestAuditLog(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	a.as(officerA)
	var upd struct{ UpdateMission struct{ Version int } }
	a.query(`mutation { updateMission(id: "eulex-kosovo", version: 1, input: {note: "audited", acronym: "EULEX"}) { version } }`, nil, &upd)
	a.fail(`mutation { updateMission(id: "eulex-kosovo", version: 1, input: {note: "stale"}) { version } }`, nil)

	if e := a.fail(`{ auditEvents { totalCount } }`, nil); code(e) != "FORBIDDEN" {
		t.Errorf("officer reading the audit log: %+v", e)
	}
	a.as(admin)
	var got struct {
		AuditEvents struct {
			Edges []struct {
				Node struct {
					Subject, Org, Action, Kind, Record string
					Fields                             []string
				}
			}
		}
	}
	a.query(`{ auditEvents(record: "eulex-kosovo") { edges { node { subject org action kind record fields at } } } }`, nil, &got)
	var updates []string
	for _, e := range got.AuditEvents.Edges {
		if e.Node.Action == "UPDATE" {
			updates = append(updates, fmt.Sprintf("%s/%s/%v", e.Node.Subject, e.Node.Org, e.Node.Fields))
		}
	}
	if want := []string{"acct-officer-eu/eu/[acronym note]"}; !slices.Equal(updates, want) {
		t.Errorf("update events %v, want %v (the stale update wrote none)", updates, want)
	}
	for _, field := range graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{}}).Schema().Mutation.Fields {
		if strings.Contains(strings.ToLower(field.Name), "audit") {
			t.Errorf("mutation %s touches the audit log", field.Name)
		}
	}
}
