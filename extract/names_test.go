package extract

import (
	"fmt"
	"testing"

	"github.com/sckg/sckg/ontology"
)

// localLabels are names a document might define, chosen for the cases the
// matcher must get right: case that counts or not, letters whose lower and
// folded forms differ (the Kelvin sign, dotted İ, final sigma), Han
// characters, hyphens, apostrophes, and names that share first words with
// the registry's.
var localLabels = []string{
	"the Malian parties", "AND", "the", "United Nations Special Group", "K-FOR Unit", "\u212aosovo Force",
	"İstanbul Process", "Σίγμα Οργανισμός", "联合国 特派团", "Côte d'Ivoire Forces Nouvelles", "FC-G5S",
	"Mission d'appui à la Sécurité", "the Mission", "Security Council Committee", "UN", "Un", "ONU",
}

// referenceIndexes are the registry and localLabels, indexed both ways.
func referenceIndexes() (base, local nameIndex, refBase, refLocal refIndex) {
	r := ontology.DefaultRegistry()
	base, refBase = indexRegistry(r), refIndexRegistry(r)
	for i, l := range localLabels {
		key := fmt.Sprint("local-", i)
		local.add(l, key)
		refLocal.add(l, key)
	}
	return base, local, refBase, refLocal
}

// namesAgree checks that the trie finds the mentions of text that the
// matcher before it found.
func namesAgree(t *testing.T, text string, base, local nameIndex, refBase, refLocal refIndex) {
	t.Helper()
	p := &Paragraph{Text: text}
	got := findMentions(p, &nameMatcher{base: base, local: &local})
	want := refFindAllMentions(p, refBase, refLocal)
	for i := 0; i < max(len(got), len(want)); i++ {
		if i >= len(got) || i >= len(want) || *got[i] != *want[i] {
			at := min(i, len(want)-1, len(got)-1)
			if at < 0 {
				at = 0
			}
			t.Fatalf("mention %d of %.80q differs: got %d mentions, want %d; near %+v", i, text, len(got), len(want), mentionAt(got, want, at))
		}
	}
}

func mentionAt(got, want []*Mention, i int) string {
	s := ""
	if i < len(got) {
		s += fmt.Sprintf("got %q %s %d-%d ", got[i].Text(), got[i].Actor, got[i].start, got[i].end)
	}
	if i < len(want) {
		s += fmt.Sprintf("want %q %s %d-%d", want[i].Text(), want[i].Actor, want[i].start, want[i].end)
	}
	return s
}

// namesCases are texts that try the matcher's edges.
var namesCases = []string{
	"The Security Council, the SECURITY COUNCIL and the security council.",
	"AND and And; the Malian parties, the malian Parties, THE MALIAN PARTIES.",
	"\u212aosovo Force and Kosovo Force and KOSOVO FORCE; K-FOR Unit, \u212a-FOR Unit.",
	"istanbul Process, İstanbul Process, İSTANBUL PROCESS, ıstanbul process.",
	"σίγμα οργανισμός, ΣΊΓΜΑ ΟΡΓΑΝΙΣΜΌΣ, Σίγμα Οργανισμόσ, ςίγμα Οργανισμός.",
	"联合国特派团 and 联合国 特派团, 联合国  特派团.",
	"Côte d'Ivoire Forces Nouvelles, Côte d’Ivoire, Côte d'Ivoire's forces, MINUSMA's, MINUSMA''s, MINUSMA'",
	"United Nations, United  Nations, United\nNations, United-Nations, United Nations Special Group, United Nations Special",
	"the Mission, The Mission, the Mission d'appui à la Sécurité, the mission d'Appui à la sécurité",
	"UN, Un, un, ONU, Onu; Security Council Committee established pursuant to resolution 1267",
	"aND AnD uN oNU; sECURITY Council, sECURITY council, SEcurity Council, a U N, I, i",
	"FC-G5S FC-G5S's FC–G5S FC‑G5S G5 Sahel joint force (FC-G5S)",
	"the Secretary~General, Secretary-—General, Secretary~-General's, Guinea_Bissau, Guinea~ Bissau, a~-~b, support—overt, X—, —Y, ~",
	"a-b-c -x- x-- --y 'quoted' l'Organisation des Nations Unies d'Amérique ",
	"\xff\xfeUnited\xffNations \xc3 Mali\x80",
	"",
	"the",
	"United",
	"Mali",
}

func TestNamesAgreeWithReference(t *testing.T) {
	base, local, refBase, refLocal := referenceIndexes()
	for _, text := range namesCases {
		namesAgree(t, text, base, local, refBase, refLocal)
	}
	// Every file of the seeds, the fixtures and the development set, read
	// whole as one text.
	eachCorpusText(t, func(text string) { namesAgree(t, text, base, local, refBase, refLocal) })
}

func FuzzNamesAgreeWithReference(f *testing.F) {
	for _, text := range namesCases {
		f.Add(text)
	}
	base, local, refBase, refLocal := referenceIndexes()
	f.Fuzz(func(t *testing.T, text string) {
		namesAgree(t, text, base, local, refBase, refLocal)
	})
}

// TestWordHashReadAsFolded holds the end of an ASCII word read from a
// text (asciiRunEnd, eight bytes at a time) to the word's, and its hash
// (foldedHash, read from the chunks at its ends) to that of the word
// folded, for words of every length around the chunks' and at the end of
// the text or before more.
func TestWordHashReadAsFolded(t *testing.T) {
	words := []string{"a", "Mali", "MALI", "mali", "Peacekeeping", "Organization9", "abcdefgh", "ABCDEFGHI",
		"x0123456789abcdefXYZ", "Guinea", "zZaAzZaA09", "United"}
	for _, w := range words {
		for _, after := range []string{"", " ", "-", ",x", "é", " and more words to read"} {
			s := w + after
			end := asciiRunEnd(s, 0)
			if h := foldedHash(s[:end]); end != len(w) || h != foldedHash(string(appendFolded(nil, w))) {
				t.Errorf("%q: run ends at %d, hash %x; want %d, the folded word's %x", s, end, h, len(w), foldedHash(string(appendFolded(nil, w))))
			}
			if end := asciiRunEnd("(("+s, 2); end != 2+len(w) {
				t.Errorf("%q after two bytes: run ends at %d", s, end)
			}
		}
	}
	if foldedHash("Côte") != foldedHash("CÔTE") || foldedHash("K") != foldedHash("\u212a") {
		t.Error("words that fold alike hash apart")
	}
}

// add adds label for actors, its words read by labelWords.
func (ix *nameIndex) add(label string, actors ...string) {
	ix.addWords(label, labelWords(label), actors)
}
