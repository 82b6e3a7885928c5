package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/graph/lineage"
	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/queries"
)

// maxHistoryDepth bounds the steps walked each way: a mandate renewed
// twice a year since 1964 (UNFICYP) has about 120 versions.
const maxHistoryDepth = 200

// Version is one paragraph of a history: a version of the provision.
type Version struct {
	IRI      string `json:"iri"`
	Document string `json:"document"`
	Symbol   string `json:"symbol"`
	ID       string `json:"id"`
	Date     string `json:"date"`
	Draft    bool   `json:"draft,omitempty"`
	Text     string `json:"text"`
	// Step is the version's place from the paragraph asked about: 0 for
	// that paragraph, -1 for the version before it, 1 after it.
	Step int `json:"step"`
}

// Step is one sckg:Revision of a history: what became of a paragraph from
// one document to the next.
type Step struct {
	// Step is as provision-history numbers it: -1 for the revision that
	// made the paragraph asked about, 1 for the one that made its
	// successor.
	Step int `json:"step"`
	// From and To are the IRIs of the versions (see Version); From is
	// empty for a paragraph new in To's document, To for a paragraph
	// dropped from the later document.
	From         string `json:"from"`
	To           string `json:"to"`
	FromDocument string `json:"fromDocument"`
	ToDocument   string `json:"toDocument"`
	FromSymbol   string `json:"fromSymbol"`
	ToSymbol     string `json:"toSymbol"`
	FromID       string `json:"fromId,omitempty"`
	ToID         string `json:"toId,omitempty"`
	Date         string `json:"date"` // the later document's
	// Basis is "draft" for a draft and the resolution it became, "series"
	// for a resolution and its predecessor.
	Basis      string   `json:"basis"`
	Status     string   `json:"status"` // identical, changed, new, dropped
	Similarity *float64 `json:"similarity,omitempty"`
	// Changes are the runs of words changed, as the store holds them.
	Changes []Change `json:"changes,omitempty"`
	// Segments are the later text with the earlier text's removed words
	// put back where they stood (lineage.Segments), for aligned pairs.
	Segments []lineage.Segment `json:"segments,omitempty"`
	Revision string            `json:"revision"`
}

// Change is one sckg:TextChange.
type Change struct {
	Removed string `json:"removed"`
	Added   string `json:"added"`
}

// History is the answer of GET /api/paragraph/history.
type History struct {
	Paragraph string `json:"paragraph"`
	// Versions are the paragraphs of the history, by date (a draft
	// before the resolution it became).
	Versions []Version `json:"versions"`
	// Steps are the revisions between them, by step, as provision-history
	// gives them.
	Steps []Step `json:"steps"`
}

// paragraphHistory is a paragraph's history, back and forward:
//
//	GET /api/paragraph/history?paragraph=S/RES/2584(2021)%23op_17[&depth=N]
//	GET /api/paragraph/history?symbol=S/RES/2584 (2021)&id=op_17
//
// The steps are the canned query provision-history's; the texts, dates
// and stored changes are read from the store around them, and the
// word-level segments worked out from the two texts, so that the page can
// show each change in its sentence.
func (s *Server) paragraphHistory(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	named := strings.TrimSpace(q.Get("paragraph"))
	if sym, id := strings.TrimSpace(q.Get("symbol")), strings.TrimSpace(q.Get("id")); named == "" && sym != "" && id != "" {
		named = sym + "#" + id
	}
	if named == "" || !strings.Contains(named, "#") {
		v2Error(w, http.StatusBadRequest, errors.New("say which paragraph: ?paragraph=S/RES/2584(2021)%23op_17, or ?symbol=S/RES/2584(2021)&id=op_17"))
		return
	}
	depth := "20"
	if v := q.Get("depth"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 || n > maxHistoryDepth {
			v2Error(w, http.StatusBadRequest, fmt.Errorf("depth=%q: give a whole number from 1 to %d", v, maxHistoryDepth))
			return
		}
		depth = v
	}
	s.answerJSON(w, r, func(ctx context.Context) (any, error) {
		return loadHistory(ctx, s.cfg.Store, s.cfg.Base, named, depth)
	})
}

// Errors of what a request names, which answer 404.
var (
	errNoParagraph = errors.New("is not a paragraph in the store")
	errNoDocument  = errors.New("is not in the store")
)

