package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sckg/sckg/ontology"
)

// devCorpus is the development set of issue 12: 299 printed resolutions
// of 1946–1994, outside this repository.
const devCorpus = "../../shared/corpus/crunsc-dev"

// devMentions finds the registry's actors in a whole development file,
// read as one paragraph: the files are not yet recognised as documents
// (no masthead), so the actor finder is run on their text directly.
func devMentions(t *testing.T, file string) map[string][]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(devCorpus, file))
	if err != nil {
		if os.Getenv("CI") == "" && os.IsNotExist(err) {
			t.Skipf("%s is not here: %v", devCorpus, err)
		}
		t.Fatal(err)
	}
	d := &Document{Paragraphs: []*Paragraph{{ID: "file", Text: string(b)}}}
	mentions, _ := documentActors(d, indexRegistry(ontology.DefaultRegistry()), new(mentionRoom))
	texts := map[string][]string{}
	for _, m := range mentions {
		texts[m.Actor] = append(texts[m.Actor], strings.Join(strings.Fields(m.Text()), " "))
	}
	return texts
}

// The expectations come from reading the files (grep), not from sckg.
// Each lists an actor and the forms the file prints it in: its name, its
// acronym, or both. UNEF, UNDOF and UNAMIR are printed only by name in
// the development set; no file of it prints "UNEF", "UNDOF" or "UNAMIR".
func TestActorsInDevelopmentTexts(t *testing.T) {
	if _, err := os.Stat(devCorpus); err != nil && os.Getenv("CI") == "" {
		t.Skipf("%s is not here: %v", devCorpus, err)
	}
	type want struct{ actor, printed string }
	for _, tt := range []struct {
		name, file string
		want       []want
	}{
		{"UNFICYP set up, 1964", "S_RES_0186_1964_EN_GOLD.txt", []want{{"unficyp", "United Nations Peace-keeping Force in Cyprus"}}},
		{"UNFICYP by name and acronym, 1993", "S_RES_0831_1993_EN_GOLD.txt", []want{{"unficyp", "United Nations Peace-keeping Force in Cyprus"}, {"unficyp", "UNFICYP"}}},
		{"UNIFIL by name and acronym, 1992", "S_RES_0768_1992_EN_GOLD.txt", []want{{"unifil", "United Nations Interim Force in Lebanon"}, {"unifil", "UNIFIL"}}},
		{"UNDOF by name, 1974", "S_RES_0363_1974_EN_GOLD.txt", []want{{"undof", "United Nations Disengagement Observer Force"}}},
		{"UNEF II by name, 1975", "S_RES_0378_1975_EN_GOLD.txt", []want{{"unef-ii", "United Nations Emergency Force"}}},
		{"UNEF II by name, 1978", "S_RES_0438_1978_EN_GOLD.txt", []want{{"unef-ii", "United Nations Emergency Force"}}},
		{"UNPROFOR by name and acronym, 1993", "S_RES_0807_1993_EN_GOLD.txt", []want{{"unprofor", "United Nations Protection Force"}, {"unprofor", "UNPROFOR"}}},
		{"UNOSOM II, 1993", "S_RES_0837_1993_EN_GOLD.txt", []want{{"unosom-ii", "UNOSOM II"}}},
		{"UNOSOM II, 1994", "S_RES_0897_1994_EN_GOLD.txt", []want{{"unosom-ii", "UNOSOM II"}}},
		{"UNAMIR and UNOMUR by name, 1993", "S_RES_0891_1993_EN_GOLD.txt", []want{{"unamir", "United Nations Assistance Mission for Rwanda"}, {"unomur", "United Nations Observer Mission Uganda-Rwanda"}}},
		{"UNOMUR set up, the OAU and the RPF, 1993", "S_RES_0846_1993_EN_GOLD.txt", []want{{"unomur", "United Nations Observer Mission Uganda-Rwanda"}, {"oau", "Organization of African Unity"}, {"rpf", "Rwandese Patriotic Front"}}},
		{"UNAVEM II and UNITA, 1993", "S_RES_0804_1993_EN_GOLD.txt", []want{{"unavem-ii", "UNAVEM II"}, {"unita", "UNITA"}}},
		{"ONUMOZ and RENAMO, 1993", "S_RES_0882_1993_EN_GOLD.txt", []want{{"onumoz", "United Nations Operation in Mozambique"}, {"onumoz", "ONUMOZ"}, {"renamo", "RENAMO"}}},
		{"UNTAC and the SNC, 1992", "S_RES_0792_1992_EN_GOLD.txt", []want{{"untac", "UNTAC"}, {"snc", "Supreme National Council"}, {"snc", "SNC"}}},
		{"the Truce Commission, 1948", "S_RES_0048_1948_EN_GOLD.txt", []want{{"truce-commission", "Truce Commission for Palestine"}}},
		{"UNSCOM and the IAEA, 1991", "S_RES_0687_1991_EN_GOLD.txt", []want{{"unscom", "Special Commission"}, {"iaea", "International Atomic Energy Agency"}}},
		{"the USSR and the Ukrainian SSR in the vote, 1948", "S_RES_0039_1948_EN_GOLD.txt", []want{{"state/SUN", "Union of Soviet Socialist Republics"}, {"state/UKR", "Ukrainian Soviet Socialist Republic"}}},
		{"Southern Rhodesia, 1965", "S_RES_0216_1965_EN_GOLD.txt", []want{{"state/ZWE", "Southern Rhodesia"}}},
		{"South West Africa, 1968", "S_RES_0246_1968_EN_GOLD.txt", []want{{"state/NAM", "South West Africa"}}},
		{"Saint Lucia admitted, 1979", "S_RES_0453_1979_EN_GOLD.txt", []want{{"state/LCA", "Saint Lucia"}}},
		{"Antigua and Barbuda admitted, 1981", "S_RES_0492_1981_EN_GOLD.txt", []want{{"state/ATG", "Antigua and Barbuda"}}},
		{"Bosnia and Herzegovina, 1992", "S_RES_0786_1992_EN_GOLD.txt", []want{{"state/BIH", "Bosnia and Herzegovina"}}},
		{"the Republic of Bosnia and Herzegovina, 1993", "S_RES_0819_1993_EN_GOLD.txt", []want{{"state/BIH", "Bosnia and Herzegovina"}}},
		{"the Czech Republic admitted, 1993", "S_RES_0801_1993_EN_GOLD.txt", []want{{"state/CZE", "Czech Republic"}}},
		{"the Palestine Commission, 1948", "S_RES_0042_1948_EN_GOLD.txt", []want{{"palestine-commission", "United Nations Palestine Commission"}, {"palestine-commission", "Palestine Commission"}}},
		{"the Acting Mediator in Palestine, 1949", "S_RES_0072_1949_EN_GOLD.txt", []want{{"un-mediator-palestine", "United Nations Mediator in Palestine"}}},
		{"the Council for South West Africa, 1968", "S_RES_0246_1968_EN_GOLD.txt", []want{{"un-council-for-namibia", "United Nations Council for South West Africa"}}},
		{"the Council for Namibia, 1974", "S_RES_0366_1974_EN_GOLD.txt", []want{{"un-council-for-namibia", "United Nations Council for Namibia"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := devMentions(t, tt.file)
			for _, w := range tt.want {
				found := false
				for _, p := range got[w.actor] {
					found = found || p == w.printed
				}
				if !found {
					t.Errorf("%s: %s is not found as %q (found as %q)", tt.file, w.actor, w.printed, got[w.actor])
				}
			}
		})
	}
}

// "the Mission" is the peace operation a text is about: UNAVEM II in the
// resolutions on Angola, UNMIH in those on Haiti; and no text of
// 1946-1994 speaks of MINUSMA (2013).
func TestTheMissionIsTheTextsOwn(t *testing.T) {
	if _, err := os.Stat(devCorpus); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%s is not here: %v", devCorpus, err)
		}
		t.Fatal(err)
	}
	inputs, errs := Collect([]string{devCorpus})
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	want := map[string]string{"S_RES_0747_1992_EN_GOLD.txt": "unavem-ii", "S_RES_0867_1993_EN_GOLD.txt": "unmih"}
	for _, r := range defaultExtractor.Files(inputs) {
		if r.Source == nil {
			continue
		}
		for _, d := range r.Source.Documents {
			for _, m := range d.Mentions {
				if m.Actor == "minusma" {
					t.Errorf("%s: %q read as MINUSMA", r.Input.Name, m.Text())
				}
				if a, ok := want[r.Input.Name]; ok && strings.EqualFold(m.Text(), "the Mission") && m.Actor != a {
					t.Errorf("%s: %q read as %s, want %s", r.Input.Name, m.Text(), m.Actor, a)
				}
				if strings.EqualFold(m.Text(), "the Mission") {
					delete(want, r.Input.Name)
				}
			}
		}
	}
	for file := range want {
		t.Errorf("%s: \"the Mission\" not read", file)
	}
}
