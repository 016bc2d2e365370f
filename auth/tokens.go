// Package auth issues and verifies Concord's access tokens, keeps password hashes and throttles
// logins. It knows nothing of GraphQL or Neo4j: the server and the store call it.
package auth

import (
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/concord-peace/concord"
)

// Claims are the claims of a Concord access token: the registered ones (iss, aud, sub, exp, iat,
// nbf, jti) plus the account's organisation and roles.
type Claims struct {
	jwt.RegisteredClaims
	Org   string   `json:"org,omitempty"`
	Roles []string `json:"roles,omitempty"`
	// Session is the sign-in the token belongs to (its refresh token family), checked on every
	// request so that signing out ends it at once.
	Session string `json:"sid,omitempty"`
}

// ErrInvalidToken is the one error every rejected token gets, whatever was wrong with it, so
// that a client learns nothing about why.
var ErrInvalidToken = errors.New("invalid or expired token")

// Leeway is the clock skew tolerated on exp, nbf and iat.
const Leeway = 30 * time.Second

// MaxTokenBytes bounds what the parser looks at; longer Authorization values are refused first.
const MaxTokenBytes = 8 << 10

// Issuer signs access tokens with an Ed25519 key.
type Issuer struct {
	key      ed25519.PrivateKey
	kid      string
	issuer   string
	audience string
	ttl      time.Duration
	now      func() time.Time
}

// NewIssuer returns an issuer. A nil key generates one, which suits development only: tokens
// then die with the process.
func NewIssuer(key ed25519.PrivateKey, issuer, audience string, ttl time.Duration) (*Issuer, error) {
	if key == nil {
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		key = k
	}
	return &Issuer{key: key, kid: KeyID(key.Public()), issuer: issuer, audience: audience, ttl: ttl, now: time.Now}, nil
}

// Issue signs a token for a principal outside a sign-in (a script's) and returns it with its
// expiry.
func (i *Issuer) Issue(p concord.Principal) (string, time.Time, error) {
	return i.IssueInSession(p, "")
}

// IssueInSession signs a token for a principal within a session (a refresh token family).
func (i *Issuer) IssueInSession(p concord.Principal, session string) (string, time.Time, error) {
	now := i.now()
	exp := now.Add(i.ttl)
	roles := make([]string, len(p.Roles))
	for j, r := range p.Roles {
		roles[j] = string(r)
	}
	claims := Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer: i.issuer, Audience: jwt.ClaimStrings{i.audience}, Subject: p.Subject,
			ExpiresAt: jwt.NewNumericDate(exp), IssuedAt: jwt.NewNumericDate(now), NotBefore: jwt.NewNumericDate(now),
			ID: randomID(),
		},
		Org: p.Org, Roles: roles, Session: session,
	}
	t := jwt.NewWithClaims(jwt.SigningMethodEdDSA, claims)
	t.Header["kid"] = i.kid
	t.Header["typ"] = "JWT"
	s, err := t.SignedString(i.key)
	return s, exp, err
}

// PublicKey returns the issuer's verification key and its id, for the verifier.
func (i *Issuer) PublicKey() (string, crypto.PublicKey) { return i.kid, i.key.Public() }

// Verifier checks access tokens: Concord's own and those of configured identity providers.
type Verifier struct {
	keys     KeySource
	issuers  []string
	audience string
	algs     []string
	now      func() time.Time

	// own and sessions, when set, check every token Concord issued (iss = own) against the
	// graph: tokens of other identity providers carry no Concord session and are theirs to
	// revoke.
	own      string
	sessions concord.SessionChecker
}

// CheckSessions makes the verifier refuse a token issued by own whose session or account
// sessions says is no longer live.
func (v *Verifier) CheckSessions(own string, sessions concord.SessionChecker) *Verifier {
	v.own, v.sessions = own, sessions
	return v
}

// ErrSessionUnknown is returned when whether a session is live cannot be read (Neo4j is
// unreachable): the request is refused as unavailable, not as unauthenticated.
var ErrSessionUnknown = errors.New("session state unavailable")

// VerifyRequest is Verify, then, for Concord's own tokens, the session check.
func (v *Verifier) VerifyRequest(ctx context.Context, token string) (concord.Principal, error) {
	p, _, err := v.VerifySession(ctx, token)
	return p, err
}

