package lineage

import (
	"bytes"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph"
	"github.com/sckg/sckg/ontology"
)

// Quads writes the pairs as RDF in the named graph m.LineageGraph(): for
// each paragraph of a later text a sckg:Revision with its predecessor (and
// prov:wasRevisionOf between the two paragraphs) or marked new, one for
// each paragraph of the earlier text that was dropped, and a
// sckg:TextChange for each run of words changed. IRIs come from the two
// paragraphs' IRIs, so the same build gives the same quads; they are
// sorted as graph.Build sorts.
func Quads(m ontology.Minter, pairs []*Pair) []rdf.Quad {
	w := &writer{ctx: mustIRI(m.LineageGraph()), preds: map[string]rdf.Predicate{}}
	for _, p := range pairs {
		w.pair(m, p)
	}
	return sortQuads(w.quads)
}

// sortQuads sorts quads by key, each key written once, into one buffer,
// rather than at each comparison, and the quads moved once, not at each
// swap.
func sortQuads(quads []rdf.Quad) []rdf.Quad {
	sc := keyScratches.Get().(*keyScratch)
	defer keyScratches.Put(sc)
	keys, ends := sc.keys[:0], sc.ends[:0]
	order := make([]int32, len(quads))
	for i, q := range quads {
		keys = appendKey(keys, q)
		ends, order[i] = append(ends, int32(len(keys))), int32(i)
	}
	sc.keys, sc.ends = keys, ends
	slices.SortFunc(order, func(a, b int32) int { return bytes.Compare(sc.key(a), sc.key(b)) })
	sorted := make([]rdf.Quad, len(quads))
	for i, k := range order {
		sorted[i] = quads[k]
	}
	return sorted
}

// keyScratch holds the sort keys of one Quads, one after another.
type keyScratch struct {
	keys []byte
	ends []int32 // where each quad's key ends in keys
}

var keyScratches = sync.Pool{New: func() any { return new(keyScratch) }}

// key is the key of quad i.
func (sc *keyScratch) key(i int32) []byte {
	start := int32(0)
	if i > 0 {
		start = sc.ends[i-1]
	}
	return sc.keys[start:sc.ends[i]]
}

type writer struct {
	ctx   rdf.IRI
	quads []rdf.Quad
	// Terms made once: checking an IRI's characters and boxing its term
	// for each statement was most of writing them. A revision's
	// statements come one after another, and the predicates are a few.
	lastSubj     string
	lastSubjTerm rdf.Subject
	preds        map[string]rdf.Predicate
}

// RevisionIRI names what became of a paragraph between two documents:
// after the later paragraph and the earlier one, or, for a dropped
// paragraph, after the later document and the earlier paragraph.
func RevisionIRI(m ontology.Minter, p *Pair, l Link) string {
	oldIRI := graph.DocumentIRI(m, p.Old)
	newIRI := graph.DocumentIRI(m, p.New)
	old := strings.TrimPrefix(oldIRI, m.Base+"doc/")
	switch {
	case l.To == nil:
		return m.Fragment(newIRI, "dropped-"+old+"-"+l.From.ID)
	case l.From == nil:
		return m.Fragment(newIRI, l.To.ID+"-rev-"+old)
	}
	return m.Fragment(newIRI, l.To.ID+"-rev-"+old+"-"+l.From.ID)
}

func (w *writer) pair(m ontology.Minter, p *Pair) {
	oldIRI := graph.DocumentIRI(m, p.Old)
	newIRI := graph.DocumentIRI(m, p.New)
	for _, l := range p.Links {
		r := RevisionIRI(m, p, l)
		w.add(r, ontology.RDFType, mustIRI(ontology.Revision))
		w.add(r, ontology.PredecessorDocument, mustIRI(oldIRI))
		w.add(r, ontology.SuccessorDocument, mustIRI(newIRI))
		w.add(r, ontology.RevisionStatus, str(string(l.Status)))
		w.add(r, ontology.RevisionBasis, str(string(p.Basis)))
		var from, to string
		if l.From != nil {
			from = m.Fragment(oldIRI, l.From.ID)
			w.add(r, ontology.Predecessor, mustIRI(from))
		}
		if l.To != nil {
			to = m.Fragment(newIRI, l.To.ID)
			w.add(r, ontology.Successor, mustIRI(to))
		}
		if l.From == nil || l.To == nil {
			continue
		}
		w.add(to, ontology.PROVWasRevisionOf, mustIRI(from))
		w.add(r, ontology.Similarity, rdf.NewTypedLiteral(strconv.FormatFloat(l.Score, 'f', -1, 64), mustIRI(ontology.XSDDecimal)))
		for i, c := range l.Changes {
			ci := r + "-change-" + strconv.Itoa(i+1)
			w.add(r, ontology.ChangeProp, mustIRI(ci))
			w.add(ci, ontology.RDFType, mustIRI(ontology.TextChange))
			w.add(ci, ontology.Position, rdf.NewTypedLiteral(strconv.Itoa(i+1), mustIRI(ontology.XSDNonNegativeInteger)))
			if c.Removed != "" {
				w.add(ci, ontology.RemovedText, lang(c.Removed, p.Old.Language))
			}
			if c.Added != "" {
				w.add(ci, ontology.AddedText, lang(c.Added, p.New.Language))
			}
		}
	}
}

