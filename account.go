package concord

import (
	"context"
	"net/mail"
	"strings"
	"time"
	"unicode"
)

// Account is a person or a script that signs in: it belongs to an organisation (an actor id)
// and holds roles.
type Account struct {
	ID       string
	Email    string
	Name     string
	Org      string
	Roles    []AccountRole
	Disabled bool
	Version  int
}

// Principal returns who the account acts as.
func (a Account) Principal() Principal {
	return Principal{Subject: a.ID, Org: a.Org, Roles: a.Roles}
}

// Session is what a sign-in returns: a short-lived access token and a refresh token that can
// be exchanged, once, for the next session.
type Session struct {
	AccessToken  string
	ExpiresAt    time.Time
	RefreshToken string
	Account      Account
}

// AccountStore keeps accounts and refresh tokens. Refresh tokens are stored as hashes only.
type AccountStore interface {
	// AccountForLogin returns an account and its password hash by email; found is false when
	// there is none. It ignores the caller's principal: signing in happens before there is one.
	AccountForLogin(ctx context.Context, email string) (a Account, hash string, found bool, err error)
	Accounts(ctx context.Context, ids []string) (map[string]Account, error)
	ListAccounts(ctx context.Context, p PageArgs) (Page[Account], error)
	CreateAccount(ctx context.Context, a Account, passwordHash string) (Account, error)
	UpdateAccount(ctx context.Context, id string, version int, patch func(*Account) error, passwordHash string) (Account, error)
	DeleteAccount(ctx context.Context, id string) error
	// EnsureAccount creates the account if no account has its email; it reports whether it did.
	EnsureAccount(ctx context.Context, a Account, passwordHash string) (bool, error)

	// SaveRefreshToken records a new refresh token of a token family.
	SaveRefreshToken(ctx context.Context, tokenHash, accountID, family string, expires time.Time) error
	// UseRefreshToken spends a refresh token and returns its account and family. A token used
	// twice revokes its whole family (it was stolen or replayed) and fails.
	UseRefreshToken(ctx context.Context, tokenHash string) (account Account, family string, err error)
	// RevokeRefreshToken revokes the family of a token.
	RevokeRefreshToken(ctx context.Context, tokenHash string) error
}

// SessionChecker tells, on every request, whether an access token Concord issued may still be
// used, so that signing out, disabling, deleting or demoting an account takes effect on the
// next request rather than when the token expires; the answer is read from the graph, so every
// replica of the server gives the same one.
type SessionChecker interface {
	// SessionLive reports whether a token issued to p within session (its refresh token family;
	// "" for a token issued outside a sign-in, such as a script's) is live: the account exists,
	// is enabled and still has the organisation and roles the token carries, and the session
	// has not been signed out or revoked.
	SessionLive(ctx context.Context, p Principal, session string) (bool, error)
}

// LoginFailures keeps the failed sign-ins per key (an account, a client address, the pair) in
// the graph, so that every replica of the server counts the same ones. Keys are opaque strings
// (the throttle hashes what it counts).
type LoginFailures interface {
	// CountLoginAttempt reads the keys' failures since forgetBefore and asks decide whether the
	// attempt may go on; if so it counts the attempt as a failure at `at` for each key (one that
	// succeeds is forgiven afterwards). It runs in one transaction that holds the keys' locks,
	// so concurrent attempts on a key are counted one after another and none slips past.
	CountLoginAttempt(ctx context.Context, keys []string, at, forgetBefore time.Time, decide func(map[string]LoginFailure) bool) (bool, error)
	// ForgiveLoginAttempt takes back the count of an attempt that succeeded: the failures of the
	// keys to clear are forgotten, the others lose one.
	ForgiveLoginAttempt(ctx context.Context, clear, decrement []string) error
}

// LoginFailure is the count of a key's recent failed sign-ins.
type LoginFailure struct {
	Count int
	Last  time.Time
}

// Authenticator signs accounts in and out and hashes their passwords.
type Authenticator interface {
	Login(ctx context.Context, email, password, client string) (Session, error)
	Refresh(ctx context.Context, refreshToken string) (Session, error)
	Logout(ctx context.Context, refreshToken string) error
	// HashPassword hashes a new password after checking that it is not easy to guess, given
	// related words (the account's email and name).
	HashPassword(password string, related ...string) (string, error)
}

// ValidEmail reports whether s is one plain email address (an addr-spec of RFC 5322, as
// net/mail parses it): no display name or angle brackets, no spaces or control characters (a
// CRLF would end up in the account's id and in any mail header), at most 254 bytes.
func ValidEmail(s string) bool {
	if len(s) > 254 || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) {
		return false
	}
	addr, err := mail.ParseAddress(s)
	return err == nil && addr.Name == "" && addr.Address == s && strings.Contains(s, "@")
}
