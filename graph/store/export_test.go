package store

// PGScanGraphs lets the external tests choose how a PostgreSQL store reads
// the graphs it replaces.
var PGScanGraphs = &pgScanGraphs