func (w *writer) add(s, p string, o rdf.Object) {
	if w.lastSubjTerm == nil || s != w.lastSubj {
		w.lastSubj, w.lastSubjTerm = s, mustIRI(s)
	}
	pred, ok := w.preds[p]
	if !ok {
		pred = mustIRI(p)
		w.preds[p] = pred
	}
	w.quads = append(w.quads, rdf.Quad{Triple: rdf.Triple{Subj: w.lastSubjTerm, Pred: pred, Obj: o}, Ctx: w.ctx})
}

// mustIRI makes an IRI term the way graph.Build does, so that a paragraph
// here is the same node as there: characters IRIs do not allow, which a
// user's odd file can put in a symbol, are percent-encoded.
func mustIRI(s string) rdf.IRI {
	if v, err := rdf.NewIRI(s); err == nil {
		return v
	}
	var sb strings.Builder
	for _, r := range s {
		if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
			sb.WriteString(url.QueryEscape(string(r)))
			continue
		}
		sb.WriteRune(r)
	}
	v, err := rdf.NewIRI(sb.String())
	if err != nil {
		panic("lineage: cannot make an IRI of " + strconv.Quote(s) + ": " + err.Error())
	}
	return v
}

func str(s string) rdf.Literal { return rdf.NewTypedLiteral(s, mustIRI(ontology.XSDString)) }

func lang(s, tag string) rdf.Literal {
	l, err := rdf.NewLangLiteral(s, tag)
	if err != nil {
		return str(s)
	}
	return l
}

// appendKey appends q's sort key: its graph, subject and predicate, each
// followed by a zero byte, and its object as N-Quads prints it.
func appendKey(dst []byte, q rdf.Quad) []byte {
	dst = append(append(dst, q.Ctx.String()...), 0)
	dst = append(append(dst, q.Subj.String()...), 0)
	dst = append(append(dst, q.Pred.String()...), 0)
	return appendNQuadsObject(dst, q.Obj)
}

// appendNQuadsObject appends o.Serialize(rdf.NQuads) without its
// allocations: a formatted string for every term, and a buffer for every
// literal's escapes.
func appendNQuadsObject(dst []byte, o rdf.Object) []byte {
	switch o := o.(type) {
	case rdf.IRI:
		return append(append(append(dst, '<'), o.String()...), '>')
	case rdf.Literal:
		dst = append(appendEscapedLiteral(append(dst, '"'), o.String()), '"')
		switch o.DataType.String() {
		case rdfLangString:
			return append(append(dst, '@'), o.Lang()...)
		case ontology.XSDString:
			return dst
		}
		return append(append(append(dst, "^^<"...), o.DataType.String()...), '>')
	}
	return append(dst, o.Serialize(rdf.NQuads)...)
}

// rdfLangString is the datatype of a literal with a language.
const rdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

// appendEscapedLiteral appends s escaped as rdf escapes a literal: a
// line break, a quote or a backslash escaped, and each byte that is not
// UTF-8 written as U+FFFD, as ranging over s and writing its runes does.
func appendEscapedLiteral(dst []byte, s string) []byte {
	for _, r := range s {
		switch r {
		case '\n':
			dst = append(dst, `\n`...)
		case '\r':
			dst = append(dst, `\r`...)
		case '"':
			dst = append(dst, `\"`...)
		case '\\':
			dst = append(dst, `\\`...)
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}
