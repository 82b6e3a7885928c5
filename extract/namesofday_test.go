package extract

import (
	"slices"
	"testing"
)

// States the texts of 1967-1973 print by names of their day that hold
// another state's name: "Guinea (Bissau)" is Guinea-Bissau, not Guinea,
// however the line breaks it, and its mention spans the bracket, as does
// that of "the Congo (Leopoldville)" once "the Congo" is Brazzaville's;
// "Southern Yemen" is Democratic Yemen, not Yemen. Lines as the texts
// print them.
func TestStateNamesOfTheirDayHoldingAnother(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1972-01-01", "by the Portuguese armed forces of Guinea (Bissau) against the population and villages of Senegal;", []string{"state/GNB", "state/SEN"}, []string{"Guinea (Bissau)", "Senegal"}},
		{"1972-01-01", "the Territories of Guinea\n(Bissau), Angola and Mozambique,", []string{"state/GNB", "state/AGO", "state/MOZ"}, []string{"Guinea\n(Bissau)", "Angola", "Mozambique"}},
		{"1972-01-01", "the peoples of Angola, Mozambique and Guinea (Bissau);", []string{"state/AGO", "state/MOZ", "state/GNB"}, []string{"Angola", "Mozambique", "Guinea (Bissau)"}},
		// A bracket that names the state the name reads as already is
		// left out of the mention.
		{"1972-01-01", "in the Congo (Brazzaville) and in the Congo (Leopoldville)", []string{"state/COG", "state/COD"}, []string{"Congo", "Congo (Leopoldville)"}},
		{"1972-01-01", "the colonial war in Portuguese Guinea", []string{"state/GNB"}, nil},
		{"1972-01-01", "the application of the People's Republic of Southern Yemen for admission", []string{"state/YMD"}, nil},
		// Still Guinea, and still a state and a gloss of its own.
		{"1972-01-01", "the Government of Guinea (S/10000) and of Senegal", []string{"state/GIN", "state/SEN"}, nil},
		{"1972-01-01", "the Republic of Guinea and Yemen", []string{"state/GIN", "state/YEM"}, nil},
		{"1972-01-01", "the Federal Republic of Yugoslavia (Serbia and Montenegro)", []string{"state/YUG"}, nil},
	})
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
		{"1947-08-26", "to organize a sovereign, democratic United States of Indonesia in accordance with the Linggadjati Agreement;", []string{"state/IDN"}, nil},
		{"1949-12-27", "the transfer of sovereignty by the Netherlands to the Republic of the United States of Indonesia", []string{"state/NLD", "state/IDN"}, nil},
		{"1947-08-01", "the Netherlands Indies and the Netherlands East\nIndies", []string{"state/IDN", "state/IDN"}, nil},
		{"1948-12-24", "Calls upon the Governments of the Netherlands and of the Republic of Indonesia to cease hostilities", []string{"state/NLD", "state/IDN"}, nil},
		{"1962-09-21", "the island of New Guinea and the Republic of Guinea", []string{"state/GIN"}, nil},
		{"1962-09-21", "the Netherlands and Indonesia concerning West New Guinea (West Irian)", []string{"state/NLD", "state/IDN", "state/IDN"}, nil},
		{"1975-09-22", "Recommends that Papua\nNew Guinea be admitted", []string{"state/PNG"}, nil},
		{"1975-12-01", "the question of British Honduras and of Honduras", []string{"state/BLZ", "state/HND"}, nil},
		{"1963-01-01", "the Territory of Spanish Guinea and the Republic of Guinea", []string{"state/GNQ", "state/GIN"}, nil},
		{"1966-01-01", "in French Somaliland and in Somalia", []string{"state/DJI", "state/SOM"}, nil},
		{"1976-02-01", "the French Territory of the Afars and the Issas", []string{"state/DJI"}, nil},
		{"1975-10-22", "the Territory of Spanish Sahara", []string{"state/ESH"}, nil},
		{"1949-12-01", "the former Italian Somaliland", []string{"state/SOM"}, nil},
		{"1975-12-22", "Portuguese Timor", []string{"state/TLS"}, nil},
		{"1964-01-01", "British Guiana", []string{"state/GUY"}, nil},
		{"1963-01-01", "Bechuanaland, Basutoland and Swaziland", []string{"state/BWA", "state/LSO", "state/SWZ"}, nil},
		{"1963-09-13", "Northern Rhodesia, Nyasaland and Southern Rhodesia", []string{"state/ZMB", "state/MWI", "state/ZWE"}, nil},
		{"1956-01-01", "the Gold Coast", []string{"state/GHA"}, nil},
		{"1946-12-12", "Having examined the application of Siam for membership in the United Nations,", []string{"state/THA", "united-nations"}, nil},
		{"1949-04-07", "the applications of Transjordan and of the Hashemite Kingdom of Trans-Jordan", []string{"state/JOR", "state/JOR"}, nil},
		{"1961-12-14", "Recommends to the General Assembly that Tanganyika be admitted to membership", []string{"general-assembly", "state/TZA"}, nil},
		{"1963-12-16", "the application of Zanzibar for admission", []string{"state/TZA"}, nil},
		{"1964-06-01", "the United Republic of Tanganyika and Zanzibar", []string{"state/TZA"}, nil},
		{"1960-06-29", "Having examined the application of the Malagasy Republic for admission", []string{"state/MDG"}, nil},
		{"1957-09-05", "the application of the Federation of Malaya for admission", []string{"state/MYS"}, nil},
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
// mention, in order; texts, where not nil, the mentions' texts, as
// printed.
type datedLine struct {
	date, line  string
	want, texts []string
}

// checkMentionedOn holds the lines to the actors they must mention, and
// to the texts of the mentions where given.
func checkMentionedOn(t *testing.T, lines []datedLine) {
	t.Helper()
	for _, tt := range lines {
		got, texts := mentionsOn(tt.line, tt.date)
		if !slices.Equal(got, tt.want) || tt.texts != nil && !slices.Equal(texts, tt.texts) {
			t.Errorf("%s %q: actors %q as %q, want %q as %q", tt.date, tt.line, got, texts, tt.want, tt.texts)
		}
	}
}
