package auth

import (
	"errors"
	"strings"
	"sync"
	"unicode"

	"github.com/trustelem/zxcvbn"
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

// minStrength is the least zxcvbn score a new password must reach: 3 is "safely
// unguessable" (about 10^8 guesses and more) in zxcvbn's scale of 0 to 4.
const minStrength = 3

// Errors of a password refused as too weak.
var (
	ErrPasswordControl   = errors.New("a password may not contain control characters")
	ErrPasswordGuessable = errors.New("this password is easy to guess (a common password, a repeated or keyboard pattern, or close to the account's email or name); choose a longer, less predictable phrase")
)

// CheckStrength refuses a new password that a guesser would find early: one with control
// characters (a NUL, a line break), or one that zxcvbn — which knows 30,000 common passwords,
// names, words, dates, repeats, sequences and keyboard patterns — scores below 3, given the
// account's own email and name as words a guesser knows.
func CheckStrength(password string, related ...string) error {
	if len(password) < MinPasswordBytes || len(password) > MaxPasswordBytes {
		return ErrWeakPassword
	}
	if strings.ContainsFunc(password, unicode.IsControl) {
		return ErrPasswordControl
	}
	var inputs []string
	for _, r := range related {
		if r = strings.TrimSpace(r); r != "" {
			inputs = append(inputs, r, strings.ToLower(r))
			if local, _, ok := strings.Cut(r, "@"); ok {
				inputs = append(inputs, local)
			}
		}
	}
	if zxcvbn.PasswordStrength(password, inputs).Score < minStrength {
		return ErrPasswordGuessable
	}
	return nil
}

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
