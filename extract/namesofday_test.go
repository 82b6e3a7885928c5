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
	for _, tt := range []struct {
		line, date string
		want       []string
	}{
		{"to organize a sovereign, democratic United States of Indonesia in accordance with the Linggadjati Agreement;", "1947-08-26", []string{"state/IDN"}},
		{"the transfer of sovereignty by the Netherlands to the Republic of the United States of Indonesia", "1949-12-27", []string{"state/NLD", "state/IDN"}},
		{"the Netherlands Indies and the Netherlands East\nIndies", "1947-08-01", []string{"state/IDN", "state/IDN"}},
		{"Calls upon the Governments of the Netherlands and of the Republic of Indonesia to cease hostilities", "1948-12-24", []string{"state/NLD", "state/IDN"}},
		{"the island of New Guinea and the Republic of Guinea", "1962-09-21", []string{"state/GIN"}},
		{"the Netherlands and Indonesia concerning West New Guinea (West Irian)", "1962-09-21", []string{"state/NLD", "state/IDN", "state/IDN"}},
		{"Recommends that Papua\nNew Guinea be admitted", "1975-09-22", []string{"state/PNG"}},
		{"the question of British Honduras and of Honduras", "1975-12-01", []string{"state/BLZ", "state/HND"}},
		{"the Territory of Spanish Guinea and the Republic of Guinea", "1963-01-01", []string{"state/GNQ", "state/GIN"}},
		{"in French Somaliland and in Somalia", "1966-01-01", []string{"state/DJI", "state/SOM"}},
		{"the French Territory of the Afars and the Issas", "1976-02-01", []string{"state/DJI"}},
		{"the Territory of Spanish Sahara", "1975-10-22", []string{"state/ESH"}},
		{"the former Italian Somaliland", "1949-12-01", []string{"state/SOM"}},
		{"Portuguese Timor", "1975-12-22", []string{"state/TLS"}},
		{"British Guiana", "1964-01-01", []string{"state/GUY"}},
		{"Bechuanaland, Basutoland and Swaziland", "1963-01-01", []string{"state/BWA", "state/LSO", "state/SWZ"}},
		{"Northern Rhodesia, Nyasaland and Southern Rhodesia", "1963-09-13", []string{"state/ZMB", "state/MWI", "state/ZWE"}},
		{"the Gold Coast", "1956-01-01", []string{"state/GHA"}},
		{"Having examined the application of Siam for membership in the United Nations,", "1946-12-12", []string{"state/THA", "united-nations"}},
		{"the applications of Transjordan and of the Hashemite Kingdom of Trans-Jordan", "1949-04-07", []string{"state/JOR", "state/JOR"}},
		{"Recommends to the General Assembly that Tanganyika be admitted to membership", "1961-12-14", []string{"general-assembly", "state/TZA"}},
		{"the application of Zanzibar for admission", "1963-12-16", []string{"state/TZA"}},
		{"the United Republic of Tanganyika and Zanzibar", "1964-06-01", []string{"state/TZA"}},
		{"Having examined the application of the Malagasy Republic for admission", "1960-06-29", []string{"state/MDG"}},
		{"the application of the Federation of Malaya for admission", "1957-09-05", []string{"state/MYS"}},
	} {
		if got := mentionedOn(tt.line, tt.date); !slices.Equal(got, tt.want) {
			t.Errorf("%q (%s): actors %q, want %q", tt.line, tt.date, got, tt.want)
		}
	}
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
