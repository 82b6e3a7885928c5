package extract

import (
	"slices"
	"testing"
)

// A short name stands for the body the text named last under a name that
// ends in it, even where the short name is itself a registry label: "the
// Mixed Armistice Commission" after "the Israel-Syrian Mixed Armistice
// Commission" is that commission, not the four of them together, which
// it is where the text named no one of them. "The Mission" with no
// operation named more than all others is the mission named last whose
// name ends in "Mission" (an Observer Group named after it is no
// Mission). Lines as the texts of 1951-1992 print them.
func TestShortNamesOfSpecificBodies(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"the Chairman of the Israel-Syrian Mixed Armistice Commission, on a number of occasions, have requested the Israel delegation to the Mixed Armistice Commission to ensure",
			[]string{"israel-syria-mac", "state/ISR", "israel-syria-mac"}},
		{"Noting the decision of the Israel-Jordan Mixed Armistice Commission of 20 March 1961. Endorses the decision of the Mixed Armistice Commission of 20 March 1961;",
			[]string{"israel-jordan-mac", "israel-jordan-mac"}},
		// No commission of two parties named: the four together.
		{"calls upon the parties to take the necessary steps to reactivate the Mixed Armistice Commission", []string{"mixed-armistice-commissions"}},
		// The plural is the four together.
		{"the Israel-Jordan Mixed Armistice Commission and the Mixed Armistice Commissions", []string{"israel-jordan-mac", "mixed-armistice-commissions"}},
		{"by which it established the United Nations Observer Mission in El Salvador, the termination of the mandate of the United Nations Observer Group in Central America. Requests the Secretary-General to increase the strength of the Mission as recommended",
			[]string{"onusal", "onuca", "secretary-general", "onusal"}},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}
