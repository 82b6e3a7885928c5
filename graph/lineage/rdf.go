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
	quads := UnsortedQuads(m, pairs)
	SortQuads(quads)
	return quads
}

// UnsortedQuads is Quads in the order they are made, for a caller that
// sorts them itself: a build's graph file is sorted whole, and the sort
// of each pair's quads was half of making them.
func UnsortedQuads(m ontology.Minter, pairs []*Pair) []rdf.Quad {
	w := &writer{ctx: mustIRI(m.LineageGraph()), quads: make([]rdf.Quad, 0, quadsOf(pairs))}
	for _, p := range pairs {
		w.pair(m, p)
	}
	return w.quads
}

// quadsOf is about how many quads pair writes for pairs: room for them
// at once.
func quadsOf(pairs []*Pair) int {
	n := 0
	for _, p := range pairs {
		for _, l := range p.Links {
			n += 9 + 5*len(l.Changes)
		}
	}
	return n
}

// SortQuads sorts quads as Quads does, by key (graph, subject,
// predicate, object as N-Quads prints it), each key written once, into
// one buffer, rather than at each comparison, and each quad moved once,
// to its place, not at each swap.
func SortQuads(quads []rdf.Quad) {
	sc := keyScratches.Get().(*keyScratch)
	defer keyScratches.Put(sc)
	keys, ends, order := sc.keys[:0], sc.ends[:0], sc.order[:0]
	for i, q := range quads {
		keys = appendKey(keys, q)
		ends, order = append(ends, int32(len(keys))), append(order, int32(i))
	}
	sc.keys, sc.ends, sc.order = keys, ends, order
	slices.SortFunc(order, func(a, b int32) int { return bytes.Compare(sc.key(a), sc.key(b)) })
	permute(quads, order)
}

// permute puts quads[order[i]] at i, following each cycle of the
// permutation: order is used up, each place it says is done marked -1.
func permute(quads []rdf.Quad, order []int32) {
	for i := range order {
		if order[i] < 0 {
			continue
		}
		first := quads[i]
		j := i
		for int(order[j]) != i {
			next := int(order[j])
			quads[j], order[j] = quads[next], -1
			j = next
		}
		quads[j], order[j] = first, -1
	}
}

// keyScratch holds the sort keys of one Quads, one after another, and
// their order.
type keyScratch struct {
	keys  []byte
	ends  []int32 // where each quad's key ends in keys
	order []int32
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
	// positions are the literals of TextChange positions, by position:
	// most revisions have a first change, fewer a second.
	positions []rdf.Object
}

// Terms every pair's quads use, made once: checking an IRI's characters
// and boxing its term for each statement was most of writing them.
var (
	revisionClass   rdf.Object = mustIRI(ontology.Revision)
	textChangeClass rdf.Object = mustIRI(ontology.TextChange)
	xsdDecimal                 = mustIRI(ontology.XSDDecimal)
	statuses                   = map[Status]rdf.Object{}
	predicates                 = map[string]rdf.Predicate{}
)

func init() {
	for _, s := range []Status{Identical, Changed, New, Dropped} {
		statuses[s] = str(string(s))
	}
	for _, p := range []string{
		ontology.RDFType, ontology.PredecessorDocument, ontology.SuccessorDocument,
		ontology.RevisionStatus, ontology.RevisionBasis, ontology.Predecessor, ontology.Successor,
		ontology.PROVWasRevisionOf, ontology.Similarity, ontology.ChangeProp, ontology.Position,
		ontology.RemovedText, ontology.AddedText,
	} {
		predicates[p] = mustIRI(p)
	}
}

// revisionIRI names what became of a paragraph between the documents
// oldIRI and newIRI: after the later paragraph and the earlier one, or,
// for a dropped paragraph, after the later document and the earlier
// paragraph.
func revisionIRI(m ontology.Minter, oldIRI, newIRI string, l Link) string {
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
	oldDoc, newDoc := rdf.Object(mustIRI(oldIRI)), rdf.Object(mustIRI(newIRI))
	basis := rdf.Object(str(string(p.Basis)))
	for _, l := range p.Links {
		rIRI := revisionIRI(m, oldIRI, newIRI, l)
		r := rdf.Subject(mustIRI(rIRI))
		w.add(r, ontology.RDFType, revisionClass)
		w.add(r, ontology.PredecessorDocument, oldDoc)
		w.add(r, ontology.SuccessorDocument, newDoc)
		w.add(r, ontology.RevisionStatus, status(l.Status))
		w.add(r, ontology.RevisionBasis, basis)
		var from, to rdf.IRI
		if l.From != nil {
			from = mustIRI(m.Fragment(oldIRI, l.From.ID))
			w.add(r, ontology.Predecessor, from)
		}
		if l.To != nil {
			to = mustIRI(m.Fragment(newIRI, l.To.ID))
			w.add(r, ontology.Successor, to)
		}
		if l.From == nil || l.To == nil {
			continue
		}
		w.add(to, ontology.PROVWasRevisionOf, from)
		w.add(r, ontology.Similarity, rdf.NewTypedLiteral(strconv.FormatFloat(l.Score, 'f', -1, 64), xsdDecimal))
		for i, c := range l.Changes {
			ci := mustIRI(rIRI + "-change-" + strconv.Itoa(i+1))
			w.add(r, ontology.ChangeProp, ci)
			w.add(ci, ontology.RDFType, textChangeClass)
			w.add(ci, ontology.Position, w.position(i+1))
			if c.Removed != "" {
				w.add(ci, ontology.RemovedText, lang(c.Removed, p.Old.Language))
			}
			if c.Added != "" {
				w.add(ci, ontology.AddedText, lang(c.Added, p.New.Language))
			}
		}
	}
}

// status is the literal of s.
func status(s Status) rdf.Object {
	if o, ok := statuses[s]; ok {
		return o
	}
	return str(string(s))
}

// position is the literal of a TextChange's position i, from 1.
func (w *writer) position(i int) rdf.Object {
	for len(w.positions) < i {
		n := len(w.positions) + 1
		w.positions = append(w.positions, rdf.NewTypedLiteral(strconv.Itoa(n), mustIRI(ontology.XSDNonNegativeInteger)))
	}
	return w.positions[i-1]
}

func (w *writer) add(s rdf.Subject, p string, o rdf.Object) {
	pred, ok := predicates[p]
	if !ok {
		pred = mustIRI(p)
	}
	w.quads = append(w.quads, rdf.Quad{Triple: rdf.Triple{Subj: s, Pred: pred, Obj: o}, Ctx: w.ctx})
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
