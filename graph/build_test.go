package graph

import (
	"sort"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

func seedQuads(t testing.TB) []rdf.Quad {
	t.Helper()
	return Builder{Minter: ontology.NewMinter("")}.Build(seedSources(t))
}

// seedSources is what extraction makes of the Mali seeds.
func seedSources(t testing.TB) []*extract.Source {
	t.Helper()
	return sourcesIn(t, "../testdata/seeds")
}

// sourcesIn is what extraction makes of the files of dir, its README
// left out.
func sourcesIn(t testing.TB, dir string) []*extract.Source {
	t.Helper()
	inputs, errs := extract.Collect([]string{dir})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var sources []*extract.Source
	for _, r := range extract.New(nil, extract.Options{}).Files(inputs) {
		if strings.HasSuffix(r.Input.Name, ".md") {
			continue // a folder's README
		}
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		sources = append(sources, r.Source)
	}
	return sources
}

// Every predicate and class the graph uses is declared in the ontology,
// with a label and a comment.
func TestEveryTermDeclared(t *testing.T) {
	dec := rdf.NewTripleDecoder(strings.NewReader(ontology.Turtle()), rdf.Turtle)
	triples, err := dec.DecodeAll()
	if err != nil {
		t.Fatalf("ontology/sckg.ttl: %v", err)
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
	used := map[string]bool{}
	for _, q := range seedQuads(t) {
		used[q.Pred.String()] = true
		if q.Pred.String() == ontology.RDFType || q.Pred.String() == ontology.CiTOHasCitationCharacterizat {
			used[q.Obj.String()] = true
		}
	}
	var missing []string
	for term := range used {
		if !labelled[term] || !commented[term] {
			missing = append(missing, term)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("terms used but not declared with label and comment in ontology/sckg.ttl:\n%s", strings.Join(missing, "\n"))
	}
}

// One named graph per document; facts about a document sit in its graph.
func TestOneNamedGraphPerDocument(t *testing.T) {
	quads := seedQuads(t)
	graphs := map[string]int{}
	for _, q := range quads {
		graphs[q.Ctx.String()]++
	}
	want := []string{"S/2020/600", "S/2020/613", "S/RES/2364(2017)", "S/RES/2531(2020)", "S/RES/2584(2021)"}
	for _, doc := range want {
		if graphs["https://w3id.org/sckg/graph/doc/"+doc] == 0 {
			t.Errorf("no named graph for %s; graphs: %v", doc, graphs)
		}
	}
	if len(graphs) != 6 {
		t.Errorf("%d named graphs, want 6 (five symbols and the press release)", len(graphs))
	}
}

// The written vote of the Chinese letter, as triples: 15 states in favour,
// none against, none abstaining, on draft S/2020/600, which became
// S/RES/2531 (2020); France named in Chinese and English is one actor.
func TestVoteTriples(t *testing.T) {
	quads := seedQuads(t)
	has := func(s, p, o string) bool {
		for _, q := range quads {
			if q.Subj.String() == s && q.Pred.String() == p && q.Obj.String() == o {
				return true
			}
		}
		return false
	}
	objects := func(s, p string) []string {
		seen := map[string]bool{}
		var out []string
		for _, q := range quads {
			if q.Subj.String() == s && q.Pred.String() == p && !seen[q.Obj.String()] {
				seen[q.Obj.String()] = true
				out = append(out, q.Obj.String())
			}
		}
		return out
	}
	const base = "https://w3id.org/sckg/"
	vote := base + "vote/S/2020/600"
	if got := objects(vote, ontology.InFavour); len(got) != 15 {
		t.Errorf("%d states in favour: %v", len(got), got)
	}
	for p, want := range map[string]string{ontology.InFavourCount: "15", ontology.AgainstCount: "0", ontology.AbstainingCount: "0"} {
		if got := objects(vote, p); len(got) != 1 || got[0] != want {
			t.Errorf("%s = %v, want %s", p, got, want)
		}
	}
	if !has(vote, ontology.OnDraft, base+"doc/S/2020/600") || !has(vote, ontology.VoteResult, base+"doc/S/RES/2531(2020)") ||
		!has(base+"doc/S/2020/600", ontology.FRBRTransformation, base+"doc/S/RES/2531(2020)") {
		t.Errorf("the vote does not tie draft S/2020/600 to S/RES/2531 (2020)")
	}
	// The press release reports on the resolution it quotes.
	var pressRelease string
	for _, q := range quads {
		if q.Pred.String() == ontology.RDFType && q.Obj.String() == ontology.PressRelease {
			pressRelease = q.Subj.String()
		}
	}
	if !has(pressRelease, ontology.ReportsOn, base+"doc/S/RES/2364(2017)") || !has(base+"doc/S/RES/2364(2017)", ontology.QuotedIn, pressRelease) {
		t.Errorf("the press release %s is not tied to resolution 2364 (2017)", pressRelease)
	}
	// 法国 in the letter and France as the draft's sponsor are one actor.
	france := base + "actor/state/FRA"
	if !has(vote, ontology.InFavour, france) || !has(base+"doc/S/2020/600", ontology.Sponsor, france) {
		t.Errorf("France is not one actor across the Chinese letter and the English draft")
	}
	labels := map[string]bool{}
	for _, q := range quads {
		if q.Subj.String() == base+"actor/state/RUS" && q.Pred.String() == ontology.SKOSPrefLabel {
			labels[q.Obj.Serialize(rdf.NTriples)] = true
		}
	}
	for _, want := range []string{`"俄罗斯联邦"@zh`, `"Russian Federation"@en`, `"Fédération de Russie"@fr`} {
		if !labels[want] {
			t.Errorf("Russian Federation lacks the label %s: %v", want, labels)
		}
	}
}

// Requests, mandate facts and actors as triples.
func TestRequestAndMandateTriples(t *testing.T) {
	quads := seedQuads(t)
	objects := func(s, p string) map[string]bool {
		out := map[string]bool{}
		for _, q := range quads {
			if q.Subj.String() == s && q.Pred.String() == p {
				out[q.Obj.String()] = true
			}
		}
		return out
	}
	const doc = "https://w3id.org/sckg/doc/"
	const actor = "https://w3id.org/sckg/actor/"
	req := doc + "S/RES/2584(2021)#op_61-req-1"
	if !objects(req, ontology.Interval)["P3M"] || !objects(req, ontology.Addressee)[actor+"secretary-general"] || !objects(req, ontology.OperativeVerb)["requests"] {
		t.Errorf("2584 op_61: interval %v, addressee %v", objects(req, ontology.Interval), objects(req, ontology.Addressee))
	}
	roadmap := doc + "S/RES/2531(2020)#op_64-req-1"
	if !objects(roadmap, ontology.Deadline)["2021-03-31"] {
		t.Errorf("2531 op_64 deadline %v", objects(roadmap, ontology.Deadline))
	}
	var extension, ceiling string
	for _, q := range quads {
		if q.Pred.String() == ontology.RDFType && strings.HasPrefix(q.Subj.String(), doc+"S/RES/2531(2020)#op_1") {
			switch q.Obj.String() {
			case ontology.MandateExtension:
				extension = q.Subj.String()
			case ontology.PersonnelCeiling:
				ceiling = q.Subj.String()
			}
		}
	}
	if !objects(extension, ontology.MandateUntil)["2021-06-30"] || !objects(extension, ontology.Mission)[actor+"minusma"] {
		t.Errorf("2531 extension %s: %v", extension, objects(extension, ontology.MandateUntil))
	}
	if !objects(ceiling, ontology.MilitaryCeiling)["13289"] || !objects(ceiling, ontology.PoliceCeiling)["1920"] {
		t.Errorf("2531 ceiling %s", ceiling)
	}
	if !objects(actor+"minusma", ontology.SupportsRel)[actor+"fc-g5s"] {
		t.Errorf("MINUSMA does not support the FC-G5S in the graph")
	}
	if !objects(actor+"fc-g5s", ontology.ORGSubOrganizationOf)[actor+"g5-sahel"] || !objects(actor+"fc-g5s", ontology.SKOSAltLabel)["G5 Sahel joint force"] {
		t.Errorf("FC-G5S is not described from the registry")
	}
}

// Every function extraction reads maps to a CiTO property that the
// ontology declares.
func TestCiTONames(t *testing.T) {
	declared := map[string]bool{}
	for _, n := range ontology.CiTOFunctions {
		declared[n] = true
	}
	for f := extract.Cites; f <= extract.NamesRegime; f++ {
		t.Run(f.String(), func(t *testing.T) {
			if name, ok := citoNames[f]; !ok || !declared[name] {
				t.Errorf("%v maps to %q, which the ontology does not declare", f, name)
			}
		})
	}
}

// Each hands a document's quads on in chunks, never more than chunkQuads
// at a time, and all of them: a resolution citing 12,000 resolutions (an
// input of issue 16) gives the statements Build gives, in chunks, each
// document's before the next one's.
func TestEachHandsOnChunks(t *testing.T) {
	src := "Resolution 9999 (2020)\n\nAdopted by the Security Council at its 9999th meeting, on 1 January 2020\n\nThe Security Council,\n\n1. Recalls " +
		strings.Repeat("resolution 1 (1946), ", 12000) + "and resolution 2 (1946);\n"
	s, _, err := extract.New(nil, extract.Options{}).File("list.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	b := Builder{Minter: ontology.NewMinter("")}
	want := b.Build([]*extract.Source{s})
	var got []rdf.Quad
	chunks := 0
	err = b.Each(s, func(quads []rdf.Quad) error {
		if len(quads) > chunkQuads {
			t.Errorf("a chunk of %d quads, more than %d", len(quads), chunkQuads)
		}
		chunks++
		got = append(got, quads...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if chunks < len(want)/chunkQuads {
		t.Errorf("%d quads in %d chunks, want at least %d", len(want), chunks, len(want)/chunkQuads)
	}
	if g, w := sortQuads(got), want; len(g) != len(w) {
		t.Fatalf("Each gave %d quads, Build %d", len(g), len(w))
	} else {
		for i := range w {
			if quadKey(g[i]) != quadKey(w[i]) {
				t.Fatalf("quad %d: Each %s, Build %s", i, quadKey(g[i]), quadKey(w[i]))
			}
		}
	}
}

// A Mapper that maps the same sources again, with the descriptions and
// terms the first round kept, gives the statements Build gives: what it
// keeps from file to file changes nothing it makes.
func TestMapperReusedGivesBuild(t *testing.T) {
	sources := seedSources(t)
	b := Builder{Minter: ontology.NewMinter("")}
	want := b.Build(sources)
	m := b.Mapper()
	for round := range 2 {
		var got []rdf.Quad
		for _, src := range sources {
			if err := m.Each(src, func(quads []rdf.Quad) error {
				got = append(got, quads...)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		}
		got = sortQuads(got)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d quads, Build %d", round, len(got), len(want))
		}
		for i := range want {
			if quadKey(got[i]) != quadKey(want[i]) {
				t.Fatalf("round %d, quad %d: %s, Build %s", round, i, quadKey(got[i]), quadKey(want[i]))
			}
		}
	}
}
