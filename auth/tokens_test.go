package auth

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/concord-peace/concord"
)

const (
	testIssuer   = "concord-test"
	testAudience = "concord-api"
)

var officer = concord.Principal{Subject: "acct-1", Org: "eu", Roles: []concord.AccountRole{concord.AccountOfficer}}

func newPair(t *testing.T) (*Issuer, *Verifier) {
	t.Helper()
	iss, err := NewIssuer(nil, testIssuer, testAudience, 15*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	kid, pub := iss.PublicKey()
	return iss, NewVerifier(StaticKeys{kid: pub}, []string{testIssuer}, testAudience)
}

// sign makes a token with arbitrary header and claims, for the attacks below.
func sign(t *testing.T, method jwt.SigningMethod, key any, header map[string]any, claims jwt.MapClaims) string {
	t.Helper()
	tok := jwt.NewWithClaims(method, claims)
	for k, v := range header {
		tok.Header[k] = v
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	return s
}

func TestVerify(t *testing.T) {
	iss, v := newPair(t)
	kid, pub := iss.PublicKey()
	now := time.Now()
	good := func() jwt.MapClaims {
		return jwt.MapClaims{"iss": testIssuer, "aud": testAudience, "sub": "acct-1", "org": "eu", "roles": []string{"OFFICER"},
			"exp": now.Add(time.Minute).Unix(), "iat": now.Unix(), "nbf": now.Unix(), "jti": "x"}
	}
	with := func(k string, v any) jwt.MapClaims {
		c := good()
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
		return c
	}
	hdr := map[string]any{"kid": kid, "typ": "JWT"}
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	_, otherEd, _ := ed25519.GenerateKey(rand.Reader)

	valid, _, err := iss.Issue(officer)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := v.Verify(valid); err != nil || p.Subject != "acct-1" || p.Org != "eu" || !p.Has(concord.AccountOfficer) {
		t.Fatalf("valid token: %+v, %v", p, err)
	}

	parts := strings.Split(valid, ".")
	payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
	tampered := strings.Replace(string(payload), `"org":"eu"`, `"org":"un"`, 1)
	tamperedToken := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(tampered)) + "." + parts[2]

	noneHeader := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT","kid":"` + kid + `"}`))
	claimsJSON, _ := json.Marshal(good())
	noneToken := noneHeader + "." + base64.RawURLEncoding.EncodeToString(claimsJSON) + "."

	attacks := []struct {
		name  string
		token string
	}{
		{"AlgNone", noneToken},
		{"HS256WithPublicKeyBytes", sign(t, jwt.SigningMethodHS256, []byte(pub.(ed25519.PublicKey)), hdr, good())},
		{"RS256UnderEdKid", sign(t, jwt.SigningMethodRS256, rsaKey, hdr, good())},
		{"BadSignature", sign(t, jwt.SigningMethodEdDSA, otherEd, hdr, good())},
		{"Tampered", tamperedToken},
		{"NoExp", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("exp", nil))},
		{"Expired31sAgo", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("exp", now.Add(-31*time.Second).Unix()))},
		{"NotYetValid", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("nbf", now.Add(2*time.Minute).Unix()))},
		{"IssuedInTheFuture", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("iat", now.Add(2*time.Minute).Unix()))},
		{"WrongIssuer", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("iss", "someone-else"))},
		{"NoIssuer", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("iss", nil))},
		{"WrongAudience", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("aud", "other-api"))},
		{"NoAudience", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("aud", nil))},
		{"NoSubject", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("sub", nil))},
		{"WrongTyp", sign(t, jwt.SigningMethodEdDSA, iss.key, map[string]any{"kid": kid, "typ": "refresh+jwt"}, good())},
		{"UnknownKid", sign(t, jwt.SigningMethodEdDSA, iss.key, map[string]any{"kid": "nope", "typ": "JWT"}, good())},
		{"PathKid", sign(t, jwt.SigningMethodEdDSA, iss.key, map[string]any{"kid": "../../etc/passwd", "typ": "JWT"}, good())},
		{"NoKid", sign(t, jwt.SigningMethodEdDSA, iss.key, map[string]any{"typ": "JWT"}, good())},
		{"Oversized", sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("pad", strings.Repeat("x", MaxTokenBytes)))},
		{"Garbage", "not.a.token"},
		{"TwoParts", "abc.def"},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			if p, err := v.Verify(a.token); err != ErrInvalidToken {
				t.Errorf("Verify = %+v, %v; want ErrInvalidToken", p, err)
			}
		})
	}

	t.Run("WithinLeeway", func(t *testing.T) {
		tok := sign(t, jwt.SigningMethodEdDSA, iss.key, hdr, with("exp", now.Add(-20*time.Second).Unix()))
		if _, err := v.Verify(tok); err != nil {
			t.Errorf("a token expired 20 s ago is within the 30 s leeway: %v", err)
		}
	})

	t.Run("MiddlewareAnswersEveryBadTokenAlike", func(t *testing.T) {
		h := Middleware(v)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, concord.PrincipalFrom(r.Context()).Subject)
		}))
		var bodies []string
		for _, header := range []string{"Bearer " + noneToken, "Bearer " + tamperedToken, "Basic abc", "Bearer " + strings.Repeat("a", 9000)} {
			req := httptest.NewRequest(http.MethodPost, "/graphql", nil)
			req.Header.Set("Authorization", header)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusUnauthorized {
				t.Errorf("%.20s…: status %d, want 401", header, rec.Code)
			}
			bodies = append(bodies, rec.Body.String())
		}
		for _, b := range bodies[1:] {
			if b != bodies[0] {
				t.Errorf("responses differ: %q vs %q", b, bodies[0])
			}
		}
		req := httptest.NewRequest(http.MethodPost, "/graphql", nil)
		req.Header.Set("Authorization", "Bearer "+valid)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 || rec.Body.String() != "acct-1" {
			t.Errorf("valid token: %d %q", rec.Code, rec.Body.String())
		}
	})
}

