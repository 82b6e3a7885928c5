// Package web is sckg's page for exploring citation chains in a browser:
// a symbol in, its chain drawn (the SVG of GET /api/viz/chain), documents
// expanded, edges opened to the paragraphs that cite, and a paragraph's
// history shown as a timeline of its versions (GET
// /api/paragraph/history) with the words changed marked. Its files are
// embedded in the binary and load nothing from elsewhere, so the page
// works without internet.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var files embed.FS

// static is the page's files, at the top of the file system.
var static, _ = fs.Sub(files, "static")

// contentPolicy keeps the page to its own origin: no script, style, font
// or image from anywhere else can load, even by mistake.
const contentPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Page serves the page itself (index.html).
func Page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", contentPolicy)
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFileFS(w, r, static, "index.html")
}

// Assets serves the page's scripts and styles, under the path prefix
// they are mounted at.
func Assets(prefix string) http.Handler {
	return http.StripPrefix(prefix, http.FileServerFS(static))
}
