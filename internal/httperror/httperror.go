// Package httperror writes the answer of an HTTP request refused before GraphQL runs (a bad
// token, a body too large), in GraphQL's error shape with the request's id, as every error
// answer of the API carries it.
package httperror

import (
	"encoding/json"
	"net/http"

	"github.com/concord-peace/concord"
)

// Write answers status with one error of code and msg.
func Write(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	extensions := map[string]any{"code": code}
	if id := concord.RequestIDFrom(r.Context()); id != "" {
		extensions["requestId"] = id
	}
	body, _ := json.Marshal(map[string]any{"errors": []any{map[string]any{"message": msg, "extensions": extensions}}})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
