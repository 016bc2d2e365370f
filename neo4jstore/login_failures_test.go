package neo4jstore_test

import (
	"sync"
	"testing"
	"time"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/neo4jtest"
)

// TestConcurrentLoginAttemptsAreCountedOneAfterAnother: 20 attempts at once on one key, each
// allowed while fewer than 5 are counted: exactly 5 go on, whatever the interleaving.
func TestConcurrentLoginAttemptsAreCountedOneAfterAnother(t *testing.T) {
	s := neo4jtest.Open(t)
	now := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, err := s.CountLoginAttempt(sys, []string{"pair:k", "account:k"}, now, now.Add(-time.Minute), func(f map[string]concord.LoginFailure) bool {
				return f["pair:k"].Count < 5
			})
			if err != nil {
				t.Error(err)
				return
			}
			if ok {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if allowed != 5 {
		t.Errorf("%d attempts went on, want 5", allowed)
	}

	if err := s.ForgiveLoginAttempt(sys, []string{"pair:k"}, []string{"account:k"}); err != nil {
		t.Fatal(err)
	}
	ok, err := s.CountLoginAttempt(sys, []string{"pair:k", "account:k"}, now, now.Add(-time.Minute), func(f map[string]concord.LoginFailure) bool {
		if f["pair:k"].Count != 0 || f["account:k"].Count != 4 {
			t.Errorf("after forgiving: %+v, want the pair forgotten and the account at 4", f)
		}
		return true
	})
	if err != nil || !ok {
		t.Fatalf("%v %v", ok, err)
	}
	// A failure older than the window starts afresh.
	later := now.Add(2 * time.Minute)
	if _, err := s.CountLoginAttempt(sys, []string{"account:k"}, later, later.Add(-time.Minute), func(f map[string]concord.LoginFailure) bool {
		if _, stale := f["account:k"]; stale {
			t.Errorf("a failure older than the window is still counted: %+v", f)
		}
		return true
	}); err != nil {
		t.Fatal(err)
	}
}
