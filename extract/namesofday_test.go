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

// The territories and members the texts of 1946-1975 print by names of
// their day, under the code of the state on their land today, where a
// longer name must not be read as the shorter state inside it ("British
// Honduras" is Belize, not Honduras; "the United States of Indonesia"
// Indonesia, not the United States). Lines in the style of the volumes,
// each with a day of its years.
func TestTerritoriesAndMembersOfTheirDay(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1947-08-26", "to organize a sovereign, democratic United States of Indonesia in accordance with the Linggadjati Agreement;", []string{"state/IDN"}},
		{"1949-12-27", "the transfer of sovereignty by the Netherlands to the Republic of the United States of Indonesia", []string{"state/NLD", "state/IDN"}},
		{"1947-08-01", "the Netherlands Indies and the Netherlands East\nIndies", []string{"state/IDN", "state/IDN"}},
		{"1948-12-24", "Calls upon the Governments of the Netherlands and of the Republic of Indonesia to cease hostilities", []string{"state/NLD", "state/IDN"}},
		{"1962-09-21", "the island of New Guinea and the Republic of Guinea", []string{"state/GIN"}},
		{"1962-09-21", "the Netherlands and Indonesia concerning West New Guinea (West Irian)", []string{"state/NLD", "state/IDN", "state/IDN"}},
		{"1975-09-22", "Recommends that Papua\nNew Guinea be admitted", []string{"state/PNG"}},
		{"1975-12-01", "the question of British Honduras and of Honduras", []string{"state/BLZ", "state/HND"}},
		{"1963-01-01", "the Territory of Spanish Guinea and the Republic of Guinea", []string{"state/GNQ", "state/GIN"}},
		{"1966-01-01", "in French Somaliland and in Somalia", []string{"state/DJI", "state/SOM"}},
		{"1976-02-01", "the French Territory of the Afars and the Issas", []string{"state/DJI"}},
		{"1975-10-22", "the Territory of Spanish Sahara", []string{"state/ESH"}},
		{"1949-12-01", "the former Italian Somaliland", []string{"state/SOM"}},
		{"1975-12-22", "Portuguese Timor", []string{"state/TLS"}},
		{"1964-01-01", "British Guiana", []string{"state/GUY"}},
		{"1963-01-01", "Bechuanaland, Basutoland and Swaziland", []string{"state/BWA", "state/LSO", "state/SWZ"}},
		{"1963-09-13", "Northern Rhodesia, Nyasaland and Southern Rhodesia", []string{"state/ZMB", "state/MWI", "state/ZWE"}},
		{"1956-01-01", "the Gold Coast", []string{"state/GHA"}},
		{"1946-12-12", "Having examined the application of Siam for membership in the United Nations,", []string{"state/THA", "united-nations"}},
		{"1949-04-07", "the applications of Transjordan and of the Hashemite Kingdom of Trans-Jordan", []string{"state/JOR", "state/JOR"}},
		{"1961-12-14", "Recommends to the General Assembly that Tanganyika be admitted to membership", []string{"general-assembly", "state/TZA"}},
		{"1963-12-16", "the application of Zanzibar for admission", []string{"state/TZA"}},
		{"1964-06-01", "the United Republic of Tanganyika and Zanzibar", []string{"state/TZA"}},
		{"1960-06-29", "Having examined the application of the Malagasy Republic for admission", []string{"state/MDG"}},
		{"1957-09-05", "the application of the Federation of Malaya for admission", []string{"state/MYS"}},
	})
}

// The development set's "United States of Indonesia" (30 (1947)) is
// Indonesia, not the United States, and its "Papua\nNew Guinea" (375
// (1975)) stays Papua New Guinea.
func TestTerritoriesAndMembersOfTheirDayDev(t *testing.T) {
	checkDevParagraphActors(t, []devParagraphActors{
		{"S_RES_0030_1947_EN_GOLD.txt", "op_2", []string{"state/NLD", "state/IDN"}, []string{"state/USA"}},
		{"S_RES_0375_1975_EN_GOLD.txt", "op_u1", []string{"state/PNG"}, []string{"state/GIN"}},
	})
}

// datedLine is a line of a text adopted on date, and the actors it must
// mention, in order.
type datedLine struct {
	date, line string
	want       []string
}

// checkMentionedOn holds the lines to the actors they must mention.
func checkMentionedOn(t *testing.T, lines []datedLine) {
	t.Helper()
	for _, tt := range lines {
		if got := mentionedOn(tt.line, tt.date); !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: actors %q, want %q", tt.date, tt.line, got, tt.want)
		}
	}
}
