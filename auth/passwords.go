package auth

import (
	"errors"
	"sync"

	"golang.org/x/crypto/bcrypt"
)

// bcryptCost is the work factor of password hashes (the floor is 10).
const bcryptCost = 12

// MinPasswordBytes and MaxPasswordBytes bound passwords; bcrypt reads at most 72 bytes, so a
// longer password is refused rather than silently cut.
const (
	MinPasswordBytes = 12
	MaxPasswordBytes = 72
)

// ErrWeakPassword is returned for a password outside the bounds.
var ErrWeakPassword = errors.New("a password has 12 to 72 bytes")

// HashPassword returns the bcrypt hash of a password.
func HashPassword(password string) (string, error) {
	if len(password) < MinPasswordBytes || len(password) > MaxPasswordBytes {
		return "", ErrWeakPassword
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcryptCost)
	return string(h), err
}

var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("concord-dummy-password"), bcryptCost)
	return h
})

// CheckPassword reports whether password matches hash. With an empty hash (no such account) it
// still spends the time of a real comparison, so timing does not tell unknown accounts apart.
func CheckPassword(hash, password string) bool {
	if hash == "" || len(password) > MaxPasswordBytes {
		_ = bcrypt.CompareHashAndPassword(dummyHash(), []byte(password))
		return false
	}
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}
