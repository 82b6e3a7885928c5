package queries

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/sckg/sckg/graph/store"
	"github.com/sckg/sckg/ontology"
	"github.com/sckg/sckg/ontology/symbol"
)

// FindNode is NodeIRI, forgiving: when what the user typed is not a node
// of the store as NodeIRI writes it, it tries the other ways people name
// a resolution ("resolution 2584 (2021)", "2584 (2021)",
// "s/res/2584(2021)", and without the year, "S/RES/2584" or "2584", the
// year then looked up in the store) and the symbol in capitals, and
// returns the first that the store holds. If none does, it returns what
// NodeIRI returns, for the query to report.
func FindNode(ctx context.Context, st *store.Store, base, typed string) (string, error) {
	iri := NodeIRI(base, typed)
	s := strings.TrimSpace(typed)
	if iri == "" || strings.HasPrefix(s, "<") || strings.Contains(s, "://") {
		return iri, nil
	}
	if ok, err := holds(ctx, st, iri); ok || err != nil {
		return iri, err
	}
	sym, frag, hasFrag := strings.Cut(s, "#")
	m := ontology.NewMinter(base)
	for _, cand := range symbolsMeant(symbol.Normalise(sym)) {
		if cand.number != "" {
			found, err := resolutionOfNumber(ctx, st, m, cand.number)
			if err != nil {
				return "", err
			}
			if found == "" {
				continue
			}
			cand.symbol = found
		}
		doc := m.Document(cand.symbol)
		if ok, err := holds(ctx, st, "<"+doc+">"); err != nil {
			return "", err
		} else if ok {
			if hasFrag {
				doc = m.Fragment(doc, strings.TrimSpace(frag))
			}
			return "<" + doc + ">", nil
		}
	}
	return iri, nil
}

// meant is a symbol a user may have meant: a whole symbol, or the number
// of a resolution whose year the store must tell.
type meant struct {
	symbol string
	number string
}

// symbolsMeant lists what a symbol written without spaces may stand for:
// the symbol as sckg writes it ("s/prst/2018/10" is S/PRST/2018/10,
// "resolution 2584 (2021)" S/RES/2584(2021)), or the number of a
// resolution typed without its year.
func symbolsMeant(s string) []meant {
	sym := symbol.Parse(s)
	switch {
	case sym.Kind() == symbol.KindResolution && sym.Year() == "" && sym.Session() == "" && sym.Number() != "":
		return []meant{{number: sym.Number()}}
	case sym.Kind() != symbol.KindOther && sym.String() != s:
		return []meant{{symbol: sym.String()}}
	}
	return nil
}

// resolutionOfNumber finds S/RES/N(YEAR) in the store: resolution numbers
// are unique across years, so the number alone names one.
func resolutionOfNumber(ctx context.Context, st *store.Store, m ontology.Minter, number string) (string, error) {
	for year := time.Now().Year() + 1; year >= 1946; year-- {
		sym := symbol.Resolution(number, strconv.Itoa(year)).String()
		ok, err := holds(ctx, st, "<"+m.Document(sym)+">")
		if err != nil {
			return "", err
		}
		if ok {
			return sym, nil
		}
	}
	return "", nil
}

// holds tells whether the store has a quad with the node (a Gizmo IRI, in
// angle brackets) as its subject or object.
func holds(ctx context.Context, st *store.Store, node string) (bool, error) {
	return st.HasNode(ctx, strings.TrimSuffix(strings.TrimPrefix(node, "<"), ">"))
}
