package graph

import (
	"os"
	"strings"
	"testing"

	"github.com/sckg/sckg/extract"
	"github.com/sckg/sckg/ontology"
)

// TestUnreadCountUnstated holds a vote whose count of abstentions OCR
// misread past reading ("witb 4 abstentions", 30 (1947) of the copies in
// testdata) to no sckg:abstainingCount, where it was stated as 0; the
// counts read beside it are stated, and the clean text's count too.
func TestUnreadCountUnstated(t *testing.T) {
	const name = "S_RES_0030_1947_EN_GOLD.txt"
	b, err := os.ReadFile("../testdata/crunsc/" + name)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text    string
		abstain string // the count stated, "" for none
	}{
		{string(b), "4"},
		{strings.Replace(string(b), "none,\nwith 4", "none,\nwitb 4", 1), ""},
	} {
		if c.text == string(b) && c.abstain == "" {
			t.Fatal("the copy no longer prints the line")
		}
		src, _, err := extract.New(nil, extract.Options{}).File(name, c.text)
		if err != nil {
			t.Fatal(err)
		}
		counts := map[string]string{}
		for _, q := range (Builder{Minter: ontology.NewMinter("")}).Build([]*extract.Source{src}) {
			if p := q.Pred.String(); p == ontology.InFavourCount || p == ontology.AgainstCount || p == ontology.AbstainingCount {
				counts[p] = strings.Trim(strings.SplitN(q.Obj.String(), "^^", 2)[0], `"`)
			}
		}
		if counts[ontology.InFavourCount] != "7" || counts[ontology.AgainstCount] != "0" || counts[ontology.AbstainingCount] != c.abstain {
			t.Errorf("abstentions stated %q: counts %v; want 7, 0 and %q", c.abstain, counts, c.abstain)
		}
	}
}
