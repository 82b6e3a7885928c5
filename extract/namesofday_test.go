package extract

import (
	"slices"
	"testing"
)

// States the texts of 1967-1973 print by names of their day that hold
// another state's name: "Guinea (Bissau)" is Guinea-Bissau, not Guinea,
// however the line breaks it; "Southern Yemen" is Democratic Yemen, not
// Yemen. Lines as the texts print them.
func TestStateNamesOfTheirDayHoldingAnother(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"by the Portuguese armed forces of Guinea (Bissau) against the population and villages of Senegal;", []string{"state/GNB", "state/SEN"}},
		{"the Territories of Guinea\n(Bissau), Angola and Mozambique,", []string{"state/GNB", "state/AGO", "state/MOZ"}},
		{"the peoples of Angola, Mozambique and Guinea (Bissau);", []string{"state/AGO", "state/MOZ", "state/GNB"}},
		{"the colonial war in Portuguese Guinea", []string{"state/GNB"}},
		{"the application of the People's Republic of Southern Yemen for admission", []string{"state/YMD"}},
		// Still Guinea, and still a state and a gloss of its own.
		{"the Government of Guinea (S/10000) and of Senegal", []string{"state/GIN", "state/SEN"}},
		{"the Republic of Guinea and Yemen", []string{"state/GIN", "state/YEM"}},
		{"the Federal Republic of Yugoslavia (Serbia and Montenegro)", []string{"state/YUG"}},
	} {
		if got := mentionedOn(tt.line, "1972-01-01"); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}

// The development set's Guinea (Bissau) (1971-1973) and Southern Yemen
// (1967), as read by hand.
func TestStateNamesOfTheirDayDev(t *testing.T) {
	checkDevParagraphActors(t, []devParagraphActors{
		{"S_RES_0294_1971_EN_GOLD.txt", "op_2", []string{"state/GNB", "state/SEN"}, []string{"state/GIN"}},
		{"S_RES_0312_1972_EN_GOLD.txt", "op_1", []string{"state/AGO", "state/MOZ", "state/GNB"}, []string{"state/GIN"}},
		{"S_RES_0321_1972_EN_GOLD.txt", "pp_7", []string{"state/GNB", "state/SEN"}, []string{"state/GIN"}},
		{"S_RES_0333_1973_EN_GOLD.txt", "op_4", []string{"state/GNB", "state/NAM"}, []string{"state/GIN"}},
		{"S_RES_0243_1967_EN_GOLD.txt", "pp_1", []string{"state/YMD"}, []string{"state/YEM"}},
		{"S_RES_0243_1967_EN_GOLD.txt", "op_u1", []string{"state/YMD", "general-assembly"}, []string{"state/YEM"}},
	})
	if r := devRequest(t, "S_RES_0312_1972_EN_GOLD.txt", "op_1", 1); r == nil || slices.Contains(r.Addressee, "state/GIN") {
		t.Errorf("312 (1972) op_1: request 1 is addressed to Guinea: %v", r)
	}
}
