package lineage

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

func read(t testing.TB, dir string) []*extract.Source {
	t.Helper()
	inputs, errs := extract.Collect([]string{dir})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var sources []*extract.Source
	for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
		if r.Err != nil {
			continue // the corpus's README
		}
		sources = append(sources, r.Source)
	}
	return sources
}

var seedCache struct {
	once  sync.Once
	pairs []*Pair
}

func seedPairs(t *testing.T) []*Pair {
	seedCache.once.Do(func() { seedCache.pairs = Series(read(t, "../../testdata/seeds")) })
	return seedCache.pairs
}

func findPair(t *testing.T, pairs []*Pair, old, new string) *Pair {
	t.Helper()
	for _, p := range pairs {
		if p.Old.ID() == old && p.New.ID() == new {
			return p
		}
	}
	var have []string
	for _, p := range pairs {
		have = append(have, p.Old.ID()+" → "+p.New.ID())
	}
	t.Fatalf("no pair %s → %s; pairs: %v", old, new, have)
	return nil
}

func linkTo(p *Pair, to string) *Link {
	for i, l := range p.Links {
		if l.To != nil && l.To.ID == to {
			return &p.Links[i]
		}
	}
	return nil
}

// The seeds hold MINUSMA's mandate three times, and the draft of 2531
// (2020): the pairs sckg chooses are the draft and the resolution it
// became (the letter S/2020/613 reports the vote), and each resolution
// with the last one before it that it continues; 2531 (2020) and 2364
// (2017) share a quarter of their text (two renewals, 2423 (2018) and
// 2480 (2019), lie between them), which counts because 2531 cites 2364.
func TestSeedPairs(t *testing.T) {
	pairs := seedPairs(t)
	var got []string
	for _, p := range pairs {
		got = append(got, p.Old.ID()+" → "+p.New.ID()+" "+string(p.Basis))
	}
	want := []string{
		"S/2020/600 → S/RES/2531(2020) draft",
		"S/RES/2364(2017) → S/RES/2531(2020) series",
		"S/RES/2531(2020) → S/RES/2584(2021) series",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairs:\n got %q\nwant %q", got, want)
	}
}

// 2584 (2021) op 17 extends the mandate until 30 June 2022: the revision
// of 2531 (2020) op 16 (until 30 June 2021), changed in its year only.
func TestMandateRenewal(t *testing.T) {
	p := findPair(t, seedPairs(t), "S/RES/2531(2020)", "S/RES/2584(2021)")
	l := linkTo(p, "op_17")
	if l == nil || l.From == nil || l.From.ID != "op_16" {
		t.Fatalf("2584 op_17 does not revise 2531 op_16: %+v", l)
	}
	if l.Status != Changed || !reflect.DeepEqual(l.Changes, []Change{{Removed: "2021", Added: "2022"}}) {
		t.Errorf("2584 op_17: %s, changes %+v; want changed, 2021 → 2022", l.Status, l.Changes)
	}
	if l.Score < 0.9 || l.Score >= 1 {
		t.Errorf("score %v", l.Score)
	}
	// Renumbered by the paragraphs 2584 inserted above: op_2 of 2531 is
	// op_3 of 2584.
	if l := linkTo(p, "op_3"); l == nil || l.From == nil || l.From.ID != "op_2" {
		t.Errorf("2584 op_3 does not revise 2531 op_2: %+v", l)
	}
}

