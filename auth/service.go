package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/concord-peace/concord"
)

// Service signs accounts in and out.
type Service struct {
	Store      concord.AccountStore
	Issuer     *Issuer
	Throttle   *Throttle
	RefreshTTL time.Duration
}

// errBadLogin is the one answer to a wrong email, a wrong password and a disabled account.
var errBadLogin = concord.Errorf(concord.EUNAUTHENTICATED, "", "wrong email or password")

// rateLimited answers a sign-in that must wait.
func rateLimited(wait time.Duration) error {
	return concord.Errorf(concord.ERATELIMITED, "", "too many failed sign-ins; try again in %d seconds", int(wait.Round(time.Second).Seconds())+1)
}

// Login checks an email and a password and opens a session. The attempt is counted by the
// throttle before anything is checked and taken back if it succeeds.
func (s *Service) Login(ctx context.Context, email, password, client string) (concord.Session, error) {
	wait, err := s.Throttle.Attempt(ctx, email, client)
	if err != nil {
		return concord.Session{}, err
	}
	if wait > 0 {
		return concord.Session{}, rateLimited(wait)
	}
	acc, hash, found, err := s.Store.AccountForLogin(ctx, email)
	if err != nil {
		return concord.Session{}, err
	}
	if ok := CheckPassword(hash, password); !ok || !found || acc.Disabled {
		return concord.Session{}, errBadLogin
	}
	if err := s.Throttle.Succeeded(ctx, email, client); err != nil {
		return concord.Session{}, err
	}
	return s.open(ctx, acc, NewOpaqueToken())
}

// Refresh exchanges a refresh token, once, for a new session of the same family.
func (s *Service) Refresh(ctx context.Context, refreshToken string) (concord.Session, error) {
	acc, family, err := s.Store.UseRefreshToken(ctx, hashToken(refreshToken))
	if err != nil {
		return concord.Session{}, err
	}
	return s.open(ctx, acc, family)
}

// Logout revokes a refresh token and every token of its family.
func (s *Service) Logout(ctx context.Context, refreshToken string) error {
	return s.Store.RevokeRefreshToken(ctx, hashToken(refreshToken))
}

func (s *Service) open(ctx context.Context, acc concord.Account, family string) (concord.Session, error) {
	access, exp, err := s.Issuer.IssueInSession(acc.Principal(), family)
	if err != nil {
		return concord.Session{}, err
	}
	refresh := NewOpaqueToken()
	if err := s.Store.SaveRefreshToken(ctx, hashToken(refresh), acc.ID, family, time.Now().Add(s.RefreshTTL)); err != nil {
		return concord.Session{}, err
	}
	return concord.Session{AccessToken: access, ExpiresAt: exp, RefreshToken: refresh, Account: acc}, nil
}

// hashToken is how refresh tokens are stored: a leaked database holds no usable token.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// HashPassword implements concord.Authenticator: the password must pass CheckStrength, with the
// account's email and name (related) as words a guesser knows.
func (s *Service) HashPassword(password string, related ...string) (string, error) {
	if err := CheckStrength(password, related...); err != nil {
		return "", concord.Errorf(concord.EINVALID, "input.password", "%v", err)
	}
	return HashPassword(password)
}
