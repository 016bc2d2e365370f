package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestAnswerByDeadline: a handler still busy at the request's deadline, in work that does not
// look at its context, does not hold the client: it gets a 503 with one UNAVAILABLE error by
// the deadline (the bound of a second over it is generous).
func TestAnswerByDeadline(t *testing.T) {
	s := &Server{cfg: Config{RequestTimeout: 100 * time.Millisecond}}
	release := make(chan struct{})
	defer close(release)
	busy := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release // ignores r.Context(), as validation of a query does
		_, _ = w.Write([]byte(`{"data":{}}`))
	})
	start := time.Now()
	rec := httptest.NewRecorder()
	s.answerByDeadline(busy).ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ functions { code } }"}`)))
	if took := time.Since(start); took > time.Second+100*time.Millisecond {
		t.Errorf("answered after %v", took)
	}
	var body struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("body %q: %v", rec.Body.String(), err)
	}
	if rec.Code != http.StatusServiceUnavailable || len(body.Errors) != 1 || body.Errors[0].Extensions.Code != "UNAVAILABLE" {
		t.Errorf("status %d body %s, want 503 with one UNAVAILABLE error", rec.Code, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
}
