package rdfio

// Terms: what can be written, checked once when a statement comes in,
// and their N-Triples and Turtle forms, appended to bytes.
//
// The checks are hand-written loops rather than regular expressions: a
// build checks every term of every statement, and the regexp package
// was a tenth of a build's time. TestSyntaxChecks holds the patterns
// they implement and compares the two.

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/knakk/rdf"
)

const (
	rdfTypeIRI       = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	rdfLangStringIRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
	xsdStringIRI     = "http://www.w3.org/2001/XMLSchema#string"
)

// Kinds of term, in the order they are sorted.
const (
	kindIRI = iota
	kindBlank
	kindLiteral
)

// rdfTerm is a checked RDF term. Its strings are those of the rdf.Term
// it was made of, not copies.
type rdfTerm struct {
	kind     int
	value    string // IRI, blank node label (without "_:"), or lexical form
	lang     string // language tag of a language literal
	datatype string // datatype IRI of a typed literal; "" for xsd:string and language literals
}

// checker checks terms, and remembers the last IRIs it accepted: the
// statements of a graph repeat its name, their subjects, predicates and
// classes, and to compare an IRI with one accepted costs less than to
// check it again (a fifth of a sink's time). A nil checker remembers
// nothing.
type checker struct {
	accepted [256]string // by iriSlot
}

// iriSlot spreads IRIs over the slots by their length and last bytes,
// where IRIs of one namespace differ.
func iriSlot(s string) int {
	n := len(s)
	return (n ^ int(s[n-1])<<2 ^ int(s[n-2])<<5) & 255
}

func (c *checker) iri(s string) error {
	if c == nil || len(s) < 2 {
		return checkIRI(s)
	}
	slot := &c.accepted[iriSlot(s)]
	if *slot == s {
		return nil
	}
	if err := checkIRI(s); err != nil {
		return err
	}
	*slot = s
	return nil
}

// term checks t and sets *dst to it: through a pointer, as a build checks
// three or four terms of every statement, and copying them back as values
// was much of an encoder's time. On an error, *dst is left as it was or
// partly set.
func (c *checker) term(t rdf.Term, dst *rdfTerm) error {
	switch t := t.(type) {
	case rdf.IRI:
		if err := c.iri(t.String()); err != nil {
			return err
		}
		*dst = rdfTerm{kind: kindIRI, value: t.String()}
		return nil
	case rdf.Blank:
		if !isBlankLabel(t.String()) {
			return fmt.Errorf("blank node label %q cannot be written", t.String())
		}
		*dst = rdfTerm{kind: kindBlank, value: t.String()}
		return nil
	case rdf.Literal:
		return c.literal(&t, dst)
	case nil:
		return errors.New("missing term")
	default:
		return fmt.Errorf("unsupported term type %T", t)
	}
}

func (c *checker) literal(l *rdf.Literal, dst *rdfTerm) error {
	if !utf8.ValidString(l.String()) {
		return fmt.Errorf("literal %q is not valid UTF-8", l.String())
	}
	*dst = rdfTerm{kind: kindLiteral, value: l.String()}
	dt := l.DataType.String()
	switch {
	case l.Lang() != "":
		if !isLangTag(l.Lang()) {
			return fmt.Errorf("invalid language tag %q", l.Lang())
		}
		dst.lang = l.Lang()
	case dt == rdfLangStringIRI:
		return fmt.Errorf("language literal %s has no language tag", quoted(l.String()))
	case dt == "" || dt == xsdStringIRI:
		// RDF 1.1: a literal without datatype is an xsd:string.
	default:
		if err := c.iri(dt); err != nil {
			return fmt.Errorf("datatype of %s: %w", quoted(l.String()), err)
		}
		dst.datatype = dt
	}
	return nil
}

// appendNT appends the term's N-Triples form, which is also its identity.
func (t *rdfTerm) appendNT(dst []byte) []byte {
	switch t.kind {
	case kindIRI:
		return appendBracketed(dst, t.value)
	case kindBlank:
		return append(append(dst, "_:"...), t.value...)
	}
	return appendLiteralSuffix(appendQuoted(dst, t.value), t.lang, t.datatype)
}

// nt is the term's N-Triples form, for messages.
func (t *rdfTerm) nt() string { return string(t.appendNT(nil)) }

func appendBracketed[S string | []byte](dst []byte, iri S) []byte {
	dst = append(dst, '<')
	dst = append(dst, iri...)
	return append(dst, '>')
}

// appendLiteralSuffix appends what follows a literal's quoted form in
// N-Triples: its language tag or its datatype, if any.
func appendLiteralSuffix(dst []byte, lang, datatype string) []byte {
	switch {
	case lang != "":
		return append(append(dst, '@'), lang...)
	case datatype != "":
		return appendBracketed(append(dst, "^^"...), datatype)
	}
	return dst
}

// checkIRI rejects what cannot be written between < and > without escapes,
// and relative IRIs.
func checkIRI(s string) error {
	if isWritableIRI(s) {
		return nil
	}
	// The error: what the loop below found wrong, named as the user
	// wrote it.
	if !hasScheme(s) {
		return fmt.Errorf("IRI %q is not absolute", s)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("IRI %q is not valid UTF-8", s)
	}
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune(iriForbidden, r) {
			return fmt.Errorf("IRI %q contains %q", s, r)
		}
	}
	return nil
}

