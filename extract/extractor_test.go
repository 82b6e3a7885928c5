package extract

// defaultExtractor is what the tests read with: the default registry of
// actors, all cores. Made once, as a program makes one, so that the
// registry's names are indexed once for the whole test binary.
var defaultExtractor = New(nil, Options{})
