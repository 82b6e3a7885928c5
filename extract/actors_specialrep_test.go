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
