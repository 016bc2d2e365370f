package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/concord-peace/concord"
)

// Throttle slows password guessing without letting anyone lock an account or a network out.
// Only failed sign-ins count, in three keys: the account with the client address (one guesser
// at one account), the account alone (guessing spread over many addresses) and the client
// address alone (one address trying many accounts). Each key has some free failures; past them
// the next attempt must wait a delay that doubles with each failure, from Base up to Max, and a
// key's failures are forgotten Window after its last one. A success forgets the failures of its
// account-and-address pair, so colleagues behind one NAT and an owner who mistyped are not
// slowed by each other or by a guesser elsewhere, while the account-wide key still grows for a
// guesser on many addresses.
//
// The counts are kept in Neo4j (concord.LoginFailures), so every replica of the server sees
// the same ones, and the keys are hashes: nothing typed into the email field is stored.
type Throttle struct {
	Store concord.LoginFailures

	PairFree, AccountFree, ClientFree int           // failures without delay, per key
	Base, Max                         time.Duration // the first delay past the free ones, and the longest
	Window                            time.Duration // failures are forgotten this long after the last one

	now func() time.Time
}

// NewThrottle returns a throttle with Concord's policy: 5 free failures per account and address,
// 20 per account or per address alone, then delays of 1 s doubling up to 15 minutes, forgotten
// after 15 minutes without failures.
func NewThrottle(store concord.LoginFailures) *Throttle {
	return &Throttle{
		Store: store, PairFree: 5, AccountFree: 20, ClientFree: 20,
		Base: time.Second, Max: 15 * time.Minute, Window: 15 * time.Minute, now: time.Now,
	}
}

type throttleKey struct {
	key  string
	free int
}

func (t *Throttle) keys(email, client string) []throttleKey {
	account := strings.ToLower(strings.TrimSpace(email))
	return []throttleKey{
		{hashKey("pair", account, client), t.PairFree},
		{hashKey("account", account), t.AccountFree},
		{hashKey("client", client), t.ClientFree},
	}
}

// Attempt counts a sign-in to email from client before the password is checked; it returns
// how long the caller must wait first (0: the attempt may go on, and is counted as a failure
// until Succeeded takes it back). Counting before checking means concurrent guesses are
// counted one after another, however many arrive at once.
func (t *Throttle) Attempt(ctx context.Context, email, client string) (time.Duration, error) {
	keys := t.keys(email, client)
	now := t.now()
	var wait time.Duration
	allowed, err := t.Store.CountLoginAttempt(ctx, names(keys), now, now.Add(-t.Window), func(failures map[string]concord.LoginFailure) bool {
		wait = 0
		for _, k := range keys {
			if f, ok := failures[k.key]; ok && f.Count >= k.free {
				wait = max(wait, f.Last.Add(t.delay(f.Count-k.free)).Sub(now))
			}
		}
		return wait <= 0
	})
	if err != nil || allowed {
		return 0, err
	}
	return wait, nil
}

// delay is the wait after n failures past the free ones (n ≥ 0): Base, 2·Base, 4·Base, … Max.
func (t *Throttle) delay(n int) time.Duration {
	d := t.Base
	for range n {
		if d >= t.Max {
			break
		}
		d *= 2
	}
	return min(d, t.Max)
}

// Succeeded takes back the count of a successful sign-in: the failures of the account from
// this address are forgotten, and the account's and the address's lose the one counted.
func (t *Throttle) Succeeded(ctx context.Context, email, client string) error {
	keys := names(t.keys(email, client))
	return t.Store.ForgiveLoginAttempt(ctx, keys[:1], keys[1:])
}

func names(keys []throttleKey) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.key
	}
	return out
}

// hashKey names a key by a hash of its parts, so that the graph holds no email or address.
func hashKey(kind string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return kind + ":" + hex.EncodeToString(h.Sum(nil))[:32]
}
