package neo4jstore

import (
	"context"
	"fmt"
	"time"

	"github.com/concord-peace/concord"
)

// Failed sign-ins are (:LoginFailure {key, count, last}) nodes, one per key, under a unique
// constraint; stale ones are deleted as attempts are counted, so the graph holds at most the
// keys that failed within the window.

// staleFailuresPerWrite bounds the clean-up one attempt does.
const staleFailuresPerWrite = 1000

// CountLoginAttempt implements concord.LoginFailures. MERGE and the SET that follows take the
// write lock of each key's node, so a concurrent attempt on one of the keys waits for this
// transaction and then reads its count.
func (s *Store) CountLoginAttempt(ctx context.Context, keys []string, at, forgetBefore time.Time, decide func(map[string]concord.LoginFailure) bool) (bool, error) {
	allowed := false
	err := s.writeTx(ctx, func(tx *tx) error {
		params := map[string]any{"keys": keys, "at": at.UTC(), "since": forgetBefore.UTC(), "stale": staleFailuresPerWrite}
		recs, err := tx.run(`UNWIND $keys AS key
MERGE (f:LoginFailure {key: key}) ON CREATE SET f.count = 0, f.last = $at
SET f._lock = true REMOVE f._lock
RETURN f.key AS key, f.count AS count, f.last AS last`, params)
		if err != nil {
			return fmt.Errorf("read failed sign-ins: %w", err)
		}
		current := make(map[string]concord.LoginFailure, len(recs))
		for _, r := range recs {
			key, _ := r.Get("key")
			count, _ := r.Get("count")
			last, _ := r.Get("last")
			if l := last.(time.Time); !l.Before(forgetBefore) && count.(int64) > 0 {
				current[key.(string)] = concord.LoginFailure{Count: int(count.(int64)), Last: l}
			}
		}
		if allowed = decide(current); !allowed {
			return nil
		}
		if _, err := tx.run(`UNWIND $keys AS key MATCH (f:LoginFailure {key: key})
SET f.count = CASE WHEN f.last < $since THEN 1 ELSE f.count + 1 END, f.last = $at`, params); err != nil {
			return fmt.Errorf("count sign-in attempt: %w", err)
		}
		_, err = tx.run(`MATCH (f:LoginFailure) WHERE f.last < $since WITH f LIMIT $stale DELETE f`, params)
		return err
	})
	return allowed, err
}

// ForgiveLoginAttempt implements concord.LoginFailures.
func (s *Store) ForgiveLoginAttempt(ctx context.Context, clear, decrement []string) error {
	return s.writeTx(ctx, func(tx *tx) error {
		if _, err := tx.run(`UNWIND $keys AS key MATCH (f:LoginFailure {key: key}) DELETE f`, map[string]any{"keys": clear}); err != nil {
			return fmt.Errorf("forget sign-in failures: %w", err)
		}
		_, err := tx.run(`UNWIND $keys AS key MATCH (f:LoginFailure {key: key}) SET f.count = CASE WHEN f.count > 0 THEN f.count - 1 ELSE 0 END`,
			map[string]any{"keys": decrement})
		return err
	})
}