// answerJSON loads an answer within the server's limits on time and
// concurrent queries, and sends it as JSON, or the error with its status.
func (s *Server) answerJSON(w http.ResponseWriter, r *http.Request, load func(context.Context) (any, error)) {
	ctx, done, err := s.turn(r)
	if err != nil {
		v2Error(w, status(err), err)
		return
	}
	defer done()
	v, err := load(ctx)
	if err != nil {
		code := status(err)
		if errors.Is(err, errNoParagraph) || errors.Is(err, errNoDocument) {
			code = http.StatusNotFound
		}
		v2Error(w, code, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	// The texts are shown as text, never as HTML: "<" and "&" as written.
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// newLoader finds the node a request names (a symbol as printed, with a
// paragraph id after "#", or an IRI) and returns a loader for the store.
func newLoader(ctx context.Context, st *store.Store, base, named string) (*loader, string, error) {
	m := ontology.NewMinter(base)
	node, err := queries.FindNode(ctx, st, m.Base, named)
	if err != nil {
		return nil, "", err
	}
	l := &loader{ctx: ctx, st: st, m: m, versions: map[string]*Version{}, docs: map[string]*docInfo{}}
	return l, node, nil
}

func loadHistory(ctx context.Context, st *store.Store, base, named, depth string) (*History, error) {
	l, node, err := newLoader(ctx, st, base, named)
	if err != nil {
		return nil, err
	}
	iri := strings.TrimSuffix(strings.TrimPrefix(node, "<"), ">")
	self, err := l.version(iri, 0)
	if err != nil {
		return nil, err
	}
	if self.Text == "" {
		return nil, fmt.Errorf("%s %w (name one as S/RES/2584(2021)#op_17)", named, errNoParagraph)
	}
	q, ok := queries.Get("provision-history")
	if !ok {
		return nil, errors.New("no canned query provision-history")
	}
	res, err := queries.Run(ctx, st, q, map[string]string{"paragraph": node, "depth": depth}, queries.Options{Base: l.m.Base})
	if err != nil {
		return nil, err
	}
	h := &History{Paragraph: iri, Versions: []Version{}, Steps: []Step{}}
	for _, row := range res.Rows {
		s, err := l.step(row)
		if err != nil {
			return nil, err
		}
		h.Steps = append(h.Steps, s)
	}
	for _, v := range l.versions {
		h.Versions = append(h.Versions, *v)
	}
	sort.Slice(h.Versions, func(i, j int) bool {
		a, b := h.Versions[i], h.Versions[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Step != b.Step {
			return a.Step < b.Step
		}
		if a.Draft != b.Draft {
			return a.Draft
		}
		return a.IRI < b.IRI
	})
	return h, nil
}

// loader reads the parts of a history from the store, each node once.
type loader struct {
	ctx      context.Context
	st       *store.Store
	m        ontology.Minter
	versions map[string]*Version
	docs     map[string]*docInfo
}

// step is a row of provision-history with its versions, documents and
// changes.
func (l *loader) step(row map[string]any) (Step, error) {
	s := Step{
		Step:         int(number(row["step"])),
		From:         bare(row["from"]),
		To:           bare(row["to"]),
		FromDocument: bare(row["fromDocument"]),
		ToDocument:   bare(row["toDocument"]),
		Date:         str(row["date"]),
		Basis:        str(row["basis"]),
		Status:       str(row["status"]),
		Revision:     bare(row["revision"]),
	}
	if v, ok := row["similarity"]; ok {
		f := number(v)
		s.Similarity = &f
	}
	// Going back, the earlier version is the step's own and the later one
	// a step nearer the paragraph asked about; going forward, the other
	// way round.
	fromStep, toStep := s.Step, s.Step+1
	if s.Step > 0 {
		fromStep, toStep = s.Step-1, s.Step
	}
	from, err := l.version(s.From, fromStep)
	if err != nil {
		return s, err
	}
	to, err := l.version(s.To, toStep)
	if err != nil {
		return s, err
	}
	if from != nil {
		s.FromID = from.ID
	}
	if to != nil {
		s.ToID = to.ID
	}
	if d, err := l.document(s.FromDocument); err != nil {
		return s, err
	} else if d != nil {
		s.FromSymbol = d.symbol
	}
	if d, err := l.document(s.ToDocument); err != nil {
		return s, err
	} else if d != nil {
		s.ToSymbol = d.symbol
	}
	if s.Changes, err = l.changes(s.Revision); err != nil {
		return s, err
	}
	if from != nil && to != nil {
		s.Segments = lineage.Segments(from.Text, to.Text)
	}
	return s, nil
}

// version reads a paragraph: its text, and its document's symbol, date
// and kind. A version reached by several steps keeps the nearest.
func (l *loader) version(iri string, step int) (*Version, error) {
	if iri == "" {
		return nil, nil
	}
	if v, ok := l.versions[iri]; ok {
		if abs(step) < abs(v.Step) {
			v.Step = step
		}
		return v, nil
	}
	v := &Version{IRI: iri, Step: step}
	docIRI, id, _ := strings.Cut(iri, "#")
	v.Document, v.ID = docIRI, id
	err := l.st.EachQuad(l.ctx, store.Subject, iri, func(q rdf.Quad) {
		if q.Pred.String() == ontology.Text {
			v.Text = literal(q.Obj)
		}
	})
	if err != nil {
		return nil, err
	}
	d, err := l.document(docIRI)
	if err != nil {
		return nil, err
	}
	v.Symbol, v.Date, v.Draft = d.symbol, d.date, d.draft
	l.versions[iri] = v
	return v, nil
}

// docInfo is what a history shows of a document.
type docInfo struct {
	symbol, date string
	draft        bool
}

// document reads a document's symbol, its date (printed, else of
// adoption, else the year of its symbol, as provision-history dates
// steps) and whether it is a draft.
func (l *loader) document(iri string) (*docInfo, error) {
	if iri == "" {
		return nil, nil
	}
	if d, ok := l.docs[iri]; ok {
		return d, nil
	}
	d := &docInfo{}
	var printed, adopted string
	err := l.st.EachQuad(l.ctx, store.Subject, iri, func(q rdf.Quad) {
		switch q.Pred.String() {
		case ontology.ELIIDLocal:
			d.symbol = literal(q.Obj)
		case ontology.ELIDateDocument:
			printed = literal(q.Obj)
		case ontology.AdoptionDate:
			adopted = literal(q.Obj)
		case ontology.RDFType:
			d.draft = d.draft || q.Obj.String() == ontology.DraftResolution
		}
	})
	if err != nil {
		return nil, err
	}
	ref, ok := l.m.Read(iri)
	if d.symbol == "" && ok {
		d.symbol = ref.String()
	}
	switch {
	case printed != "":
		d.date = printed
	case adopted != "":
		d.date = adopted
	case ok:
		d.date = ref.Symbol.Year()
	}
	l.docs[iri] = d
	return d, nil
}

// changes reads a revision's sckg:TextChange nodes, in order.
func (l *loader) changes(revision string) ([]Change, error) {
	var nodes []string
	err := l.st.EachQuad(l.ctx, store.Subject, revision, func(q rdf.Quad) {
		if q.Pred.String() == ontology.ChangeProp {
			nodes = append(nodes, q.Obj.String())
		}
	})
	if err != nil || len(nodes) == 0 {
		return nil, err
	}
	type placed struct {
		pos int
		c   Change
	}
	var out []placed
	for _, n := range nodes {
		var p placed
		err := l.st.EachQuad(l.ctx, store.Subject, n, func(q rdf.Quad) {
			switch q.Pred.String() {
			case ontology.Position:
				p.pos, _ = strconv.Atoi(literal(q.Obj))
			case ontology.RemovedText:
				p.c.Removed = literal(q.Obj)
			case ontology.AddedText:
				p.c.Added = literal(q.Obj)
			}
		})
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	changes := make([]Change, len(out))
	for i, p := range out {
		changes[i] = p.c
	}
	return changes, nil
}

// literal is the text of a literal, whatever its language or type.
func literal(o rdf.Object) string {
	if l, ok := o.(rdf.Literal); ok {
		return l.String()
	}
	return ""
}

// bare is a Gizmo IRI ("<…>") of a row without its brackets.
func bare(v any) string {
	s := str(v)
	return strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
}

func str(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// number reads a number of a row, which Gizmo gives as an integer or a
// float.
func number(v any) float64 {
	switch n := v.(type) {
	case int64:
		return float64(n)
	case int:
		return float64(n)
	case float64:
		return n
	}
	f, _ := strconv.ParseFloat(str(v), 64)
	return f
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Paragraphs is the answer of GET /api/document/paragraphs.
type Paragraphs struct {
	Document   string      `json:"document"`
	Symbol     string      `json:"symbol"`
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Paragraph is a paragraph of a document as the explorer lists it, with
// what became of it since the texts before it.
type Paragraph struct {
	IRI       string     `json:"iri"`
	ID        string     `json:"id"`
	Kind      string     `json:"kind"` // preambular, operative, text
	Number    string     `json:"number,omitempty"`
	Text      string     `json:"text"`
	Revisions []Revision `json:"revisions"`
	ordinal   int
}

// Revision is a paragraph's sckg:Revision from an earlier text: its
// status (identical, changed, new) and basis (draft, series).
type Revision struct {
	Status     string `json:"status"`
	Basis      string `json:"basis"`
	FromSymbol string `json:"fromSymbol"`
}

// kinds names the paragraph classes, in the order a resolution prints
// them.
var kinds = []struct{ class, name string }{
	{ontology.PreambularParagraph, "preambular"},
	{ontology.TextParagraph, "text"},
	{ontology.OperativeParagraph, "operative"},
}

// documentParagraphs lists a document's paragraphs (not sub-paragraphs,
// whose words a paragraph's text includes), each with how it came from
// the texts before it, for the explorer to offer their histories:
//
//	GET /api/document/paragraphs?symbol=S/RES/2584(2021)
func (s *Server) documentParagraphs(w http.ResponseWriter, r *http.Request) {
	named := strings.TrimSpace(r.URL.Query().Get("symbol"))
	if named == "" {
		v2Error(w, http.StatusBadRequest, errors.New("say which document: ?symbol=S/RES/2584(2021)"))
		return
	}
	s.answerJSON(w, r, func(ctx context.Context) (any, error) {
		return loadParagraphs(ctx, s.cfg.Store, s.cfg.Base, named)
	})
}

func loadParagraphs(ctx context.Context, st *store.Store, base, named string) (*Paragraphs, error) {
	l, node, err := newLoader(ctx, st, base, named)
	if err != nil {
		return nil, err
	}
	iri := strings.TrimSuffix(strings.TrimPrefix(node, "<"), ">")
	if ok, err := st.HasNode(ctx, iri); err != nil {
		return nil, err
	} else if !ok {
		return nil, fmt.Errorf("%s %w", named, errNoDocument)
	}
	d, err := l.document(iri)
	if err != nil {
		return nil, err
	}
	out := &Paragraphs{Document: iri, Symbol: d.symbol, Paragraphs: []Paragraph{}}
	var parts []string
	err = st.EachQuad(ctx, store.Object, iri, func(q rdf.Quad) {
		if q.Pred.String() == ontology.ELIIsPartOf {
			parts = append(parts, q.Subj.String())
		}
	})
	if err != nil {
		return nil, err
	}
	order := map[string]int{}
	for _, p := range parts {
		para, err := l.paragraph(p, order)
		if err != nil {
			return nil, err
		}
		if para != nil {
			out.Paragraphs = append(out.Paragraphs, *para)
		}
	}
	sort.Slice(out.Paragraphs, func(i, j int) bool {
		a, b := out.Paragraphs[i], out.Paragraphs[j]
		if order[a.IRI] != order[b.IRI] {
			return order[a.IRI] < order[b.IRI]
		}
		if a.ordinal != b.ordinal {
			return a.ordinal < b.ordinal
		}
		return a.ID < b.ID
	})
	return out, nil
}

// paragraph reads a part of a document as the list shows it, nil for a
// part that is no paragraph (a section); order gets the place of its kind.
func (l *loader) paragraph(iri string, order map[string]int) (*Paragraph, error) {
	para := &Paragraph{IRI: iri, Revisions: []Revision{}}
	_, para.ID, _ = strings.Cut(iri, "#")
	err := l.st.EachQuad(l.ctx, store.Subject, iri, func(q rdf.Quad) {
		switch q.Pred.String() {
		case ontology.Text:
			para.Text = literal(q.Obj)
		case ontology.ELINumber:
			para.Number = literal(q.Obj)
		case ontology.Ordinal:
			para.ordinal, _ = strconv.Atoi(literal(q.Obj))
		case ontology.RDFType:
			for i, k := range kinds {
				if q.Obj.String() == k.class {
					para.Kind = k.name
					order[iri] = i
				}
			}
		}
	})
	if err != nil || para.Kind == "" {
		return nil, err
	}
	var revisions []string
	err = l.st.EachQuad(l.ctx, store.Object, iri, func(q rdf.Quad) {
		if q.Pred.String() == ontology.Successor {
			revisions = append(revisions, q.Subj.String())
		}
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(revisions)
	for _, rev := range revisions {
		var x Revision
		var from string
		err := l.st.EachQuad(l.ctx, store.Subject, rev, func(q rdf.Quad) {
			switch q.Pred.String() {
			case ontology.RevisionStatus:
				x.Status = literal(q.Obj)
			case ontology.RevisionBasis:
				x.Basis = literal(q.Obj)
			case ontology.PredecessorDocument:
				from = q.Obj.String()
			}
		})
		if err != nil {
			return nil, err
		}
		if d, err := l.document(from); err != nil {
			return nil, err
		} else if d != nil {
			x.FromSymbol = d.symbol
		}
		para.Revisions = append(para.Revisions, x)
	}
	return para, nil
}
