package extract

import (
	"strings"
)

// KindOfSymbol tells what kind of document a symbol names, as far as the
// symbol alone tells.
func KindOfSymbol(sym string) Kind {
	switch {
	case strings.HasPrefix(sym, "S/RES/"), strings.HasPrefix(sym, "A/RES/"):
		return KindResolution
	case strings.HasPrefix(sym, "S/PRST/"):
		return KindPresidentialStatement
	case strings.HasPrefix(sym, "S/PV."):
		return KindMeetingRecord
	}
	return KindUnknown
}
