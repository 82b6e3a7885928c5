package extract

import (
	"slices"
	"testing"
)

// The General Assembly's bodies that Council texts of 1948-1990 name, each
// one actor, not the United Nations and a "Council" read as the Security
// Council: the Palestine Commission, the Mediator in Palestine, the
// Conciliation Commission for Palestine, the Council for Namibia (first
// the Council for South West Africa). Lines as the texts print them.
func TestGeneralAssemblyBodiesOfTheirDay(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"received from the United Nations Palestine Commission its first monthly report", []string{"palestine-commission"}},
		{"instructions which the Council might usefully give to\nthe Palestine Commission", []string{"security-council", "palestine-commission"}},
		{"the report of the Acting United Nations Mediator in Palestine", []string{"un-mediator-palestine"}},
		{"the tragic death of the United Nations Mediator in Palestine, Count Folke Bernadotte", []string{"un-mediator-palestine"}},
		{"the United Nations Conciliation Commission for Palestine", []string{"unccp"}},
		{"the Conciliation Commission for Palestine", []string{"unccp"}},
		{"it established a United Nations Council for Namibia, as", []string{"un-council-for-namibia"}},
		{"the President of the United Nations Council\nfor South West Africa", []string{"un-council-for-namibia"}},
		{"the people and Territory of Namibia", []string{"state/NAM"}},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}