// iriForbidden are the characters above the space that an IRI cannot
// hold between < and > unescaped.
const iriForbidden = `<>"{}|^` + "`" + `\`

// isWritableIRI tells whether checkIRI accepts s: it has a scheme, is
// valid UTF-8, and holds no space, control or forbidden character.
func isWritableIRI(s string) bool {
	if !hasScheme(s) {
		return false
	}
	// The bytes' sorts or'ed together, without a branch for each byte:
	// an IRI is refused far less often than checked.
	var sorts byte
	for i := 0; i < len(s); i++ {
		sorts |= iriBytes[s[i]]
	}
	switch {
	case sorts&iriRefused != 0:
		return false
	case sorts&iriNonASCII != 0:
		return utf8.ValidString(s)
	}
	return true
}

// iriBytes sorts the bytes of an IRI for isWritableIRI.
var iriBytes = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = iriNonASCII
		case c <= 0x20 || strings.IndexByte(iriForbidden, byte(c)) >= 0:
			t[c] = iriRefused
		}
	}
	return t
}()

// The sorts of bytes, bits that isWritableIRI ors together.
const (
	iriASCII    = 0
	iriNonASCII = 1 << 0
	iriRefused  = 1 << 1
)

// hasScheme tells whether s begins with a scheme, [A-Za-z][A-Za-z0-9+.-]*":".
// Only absolute IRIs are written: a relative IRI would be resolved
// against the file's location by whoever reads it.
func hasScheme(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			return true
		case isLetter(c), isDigit(c), c == '+', c == '.', c == '-':
		default:
			return false
		}
	}
	return false
}

// isLangTag tells whether s is a language tag, [A-Za-z]+(-[A-Za-z0-9]+)*.
func isLangTag(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	inFirst := true // in the first subtag: letters only
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-':
			if s[i-1] == '-' || i == len(s)-1 {
				return false
			}
			inFirst = false
		case isLetter(c), isDigit(c) && !inFirst:
		default:
			return false
		}
	}
	return true
}

// isBlankLabel tells whether s is a blank node label sckg writes,
// [A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?.
func isBlankLabel(s string) bool {
	if s == "" || s[0] == '.' || s[0] == '-' || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isNameChar(c) && c != '.' {
			return false
		}
	}
	return true
}

// isSafeLocalName tells whether s can follow a prefix unescaped,
// [A-Za-z_][A-Za-z0-9_-]*: deliberately narrower than Turtle's PN_LOCAL,
// a name that matches it needs no escapes in any Turtle parser we know
// of.
func isSafeLocalName[S string | []byte](s S) bool {
	if len(s) == 0 || !isLetter(s[0]) && s[0] != '_' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isNameChar(s[i]) {
			return false
		}
	}
	return true
}

// isPrefixName tells whether s can name a prefix: PN_PREFIX restricted
// to ASCII and without dots, ([A-Za-z][A-Za-z0-9_-]*)?.
func isPrefixName(s string) bool {
	return s == "" || isLetter(s[0]) && isSafeLocalName(s)
}

func isLetter(c byte) bool   { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool    { return '0' <= c && c <= '9' }
func isNameChar(c byte) bool { return nameChars[c] }

// nameChars are the bytes of a safe local name but its first, [A-Za-z0-9_-]:
// a table, as the Turtle writer asks of every IRI's last bytes (match).
var nameChars = func() (t [256]bool) {
	for c := range t {
		t[c] = isLetter(byte(c)) || isDigit(byte(c)) || c == '_' || c == '-'
	}
	return t
}()

// appendQuoted appends s quoted as a Turtle and N-Triples string; s is
// valid UTF-8 (checked by checker.term). Control characters are escaped
// although both formats would allow most of them raw, so that a file
// never holds invisible characters.
func appendQuoted[S string | []byte](dst []byte, s S) []byte {
	dst = append(dst, '"')
	plain := 0 // s[plain:i] needs no escape
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' && c != 0x7f {
			continue // bytes of multi-byte characters too: all ≥ 0x80
		}
		dst = append(dst, s[plain:i]...)
		plain = i + 1
		switch c {
		case '\\':
			dst = append(dst, `\\`...)
		case '"':
			dst = append(dst, `\"`...)
		case '\n':
			dst = append(dst, `\n`...)
		case '\r':
			dst = append(dst, `\r`...)
		case '\t':
			dst = append(dst, `\t`...)
		default:
			const hex = "0123456789ABCDEF"
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
	}
	dst = append(dst, s[plain:]...)
	return append(dst, '"')
}

// quoted is s quoted, for messages.
func quoted(s string) string { return string(appendQuoted(nil, s)) }

// escapeString quotes s as a Turtle and N-Triples string, and refuses
// what is not valid UTF-8.
func escapeString(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("literal %q is not valid UTF-8", s)
	}
	return quoted(s), nil
}
