package viz

// Style is how edges of one citation type are drawn: a colour and a dash
// pattern, so that types stay apart when printed in black and white.
type Style struct {
	Type  string  `json:"type"`           // CiTO local name
	Label string  `json:"label"`          // for the legend
	Color string  `json:"color"`          // SVG colour
	Dash  string  `json:"dash,omitempty"` // SVG stroke-dasharray; "" for solid
	Width float64 `json:"width"`          // stroke width
	DOT   string  `json:"-"`              // Graphviz style attribute: solid, dashed, dotted, bold
}

// Types lists the citation types sckg assigns, strongest first: an edge
// with citations of several types is drawn as the first of them here.
var Types = []Style{
	{"citesAsAuthority", "cites as authority", "#b2182b", "", 2.4, "bold"},
	{"confirms", "confirms (reaffirming)", "#2166ac", "9 4", 1.8, "dashed"},
	{"obtainsBackgroundFrom", "background (recalling)", "#1b7837", "2 3", 1.8, "dotted"},
	{"supports", "supports (welcoming)", "#762a83", "9 3 2 3", 1.8, "dashed"},
	{"citesForInformation", "for information (taking note)", "#e08214", "5 5", 1.4, "dashed"},
	{"citesAsRelated", "related (referred to in)", "#35978f", "12 3 2 3 2 3", 1.4, "dashed"},
	{"cites", "cites (no verb says more)", "#404040", "", 1.0, "solid"},
}

// StyleOf returns the style of a citation type; unknown types are drawn
// as plain cites.
func StyleOf(typ string) Style {
	for _, s := range Types {
		if s.Type == typ {
			return s
		}
	}
	s := Types[len(Types)-1]
	s.Type, s.Label = typ, typ
	return s
}

// rank orders types strongest first; unknown types come last.
func rank(typ string) int {
	for i, s := range Types {
		if s.Type == typ {
			return i
		}
	}
	return len(Types)
}
