package server_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/concord-peace/concord/internal/neo4jtest"
	"github.com/concord-peace/concord/neo4jstore"
	"github.com/concord-peace/concord/reference"
	"github.com/concord-peace/concord/server"
)

// proxy is a loopback TCP proxy to Neo4j that the test can cut and restore, to see the API
// while the database is gone.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	up     bool
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target, up: true}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.mu.Lock()
			up := p.up
			p.mu.Unlock()
			if !up {
				c.Close()
				continue
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(s, c); s.Close() }()
			go func() { _, _ = io.Copy(c, s); c.Close() }()
		}
	}()
	t.Cleanup(func() { ln.Close(); p.set(false) })
	return p
}

// set cuts (false) or restores (true) the connection to Neo4j.
func (p *proxy) set(up bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.up = up
	if !up {
		for _, c := range p.conns {
			c.Close()
		}
		p.conns = nil
	}
}

// TestNeo4jDown: with the database gone, /readyz says 503, /livez 200, GraphQL answers
// UNAVAILABLE within a few seconds without internals; when it returns, the API recovers
// without a restart.
func TestNeo4jDown(t *testing.T) {
	neo4jtest.Open(t) // a migrated test database
	cfg := neo4jtest.Config(t)
	host := strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "neo4j://"), "bolt://")
	p := newProxy(t, host)
	cfg.URI = "bolt://" + p.ln.Addr().String()
	store, err := neo4jstore.Open(context.Background(), cfg, reference.Known)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(context.Background())
	srv := server.New(server.Config{Addr: "127.0.0.1:0", MaxBodyBytes: 1 << 20, RequestTimeout: 10 * time.Second, Anonymous: true, Limits: server.DefaultLimits},
		server.Deps{Store: store, Atlas: reference.Atlas{}, Accounts: store, AuditLog: store, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	a := &api{t: t, store: store, router: srv.Router}
	get := func(path string) int {
		rec := httptest.NewRecorder()
		srv.Router.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code
	}
	query := `{ missions(first: 1) { totalCount } }`
	if resp := a.do(query, nil); len(resp.Errors) > 0 || get("/readyz") != 200 {
		t.Fatalf("with Neo4j up: %+v, readyz %d", resp.Errors, get("/readyz"))
	}

	p.set(false)
	start := time.Now()
	resp := a.do(query, nil)
	took := time.Since(start)
	if len(resp.Errors) == 0 || code(resp.Errors[0]) != "UNAVAILABLE" {
		t.Errorf("with Neo4j down: %+v, want UNAVAILABLE", resp.Errors)
	}
	if took > 4*time.Second {
		t.Errorf("the error took %v, want a few seconds at most", took)
	}
	for _, e := range resp.Errors {
		for _, leak := range []string{"Neo.", "Cypher", "neo4j.", "dial tcp", "goroutine", ".go:"} {
			if strings.Contains(e.Message, leak) {
				t.Errorf("error leaks %q: %s", leak, e.Message)
			}
		}
	}
	if code := get("/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz with Neo4j down: %d, want 503", code)
	}
	if code := get("/livez"); code != 200 {
		t.Errorf("/livez: %d, want 200", code)
	}

	p.set(true)
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp := a.do(query, nil)
		if len(resp.Errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no recovery 10 s after Neo4j returned: %+v", resp.Errors)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