// VerifySession is VerifyRequest that also returns when the token expires: a connection that
// outlives one request (a subscription) ends then.
func (v *Verifier) VerifySession(ctx context.Context, token string) (concord.Principal, time.Time, error) {
	p, claims, err := v.verify(token)
	var expires time.Time
	if claims.ExpiresAt != nil {
		expires = claims.ExpiresAt.Time
	}
	if err != nil {
		return p, expires, err
	}
	if v.sessions == nil || claims.Issuer != v.own {
		return p, expires, nil
	}
	live, err := v.sessions.SessionLive(ctx, p, claims.Session)
	switch {
	case err != nil:
		return concord.Principal{}, expires, fmt.Errorf("%w: %w", ErrSessionUnknown, err)
	case !live:
		return concord.Principal{}, expires, ErrInvalidToken
	}
	return p, expires, nil
}

// KeySource finds a verification key by its key id.
type KeySource interface {
	Key(kid string) (crypto.PublicKey, bool)
}

// StaticKeys is a fixed set of keys.
type StaticKeys map[string]crypto.PublicKey

// Key implements KeySource.
func (s StaticKeys) Key(kid string) (crypto.PublicKey, bool) {
	k, ok := s[kid]
	return k, ok
}

// Keys tries several sources in turn.
type Keys []KeySource

// Key implements KeySource.
func (ks Keys) Key(kid string) (crypto.PublicKey, bool) {
	for _, s := range ks {
		if k, ok := s.Key(kid); ok {
			return k, true
		}
	}
	return nil, false
}

// NewVerifier accepts tokens signed with EdDSA or RS256 by a key of keys, issued by one of
// issuers, for audience.
func NewVerifier(keys KeySource, issuers []string, audience string) *Verifier {
	return &Verifier{keys: keys, issuers: issuers, audience: audience, algs: []string{"EdDSA", "RS256"}, now: time.Now}
}

// Verify parses and checks a token and returns its principal. Every failure is ErrInvalidToken.
func (v *Verifier) Verify(token string) (concord.Principal, error) {
	p, _, err := v.verify(token)
	return p, err
}

func (v *Verifier) verify(token string) (concord.Principal, Claims, error) {
	if len(token) > MaxTokenBytes || strings.Count(token, ".") != 2 {
		return concord.Principal{}, Claims{}, ErrInvalidToken
	}
	var claims Claims
	parser := jwt.NewParser(
		jwt.WithValidMethods(v.algs),
		jwt.WithAudience(v.audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithLeeway(Leeway),
		jwt.WithTimeFunc(v.now),
	)
	t, err := parser.ParseWithClaims(token, &claims, v.keyFunc)
	if err != nil || !t.Valid {
		return concord.Principal{}, Claims{}, ErrInvalidToken
	}
	if !slices.Contains(v.issuers, claims.Issuer) || claims.Subject == "" {
		return concord.Principal{}, Claims{}, ErrInvalidToken
	}
	p := concord.Principal{Subject: claims.Subject, Org: claims.Org}
	for _, r := range claims.Roles {
		if role := concord.AccountRole(r); slices.Contains(concord.AccountRoles, role) {
			p.Roles = append(p.Roles, role)
		}
	}
	return p, claims, nil
}

// keyFunc picks the key by kid and checks that it suits the algorithm, so that an RSA public
// key can never be used as an HMAC secret (algorithm confusion).
func (v *Verifier) keyFunc(t *jwt.Token) (any, error) {
	if typ, ok := t.Header["typ"]; ok && !strings.EqualFold(fmt.Sprint(typ), "JWT") && !strings.EqualFold(fmt.Sprint(typ), "at+jwt") {
		return nil, ErrInvalidToken
	}
	kid, _ := t.Header["kid"].(string)
	if kid == "" || len(kid) > 128 {
		return nil, ErrInvalidToken
	}
	key, ok := v.keys.Key(kid)
	if !ok {
		return nil, ErrInvalidToken
	}
	switch k := key.(type) {
	case ed25519.PublicKey:
		if t.Method.Alg() != "EdDSA" {
			return nil, ErrInvalidToken
		}
		return k, nil
	case *rsa.PublicKey:
		if t.Method.Alg() != "RS256" {
			return nil, ErrInvalidToken
		}
		return k, nil
	}
	return nil, ErrInvalidToken
}

// KeyID derives a stable key id from a public key.
func KeyID(pub crypto.PublicKey) string {
	switch k := pub.(type) {
	case ed25519.PublicKey:
		return "ed-" + base64.RawURLEncoding.EncodeToString(k[:12])
	case *rsa.PublicKey:
		return "rsa-" + base64.RawURLEncoding.EncodeToString(k.N.Bytes()[:12])
	}
	return ""
}

func randomID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// NewOpaqueToken returns a random token for refresh tokens: 256 bits, URL-safe.
func NewOpaqueToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
