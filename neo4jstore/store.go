// Package neo4jstore keeps Concord's graph in Neo4j. It speaks to the database only through
// the official Go driver with parameterised Cypher; labels and relationship types are constants
// of this package, never taken from input.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/concord-peace/concord"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // neo4j://host:port routes reads and writes in a cluster; bolt:// is direct
	User     string
	Password string
	Database string // "" for the server's default database
}

// Store is Concord's graph store. It is safe for concurrent use; the driver pools connections
// and its bookmark manager gives read-your-writes across them.
type Store struct {
	driver    neo4j.DriverWithContext
	database  string
	roundTrip atomic.Int64
	stats     stats
	countries concord.CountryCheck
	// boundTx, when set, is the read transaction every read of this store runs in: the
	// store as ReadSnapshot hands it out (snapshot.go).
	boundTx *tx
}

// Open connects to Neo4j and checks that it answers. countries tells which alpha-3 codes
// exist (the reference data).
func Open(ctx context.Context, cfg Config, countries concord.CountryCheck) (*Store, error) {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.MaxConnectionPoolSize = MaxConnections
			// Fail fast when Neo4j is down: a request answers UNAVAILABLE within seconds, and
			// retries of transient errors end well before the request's own deadline.
			c.ConnectionAcquisitionTimeout = 5 * time.Second
			c.SocketConnectTimeout = 2 * time.Second
			c.MaxTransactionRetryTime = time.Second
		})
	if err != nil {
		return nil, fmt.Errorf("neo4j driver for %s: %w", cfg.URI, err)
	}
	s := &Store{driver: driver, database: cfg.Database, countries: countries}
	if err := s.Ping(ctx); err != nil {
		_ = driver.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping checks that Neo4j is reachable and accepts our credentials.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return translate(fmt.Errorf("neo4j unreachable: %w", err))
	}
	return nil
}

// RoundTrips returns how many Cypher statements the store has sent since it was opened; tests
// use it to prove that a nested query costs a bounded number of round trips.
func (s *Store) RoundTrips() int64 { return s.roundTrip.Load() }

// read runs one read-only statement, routed to a reader in a cluster.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if s.boundTx != nil {
		return s.boundTx.read(ctx, cypher, params)
	}
	if t := s.rehearsing(ctx); t != nil {
		return t.read(ctx, cypher, params)
	}
	s.roundTrip.Add(1)
	defer s.stats.begin(&s.stats.reads, false)()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, withViewer(ctx, params), neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, translate(err)
	}
	return res.Records, nil
}

// readTx runs fn in one read transaction, so that several statements see one snapshot.
func (s *Store) readTx(ctx context.Context, fn func(tx *tx) error) error {
	if t := s.rehearsing(ctx); t != nil {
		return translate(fn(t))
	}
	defer s.stats.begin(&s.stats.reads, true)()
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	_, err := session.ExecuteRead(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		s.stats.attempts.Add(1)
		return nil, fn(&tx{ctx: ctx, t: t, s: s})
	})
	return translate(err)
}

// writeTx runs fn in one write transaction: all of it is committed or none. The driver retries
// transient failures, so fn must not have effects outside the transaction.
func (s *Store) writeTx(ctx context.Context, fn func(tx *tx) error) error {
	if t := s.rehearsing(ctx); t != nil {
		return translate(fn(t)) // a rehearsal's writes join its one transaction (rehearsal.go)
	}
	defer s.stats.begin(&s.stats.writes, true)()
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		s.stats.attempts.Add(1)
		return nil, fn(&tx{ctx: ctx, t: t, s: s})
	})
	return translate(err)
}

// tx is a managed transaction that counts its statements.
type tx struct {
	ctx context.Context
	t   neo4j.ManagedTransaction
	s   *Store
}

// as returns the same transaction seen by another principal: writes load the whole record,
// hidden references included, as the system does.
func (t *tx) as(p concord.Principal) *tx {
	return &tx{ctx: concord.NewContext(t.ctx, p), t: t.t, s: t.s}
}

func (t *tx) run(cypher string, params map[string]any) ([]*neo4j.Record, error) {
	t.s.roundTrip.Add(1)
	res, err := t.t.Run(t.ctx, cypher, withViewer(t.ctx, params))
	if err != nil {
		return nil, err
	}
	return res.Collect(t.ctx)
}

// translate maps driver and server errors to domain errors: what a client may see says only
// that the database is unavailable; the rest stays internal and is logged by the server.
func translate(err error) error {
	if err == nil {
		return nil
	}
	var domainErr *concord.Error
	var errs concord.Errors
	if errors.As(err, &domainErr) || errors.As(err, &errs) {
		return err
	}
	var connErr *neo4j.ConnectivityError
	var usageErr *neo4j.UsageError
	var neoErr *neo4j.Neo4jError
	var gaveUp *neo4j.TransactionExecutionLimit
	switch {
	case errors.As(err, &connErr), errors.As(err, &gaveUp), neo4j.IsRetryable(err) && !errors.As(err, &neoErr):
		return &wrapped{code: concord.EUNAVAILABLE, msg: "The graph database is unavailable; try again shortly.", err: err}
	case errors.As(err, &neoErr) && neoErr.Code == "Neo.ClientError.Security.Unauthorized":
		return &wrapped{code: concord.EUNAVAILABLE, msg: "The graph database refused our credentials.", err: err}
	case errors.As(err, &neoErr) && neoErr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
		return &wrapped{code: concord.ECONFLICT, msg: "A record with that id already exists.", err: err}
	case errors.Is(err, context.DeadlineExceeded):
		return &wrapped{code: concord.EUNAVAILABLE, msg: "The request took too long.", err: err}
	case errors.As(err, &usageErr):
		return err
	}
	return err
}

// wrapped carries a user-facing domain error and keeps the cause for logs.
type wrapped struct {
	code, msg string
	err       error
}

func (w *wrapped) Error() string { return w.msg + " (" + w.err.Error() + ")" }
func (w *wrapped) Unwrap() error { return w.err }
func (w *wrapped) As(target any) bool {
	if t, ok := target.(**concord.Error); ok {
		*t = &concord.Error{Code: w.code, Message: w.msg}
		return true
	}
	return false
}
