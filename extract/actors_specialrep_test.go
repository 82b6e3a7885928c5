package extract

import (
	"slices"
	"testing"
)

// A Special Representative of the Secretary-General has served the Council
// in Namibia, Angola, Cambodia, Western Sahara and Liberia since 1978; the
// registry's "SRSG" is Mali's, head of MINUSMA (2013). A text that names
// the post without its country names the post, never Mali's: in the
// development set (1946-1994) no text may mention MINUSMA or its posts,
// and each of the texts that name a Special Representative mentions the
// post.
func TestSpecialRepresentativeIsNotMalis(t *testing.T) {
	named := 0
	eachDevDocument(t, func(name, src string, d *Document) {
		for _, m := range d.Mentions {
			switch m.Actor {
			case "srsg", "minusma", "force-commander":
				t.Errorf("%s: %s mentions %s, an actor of Mali's texts of 2013 on", name, m.Paragraph.ID, m.Actor)
			case "special-representative":
				named++
			}
		}
	})
	// 834 (1993) "encourages the Special Representative of the
	// Secretary-General ..." and ten more texts of 1968-1993.
	if named < 10 {
		t.Errorf("%d mentions of a Special Representative of the Secretary-General in the development set, want 10 or more", named)
	}
	var r *Request
	eachDevDocument(t, func(name, src string, d *Document) {
		if name == "S_RES_0834_1993_EN_GOLD.txt" {
			r = requestOf(d.Requests, "op_12", 2)
		}
	})
	if r == nil || !slices.Contains(r.Addressee, "special-representative") || slices.Contains(r.Addressee, "srsg") {
		t.Errorf("834 (1993) op_12's second request (%v): want it addressed to the Special Representative, not to Mali's SRSG", r)
	}
}

// "His Special Representative" after the Secretary-General, with no
// other actor between, is the Secretary-General's: the post not tied to a
// country. Lines as the texts of 1978-1994 print them; "his" of another
// actor, and "this Special Representative", are not read so.
func TestHisSpecialRepresentative(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		mentions  int
		addressee []string
	}{
		{"Encourages the Secretary-General and his Special Representative to continue their efforts to create such an environment;", 1, []string{"secretary-general", "special-representative"}},
		{"Commends the Secretary-General, his Special Representative and the personnel of UNOSOM II for their efforts;", 1, []string{"secretary-general", "special-representative", "unosom-ii"}},
		{"Requests the Secretary-General to instruct his Special Representative to make contingency plans;", 1, []string{"secretary-general"}},
		{"Requests the Secretary-General and his Special\nRepresentative for Cambodia to report;", 1, []string{"secretary-general", "special-representative", "state/KHM"}},
		// Not the Secretary-General's.
		{"Requests the Secretary-General to report; invites the Government of Angola and his Special Representative to meet;", 0, []string{"secretary-general"}},
		{"Requests the Secretary-General and this Special Representative to report;", 0, []string{"secretary-general"}},
	} {
		d := operativeDocument(t, c.paragraph)
		n := 0
		for _, m := range d.Mentions {
			if m.Actor == "special-representative" {
				n++
				if m.Text() != "Special Representative" && m.Text() != "Special\nRepresentative" {
					t.Errorf("%q: mention %q", c.paragraph, m.Text())
				}
			}
		}
		var got []string
		if len(d.Requests) > 0 {
			got = d.Requests[0].Addressee
		}
		if n != c.mentions || !slices.Equal(got, c.addressee) {
			t.Errorf("%q: %d mentions of the post, addressed to %q; want %d, %q", c.paragraph, n, got, c.mentions, c.addressee)
		}
	}
}
