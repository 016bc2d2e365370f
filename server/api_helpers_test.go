package server_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/auth"
	"github.com/concord-peace/concord/dataset"
	"github.com/concord-peace/concord/importer"
	"github.com/concord-peace/concord/internal/neo4jtest"
	"github.com/concord-peace/concord/neo4jstore"
	"github.com/concord-peace/concord/reference"
	"github.com/concord-peace/concord/server"
)

// api is the real HTTP handler tree over the real test Neo4j.
type api struct {
	t      testing.TB
	store  *neo4jstore.Store
	router http.Handler
	auth   *auth.Service
	token  string // bearer token sent with requests; "" is anonymous
	key    ed25519.PrivateKey
	logs   *logBuffer // the server's log lines
}

// sys is the context of the command line: the system principal.
var sys = concord.NewContext(context.Background(), concord.System)

// admin is the principal most tests act as.
var admin = concord.Principal{Subject: "acct-test-admin", Roles: []concord.AccountRole{concord.AccountAdmin}}

func newAPI(t testing.TB) *api {
	return newAPIWith(t, server.Config{Anonymous: true, Introspection: true})
}

// newAPIUnpriced is newAPI without the cost and answer limits, for tests that walk the schema
// field by field or measure batching with queries far larger than a client sends: what they
// test is not the limits, which TestQueryLimits and TestDenialOfServiceReports do.
func newAPIUnpriced(t testing.TB) *api {
	limits := server.DefaultLimits
	limits.Complexity, limits.AnswerFields = 1<<30, 1<<30
	return newAPIWith(t, server.Config{Anonymous: true, Introspection: true, Limits: limits})
}

func newAPIWith(t testing.TB, cfg server.Config) *api {
	t.Helper()
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return newServer(t, cfg, neo4jtest.Open(t), key)
}

// newReplica is a second server on the same Neo4j, as another process would be: its own
// connection and state, the same signing key (the key file replicas share).
func newReplica(t testing.TB, of *api) *api {
	t.Helper()
	store, err := neo4jstore.Open(context.Background(), neo4jtest.Config(t), reference.Known)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close(context.Background()) })
	return newServer(t, server.Config{Anonymous: true, Introspection: true}, store, of.key)
}

func newServer(t testing.TB, cfg server.Config, store *neo4jstore.Store, key ed25519.PrivateKey) *api {
	t.Helper()
	issuer, err := auth.NewIssuer(key, "concord-test", "concord-api", 15*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	kid, pub := issuer.PublicKey()
	verifier := auth.NewVerifier(auth.StaticKeys{kid: pub}, []string{"concord-test"}, "concord-api").CheckSessions("concord-test", store)
	svc := &auth.Service{Store: store, Issuer: issuer, Throttle: auth.NewThrottle(store), RefreshTTL: time.Hour}
	cfg.Addr, cfg.MaxBodyBytes, cfg.MaxImportBytes, cfg.RequestTimeout = "127.0.0.1:0", 64<<10, 4<<20, 30*time.Second
	if cfg.Limits == (server.Limits{}) {
		cfg.Limits = server.DefaultLimits
	}
	logs := &logBuffer{}
	srv := server.New(cfg, server.Deps{
		Store: store, Atlas: reference.Atlas{}, Accounts: store, Auth: svc, AuditLog: store, Verifier: verifier,
		Files: importer.Files{Store: store},
		Log:   slog.New(server.WithRequestIDs(slog.NewTextHandler(logs, nil))),
	})
	a := &api{t: t, store: store, router: srv.Router, auth: svc, key: key, logs: logs}
	a.as(admin)
	return a
}

// logBuffer keeps a server's log lines for a test to read.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// as makes the following requests as p (the zero Principal: anonymous).
func (a *api) as(p concord.Principal) *api {
	a.t.Helper()
	if p.Anonymous() {
		a.token = ""
		return a
	}
	a.ensureAccount(p)
	token, _, err := a.auth.Issuer.Issue(p)
	if err != nil {
		a.t.Fatal(err)
	}
	a.token = token
	return a
}

// ensureAccount makes the account of p exist, enabled, with p's organisation and roles: every
// request checks that a token's account still holds what the token says.
func (a *api) ensureAccount(p concord.Principal) {
	a.t.Helper()
	found, err := a.store.Accounts(sys, []string{p.Subject})
	if err != nil {
		a.t.Fatal(err)
	}
	acc, ok := found[p.Subject]
	switch {
	case !ok:
		_, err = a.store.CreateAccount(sys, concord.Account{ID: p.Subject, Email: p.Subject + "@test.local", Name: p.Subject, Org: p.Org, Roles: p.Roles}, "")
	case acc.Org != p.Org || !slices.Equal(acc.Roles, p.Roles) || acc.Disabled:
		_, err = a.store.UpdateAccount(sys, p.Subject, acc.Version, func(x *concord.Account) error {
			x.Org, x.Roles, x.Disabled = p.Org, p.Roles, false
			return nil
		}, "")
	}
	if err != nil {
		a.t.Fatalf("account for %+v: %v", p, err)
	}
}

// load imports a dataset file straight into the store.
func (a *api) load(path string) {
	a.t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		a.t.Fatal(err)
	}
	ds, err := dataset.Parse(data, reference.Known)
	if err != nil {
		a.t.Fatalf("parse %s: %v", path, err)
	}
	if _, err := a.store.Import(sys, ds); err != nil {
		a.t.Fatalf("import %s: %v", path, err)
	}
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// do posts a GraphQL request and returns the raw response.
func (a *api) do(query string, vars map[string]any) gqlResponse {
	a.t.Helper()
	return a.doFrom("192.0.2.1:1234", query, vars)
}

// doFrom is do from a client address.
func (a *api) doFrom(remote, query string, vars map[string]any) gqlResponse {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.RemoteAddr = remote
	req.Header.Set("Content-Type", "application/json")
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	rec := httptest.NewRecorder()
	a.router.ServeHTTP(rec, req)
	var resp gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		a.t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return resp
}

// query runs a request that must succeed and decodes its data into out.
func (a *api) query(query string, vars map[string]any, out any) {
	a.t.Helper()
	resp := a.do(query, vars)
	if len(resp.Errors) > 0 {
		a.t.Fatalf("unexpected errors: %+v", resp.Errors)
	}
	if err := json.Unmarshal(resp.Data, out); err != nil {
		a.t.Fatalf("decode data: %v (%s)", err, resp.Data)
	}
}

// importRealIATI imports one of the real IATI files of testdata/real.
func (a *api) importRealIATI(file string) {
	a.t.Helper()
	f, err := os.Open("../testdata/real/" + file)
	if err != nil {
		a.t.Fatal(err)
	}
	defer f.Close()
	if _, err := importer.IATI(sys, a.store, f, importer.Options{}); err != nil {
		a.t.Fatalf("import %s: %v", file, err)
	}
}

// fail runs a request that must fail and returns its first error.
func (a *api) fail(query string, vars map[string]any) gqlError {
	a.t.Helper()
	resp := a.do(query, vars)
	if len(resp.Errors) == 0 {
		a.t.Fatalf("expected an error, got data %s", resp.Data)
	}
	return resp.Errors[0]
}

func code(e gqlError) string  { s, _ := e.Extensions["code"].(string); return s }
func field(e gqlError) string { s, _ := e.Extensions["field"].(string); return s }

const fixture = "../neo4jstore/testdata/fixture.json"
