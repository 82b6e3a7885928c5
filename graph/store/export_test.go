package store

// Internals that the external tests set.
var (
	// PGScanGraphs chooses how a PostgreSQL store reads the graphs it
	// replaces.
	PGScanGraphs = &pgScanGraphs
	// DeltaBatch is the number of changes written at once, small in tests
	// so that a small graph loads in several batches.
	DeltaBatch = &deltaBatch
	// AfterBatch is called after each batch of changes; an error from it
	// ends the load there.
	AfterBatch = &afterBatch
)
