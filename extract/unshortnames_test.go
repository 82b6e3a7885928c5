package extract

import (
	"slices"
	"testing"

	"github.com/sckg/sckg/ontology"
)

// mentionedIn is the actors found in one paragraph of text, in order.
func mentionedIn(text string) []string { return mentionedOn(text, "") }

// mentionedOn is the actors found in one paragraph of text adopted on
// date, in order, read as a document's are: the names, then the bodies
// of other names left out, then the seats of the day.
func mentionedOn(text, date string) []string {
	actors, _ := mentionsOn(text, date)
	return actors
}

// mentionsOn is mentionedOn's actors and the texts of their mentions, as
// printed.
func mentionsOn(text, date string) (actors, texts []string) {
	d := &Document{AdoptionDate: date, Paragraphs: []*Paragraph{{ID: "p", Text: text}}}
	documentMentions(d, indexRegistry(ontology.DefaultRegistry()), ontology.DefaultRegistry(), new(mentionRoom))
	for _, m := range d.Mentions {
		actors, texts = append(actors, m.Actor), append(texts, m.Text())
	}
	return actors, texts
}

// The Council prints the UN's short names, which spell out what CLDR's
// English names abbreviate ("Bosnia & Herzegovina", "St. Lucia"), and
// the names territories on its agenda had before independence, under the
// code of the state that followed ("Southern Rhodesia" is Zimbabwe's
// land, "South West Africa" Namibia's). Lines as the texts print them.
func TestUNShortNamesAndTerritoriesOfTheirDay(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"at airfields in Bosnia and Herzegovina, Croatia and the Federal Republic of\nYugoslavia (Serbia and Montenegro);", []string{"state/BIH", "state/HRV", "state/YUG"}},
		{"the sovereignty and territorial integrity of the Republic of Bosnia and\nHerzegovina,", []string{"state/BIH"}},
		{"Recommends to the General Assembly that Saint Lucia should be admitted", []string{"general-assembly", "state/LCA"}},
		{"Having examined the application of Antigua and Barbuda for admission", []string{"state/ATG"}},
		{"that Saint Kitts and Nevis be admitted to membership", []string{"state/KNA"}},
		{"the application of the Democratic Republic of Sao Tome and Principe", []string{"state/STP"}},
		{"the representatives of Trinidad and Tobago and Jamaica", []string{"state/TTO", "state/JAM"}},
		{"that the Czech Republic be admitted to membership", []string{"state/CZE"}},
		{"the Czech and Slovak Federal Republic", []string{"state/CSK"}},
		{"a racist minority in Southern\nRhodesia;", []string{"state/ZWE"}},
		{"sanctions against Southern Rhodesia (Zimbabwe)", []string{"state/ZWE"}},
		{"the people and Territory of South West Africa to freedom", []string{"state/NAM"}},
		{"the South West Africa People's Organization", []string{"swapo"}},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}
