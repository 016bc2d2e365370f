package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestQueries runs every query of the schema over the fixture and checks one fact of each.
func TestQueries(t *testing.T) {
	a := newAPI(t)
	a.load(fixture)
	tests := []struct {
		name  string
		query string
		want  []string // substrings of the JSON data
	}{
		{"Node", `{ node(id: "eulex-kosovo") { id ... on Mission { acronym } } }`, []string{`"acronym":"EULEX Kosovo"`}},
		{"NodeActor", `{ node(id: "osce") { ... on Actor { name } } }`, []string{`"name":"Organization for Security and Co-operation in Europe"`}},
		{"NodeMissing", `{ node(id: "nothing") { id } }`, []string{`"node":null`}},
		{"Actor", `{ actor(id: "un") { name kind parts { id } missionsLed { id } mandatesIssued { id } } }`,
			[]string{`"parts":[{"id":"unsc"}]`, `{"id":"unmik"}`}},
		{"ActorContributionsAndFunding", `{ actor(id: "deu") { contributions { mission { id } role personnel } funding { activity { id } amount year } activitiesImplemented { id } } }`,
			[]string{`"contributions":[{"mission":{"id":"eulex-kosovo"},"role":"police","personnel":100}]`, `"amount":500000,"year":2010`}},
		{"ActorsFilteredByKind", `{ actors(filter: {kind: ORGAN}) { totalCount edges { node { id } } } }`,
			[]string{`"totalCount":3`, `"eu-council"`, `"osce-pc"`, `"unsc"`}},
		{"ActorsSearch", `{ actors(filter: {search: "secur"}) { totalCount edges { node { id } } } }`, []string{`"totalCount":2`}},
		{"ActorsPage", `{ actors(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
			[]string{`"totalCount":8`, `"hasNextPage":true`}},
		{"ActorsCountOnly", `{ actors(first: 0) { totalCount edges { cursor } } }`, []string{`"totalCount":8,"edges":[]`}},
		{"Mission", `{ mission(id: "uniosil") { predecessors { id } successors { id } lead { id } mandates { reference body { id } } model } }`,
			[]string{`"predecessors":[{"id":"unamsil"}]`, `"reference":"UNSCR 1620 (2005)"`, `"model":"MEDIATION"`}},
		{"MissionSuccessors", `{ mission(id: "unamsil") { successors { id } end } }`, []string{`"successors":[{"id":"uniosil"}]`, `"end":"2005-12-31"`}},
		{"MissionLessons", `{ mission(id: "unmik") { lessons { id author { id } countries { code } functions { code } } } }`,
			[]string{`"id":"lesson-kosovo-sequencing"`, `"author":{"id":"deu"}`}},
		{"MissionsByCountryAndFunction", `{ missions(filter: {country: "XKX", function: RULE_OF_LAW}) { totalCount } }`, []string{`"totalCount":3`}},
		{"MissionsActiveAt", `{ missions(filter: {activeAt: "2007-01-01"}) { edges { node { id } } } }`,
			[]string{`[{"node":{"id":"osce-mik"}},{"node":{"id":"uniosil"}},{"node":{"id":"unmik"}}]`}},
		{"MissionsByModelLeadCluster", `{ missions(filter: {model: PEACEKEEPING, lead: "un", cluster: "mano-river"}) { edges { node { id } } } }`,
			[]string{`[{"node":{"id":"unamsil"}}]`}},
		{"MissionsSearch", `{ missions(filter: {search: "eulex"}) { totalCount } }`, []string{`"totalCount":1`}},
		{"Mandate", `{ mandate(id: "cja-2008-124") { reference adopted expires body { id } functions { code } missions { id } } }`,
			[]string{`"adopted":"2008-02-04"`, `"expires":null`, `"missions":[{"id":"eulex-kosovo"}]`}},
		{"Mandates", `{ mandates(filter: {body: "unsc", function: SSR}) { edges { node { id } } } }`, []string{`[{"node":{"id":"unscr-1620-2005"}}]`}},
		{"MandatesByMission", `{ mandates(filter: {mission: "osce-mik", search: "305"}) { totalCount } }`, []string{`"totalCount":1`}},
		{"Activity", `{ activity(id: "TEST-XKX-0001") { title start end countries { code } functions { code } implementers { id } funders { funder { id } currency } } }`,
			[]string{`"countries":[{"code":"XKX"}]`, `"implementers":[{"id":"test-ngo"}]`, `"currency":"EUR"`}},
		{"Activities", `{ activities(filter: {country: "XKX", function: RULE_OF_LAW, funder: "deu", implementer: "test-ngo", activeAt: "2010-01-01", search: "court"}) { totalCount } }`,
			[]string{`"totalCount":1`}},
		{"Cluster", `{ cluster(id: "mano-river") { name description missions { id } } }`, []string{`"missions":[{"id":"unamsil"},{"id":"uniosil"}]`}},
		{"Clusters", `{ clusters(filter: {search: "balkans"}) { edges { node { id } } } }`, []string{`"western-balkans"`}},
		{"Lesson", `{ lesson(id: "lesson-kosovo-sequencing") { title text date confidential missions { id } } }`, []string{`"date":"2010-06-02"`, `"confidential":false`}},
		{"Lessons", `{ lessons(filter: {country: "XKX", function: JUSTICE, mission: "unmik", author: "deu"}) { totalCount } }`, []string{`"totalCount":1`}},
		{"Function", `{ function(code: RULE_OF_LAW) { name children { code } parent { code } dacCodes } }`,
			[]string{`"children":[{"code":"JUSTICE"},{"code":"POLICE"},{"code":"CORRECTIONS"}]`, `"parent":null`}},
		{"LessonsOnCountriesAndFunctions", `{ country(code: "XKX") { lessons { id } } function(code: JUSTICE) { lessons { id } } }`,
			[]string{`"country":{"lessons":[{"id":"lesson-kosovo-sequencing"}]}`, `"function":{"lessons":[{"id":"lesson-kosovo-sequencing"}]}`}},
		{"Functions", `{ functions { code dacCodes parent { code } } }`, []string{`{"code":"JUSTICE","dacCodes":["15130","15131","15134"],"parent":{"code":"RULE_OF_LAW"}}`}},
		{"Country", `{ country(code: "XKX") { name alpha2 region { name } subRegion { code } borders { code } missions(at: "2005-01-01") { id } activities { id } } }`,
			[]string{`"name":"Kosovo"`, `"subRegion":{"code":"039"}`, `{"code":"SRB"}`, `"missions":[{"id":"osce-mik"},{"id":"unmik"}]`, `"TEST-XKX-0001"`}},
		{"Countries", `{ countries(filter: {region: "039"}, first: 100) { totalCount edges { node { code } } } }`, []string{`{"code":"XKX"}`, `{"code":"ITA"}`}},
		{"CountriesSearch", `{ countries(filter: {search: "sierra"}) { edges { node { code name } } } }`, []string{`"code":"SLE"`}},
		{"Region", `{ region(code: "150") { name parent { code } countries { code } } }`, []string{`"name":"Europe"`, `{"code":"DEU"}`}},
		{"Regions", `{ regions { code name } }`, []string{`{"code":"002","name":"Africa"}`}},
		{"Deployment", `{ mission(id: "eulex-kosovo") { deployments { mission { id } country { code } from to } } }`,
			[]string{`"deployments":[{"mission":{"id":"eulex-kosovo"},"country":{"code":"XKX"},"from":"2008-12-09","to":null}]`}},
		{"Contribution", `{ mission(id: "eulex-kosovo") { contributors { actor { id } mission { id } role personnel } } }`, []string{`"personnel":100`}},
		{"ExportDataset", `{ exportDataset }`, []string{`concord-dataset/1`, `eulex-kosovo`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := a.do(tt.query, nil)
			if len(resp.Errors) > 0 {
				t.Fatalf("errors: %+v", resp.Errors)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(resp.Data), w) {
					t.Errorf("data %s\nlacks %s", resp.Data, w)
				}
			}
		})
	}
}

func TestHTTP(t *testing.T) {
	a := newAPI(t)
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}
	t.Run("GraphiQLIsOffline", func(t *testing.T) {
		page := get("/graphql")
		if page.Code != 200 || !strings.Contains(page.Body.String(), "/graphiql/graphiql.min.js") {
			t.Fatalf("GET /graphql: %d %s", page.Code, page.Body.String())
		}
		if strings.Contains(page.Body.String(), "https://") {
			t.Error("the GraphiQL page loads something from another host")
		}
		for _, asset := range []string{"/graphiql/graphiql.min.js", "/graphiql/graphiql.min.css", "/graphiql/react.production.min.js", "/graphiql/react-dom.production.min.js", "/graphiql/start.js"} {
			if rec := get(asset); rec.Code != 200 || rec.Body.Len() < 100 {
				t.Errorf("GET %s: %d, %d bytes", asset, rec.Code, rec.Body.Len())
			}
		}
	})
	t.Run("Probes", func(t *testing.T) {
		if rec := get("/healthz"); rec.Code != 200 {
			t.Errorf("/healthz: %d", rec.Code)
		}
		if rec := get("/readyz"); rec.Code != 200 {
			t.Errorf("/readyz: %d %s", rec.Code, rec.Body.String())
		}
	})
	t.Run("OnlyJSONPosts", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`query={actors{totalCount}}`))
		req.Header.Set("Content-Type", "text/plain")
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, req)
		if rec.Code != http.StatusUnsupportedMediaType {
			t.Errorf("text/plain POST: %d, want 415", rec.Code)
		}
	})
	t.Run("BodyLimit", func(t *testing.T) {
		big := `{"query":"{ actors { totalCount } }","variables":{"pad":"` + strings.Repeat("x", 5<<20) + `"}}`
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(big))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		a.router.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("5 MiB body: %d, want 413", rec.Code)
		}
		// 100 KiB: too large for a query, fine for an import.
		pad := strings.Repeat(" ", 100<<10)
		for query, want := range map[string]int{
			`{ functions { code } }` + pad:                                   http.StatusRequestEntityTooLarge,
			`mutation { importDataset(document: \"{}\") { created } }` + pad: http.StatusOK,
		} {
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"`+query+`"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+a.token)
			rec := httptest.NewRecorder()
			a.router.ServeHTTP(rec, req)
			if rec.Code != want {
				t.Errorf("%.30s… (100 KiB): %d, want %d", query, rec.Code, want)
			}
		}
	})
	t.Run("SecurityHeaders", func(t *testing.T) {
		rec := get("/healthz")
		for _, h := range []string{"X-Content-Type-Options", "Content-Security-Policy", "X-Frame-Options"} {
			if rec.Header().Get(h) == "" {
				t.Errorf("missing %s", h)
			}
		}
	})
	t.Run("InternalErrorsDoNotLeak", func(t *testing.T) {
		resp := a.do(`{ engagements(country: "XKX", first: -1) { totalCount } }`, nil)
		if len(resp.Errors) == 0 || code(resp.Errors[0]) != "BAD_USER_INPUT" {
			t.Errorf("negative page size: %+v", resp.Errors)
		}
		for _, e := range resp.Errors {
			if strings.Contains(e.Message, "Neo4j") || strings.Contains(e.Message, "neo4j") {
				t.Errorf("error leaks internals: %s", e.Message)
			}
		}
	})
}
