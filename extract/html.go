package extract

import (
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Saved web pages (press.un.org, un.org) are read as the text a browser
// shows: a line per block element, entities decoded, scripts, styles and
// the page head left out. Every byte of that text remembers the byte of the
// page it came from, so spans still point into the saved file.

// isHTML tells a web page by its name or its first tag.
func isHTML(name, src string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	head := strings.TrimLeftFunc(src[:min(len(src), 512)], unicode.IsSpace)
	return hasPrefixFold(head, "<!doctype html") || hasPrefixFold(head, "<html")
}

// hasPrefixFold reports whether s opens with prefix, an ASCII string in
// lower case, in any case of its letters.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// blockElements end a line of text.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Blockquote: true, atom.Main: true, atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

// skippedElements hold no text of the document: code, styles, the head,
// and a site's navigation and footer.
var skippedElements = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Head: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true}

// htmlText returns the text of a page and, for each byte of it (and one
// past the end), the byte of the page it came from.
func htmlText(page string) (string, []int) {
	var b strings.Builder
	var toPage []int
	emit := func(s string, at int) {
		for i := 0; i < len(s); i++ {
			toPage = append(toPage, at)
		}
		b.WriteString(s)
	}
	z := html.NewTokenizer(strings.NewReader(page))
	pos, skip := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := pos
		pos += len(raw)
		name, _ := z.TagName()
		a := atom.Lookup(name)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if skippedElements[a] && tt == html.StartTagToken {
				skip++
			}
			if blockElements[a] {
				emit("\n", start)
			}
		case html.EndTagToken:
			if skippedElements[a] && skip > 0 {
				skip--
			}
			if blockElements[a] {
				emit("\n", start)
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			decodeText(string(raw), start, emit)
		}
	}
	toPage = append(toPage, len(page))
	return b.String(), toPage
}

// decodeText writes the text of a raw text token: entities decoded, line
// breaks (which HTML reads as spaces) made spaces, each piece mapped to the
// page bytes it came from.
func decodeText(raw string, at int, emit func(string, int)) {
	for i := 0; i < len(raw); {
		switch c := raw[i]; {
		case c == '&':
			if j := strings.IndexByte(raw[i:min(len(raw), i+12)], ';'); j > 0 {
				ent := raw[i : i+j+1]
				if dec := html.UnescapeString(ent); dec != ent {
					emit(dec, at+i)
					i += j + 1
					continue
				}
			}
			emit("&", at+i)
			i++
		case c == '\n' || c == '\r' || c == '\t':
			emit(" ", at+i)
			i++
		default:
			emit(raw[i:i+1], at+i)
			i++
		}
	}
}
