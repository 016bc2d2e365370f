package neo4jstore

import (
	"context"
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// rehearsalKey is the context key of the transaction a rehearsal runs in.
type rehearsalKey struct{}

// rehearsal is one write transaction that is always rolled back.
type rehearsal struct {
	store *Store
	t     neo4j.ExplicitTransaction
}

// Rehearse runs fn in one write transaction that it rolls back when fn returns: every read and
// write of this store made with the context fn is given goes into that transaction, so fn sees
// what its own writes would do (an import's later batches find the organisations its earlier
// batches created) and nothing is written. It is how an import previews what it would create,
// update and skip, with the same code as the import itself.
//
// The transaction is one connection: fn must not use the store from several goroutines at
// once. It is not retried on a transient failure (fn may read a stream that cannot be read
// twice); the error is returned instead.
func (s *Store) Rehearse(ctx context.Context, fn func(ctx context.Context) error) error {
	if s.rehearsing(ctx) != nil {
		return fn(ctx) // already inside one: its rollback undoes this too
	}
	defer s.stats.begin(&s.stats.writes, true)()
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.database,
		AccessMode:      neo4j.AccessModeWrite,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer session.Close(context.WithoutCancel(ctx))
	s.stats.attempts.Add(1)
	t, err := session.BeginTransaction(ctx)
	if err != nil {
		return translate(err)
	}
	err = fn(context.WithValue(ctx, rehearsalKey{}, &rehearsal{store: s, t: t}))
	// Rolled back even when the request has ended: the connection goes back to the pool clean.
	if rbErr := t.Rollback(context.WithoutCancel(ctx)); err == nil && rbErr != nil && !errors.Is(rbErr, context.Canceled) {
		err = rbErr
	}
	return translate(err)
}

// rehearsing returns the transaction of the rehearsal ctx belongs to, if it is one of this store's.
func (s *Store) rehearsing(ctx context.Context) *tx {
	r, _ := ctx.Value(rehearsalKey{}).(*rehearsal)
	if r == nil || r.store.driver != s.driver || r.store.database != s.database {
		return nil
	}
	return &tx{ctx: ctx, t: r.t, s: s}
}
