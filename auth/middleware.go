package auth

import (
	"errors"
	"net/http"
	"strings"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/internal/httperror"
)

// Middleware reads the bearer token of each request and puts its principal in the request's
// context; a request without one is anonymous. Any bad token — malformed, expired, forged,
// oversized — gets the same 401, before anything else runs.
func Middleware(v *Verifier) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			header := r.Header.Get("Authorization")
			if header == "" {
				next.ServeHTTP(w, r)
				return
			}
			scheme, token, ok := strings.Cut(header, " ")
			if !ok || !strings.EqualFold(scheme, "Bearer") || len(header) > MaxTokenBytes { // the scheme is case-insensitive (RFC 6750, RFC 9110)
				unauthorized(w, r)
				return
			}
			p, err := v.VerifyRequest(r.Context(), strings.TrimSpace(token))
			if errors.Is(err, ErrSessionUnknown) {
				httperror.Write(w, r, http.StatusServiceUnavailable, concord.EUNAVAILABLE, "the session could not be checked; try again")
				return
			}
			if err != nil {
				unauthorized(w, r)
				return
			}
			next.ServeHTTP(w, r.WithContext(concord.NewContext(r.Context(), p)))
		})
	}
}

func unauthorized(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	httperror.Write(w, r, http.StatusUnauthorized, concord.EUNAUTHENTICATED, "invalid or expired token")
}
