package extract

import "testing"

// A text names the China of its day: "China" in a text adopted before 25
// October 1971 is the Republic of China's seat, in its paragraphs as in
// its vote line; "People's Republic of China" is CHN on every day, and
// any other state is what its name says.
func TestChinaMentionedAsTheSeatOfTheDay(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1948-10-29", "the representatives of the United Kingdom,\nChina, France, Belgium", []string{"state/GBR", "state/ROC", "state/FRA", "state/BEL"}, nil},
		{"1950-09-29", "regarding the representation of China", []string{"state/ROC"}, nil},
		{"1950-09-29", "invite representatives of the Central People's\nGovernment of the People's Republic of China", []string{"state/CHN"}, nil},
		{"1950-09-29", "the declaration of the People's Republic\nof China", []string{"state/CHN"}, nil},
		{"1971-10-24", "the representative of China", []string{"state/ROC"}, nil},
		{"1971-10-25", "the representative of China", []string{"state/CHN"}, nil},
		{"1990-11-29", "China, France and the Russian Federation", []string{"state/CHN", "state/FRA", "state/RUS"}, nil},
		{"", "the representative of China", []string{"state/CHN"}, nil},
	})
}

// The development set's two texts of before 1971 that name China in
// their paragraphs.
func TestChinaSeatInDevelopmentParagraphs(t *testing.T) {
	results := devResults(t)
	for file, want := range map[string]map[string]string{
		// "… of the United Kingdom, China, France, Belgium and the
		// Ukrainian Soviet Socialist Republic"
		"S_RES_0060_1948_EN_GOLD.txt": {"China": "state/ROC"},
		// "the representation of China" / "the People's Republic of China"
		"S_RES_0087_1950_EN_GOLD.txt": {"China": "state/ROC", "People's Republic of China": "state/CHN"},
	} {
		r := results[file]
		if r.Source == nil || len(r.Source.Documents) != 1 {
			t.Errorf("%s: not read as one document", file)
			continue
		}
		seen := map[string]bool{}
		for _, m := range r.Source.Documents[0].Mentions {
			if a, ok := want[m.Text()]; ok {
				seen[m.Text()] = true
				if m.Actor != a {
					t.Errorf("%s: %q read as %s, want %s", file, m.Text(), m.Actor, a)
				}
			}
		}
		for text := range want {
			if !seen[text] {
				t.Errorf("%s: %q not mentioned", file, text)
			}
		}
	}
}
