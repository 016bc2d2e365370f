// Package frontend holds the web UI built by Vite, embedded in the concord binary so that one
// binary serves the API and the UI from the same origin.
//
// `make build` builds the UI into dist/ before the Go binary. A binary built without it (plain
// `go build`, as the Go tests do) embeds only dist/robots.txt, which Vite copies from public/
// and which is checked in for that reason; Dist then reports no UI.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built UI, or nil when this binary was built without it.
func Dist() fs.FS {
	ui, err := fs.Sub(dist, "dist")
	if err != nil {
		return nil
	}
	if _, err := fs.Stat(ui, "index.html"); err != nil {
		return nil
	}
	return ui
}
