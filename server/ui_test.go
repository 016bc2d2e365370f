package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestUIHandler(t *testing.T) {
	ui := fstest.MapFS{
		"index.html":          {Data: []byte("<!doctype html><div id=root></div>")},
		"assets/app-abc.js":   {Data: []byte("console.log(1)")},
		"robots.txt":          {Data: []byte("User-agent: *\n")},
		"assets/nested/x.css": {Data: []byte("body{}")},
	}
	h := uiHandler(ui)
	tests := []struct {
		path       string
		status     int
		body       string
		cache      string
		contentTyp string
	}{
		{"/", 200, "id=root", "no-cache", "text/html"},
		{"/country/XKX", 200, "id=root", "no-cache", "text/html"},
		{"/network?focus=country:XKX", 200, "id=root", "no-cache", "text/html"},
		{"/assets/app-abc.js", 200, "console.log", "immutable", "javascript"},
		{"/assets/nested/x.css", 200, "body{}", "immutable", "text/css"},
		{"/robots.txt", 200, "User-agent", "", "text/plain"},
		{"/assets/missing-123.js", 404, "", "", ""},
		{"/favicon.ico", 404, "", "", ""},
		{"/assets/gone.png", 404, "", "", ""},
		{"/edit/activity/DE-1-2014.1234.5", 200, "id=root", "no-cache", "text/html"},
		// Paths are cleaned and looked up in the embedded files only: no way out of them.
		{"/../../etc/passwd", 200, "id=root", "no-cache", "text/html"},
		{"/assets/../../go.mod", 404, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body %q lacks %q", rec.Body.String(), tt.body)
			}
			if got := rec.Header().Get("Cache-Control"); !strings.Contains(got, tt.cache) || tt.cache == "" && got != "" {
				t.Errorf("Cache-Control %q, want %q", got, tt.cache)
			}
			if got := rec.Header().Get("Content-Type"); !strings.Contains(got, tt.contentTyp) {
				t.Errorf("Content-Type %q, want %q", got, tt.contentTyp)
			}
		})
	}
}