// The ceilings paragraph ("up to 13,289 military personnel and 1,920
// police personnel") is the same in the draft, in 2531 (2020) op 17 and
// in 2584 (2021) op 18. 2364 (2017) op 16 said more: it went on "and
// requests the Secretary-General to take the necessary steps to expedite
// force and asset generation …", which 2531 dropped.
func TestCeilingsParagraph(t *testing.T) {
	pairs := seedPairs(t)
	for _, c := range []struct {
		old, new, from, to string
		status             Status
	}{
		{"S/2020/600", "S/RES/2531(2020)", "op_17", "op_17", Identical},
		{"S/RES/2531(2020)", "S/RES/2584(2021)", "op_17", "op_18", Identical},
		{"S/RES/2364(2017)", "S/RES/2531(2020)", "op_16", "op_17", Changed},
	} {
		l := linkTo(findPair(t, pairs, c.old, c.new), c.to)
		if l == nil || l.From == nil || l.From.ID != c.from || l.Status != c.status {
			t.Errorf("%s %s → %s %s: got %+v, want %s", c.old, c.from, c.new, c.to, l, c.status)
			continue
		}
		if !strings.Contains(l.To.Text, "13,289 military personnel and 1,920 police personnel") {
			t.Errorf("%s %s is not the ceilings paragraph: %q", c.new, c.to, l.To.Text)
		}
	}
	l := linkTo(findPair(t, pairs, "S/RES/2364(2017)", "S/RES/2531(2020)"), "op_17")
	if len(l.Changes) != 1 || l.Changes[0].Added != "" || !strings.HasPrefix(l.Changes[0].Removed, "and requests the Secretary-General to take the necessary steps") {
		t.Errorf("2364 op_16 → 2531 op_17 changes: %+v", l.Changes)
	}
}

// The draft S/2020/600 (raw PDF text) and resolution 2531 (2020) (the
// Markdown of the letter's annex) are the same text: every paragraph
// aligns with the paragraph of the same id and none is reported changed,
// though the PDF splits words ("thro ugh", "civi lians") and the Markdown
// joins them ("tosupport").
func TestDraftToAdopted(t *testing.T) {
	p := findPair(t, seedPairs(t), "S/2020/600", "S/RES/2531(2020)")
	if len(p.Links) != len(p.New.Paragraphs) || len(p.Old.Paragraphs) != len(p.New.Paragraphs) {
		t.Errorf("%d links for %d and %d paragraphs", len(p.Links), len(p.Old.Paragraphs), len(p.New.Paragraphs))
	}
	for _, l := range p.Links {
		if l.From == nil || l.To == nil || l.From.ID != l.To.ID || l.Status != Identical || l.Score != 1 {
			t.Errorf("draft → 2531: %s → %s %s %v %+v", id(l.From), id(l.To), l.Status, l.Score, l.Changes)
		}
	}
}

func id(p *extract.Paragraph) string {
	if p == nil {
		return "-"
	}
	return p.ID
}

// Conversion noise is no change; a changed word is.
func TestTokens(t *testing.T) {
	same := [][2]string{
		{"D e c i d e s to extend the mandate;", "Decides to extend the mandate:"},
		{"the peace-\nkeeping operation", "the peacekeeping operation"},
		{"the So- viet Union", "the Soviet Union"},
		{"up to 13,289 military personnel", "up to 13289 military personnel"},
		{"“the Malian parties”", "\"the Malian parties\""},
		{"*Decides* to remain seized of the matter.", "DECIDES to remain seized of the matter ;"},
		{"16. Decides to extend", "Decides to extend"},
		{"(a) To call upon the parties", "To call upon the parties"},
		{"the report of the Secretary-General of 10 June 1966 4 that", "the report of the Secretary-General of 10 June 1966 that"},
		{"on the United Nations Disengagement Observer Force, 12", "on the United Nations Disengagement Observer Force,"},
	}
	for _, c := range same {
		a, b := keys(tokens(c[0])), keys(tokens(c[1]))
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%q and %q read differently: %q, %q", c[0], c[1], a, b)
		}
	}
	differ := [][2]string{
		{"until 30 June 2021;", "until 30 June 2022;"},
		{"Decides to extend", "Decides not to extend"},
		{"paragraph 16 above", "paragraph 17 above"},
	}
	for _, c := range differ {
		if reflect.DeepEqual(keys(tokens(c[0])), keys(tokens(c[1]))) {
			t.Errorf("%q and %q read the same", c[0], c[1])
		}
	}
}

// The edit script is a shortest one, and the bound gives up.
func TestDiff(t *testing.T) {
	lex := NewLexicon()
	a := lex.number(nil, strings.Fields("decides to extend the mandate until 30 june 2021"))
	b := lex.number(nil, strings.Fields("decides to extend once again the mandate until 31 december 2021"))
	ops, ok := diff(a, b, 100)
	if !ok || common(ops) != 7 || len(ops) != 7+2+2+2 {
		t.Errorf("diff: ok %v, %d kept of %d steps", ok, common(ops), len(ops))
	}
	if _, ok := diff(a, b, 5); ok {
		t.Errorf("diff with a bound of 5 found a script of 6")
	}
}

