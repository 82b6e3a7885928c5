package lineage

import (
	"bufio"
	"flag"
	"os"
	"testing"

	"github.com/knakk/rdf"
	"github.com/sckg/sckg/ontology"
)

var dumpTo = flag.String("lineage.dump", "", "file")

func BenchmarkDump(b *testing.B) {
	pairs := Series(trimmedCorpus(b))
	f, _ := os.Create(*dumpTo)
	w := bufio.NewWriter(f)
	enc := rdf.NewQuadEncoder(w, rdf.NQuads)
	for _, q := range Quads(ontology.NewMinter(""), pairs) {
		enc.Encode(q)
	}
	enc.Close()
	w.Flush()
	f.Close()
}