func TestRemoteJWKS(t *testing.T) {
	_, key1, _ := ed25519.GenerateKey(rand.Reader)
	_, key2, _ := ed25519.GenerateKey(rand.Reader)
	current := []ed25519.PrivateKey{key1}
	jwks := func(keys []ed25519.PrivateKey) []byte {
		var set struct {
			Keys []map[string]string `json:"keys"`
		}
		for _, k := range keys {
			set.Keys = append(set.Keys, map[string]string{"kty": "OKP", "crv": "Ed25519", "use": "sig",
				"kid": KeyID(k.Public()), "x": base64.RawURLEncoding.EncodeToString(k.Public().(ed25519.PublicKey))})
		}
		b, _ := json.Marshal(set)
		return b
	}
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(jwks(current)) }))
	defer idp.Close()

	remote := &RemoteJWKS{URL: idp.URL, MinRefetch: time.Minute}
	v := NewVerifier(remote, []string{"https://idp.example"}, testAudience)
	token := func(k ed25519.PrivateKey) string {
		return sign(t, jwt.SigningMethodEdDSA, k, map[string]any{"kid": KeyID(k.Public()), "typ": "JWT"}, jwt.MapClaims{
			"iss": "https://idp.example", "aud": testAudience, "sub": "sso-user", "exp": time.Now().Add(time.Minute).Unix(), "iat": time.Now().Unix()})
	}
	if _, err := v.Verify(token(key1)); err != nil {
		t.Fatalf("SSO token: %v", err)
	}
	for i := range 100 {
		_, _ = v.Verify(sign(t, jwt.SigningMethodEdDSA, key1, map[string]any{"kid": fmt.Sprintf("made-up-%d", i), "typ": "JWT"}, jwt.MapClaims{}))
	}
	if remote.Fetches != 1 {
		t.Errorf("100 unknown kids caused %d fetches in a minute, want 1", remote.Fetches)
	}
	// The provider rotates its key; once the refetch interval has passed it is picked up
	// without a restart.
	current = []ed25519.PrivateKey{key2}
	remote.mu.Lock()
	remote.fetched = time.Now().Add(-2 * time.Minute)
	remote.mu.Unlock()
	if _, err := v.Verify(token(key2)); err != nil {
		t.Errorf("rotated key: %v", err)
	}
	if remote.Fetches != 2 {
		t.Errorf("fetches=%d, want 2", remote.Fetches)
	}
}

func TestPasswords(t *testing.T) {
	h, err := HashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		hash, password string
		want           bool
	}{
		{h, "correct horse battery", true},
		{h, "wrong horse battery", false},
		{"", "correct horse battery", false}, // no such account: a dummy comparison, false
		{h, strings.Repeat("x", 73), false},
	} {
		if got := CheckPassword(tt.hash, tt.password); got != tt.want {
			t.Errorf("CheckPassword(%.10q…) = %v, want %v", tt.password, got, tt.want)
		}
	}
	for _, bad := range []string{"short", strings.Repeat("x", 73)} {
		if _, err := HashPassword(bad); err != ErrWeakPassword {
			t.Errorf("HashPassword(%d bytes) = %v, want ErrWeakPassword", len(bad), err)
		}
	}
}

// memoryFailures is concord.LoginFailures in memory, for the throttle's policy.
type memoryFailures map[string]concord.LoginFailure

func (m memoryFailures) CountLoginAttempt(_ context.Context, keys []string, at, forgetBefore time.Time, decide func(map[string]concord.LoginFailure) bool) (bool, error) {
	current := map[string]concord.LoginFailure{}
	for _, k := range keys {
		if f, ok := m[k]; ok && !f.Last.Before(forgetBefore) {
			current[k] = f
		}
	}
	if !decide(current) {
		return false, nil
	}
	for _, k := range keys {
		m[k] = concord.LoginFailure{Count: current[k].Count + 1, Last: at}
	}
	return true, nil
}

