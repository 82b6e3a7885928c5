package extract

import (
	"slices"
	"testing"
)

// TestAppealToAddressees holds the form "Appeals to all States to …": an
// appeal names its addressees after its "to", up to the "to" of the action
// (one no determiner or capital follows), or to a mark that ends
// addressees elsewhere (", in particular", ", including", ";"); its action
// is what they are asked to do.
func TestAppealToAddressees(t *testing.T) {
	for _, c := range []struct {
		paragraph string
		want      []string
		action    string
	}{
		{"Appeals to all Member States to render economic and technical assistance to the Government of Angola;",
			[]string{"member-states"}, "to render economic and technical assistance to the Government of Angola"},
		{"Appeals to the Government of Angola and to the Secretary-General to cooperate fully in this field;",
			[]string{"state/AGO", "secretary-general"}, "to cooperate fully in this field"},
		{"Appeals to the two parties, in particular to the Government of Angola, to re-initiate the talks;",
			[]string{"the-parties"}, "to re-initiate the talks"},
		{"Appeals to all States and international organizations, including the specialized agencies of the United Nations, to assist the Republic of Seychelles;",
			[]string{"all-states", "specialized-agencies"}, "to assist the Republic of Seychelles"},
		{"Appeals to all States that have not yet done so to consider becoming parties to the Convention;",
			[]string{"all-states"}, "to consider becoming parties to the Convention"},
		// "to" with no action after it: the addressees run to the end.
		{"Appeals to Iraq and Kuwait;", []string{"state/IRQ", "state/KWT"}, ""},
	} {
		rs := operativeRequests(t, c.paragraph)
		if len(rs) == 0 {
			t.Errorf("%q: no request", c.paragraph)
			continue
		}
		if !slices.Equal(rs[0].Addressee, c.want) || rs[0].Action != c.action {
			t.Errorf("%q: addressed to %q, action %q; want %q, %q", c.paragraph, rs[0].Addressee, rs[0].Action, c.want, c.action)
		}
	}
}

// TestAppealToAddresseesDev holds the development set's appeals: their
// addressees read after "to", their actions without them.
func TestAppealToAddresseesDev(t *testing.T) {
	for _, c := range []struct {
		file, id     string
		ord          int
		addressee    []string
		actionPrefix string
	}{
		{"S_RES_0804_1993_EN_GOLD.txt", "op_7", 1, []string{"member-states"}, "to render economic"},
		{"S_RES_0834_1993_EN_GOLD.txt", "op_11", 2, []string{"state/AGO", "unita"}, "to cooperate fully"}, // "and to the National Union"
		{"S_RES_0834_1993_EN_GOLD.txt", "op_7", 1, []string{"the-parties"}, "to re-initiate"},
		{"S_RES_0402_1976_EN_GOLD.txt", "op_5", 1, []string{"all-states"}, "to provide immediate"},
		{"S_RES_0579_1985_EN_GOLD.txt", "op_4", 1, []string{"all-states"}, "to consider the possibility"},
	} {
		r := devRequest(t, c.file, c.id, c.ord)
		if r == nil {
			t.Errorf("%s %s: no request %d", c.file, c.id, c.ord)
			continue
		}
		if !slices.Equal(r.Addressee, c.addressee) || len(r.Action) < len(c.actionPrefix) || r.Action[:len(c.actionPrefix)] != c.actionPrefix {
			t.Errorf("%s %s %d: addressed to %q, action %.40q; want %q, %q…", c.file, c.id, c.ord, r.Addressee, r.Action, c.addressee, c.actionPrefix)
		}
	}
}
