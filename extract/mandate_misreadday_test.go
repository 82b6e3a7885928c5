package extract

import "testing"

// An extension's end date whose day OCR printed with letters for figures
// ("ending on IS December 1981" for 15 December 1981), and the period
// "expiring on" a date: read as the date, in an operative paragraph, an
// item under "Decides:" and the passive under "decides that".
func TestExtensionMisreadDayForms(t *testing.T) {
	for _, c := range []struct {
		name, operative, paragraph, actor, until, period string
	}{
		{"stationing ending on IS", "Extends once more the stationing in Cyprus of the United Nations Peace-keeping Force established under resolution 186 (1964) for a further period ending on IS December 1981;",
			"op_1", "unficyp", "1981-12-15", ""},
		{"until l5", "Decides to renew the mandate of the United Nations Interim Force in Lebanon for a period of six months, that is, until l5 June 1980;",
			"op_1", "unifil", "1980-06-15", "P6M"},
		{"until 3l, item", "Decides:\n\n(a) To note the report;\n\n(b) To renew the mandate of the United Nations Disengagement Observer Force for another period of six months, that is, until 3l May 1980;",
			"op_1__b", "undof", "1980-05-31", "P6M"},
		{"passive to 3O", "Also decides that the mandate of the United Nations Observer Mission in El Salvador will be extended to 3O April 1993;",
			"op_1", "onusal", "1993-04-30", ""},
		{"expiring on", "Decides to renew the mandate of the United Nations Operation in Somalia II for a further period expiring on 31 May 1994;",
			"op_1", "unosom-ii", "1994-05-31", ""},
		{"period expiring on", "Decides to extend the mandate of the United Nations Protection Force for an additional period of three months expiring on 30 June 1993;",
			"op_1", "unprofor", "1993-06-30", "P3M"},
	} {
		t.Run(c.name, func(t *testing.T) { wantExtension(t, c.operative, c.paragraph, c.actor, c.until, c.period) })
	}
	for _, s := range []string{
		"Extends once more the stationing in Cyprus of the Force for a further period ending on IS December 1981;",
		"Decides to extend the mandate of the Force for a further period expiring on 31 May 1994;",
		"Decides to extend the mandate of the Force until ll May 1994, and to IO June 1994;",
	} {
		if !checkExtension(t, s) {
			t.Errorf("no extension in %q", s)
		}
	}
}