func (m memoryFailures) ForgiveLoginAttempt(_ context.Context, clear, decrement []string) error {
	for _, k := range clear {
		delete(m, k)
	}
	for _, k := range decrement {
		f := m[k]
		f.Count = max(f.Count-1, 0)
		m[k] = f
	}
	return nil
}

func TestThrottle(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	th := NewThrottle(memoryFailures{})
	th.now = func() time.Time { return now }
	fail := func(email, client string) time.Duration {
		t.Helper()
		wait, err := th.Attempt(ctx, email, client)
		if err != nil {
			t.Fatal(err)
		}
		return wait // not taken back: a failure
	}

	t.Run("FreeFailuresThenDoublingDelays", func(t *testing.T) {
		for i := range 5 {
			if w := fail("a@x", "client-1"); w != 0 {
				t.Fatalf("failure %d waits %v", i+1, w)
			}
		}
		var waits []time.Duration
		for range 4 {
			w := fail("a@x", "client-1")
			if w == 0 {
				t.Fatal("the attempt after five failures goes through at once")
			}
			waits = append(waits, w)
			now = now.Add(w) // wait it out, then fail again
			if w2 := fail("a@x", "client-1"); w2 != 0 {
				t.Fatalf("still waiting %v after waiting %v", w2, w)
			}
		}
		if want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}; !slices.Equal(waits, want) {
			t.Errorf("waits %v, want %v", waits, want)
		}
	})

	t.Run("OthersAreNotHeldBack", func(t *testing.T) {
		// The owner from another address and a colleague from the same one go through.
		if w, _ := th.Attempt(ctx, "a@x", "client-2"); w != 0 {
			t.Errorf("the account from another address waits %v", w)
		}
		if w, _ := th.Attempt(ctx, "b@x", "client-1"); w != 0 {
			t.Errorf("another account from the guessing address waits %v", w)
		}
	})

	t.Run("SuccessForgetsThePair", func(t *testing.T) {
		for range 5 {
			fail("c@x", "client-3")
		}
		if err := th.Succeeded(ctx, "c@x", "client-3"); err != nil { // the sixth, allowed after a wait, succeeded
			t.Fatal(err)
		}
		if w := fail("c@x", "client-3"); w != 0 {
			t.Errorf("after a success the next attempt waits %v", w)
		}
	})

	t.Run("GuessingFromManyAddresses", func(t *testing.T) {
		for i := range 20 {
			if w := fail("d@x", fmt.Sprintf("10.0.0.%d", i)); w != 0 {
				t.Fatalf("failure %d waits %v", i+1, w)
			}
		}
		if w := fail("d@x", "10.0.1.1"); w == 0 {
			t.Error("the 21st failure on one account from a new address goes through at once")
		}
	})

	t.Run("Forgotten", func(t *testing.T) {
		now = now.Add(16 * time.Minute)
		if w := fail("d@x", "10.0.1.1"); w != 0 {
			t.Errorf("still waiting %v after the window", w)
		}
	})

	t.Run("LongestDelay", func(t *testing.T) {
		if d := th.delay(100); d != 15*time.Minute {
			t.Errorf("delay after 100 failures %v", d)
		}
	})
}

// sessionsFunc is a concord.SessionChecker from a function.
type sessionsFunc func(p concord.Principal, session string) (bool, error)

func (f sessionsFunc) SessionLive(_ context.Context, p concord.Principal, session string) (bool, error) {
	return f(p, session)
}

func TestVerifyRequestChecksConcordSessions(t *testing.T) {
	iss, v := newPair(t)
	p := officer
	token, _, err := iss.IssueInSession(p, "family-1")
	if err != nil {
		t.Fatal(err)
	}
	var asked []string
	tests := []struct {
		name    string
		live    bool
		err     error
		wantErr error
	}{
		{"Live", true, nil, nil},
		{"Revoked", false, nil, ErrInvalidToken},
		{"Unreadable", false, errors.New("neo4j down"), ErrSessionUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v.CheckSessions(testIssuer, sessionsFunc(func(got concord.Principal, session string) (bool, error) {
				asked = append(asked, got.Subject+"/"+session)
				return tt.live, tt.err
			}))
			got, err := v.VerifyRequest(context.Background(), token)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			}
			if err == nil && got.Subject != p.Subject {
				t.Errorf("principal %+v", got)
			}
		})
	}
	if want := []string{"acct-1/family-1", "acct-1/family-1", "acct-1/family-1"}; !slices.Equal(asked, want) {
		t.Errorf("sessions asked %v, want %v", asked, want)
	}

	// A token of another identity provider carries no Concord session: it is not looked up.
	v.CheckSessions("some-other-issuer", sessionsFunc(func(concord.Principal, string) (bool, error) {
		t.Error("looked up the session of a token Concord did not issue")
		return false, nil
	}))
	if _, err := v.VerifyRequest(context.Background(), token); err != nil {
		t.Errorf("token of another issuer: %v", err)
	}
}
