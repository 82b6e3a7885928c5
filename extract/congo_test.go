package extract

import "testing"

// The two Congos of the 1960s under the names of their day: "the Republic
// of the Congo" was Leopoldville's (COD) until 1 August 1964 and
// Brazzaville's (COG) after, "the Congo" alone Leopoldville's in the
// texts of the Congo question, until Zaire took its name in 1971; the
// capital in brackets after either name says which on every day, and the
// names of today's states keep their reading. Lines in the style of the
// volumes of 1960-1987, each with a day of its year.
func TestCongoOfTheDay(t *testing.T) {
	checkMentionedOn(t, []datedLine{
		{"1960-07-14", "Calls upon the Government of Belgium to withdraw their troops from the territory of the Republic of the Congo;", []string{"state/BEL", "state/COD"}, nil},
		{"1960-08-09", "the territorial integrity and the political independence of the Republic of the\nCongo", []string{"state/COD"}, nil},
		{"1961-02-21", "Calls upon the Government of the Republic of the Congo (Leopoldville) to cooperate", []string{"state/COD"}, nil},
		{"1961-02-21", "in the Congo (Léopoldville) and in the Congo (Brazzaville)", []string{"state/COD", "state/COG"}, nil},
		{"1961-11-24", "the Central Government of the Republic of the Congo (Brazzaville)", []string{"state/COG"}, nil},
		{"1961-11-24", "the secessionist activities in Katanga against the Republic of the Congo", []string{"state/COD"}, nil},
		{"1964-12-30", "to refrain from intervening in the domestic affairs of the Congo;", []string{"state/COD"}, nil},
		{"1966-10-14", "the Democratic Republic of the Congo and the Congo (Kinshasa)", []string{"state/COD", "state/COD"}, nil},
		{"1970-07-14", "the Government of the Republic of the Congo", []string{"state/COG"}, nil},
		{"1987-05-05", "Congo, France and Zambia", []string{"state/COG", "state/FRA", "state/ZMB"}, nil},
		{"1987-05-05", "the People's Republic of the Congo", []string{"state/COG"}, nil},
		// The Operation's name is the Operation's.
		{"1961-02-21", "the United Nations Operation in the Congo", []string{"onuc"}, nil},
	})
	// A vote line reads "Congo" by its day too, however often it is asked.
	var memo stateNameMemo
	for _, tt := range []struct{ date, want string }{
		{"1987-05-05", "COG"}, {"1961-02-21", "COD"}, {"1987-05-05", "COG"}, {"1961-02-21", "COD"},
	} {
		if st, _, ok := memo.stateNamed("Congo", tt.date); !ok || st.Alpha3 != tt.want {
			t.Errorf("vote line of %s: Congo is %v, want %s", tt.date, st, tt.want)
		}
	}
}