// Every term the lineage graph uses is declared in the ontology with a
// label and a comment; the graph has no blank node, sits in its own named
// graph, and is the same from run to run.
func TestQuads(t *testing.T) {
	m := ontology.NewMinter("")
	quads := Quads(m, seedPairs(t))
	again := Quads(m, Series(read(t, "../../testdata/seeds")))
	if !reflect.DeepEqual(quads, again) {
		t.Errorf("two builds of the seeds give different lineage quads")
	}
	dec := rdf.NewTripleDecoder(strings.NewReader(ontology.Turtle()), rdf.Turtle)
	triples, err := dec.DecodeAll()
	if err != nil {
		t.Fatal(err)
	}
	labelled, commented := map[string]bool{}, map[string]bool{}
	for _, tr := range triples {
		switch tr.Pred.String() {
		case ontology.RDFSLabel:
			labelled[tr.Subj.String()] = true
		case ontology.RDFS + "comment":
			commented[tr.Subj.String()] = true
		}
	}
	statuses := map[string]int{}
	for _, q := range quads {
		if q.Ctx.String() != m.LineageGraph() {
			t.Fatalf("quad outside the lineage graph: %v", q)
		}
		if _, ok := q.Subj.(rdf.Blank); ok {
			t.Fatalf("blank node: %v", q)
		}
		terms := []string{q.Pred.String()}
		if q.Pred.String() == ontology.RDFType {
			terms = append(terms, q.Obj.String())
		}
		for _, term := range terms {
			if !labelled[term] || !commented[term] {
				t.Errorf("%s is not declared with a label and a comment", term)
			}
		}
		if q.Pred.String() == ontology.RevisionStatus {
			statuses[q.Obj.String()]++
		}
	}
	for _, s := range []string{"identical", "changed", "new", "dropped"} {
		if statuses[s] == 0 {
			t.Errorf("no revision is %s: %v", s, statuses)
		}
	}
}

// Hand-aligned renewals of the development corpus: pairs of paragraphs a
// reader takes for versions of one provision, written from the texts.
var devGold = []struct {
	old, new string
	pairs    string // "from>to" paragraph ids
	dropped  string
	new_     string
}{
	// UNDOF, six-month renewals: 369 (1975) → 390 (1976) adds "of 22
	// October 1973" and drops the paragraph on the two disengagement
	// agreements; 390 → 408 (1977) rewrites the second preambular
	// paragraph and adds the end date "that is, until 30 November 1977".
	{"S/RES/369(1975)", "S/RES/390(1976)", "pp_1>pp_1 pp_2>pp_2 pp_3>pp_3 op_u1>op_u1 op_u1__a>op_u1__a op_u1__b>op_u1__b op_u1__c>op_u1__c", "pp_4", ""},
	{"S/RES/390(1976)", "S/RES/408(1977)", "pp_1>pp_1 pp_2>pp_2 pp_3>pp_3 op_u1>op_u1 op_u1__a>op_u1__a op_u1__b>op_u1__b op_u1__c>op_u1__c", "", ""},
	// UNFICYP: 201 (1965) → 219 (1965), five operative paragraphs cut to
	// two, the extension (op 5) becoming op 2; the first preambular
	// paragraph (the Secretary-General's report on the Force) is the same
	// provision reworded. 219 → 222 (1966) inserts "Urges the parties" as
	// op 2, and the extension becomes op 3.
	// (sckg drops pp_1 and counts 219's pp_1 new: the known miss below.)
	{"S/RES/201(1965)", "S/RES/219(1965)", "pp_1>pp_1 pp_2>pp_2 op_1>op_1 op_5>op_2", "pp_1 pp_3 pp_4 pp_5 op_2 op_3 op_4", "pp_1"},
	{"S/RES/219(1965)", "S/RES/222(1966)", "pp_1>pp_1 pp_2>pp_2 op_1>op_1 op_2>op_3", "", "op_2"},
	// UNIFIL: 549 (1984) → 555 (1984), paragraph for paragraph, new dates.
	{"S/RES/549(1984)", "S/RES/555(1984)", "pp_1>pp_1 pp_2>pp_2 pp_3>pp_3 pp_4>pp_4 op_1>op_1 op_2>op_2 op_3>op_3 op_4>op_4 op_5>op_5", "", ""},
}

