package extract

import "testing"

// A condemnation printed in capitals ("STRONGLY CONDEMNS THE ATTACKS
// AGAINST MINUSMA") is found as one in lower case is: the pattern ignores
// case, and the cheap look for its words before it must too.
func TestCondemnationInCapitals(t *testing.T) {
	for _, op := range []string{
		"1. Strongly condemns the attacks against MINUSMA;",
		"1. STRONGLY CONDEMNS THE ATTACKS AGAINST MINUSMA;",
	} {
		src := "Resolution 2999 (2021)\n\nAdopted by the Security Council at its 9000th meeting, on 29 June 2021\n\nThe Security Council,\n\nRecalling its previous resolutions,\n\n" + op + "\n\n2. Decides to remain seized of the matter.\n"
		s, _, err := defaultExtractor.File("capitals.txt", src)
		if err != nil || len(s.Documents) != 1 {
			t.Fatalf("%q: %v, %d documents", op, err, len(s.Documents))
		}
		found := false
		for _, r := range s.Documents[0].Relations {
			found = found || r.Kind == "condemnsAttacksOn" && r.From == "security-council" && r.To == "minusma"
		}
		if !found {
			t.Errorf("%q: no condemnsAttacksOn security-council -> minusma in %+v", op, s.Documents[0].Relations)
		}
	}
}
