package ontology

import (
	"strconv"
	"strings"

	"github.com/sckg/sckg/ontology/symbol"
)

// Minter turns the identities extraction finds (UN symbols, paragraph ids,
// content hashes) into IRIs under one base. IRIs depend only on those
// identities, never on file names or run order, so the same input always
// yields the same graph.
type Minter struct{ Base string }

// NewMinter returns a Minter under base, or under Base when base is empty.
func NewMinter(base string) Minter {
	if base == "" {
		base = Base
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return Minter{Base: base}
}

// Document is the IRI of the document (the work) with the normalised
// symbol sym, such as "S/RES/2531(2020)".
func (m Minter) Document(sym string) string { return m.Base + "doc/" + sym }

// Ref is what an IRI that Document, UnsymbolledDocument or Fragment
// minted names, read back by Minter.Read.
type Ref struct {
	// Symbol is the document's symbol, zero for a document named by a
	// hash of its text.
	Symbol symbol.Symbol
	// Hash names a document that prints no symbol.
	Hash string
	// Fragment is what follows "#": a paragraph's id or a fact node's
	// ("op_2-cit-1"), empty for the document itself.
	Fragment string
	// Paragraph is the paragraph Fragment names, zero when it names none.
	Paragraph symbol.ParagraphRef

	doc string // the document's part of the IRI, as minted
}

// String writes the reference as tables show it, the IRI without its
// base: "S/RES/2531(2020)#op_2", "text/6f3c…".
func (r Ref) String() string {
	if r.Fragment != "" {
		return r.doc + "#" + r.Fragment
	}
	return r.doc
}

// Read is the inverse of Document, UnsymbolledDocument and Fragment: it
// reads an IRI of a document, or of a part of one, under m's base back
// into the document's symbol (or text hash) and the fragment. It reports
// false for any other IRI.
func (m Minter) Read(iri string) (Ref, bool) {
	rest, ok := strings.CutPrefix(iri, m.Base+"doc/")
	if !ok || rest == "" {
		return Ref{}, false
	}
	var r Ref
	r.doc, r.Fragment, _ = strings.Cut(rest, "#")
	if hash, ok := strings.CutPrefix(r.doc, "text/"); ok {
		r.Hash = hash
	} else {
		r.Symbol = symbol.Parse(r.doc)
	}
	r.Paragraph, _ = symbol.ParseParagraph(r.Fragment)
	return r, true
}

// UnsymbolledDocument is the IRI of a document that prints no symbol (a
// press release), named by a hash of its normalised text.
func (m Minter) UnsymbolledDocument(hash string) string { return m.Base + "doc/text/" + hash }

// Fragment is the IRI of a part of a document: a paragraph ("op_16",
// "pp_3") or a fact node found in it.
func (m Minter) Fragment(docIRI, id string) string { return docIRI + "#" + id }

// Namespaces are where the IRIs the Minter makes begin: most of a graph
// file's IRIs, which a build's sort holds as a byte each.
func (m Minter) Namespaces() []string {
	return []string{m.Document(""), m.Source(""), m.ActorIRI(""), m.Meeting(""), m.Vote(""), m.Graph("")}
}

// Graph is the named graph that holds everything learned from one document.
func (m Minter) Graph(docIRI string) string {
	return m.Base + "graph/" + strings.TrimPrefix(docIRI, m.Base)
}

// LineageGraph is the named graph of paragraph lineage (package
// graph/lineage): facts about pairs of documents, which belong to neither
// document's graph alone.
func (m Minter) LineageGraph() string { return m.Base + "graph/lineage" }

// Source is the IRI of a source file, named by a hash of its bytes.
func (m Minter) Source(hash string) string { return m.Base + "source/" + hash }

// Span is the IRI of the characters [start, end) of a source file, in the
// RFC 5147 fragment form that NIF uses.
func (m Minter) Span(sourceIRI string, start, end int) string {
	// Written into a buffer on the stack, the IRI is the one string a
	// span makes: the figures as strings were two more for every span.
	var buf [128]byte
	iri := append(append(buf[:0], sourceIRI...), "#char="...)
	iri = append(strconv.AppendInt(iri, int64(start), 10), ',')
	return string(strconv.AppendInt(iri, int64(end), 10))
}

// Meeting is the IRI of a Security Council meeting by its number.
func (m Minter) Meeting(number string) string { return m.Base + "meeting/" + number }

// Vote is the IRI of the vote on a draft, or, when the draft is not known,
// on the resolution it became.
func (m Minter) Vote(sym string) string { return m.Base + "vote/" + sym }

// Language is the IRI of a language by its ISO 639-1 code, in the Library
// of Congress's list: a dcterms:LinguisticSystem, as DCTERMS asks.
func Language(tag string) string { return "http://id.loc.gov/vocabulary/iso639-1/" + tag }

// UNDocs is the public address of the document with symbol sym.
func UNDocs(sym string) string { return "https://undocs.org/" + sym }