// On three real renewal series the pairs sckg chooses are the renewals,
// and its paragraph alignment agrees with a reader's: precision and
// recall over the pairs a reader aligned.
func TestDevSeries(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "crunsc-dev")
	if _, err := os.Stat(dir); err != nil {
		if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
			t.Fatalf("the development corpus is missing: %v", err)
		}
		t.Skipf("no development corpus: %v", err)
	}
	pairs := Series(read(t, dir))
	right, found, gold := 0, 0, 0
	for _, g := range devGold {
		p := findPair(t, pairs, g.old, g.new)
		want := map[string]bool{}
		for _, w := range strings.Fields(g.pairs) {
			want[w] = true
		}
		gold += len(want)
		var dropped, added []string
		for _, l := range p.Links {
			switch {
			case l.From != nil && l.To != nil:
				found++
				k := l.From.ID + ">" + l.To.ID
				if want[k] {
					right++
				} else {
					t.Errorf("%s → %s: aligned %s, which a reader does not", g.old, g.new, k)
				}
			case l.To == nil:
				dropped = append(dropped, l.From.ID)
			default:
				added = append(added, l.To.ID)
			}
		}
		if strings.Join(dropped, " ") != g.dropped {
			t.Errorf("%s → %s: dropped %v, want %s", g.old, g.new, dropped, g.dropped)
		}
		if g.new_ != "" && strings.Join(added, " ") != g.new_ {
			t.Errorf("%s → %s: new %v, want %s", g.old, g.new, added, g.new_)
		}
	}
	precision, recall := float64(right)/float64(found), float64(right)/float64(gold)
	t.Logf("paragraph alignment on %d hand-aligned pairs: precision %.3f (%d/%d), recall %.3f (%d/%d)", gold, precision, right, found, recall, right, gold)
	if precision < 0.95 || recall < 0.9 {
		t.Errorf("precision %.3f, recall %.3f; want at least 0.95 and 0.9", precision, recall)
	}
	// 201 (1965) pp_1 and 219 (1965) pp_1 say the same thing in other
	// words (0.3 of their words shared): a known miss, which fails the
	// day it is found.
	if l := linkTo(findPair(t, pairs, "S/RES/201(1965)", "S/RES/219(1965)"), "pp_1"); l.From != nil {
		t.Errorf("201 pp_1 → 219 pp_1 is aligned now: move it to the pairs found")
	}
}

// Texts prepared one by one, as a build's workers prepare them, give the
// pairs Series gives of the whole documents, and so do the pairs of
// SeriesToMake made one by one: on the seeds and, when it is there, the
// development corpus.
func TestPreparedTextsPairAsSeries(t *testing.T) {
	dirs := []string{"../../testdata/seeds"}
	if dev := filepath.Join("..", "..", "..", "shared", "corpus", "crunsc-dev"); dirExists(dev) {
		dirs = append(dirs, dev)
	}
	m := ontology.NewMinter("")
	for _, dir := range dirs {
		sources := read(t, dir)
		var texts []*Text
		lex := NewLexicon()
		for _, src := range sources {
			for _, d := range src.Documents {
				if x := lex.Prepare(d); x != nil {
					texts = append(texts, x)
				}
			}
		}
		want, got := Quads(m, Series(sources)), Quads(m, SeriesOf(texts))
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: prepared texts give %d lineage quads, Series %d, or other ones", dir, len(got), len(want))
		}
		// A build makes each pair on its own, as it writes it.
		var made []*Pair
		for _, p := range SeriesToMake(texts) {
			made = append(made, p.Make())
		}
		if got := Quads(m, made); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: pairs made one by one give %d lineage quads, Series %d, or other ones", dir, len(got), len(want))
		}
	}
}

func dirExists(dir string) bool {
	info, err := os.Stat(dir)
	return err == nil && info.IsDir()
}
