package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAddressedVerbs holds the older texts' other verbs that ask
// something of an actor: "Requires", "Asks", "Reminds", "Entrusts",
// "Advises", "Expects", each a request with its addressees; "Entrusts"
// names them up to "with" (the task), "Reminds" up to "of" a possessive
// (their obligations), not into the names after them.
func TestAddressedVerbs(t *testing.T) {
	for _, c := range []struct {
		paragraph, lemma string
		want             []string
		action           string
	}{
		{"Requires Iraq to inform the Council that it will not commit or support any act of international terrorism;",
			"requires", []string{"state/IRQ"}, "to inform the Council"},
		{"Asks the Government of Cyprus, which has the responsibility for the maintenance and restoration of law and order, to take all additional measures necessary;",
			"asks", []string{"state/CYP"}, "to take all additional"},
		{"Reminds the Government of Israel that the Council has already condemned military action;",
			"reminds", []string{"state/ISR"}, "that the Council"},
		{"Reminds Israel and Syria of their obligations under the Charter of the United Nations to settle their disputes by peaceful means;",
			"reminds", []string{"state/ISR", "state/SYR"}, "of their obligations"},
		{"Reminds Egypt of its obligations under the Charter of the United Nations;",
			"reminds", []string{"state/EGY"}, "of its obligations"},
		{"Entrusts the Secretary-General with the task of examining requests for assistance under the provisions of Article 50 of the Charter of the United Nations;",
			"entrusts", []string{"secretary-general"}, "with the task"},
		// What follows "concerning" is what a body deals with, not who is asked.
		{"Requests the Committee established by resolution 724 (1991) concerning Yugoslavia to report to the Council;",
			"requests", []string{"committee-724"}, "to report to the Council"},
		{"Advises the Secretary-General that its resolution should be interpreted as meaning that;",
			"advises", []string{"secretary-general"}, "that its resolution"},
		{"Expects Iraq to comply with its obligations under resolution 664 (1990);",
			"expects", []string{"state/IRQ"}, "to comply with"},
		{"Welcomes the report, and expects that anyone who seeks to disrupt the elections will be held accountable;",
			"expects", nil, "that anyone"},
	} {
		rs := operativeRequests(t, c.paragraph)
		i := slices.IndexFunc(rs, func(r *Request) bool { return r.Lemma == c.lemma })
		if i < 0 {
			t.Errorf("%q: no request with %q", c.paragraph, c.lemma)
			continue
		}
		if r := rs[i]; !slices.Equal(r.Addressee, c.want) || !strings.HasPrefix(r.Action, c.action) {
			t.Errorf("%q: addressed to %q, action %.40q; want %q, %q…", c.paragraph, r.Addressee, r.Action, c.want, c.action)
		}
	}
}

// TestAddressedVerbsDev holds the development set's requests of those
// verbs, as read by hand.
func TestAddressedVerbsDev(t *testing.T) {
	for _, c := range []struct {
		file, id     string
		ord          int
		lemma        string
		addressee    []string
		actionPrefix string
	}{
		{"S_RES_0687_1991_EN_GOLD.txt", "op_32", 1, "requires", []string{"state/IRQ"}, "to inform the Council"},
		{"S_RES_0186_1964_EN_GOLD.txt", "op_2", 1, "asks", []string{"state/CYP"}, "to take all additional"},
		{"S_RES_0111_1956_EN_GOLD.txt", "op_2", 1, "reminds", []string{"state/ISR"}, "that the Council"},
		{"S_RES_0093_1951_EN_GOLD.txt", "op_u10", 1, "reminds", []string{"the-parties"}, "of their obligations"},
		{"S_RES_0036_1947_EN_GOLD.txt", "op_4", 1, "advises", []string{"good-offices-committee", "consular-commission", "the-parties"}, "that its resolution 27"}, // "the parties concerned, the Committee of Good Offices and the Consular Commission"
		{"S_RES_0666_1990_EN_GOLD.txt", "op_2", 1, "expects", []string{"state/IRQ"}, "to comply with"},
		{"S_RES_0612_1988_EN_GOLD.txt", "op_3", 1, "expects", nil, "to refrain from"},
		// "the Security Council Committee established by …" is the
		// Committee alone.
		{"S_RES_0669_1990_EN_GOLD.txt", "op_u1", 1, "entrusts", []string{"committee-661"}, "with the task of examining"},
	} {
		r := devRequest(t, c.file, c.id, c.ord)
		if r == nil || r.Lemma != c.lemma {
			t.Errorf("%s %s: no request %d with %q", c.file, c.id, c.ord, c.lemma)
			continue
		}
		if !slices.Equal(r.Addressee, c.addressee) || !strings.HasPrefix(r.Action, c.actionPrefix) {
			t.Errorf("%s %s %d: addressed to %q, action %.40q; want %q, %q…", c.file, c.id, c.ord, r.Addressee, r.Action, c.addressee, c.actionPrefix)
		}
	}
}
