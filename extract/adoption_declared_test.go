package extract

import "testing"

// TestDeclaredAdoptedFootnote holds the footnote that says the President
// declared a text adopted as no member objected: unanimous when he said
// so, else adopted without a vote; a line that says how it was adopted
// keeps what it says, and other footnotes that name an objection say
// nothing of the vote.
func TestDeclaredAdoptedFootnote(t *testing.T) {
	for _, c := range []struct {
		line, notes            string
		unanimous, withoutVote bool
	}{
		{"Adopted at the 613th meeting. 16", "16 In the absence of any objection, the President stated that the\ndraft resolution was adopted unanimously.", true, false},
		{"Adopted at the 640th meeting. 3", "3 In the absence of objection, the President declared the draft resolution adopted.", false, true},
		{"Adopted at the 700th meeting. 5", "5 In the absence of objections, the President declared the resolution adopted unanimously.", true, false},
		// The line says it: the footnote changes nothing.
		{"Adopted without vote at the 613th meeting. 16", "16 In the absence of any objection, the President stated that the draft resolution was adopted unanimously.", false, true},
		// An objection that is no such statement.
		{"Adopted at the 650th meeting. 4", "4 The representative of France stated his objection to paragraph 2, which was adopted.", false, false},
	} {
		a := readAdoption(c.line, c.notes, "1953-08-12", &stateNameMemo{}, func(Warning) {})
		var unanimous, withoutVote bool
		if a.vote != nil {
			unanimous, withoutVote = a.vote.Unanimous, a.vote.WithoutVote
		}
		if unanimous != c.unanimous || withoutVote != c.withoutVote {
			t.Errorf("%q / %q: unanimous %v, without a vote %v; want %v, %v", c.line, c.notes, unanimous, withoutVote, c.unanimous, c.withoutVote)
		}
	}
}

// TestDeclaredAdoptedFootnoteDev holds the development set's text whose
// footnote says the President declared it adopted unanimously.
func TestDeclaredAdoptedFootnoteDev(t *testing.T) {
	const file = "S_RES_0099_1953_EN_GOLD.txt"
	r := devResults(t)[file]
	if r.Source == nil || len(r.Source.Documents) != 1 {
		t.Fatalf("%s: not read", file)
	}
	if v := r.Source.Documents[0].Vote; v == nil || !v.Unanimous || v.WithoutVote || v.Counted {
		t.Errorf("%s: vote %+v, want unanimous", file, v)
	}
}
