package store_test

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/ontology"
)

// synthetic builds a graph of the shape graph.Builder gives, with resolutions
// resolutions and about citations citations between them: each resolution
// in its named graph, with its preambular and operative paragraphs, each
// citation a cito:Citation node with its span, eli:cites from the
// paragraph and from the document, and the cited document described. A
// paragraph cites earlier resolutions, mostly recent ones, as the Council
// does, and now and then a paragraph of one. The same arguments always give
// the same quads.
func synthetic(resolutions, citations int) []rdf.Quad {
	m := ontology.NewMinter("")
	r := rand.New(rand.NewPCG(2584, 2021))
	var out []rdf.Quad
	var g rdf.Context
	iri := func(s string) rdf.IRI {
		v, err := rdf.NewIRI(s)
		if err != nil {
			panic(err)
		}
		return v
	}
	typed := func(v, dt string) rdf.Literal { return rdf.NewTypedLiteral(v, iri(dt)) }
	add := func(s, p string, o rdf.Object) {
		out = append(out, rdf.Quad{Triple: rdf.Triple{Subj: iri(s), Pred: iri(p), Obj: o}, Ctx: g})
	}
	symbol := func(i int) string { return fmt.Sprintf("S/RES/%d(%d)", 1000+i, 1990+i*30/resolutions) }
	var source string
	offset := 0
	span := func(n int) string {
		s := m.Span(source, offset, offset+n)
		add(s, ontology.RDFType, iri(ontology.NIFOffsetBasedString))
		add(s, ontology.NIFBeginIndex, typed(strconv.Itoa(offset), ontology.XSDNonNegativeInteger))
		add(s, ontology.NIFEndIndex, typed(strconv.Itoa(offset+n), ontology.XSDNonNegativeInteger))
		add(s, ontology.DCTSource, iri(source))
		offset += n + 2
		return s
	}
	describe := func(doc, sym string) {
		add(doc, ontology.RDFType, iri(ontology.ELILegalResource))
		add(doc, ontology.RDFType, iri(ontology.Resolution))
		add(doc, ontology.ELIIDLocal, typed(sym, ontology.XSDString))
		add(doc, ontology.RDFSSeeAlso, iri(ontology.UNDocs(sym)))
	}
	const pp, op = 3, 5
	perDoc := make([]int, resolutions)
	for c := 0; c < citations; c++ {
		perDoc[1+r.IntN(resolutions-1)]++ // the first resolution cites nothing
	}
	for i := range resolutions {
		sym := symbol(i)
		doc := m.Document(sym)
		g = iri(m.Graph(doc))
		source = m.Source(fmt.Sprintf("%016x", i))
		offset = 0
		add(source, ontology.RDFType, iri(ontology.SourceFile))
		describe(doc, sym)
		add(doc, ontology.RDFSLabel, typed(sym, ontology.XSDString))
		add(doc, ontology.ELIDateDocument, typed(fmt.Sprintf("%d-06-%02d", 1990+i*30/resolutions, 1+i%28), ontology.XSDDate))
		add(doc, ontology.PROVWasDerivedFrom, iri(span(4000)))
		var paras []string
		for k := range pp + op {
			id, class := "pp_"+strconv.Itoa(k+1), ontology.PreambularParagraph
			if k >= pp {
				id, class = "op_"+strconv.Itoa(k-pp+1), ontology.OperativeParagraph
			}
			p := m.Fragment(doc, id)
			paras = append(paras, p)
			add(p, ontology.RDFType, iri(ontology.ELILegalResourceSubdivision))
			add(p, ontology.RDFType, iri(class))
			add(p, ontology.ELIIsPartOf, iri(doc))
			add(p, ontology.Ordinal, typed(strconv.Itoa(k+1), ontology.XSDNonNegativeInteger))
			text, _ := rdf.NewLangLiteral(fmt.Sprintf("Paragraph %d of resolution %d, which recalls its earlier decisions.", k+1, 1000+i), "en")
			add(p, ontology.Text, text)
			add(p, ontology.PROVWasDerivedFrom, iri(span(300)))
		}
		seen := map[string]int{}
		for range perDoc[i] {
			// mostly recent resolutions: a geometric step back in time
			back := 1
			for back < i && r.Float64() < 0.85 {
				back++
			}
			j := i - back
			target := m.Document(symbol(j))
			cited := target
			if r.IntN(5) == 0 {
				cited = m.Fragment(target, "op_"+strconv.Itoa(1+r.IntN(op)))
				add(cited, ontology.ELIIsPartOf, iri(target))
			}
			p := paras[r.IntN(len(paras))]
			seen[p]++
			c := fmt.Sprintf("%s-cit-%d", p, seen[p])
			add(c, ontology.RDFType, iri(ontology.CiTOCitation))
			add(c, ontology.CiTOHasCitingEntity, iri(p))
			add(c, ontology.CiTOHasCitedEntity, iri(cited))
			add(c, ontology.CiTOHasCitationCharacterizat, iri(ontology.CITO+ontology.CiTOFunctions[r.IntN(len(ontology.CiTOFunctions))]))
			add(c, ontology.Confidence, typed("1", ontology.XSDDecimal))
			add(c, ontology.CitedAs, typed(fmt.Sprintf("resolution %d", 1000+j), ontology.XSDString))
			add(c, ontology.PROVWasDerivedFrom, iri(span(24)))
			add(p, ontology.ELICites, iri(cited))
			add(doc, ontology.ELICites, iri(target))
			describe(target, symbol(j))
		}
	}
	return out
}
