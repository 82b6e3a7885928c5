package ontology

import (
	"testing"

	"github.com/sckg/sckg/ontology/symbol"
)

// Read is the inverse of the minter: every IRI it mints for a document or
// a part of one reads back as what it was minted from.
func TestMinterRead(t *testing.T) {
	m := NewMinter("")
	doc := m.Document("S/RES/2531(2020)")
	for _, c := range []struct {
		name, iri, want string
		sym             string
		hash, fragment  string
		paragraph       string
	}{
		{"document", doc, "S/RES/2531(2020)", "S/RES/2531(2020)", "", "", ""},
		{"paragraph", m.Fragment(doc, "op_28__a__i"), "S/RES/2531(2020)#op_28__a__i", "S/RES/2531(2020)", "", "op_28__a__i", "op_28__a__i"},
		{"fact node", m.Fragment(doc, "op_2-cit-1"), "S/RES/2531(2020)#op_2-cit-1", "S/RES/2531(2020)", "", "op_2-cit-1", ""},
		{"no symbol", m.UnsymbolledDocument("6f3c"), "text/6f3c", "", "6f3c", "", ""},
		{"report", m.Document("S/2020/476"), "S/2020/476", "S/2020/476", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, ok := m.Read(c.iri)
			if !ok || r.String() != c.want || r.Symbol.String() != c.sym || r.Hash != c.hash || r.Fragment != c.fragment || r.Paragraph.String() != c.paragraph {
				t.Errorf("Read(%s) = %+v %v", c.iri, r, ok)
			}
		})
	}
	for _, iri := range []string{Base + "actor/minusma", "https://example.org/doc/S/RES/1(1946)", m.Meeting("8809")} {
		if r, ok := m.Read(iri); ok {
			t.Errorf("Read(%s) = %+v, want nothing", iri, r)
		}
	}
	if r, _ := m.Read(m.Document("S/PRST/2018/10")); r.Symbol.Kind() != symbol.KindPresidentialStatement {
		t.Errorf("S/PRST/2018/10 reads as %v", r.Symbol.Kind())
	}
}
