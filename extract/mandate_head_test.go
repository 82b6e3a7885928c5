package extract

import (
	"slices"
	"testing"
)

// "the mandate of the Force", in a text that names two operations: the
// one whose name holds "Force" (the Interim Force in Lebanon, not the
// Truce Supervision Organization); where both names hold the word, the
// one the short name stands for, the one named last.
func TestExtensionOperationByHead(t *testing.T) {
	for _, c := range []struct {
		name, preamble, operative, actor string
	}{
		{"the Force", "Recalling the report on the United Nations Interim Force in Lebanon and on the United Nations Truce Supervision Organization,",
			"Decides to renew the mandate of the Force for a period of six months, that is, until 19 December 1979;", "unifil"},
		{"the Mission", "Recalling the United Nations Observer Group in Central America and the United Nations Observer Mission in El Salvador,",
			"Also decides that the mandate of the Mission, enlarged in accordance with the present resolution, will be extended to 31 October 1992;", "onusal"},
		{"the Observer Mission", "Recalling the United Nations Observer Group in Central America and the United Nations Observer Mission in El Salvador,",
			"Decides to extend the mandate of the Observer Mission to 31 May 1994;", "onusal"},
		// Both names hold "Force": "the Force" before "for a period" is
		// the short name of the one named last, as "Requests the Force
		// to report" is (shortNameMentions).
		{"both Forces", "Recalling the United Nations Emergency Force and the United Nations Disengagement Observer Force,",
			"Decides to renew the mandate of the Force for a period of six months, that is, until 24 October 1977;", "undof"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "Resolution 999 (1990)\nof 1 June 1990\n\nThe Security Council,\n\n" + c.preamble + "\n\n1. " + c.operative + "\n\nAdopted unanimously at the 2900th meeting.\n"
			for _, f := range oneDocument(t, "x.txt", src).Mandate {
				if f.Kind != "extension" {
					continue
				}
				if c.actor == "" && len(f.Actors) > 0 || c.actor != "" && !slices.Equal(f.Actors, []string{c.actor}) {
					t.Errorf("extension of %v, want %q", f.Actors, c.actor)
				}
				return
			}
			t.Errorf("no extension read")
		})
	}
}

// The development set's extensions of "the Force" and "the Mission" in
// texts that name another operation too, as read by hand.
func TestDevelopmentSetExtensionOperationByHead(t *testing.T) {
	for _, c := range []struct{ file, paragraph, actor string }{
		// "8. Decides to renew the mandate of the Force …", UNTSO named too.
		{"S_RES_0450_1979_EN_GOLD.txt", "op_8", "unifil"},
		{"S_RES_0498_1981_EN_GOLD.txt", "op_8", "unifil"},
		// "3. Also decides that the mandate of the Mission …", ONUCA named too.
		{"S_RES_0729_1992_EN_GOLD.txt", "op_3", "onusal"},
	} {
		t.Run(c.file, func(t *testing.T) {
			if f := devExtension(t, c.file, c.paragraph); !slices.Equal(f.Actors, []string{c.actor}) {
				t.Errorf("extension of %v, want %s", f.Actors, c.actor)
			}
		})
	}
}
