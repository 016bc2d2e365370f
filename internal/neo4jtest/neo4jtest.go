// Package neo4jtest connects integration tests to the real Neo4j that `make test` starts.
// Tests never skip for want of a database: without one they fail and say how to get it.
package neo4jtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/concord-peace/concord/neo4jstore"
	"github.com/concord-peace/concord/reference"
)

// Config returns the test database's settings from NEO4J_TEST_URI, NEO4J_TEST_USER and
// NEO4J_TEST_PASSWORD.
func Config(t testing.TB) neo4jstore.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_TEST_URI")
	if uri == "" {
		t.Fatal("NEO4J_TEST_URI is not set: run `make test`, which starts a Neo4j for the tests (scripts/test.sh)")
	}
	cfg := neo4jstore.Config{URI: uri, User: "neo4j", Password: os.Getenv("NEO4J_TEST_PASSWORD")}
	if u := os.Getenv("NEO4J_TEST_USER"); u != "" {
		cfg.User = u
	}
	return cfg
}

// Open returns a store on an emptied, migrated test database. Packages share the one
// database, so `make test` runs test binaries one at a time (go test -p 1).
func Open(t testing.TB) *neo4jstore.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	store, err := neo4jstore.Open(ctx, Config(t), reference.Known)
	if err != nil {
		t.Fatalf("open test Neo4j: %v", err)
	}
	t.Cleanup(func() { _ = store.Close(context.Background()) })
	if err := store.Wipe(ctx); err != nil {
		t.Fatalf("wipe test Neo4j: %v", err)
	}
	if _, err := store.Migrate(ctx); err != nil {
		t.Fatalf("migrate test Neo4j: %v", err)
	}
	return store
}
