package auth

import (
	"net/http"
	"strings"

	"github.com/concord-peace/concord"
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
			token, ok := strings.CutPrefix(header, "Bearer ")
			if !ok || len(header) > MaxTokenBytes {
				unauthorized(w)
				return
			}
			p, err := v.Verify(strings.TrimSpace(token))
			if err != nil {
				unauthorized(w)
				return
			}
			next.ServeHTTP(w, r.WithContext(concord.NewContext(r.Context(), p)))
		})
	}
}

func unauthorized(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	w.WriteHeader(http.StatusUnauthorized)
	_, _ = w.Write([]byte(`{"errors":[{"message":"invalid or expired token","extensions":{"code":"UNAUTHENTICATED"}}]}`))
}
