package extract

import (
	"slices"
	"strings"
	"testing"
)

// OCR prints the hyphen of a compound name as another mark: a tilde, an
// underscore, an em or en dash, or one of them beside the hyphen
// ("Secretary~General", "Secretary—General", "Secretary-—General",
// "Secretary~-General's"). The name is read as the registry's, its
// mention the text as printed; a dash spaced between words is no hyphen.
// Lines as the texts of 1993-1994 print them, and others of the form.
func TestMisprintedHyphenInNames(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1993-06-01", "5. Requests the Member States concerned, the Secretary~General and", []string{"member-states", "secretary-general"}, []string{"Member States", "Secretary~General"}},
		{"1993-06-01", "Having considered the report of the Secretary—General on the United Nations", []string{"secretary-general", "united-nations"}, []string{"Secretary—General", "United Nations"}},
		{"1993-06-01", "to be based on a report from the Secretary-—General on whether or not", []string{"secretary-general"}, []string{"Secretary-—General"}},
		{"1993-06-01", "equipment, as indicated in the Secretary~-General's report of 3 March 1993", []string{"secretary-general"}, []string{"Secretary~-General"}},
		{"1993-06-01", "Requests the Secretary_General to report", []string{"secretary-general"}, []string{"Secretary_General"}},
		{"1993-06-01", "Requests the Secretary–General to report", []string{"secretary-general"}, []string{"Secretary–General"}},
		{"1993-06-01", "the situation in Guinea~Bissau and Mali", []string{"state/GNB", "state/MLI"}, []string{"Guinea~Bissau", "Mali"}},
		// A spaced dash is no hyphen; nor a mark between words of no name.
		{"1993-06-01", "Secretary-General - Colombia, Mexico", []string{"secretary-general", "state/COL", "state/MEX"}, []string{"Secretary-General", "Colombia", "Mexico"}},
		{"1993-06-01", "the Secretary ~ General Assembly", []string{"general-assembly"}, []string{"General Assembly"}},
		{"1993-06-01", "any support—overt or covert—to the illegal régime in Southern Rhodesia", []string{"state/ZWE"}, []string{"Southern Rhodesia"}},
		{"1993-06-01", "respect the cease~fire in Cyprus", []string{"state/CYP"}, []string{"Cyprus"}},
	})
}

// The development set's Secretary-General printed with a tilde or a dash
// for its hyphen, as read by hand: mentioned, asked, and warned of.
func TestMisprintedHyphenInNamesDev(t *testing.T) {
	checkDevParagraphActors(t, []devParagraphActors{
		{"S_RES_0822_1993_EN_GOLD.txt", "op_4", []string{"secretary-general", "state/AZE"}, nil},
		{"S_RES_0837_1993_EN_GOLD.txt", "op_7", []string{"secretary-general"}, nil},
		{"S_RES_0852_1993_EN_GOLD.txt", "pp_2", []string{"secretary-general", "unifil"}, nil},
		{"S_RES_0858_1993_EN_GOLD.txt", "op_5", []string{"secretary-general"}, nil},
		{"S_RES_0867_1993_EN_GOLD.txt", "op_3", []string{"secretary-general"}, nil},
		{"S_RES_0882_1993_EN_GOLD.txt", "pp_2", []string{"secretary-general"}, nil},
		{"S_RES_0894_1994_EN_GOLD.txt", "pp_2", []string{"secretary-general"}, nil},
	})
	for _, c := range []struct{ file, id string }{
		{"S_RES_0816_1993_EN_GOLD.txt", "op_5"},
		{"S_RES_0822_1993_EN_GOLD.txt", "op_4"},
		{"S_RES_0897_1994_EN_GOLD.txt", "op_14"},
	} {
		if r := devRequest(t, c.file, c.id, 1); r == nil || !slices.Contains(r.Addressee, "secretary-general") {
			t.Errorf("%s %s: no request 1 addressed to the Secretary-General", c.file, c.id)
		}
	}
	warned := 0
	for _, r := range devResults(t) {
		for _, w := range r.Warnings {
			if w.Kind == WarnOCRRepair && strings.Contains(w.Message, "its hyphen printed as another mark") {
				warned++
			}
		}
	}
	if warned != 12 {
		t.Errorf("%d ocr-repair warnings of hyphens, want 12 (12 names in 10 files)", warned)
	}
}
