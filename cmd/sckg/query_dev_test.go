package main

import (
	"regexp"
	"strings"
	"testing"
)

// The canned queries answer the questions a reader of the Council's
// resolutions asks, in the words a reader types, on stores built from
// real files of the development set.

// A state is named as the texts and the tables name it: its short name
// ("Israel"), "the Government of Israel", its code, or the "actor/state/ISR"
// every table prints. 111 (1956) op_5 "Calls upon Israel to comply in the
// future with its obligations".
func TestQueryStatesByName(t *testing.T) {
	store := devStore(t, "S_RES_0111_1956_EN_GOLD.txt")
	for _, name := range []string{"Israel", "israel", "the Government of Israel", "ISR", "actor/state/ISR", "state/ISR"} {
		out, stderr, code := sckg(t, "query", "requests-to", name, "--store", store)
		if code != 0 {
			t.Errorf("requests-to %q: exit %d: %s", name, code, stderr)
			continue
		}
		if !regexp.MustCompile(`S/RES/111\(1956\)#op_5\s+calls upon`).MatchString(out) {
			t.Errorf("requests-to %q: no request of 111 (1956) op_5:\n%s", name, out)
		}
	}
	if _, stderr, code := sckg(t, "query", "requests-to", "Atlantis", "--store", store); code == 0 || !strings.Contains(stderr, `no actor called "Atlantis"`) {
		t.Errorf("an unknown name: exit %d: %s", code, stderr)
	}
}
