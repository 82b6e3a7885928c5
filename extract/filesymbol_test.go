package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// fileSymbolReference is what fileSymbolIn finds, as fileSymbolRE finds
// it.
func fileSymbolReference(s string) (number, year string, ok bool) {
	m := fileSymbolRE.FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

var fileSymbolSamples = []string{
	"S_RES_0678_1990_EN_GOLD.txt", "S-RES-678(1990).pdf.txt", "S_RES_678_1990.txt", "s res 12 1999", "xS_RES_1_1990", "aS_RES_1_1990",
	"S_RES_0000_1990", "S_RES_12345_1990", "S_RES_1234_19901", "S_RES_1_ (1990)", "S_RES_1 \t_(2001)x", "S_RES_1__1990", "S_RES_1990",
	"S_RES_19901", "S_RES_0019901990", "S_RES_1(1990", "S_RES_1_1990)", "1S_RES_1_1990", "S_S_RES_1_1990", "S_RES_S_RES_2_2001",
	"S_ReS_10_2010.html", "S_RES_10_2110", "S_RES_10_1890", "", "S", "S_RES_", "S_RES_0", "S_RES_00", "S_RES_1_19", "S_RES_-1990",
}

// TestFileSymbolAsPattern holds fileSymbolIn to fileSymbolRE on the
// names of the corpora's files, made names and 50,000 names of the
// pattern's pieces run together at random.
func TestFileSymbolAsPattern(t *testing.T) {
	samples := append([]string{}, fileSymbolSamples...)
	for _, f := range corpusFiles() {
		samples = append(samples, filepath.Base(f))
	}
	if _, err := os.Stat(devCorpus); err == nil && len(samples) < 300 {
		t.Fatalf("only %d names", len(samples))
	}
	rng := rand.New(rand.NewSource(1990))
	pieces := []string{"S", "s", "_", " ", "-", "RES", "res", "ReS", "0", "00", "1", "9", "19", "20", "(", ")", "\t", "\v", "x", "1990", "2020", "678", "12345", "/", ".", "S_RES_", "s-res-"}
	for range 50000 {
		samples = append(samples, drawnPieces(rng, pieces, 10))
	}
	for _, s := range samples {
		checkFileSymbol(t, s)
	}
}

// checkFileSymbol holds fileSymbolIn to the pattern on s, a name of
// ASCII bytes (the only names it reads).
func checkFileSymbol(t *testing.T, s string) {
	t.Helper()
	if !isASCII(s) {
		return
	}
	n, y, ok := fileSymbolIn(s)
	wn, wy, wok := fileSymbolReference(s)
	if n != wn || y != wy || ok != wok {
		t.Fatalf("fileSymbolIn(%q) = %q, %q, %v, want %q, %q, %v", s, n, y, ok, wn, wy, wok)
	}
}

func FuzzFileSymbolAsPattern(f *testing.F) {
	for _, s := range fileSymbolSamples {
		f.Add(s)
	}
	f.Fuzz(checkFileSymbol)
}
