package server

import (
	"bytes"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// uiHandler serves the web UI: its files as they are, and index.html for every other path, so
// that the client-side routes (/country/XKX, /network) load the app when opened directly.
// Vite names the files under assets/ by their content hash, so browsers may keep them forever;
// index.html, which names them, is revalidated on every visit.
func uiHandler(ui fs.FS) http.Handler {
	files := http.FileServerFS(ui)
	index, err := fs.ReadFile(ui, "index.html")
	if err != nil {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "the web UI is missing from this build\n", http.StatusNotFound)
		})
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" && name != "index.html" {
			if st, err := fs.Stat(ui, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				files.ServeHTTP(w, r)
				return
			}
			// A missing asset, or a missing file at the root such as /favicon.ico, is a 404, not
			// the app; deeper paths are the app's routes, whose ids may hold dots.
			if strings.HasPrefix(name, "assets/") || !strings.Contains(name, "/") && path.Ext(name) != "" {
				http.NotFound(w, r)
				return
			}
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(index))
	})
}

// noUI answers the root of a binary built without the web UI.
func noUI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "Concord API. This binary was built without the web UI (`make build` builds it in).\n"+
		"GraphiQL: /graphql\n")
}
