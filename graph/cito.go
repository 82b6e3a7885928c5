package graph

import "github.com/sckg/sckg/extract"

// citoNames maps what a citing text does to the CiTO property that says it
// in RDF, by local name (each in ontology.CiTOFunctions). Extraction reads
// the words; this is the one place that knows CiTO.
var citoNames = map[extract.Function]string{
	extract.Cites:          "cites",
	extract.Recalls:        "obtainsBackgroundFrom",
	extract.Reaffirms:      "confirms",
	extract.Welcomes:       "supports",
	extract.TakesNoteOf:    "citesForInformation",
	extract.Extends:        "extends",
	extract.Amends:         "updates",
	extract.ActsPursuantTo: "citesAsAuthority",
	extract.RefersTo:       "citesAsRelated",
	extract.NamesRegime:    "citesAsAuthority", // a regime is the authority its resolutions set up
}

// CiTO is the local name of the CiTO property for a citation's function:
// "citesAsAuthority" for ActsPursuantTo; "cites" for one it does not know.
func CiTO(f extract.Function) string {
	if name, ok := citoNames[f]; ok {
		return name
	}
	return "cites"
}
