package extract

import "strings"

// The actor finder's readers of brackets one at a time, as the tests call
// them; documentActors reads each paragraph's brackets once
// (bracketPlaces.read) for all of them.

// groupNames returns the places of the names a text defines in brackets
// and quotes, ("the Malian parties"), as the pattern
// \s?\("the ([^"()]{3,60})"\) (groupNameRE, in the reference tests) finds
// them: the whole, from the space before the bracket if there is one,
// and the name.
func groupNames(text string) [][4]int {
	var b bracketPlaces
	b.read(text, strings.IndexByte(text, '('))
	return b.groups
}

// bracketAcronyms returns the places of " (ACRONYM)" in text: a capital
// letter and one to nine more capitals, digits or hyphens.
func bracketAcronyms(text string) [][2]int {
	var b bracketPlaces
	b.read(text, strings.IndexByte(text, '('))
	return b.acronyms
}

// newActors finds organisations the registry does not know.
func newActors(text string, known nameIndex) []NewActor {
	return newActorsAt(text, known, bracketAcronyms(text))
}

// newActorBefore is what newActorAtEndRE's FindStringSubmatch returns for
// the acronym in brackets at text[loc[0]:loc[1]]: the match, the name and
// the acronym; nil when there is no name (newActorStart).
func newActorBefore(text string, loc []int) []string {
	start := newActorStart(text, loc)
	if start < 0 {
		return nil
	}
	return []string{text[start:loc[1]], text[start:loc[0]], text[loc[0]+2 : loc[1]-1]}
}
