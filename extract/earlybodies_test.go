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

// The Council's own bodies of 1946-1993 and those of the agreements it
// oversaw, each one actor: the Committee of Experts, the Consular
// Commission at Batavia, the Mixed Armistice Commissions (each by its
// parties where the text names them, the commissions otherwise), the
// Mediators in Palestine and on Cyprus, the Commission of Experts of
// resolution 780 (1992), the CSCE's Minsk Group. Lines as the texts print
// them.
func TestCouncilBodiesOfTheirDay(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"the sub-committee of the Committee of\nExperts be instructed to negotiate", []string{"committee-of-experts"}},
		{"Having received and taken note of the report of\nthe Consular Commission dated 14 October 1947,", []string{"consular-commission"}},
		{"Requests the Consular Commission, together with\nits military assistants, to make its services available to\nthe Committee of Good Offices ;", []string{"consular-commission", "good-offices-committee"}},
		{"the Chief of Staff of the Truce Supervision Organization and the Chairman of the Israel-Syrian Mixed Armistice\nCommission", []string{"untso", "israel-syria-mac"}},
		{"the Israel-Jordan Mixed Armistice Commission", []string{"israel-jordan-mac"}},
		{"to the Israel-Lebanon Mixed Armistice Commission", []string{"israel-lebanon-mac"}},
		{"to bring before the Mixed Armistice Commission or its\nChairman", []string{"mixed-armistice-commissions"}},
		{"resolving disputes through the Mixed Armistice Commissions participated in by the parties", []string{"mixed-armistice-commissions"}},
		{"have rejected successive appeals of the United Nations\nMediator, and of the Security Council", []string{"un-mediator-palestine", "security-council"}},
		{"Having considered the report of the Acting Mediator", []string{"un-mediator-palestine"}},
		{"the report of the United Nations Mediator on Cyprus", []string{"un-mediator-cyprus"}},
		{"the interim report of the Commission of Experts established by resolution 780 (1992)", []string{"commission-of-experts-780"}},
		{"the peace process of the Minsk Group of the Conference on Security and Cooperation in Europe", []string{"minsk-group", "osce"}},
	} {
		if got := mentionedIn(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("%q: actors %q, want %q", tt.line, got, tt.want)
		}
	}
}
