package extract

import (
	"slices"
	"strings"
	"testing"
)

// The specialized agencies and the other bodies of the UN system that
// Council texts name, ask things of or thank, each one actor, under the
// names of their day (IMCO before IMO, ECAFE before ESCAP, UNDRO before
// the Department of Humanitarian Affairs), and the Secretariat by its
// full name ("the Secretariat" alone is also the OAU's, the
// Commonwealth's …). Their acronyms are read only as printed, in
// capitals: the word "who", "Who" at a sentence's start, the Fao
// peninsula, the port of Ilo and Imo State name none. Lines as the texts
// print them.
func TestUNSystemBodies(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"the Food and Agriculture Organization of the United Nations, the World Food Programme", []string{"fao", "wfp"}},
		{"the International Fund for Agricultural Development, the", []string{"ifad"}},
		{"the United Nations Conference on Trade\nand Development", []string{"unctad"}},
		{"Programme and the World Health Organization, to provide assistance", []string{"who"}},
		{"the Director-General of the World Health Organization, within", []string{"who"}},
		{"the International Labour Organisation and the International Labour Office", []string{"ilo", "ilo"}},
		{"the World Bank and the International Monetary Fund", []string{"world-bank", "imf"}},
		{"the International Bank for Reconstruction and Development", []string{"world-bank"}},
		{"the International Civil Aviation Organization", []string{"icao"}},
		{"the Inter-Governmental Maritime Consultative Organization", []string{"imo"}},
		{"the International Telecommunication Union and the Universal Postal Union", []string{"itu", "upu"}},
		{"the World Meteorological Organization", []string{"wmo"}},
		{"the United Nations Industrial Development Organization", []string{"unido"}},
		{"the United Nations Environment Programme", []string{"unep"}},
		{"the United Nations Fund for Population Activities", []string{"unfpa"}},
		{"the Office of the United Nations Disaster Relief Co-ordinator", []string{"undro"}},
		{"the Department of Humanitarian Affairs of the Secretariat", []string{"dha"}},
		{"the Ad Hoc Working Group of Experts of the Commission on\nHuman Rights", []string{"commission-on-human-rights"}},
		{"the Inter-American Commission on Human Rights", []string{"inter-american-commission-on-human-rights"}},
		{"the United Nations High Commissioner for Human Rights", []string{"ohchr"}},
		{"the Economic Commission for Africa", []string{"eca"}},
		{"the Economic Commission for Asia and the Far East", []string{"escap"}},
		{"the Economic Commission for Latin America", []string{"eclac"}},
		{"the Economic and Social Commission for Western Asia", []string{"escwa"}},
		{"the United Nations Institute for Training and Research", []string{"unitar"}},
		{"in co-operation\nwith the Special Committee against Apartheid, to follow", []string{"special-committee-apartheid"}},
		{"the Chairman of\nthe Special Committee on the situation with regard\nto the Implementation of the Declaration on the Granting of Independence to Colonial Countries and\nPeoples", []string{"special-committee-decolonization"}},
		{"an early conclusion by the\nConference on Disarmament of its work", []string{"conference-on-disarmament"}},
		{"including both the members of the United Nations Secretariat and the", []string{"secretariat"}},
		{"the Secretariat of the United Nations", []string{"secretariat"}},
		{"the necessary arrangements in the Secretariat, and the Commonwealth Secretariat", []string{"commonwealth"}},
		{"WHO, FAO, ILO, UNESCO, ICAO, IMO, ITU, UPU and WMO", []string{"who", "fao", "ilo", "unesco", "icao", "imo", "itu", "upu", "wmo"}},
		// Ordinary words and places printed as an acronym is spelled.
		{"the persons who were detained, who", nil},
		{"Who shall bear the cost", nil},
		{"the Fao peninsula", nil},
		{"the port of Ilo", nil},
		{"Imo State", nil},
		{"the itu and the upu of the text", nil},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
	// A comma parts the words of a name as the matcher reads them, so
	// UNESCO's full name is read by the words after it.
	if got := mentionedIn("the\nUnited Nations Educational, Scientific and Cultural\nOrganization, the"); !slices.Contains(got, "unesco") {
		t.Errorf("UNESCO's full name: actors %q, want unesco among them", got)
	}
}

// The development set's paragraphs that name the UN system's bodies, as
// read by hand; and no mention of WHO in it is the word "who".
func TestDevUNSystemBodies(t *testing.T) {
	for _, tt := range []struct {
		file, paragraph string
		want            []string
	}{
		{"S_RES_0411_1977_EN_GOLD.txt", "op_11", []string{"ecosoc", "fao", "ifad", "state/MOZ", "unctad", "undp", "unesco", "unhcr", "unicef", "united-nations", "wfp", "who"}},
		{"S_RES_0687_1991_EN_GOLD.txt", "op_9", []string{"iaea", "secretary-general", "security-council", "state/IRQ", "unscom", "who"}},
		{"S_RES_0687_1991_EN_GOLD.txt", "pp_13", []string{"conference-on-disarmament"}},
		{"S_RES_0072_1949_EN_GOLD.txt", "op_3", []string{"secretariat", "state/USA", "united-nations"}},
		{"S_RES_0417_1977_EN_GOLD.txt", "op_6", []string{"secretary-general", "security-council", "special-committee-apartheid"}},
		{"S_RES_0294_1971_EN_GOLD.txt", "pp_10", []string{"commission-on-human-rights"}},
		{"S_RES_0321_1972_EN_GOLD.txt", "pp_4", []string{"commission-on-human-rights"}},
		{"S_RES_0312_1972_EN_GOLD.txt", "pp_3", []string{"special-committee-decolonization"}},
		{"S_RES_0333_1973_EN_GOLD.txt", "pp_6", []string{"special-committee-decolonization"}},
		{"S_RES_0384_1975_EN_GOLD.txt", "pp_5", []string{"general-assembly", "special-committee-decolonization", "state/TLS"}},
	} {
		if got := actorsIn(devDocument(t, tt.file), tt.paragraph); !slices.Equal(got, tt.want) {
			t.Errorf("%s %s: actors %q, want %q", tt.file, tt.paragraph, got, tt.want)
		}
	}
	for name, r := range devResults(t) {
		if r.Source == nil {
			continue
		}
		for _, d := range r.Source.Documents {
			for _, m := range d.Mentions {
				if m.Actor == "who" && m.Text() != "WHO" && !strings.EqualFold(m.Text(), "World Health Organization") {
					t.Errorf("%s %s: %q read as WHO", name, m.Paragraph.ID, m.Text())
				}
			}
		}
	}
}
