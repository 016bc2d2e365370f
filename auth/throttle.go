package auth

import (
	"sync"
	"time"
)

// Throttle limits login attempts per key (an account's email, a client address) in a sliding
// window. Every attempt counts, successful or not, and each aliased login of one request is an
// attempt of its own. It is per process: behind several replicas, each allows the limit, so
// the limit should be set with the number of replicas in mind.
type Throttle struct {
	Max    int
	Window time.Duration

	mu       sync.Mutex
	attempts map[string][]time.Time
	now      func() time.Time
}

// NewThrottle allows max attempts per key per window.
func NewThrottle(max int, window time.Duration) *Throttle {
	return &Throttle{Max: max, Window: window, attempts: map[string][]time.Time{}, now: time.Now}
}

// Allow records an attempt for every key and reports whether all of them are within their
// limits; a refused attempt is not recorded.
func (t *Throttle) Allow(keys ...string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	for _, k := range keys {
		recent := t.attempts[k][:0]
		for _, at := range t.attempts[k] {
			if now.Sub(at) < t.Window {
				recent = append(recent, at)
			}
		}
		t.attempts[k] = recent
		if len(recent) >= t.Max {
			return false
		}
	}
	for _, k := range keys {
		t.attempts[k] = append(t.attempts[k], now)
	}
	return true
}
