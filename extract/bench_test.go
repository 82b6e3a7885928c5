package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFile measures extraction throughput on each seed layout. Read the
// figures as ratios between layouts (or against BenchmarkReadOnly, the cost
// of checking and decoding the same bytes) measured in one run: these
// machines are shared and noisy.
func BenchmarkFile(b *testing.B) {
	for _, name := range []string{"000_e1b7d92fa5d83019.txt", "001_3151c5fdb0f5a467.txt", "002_94fc391085a7c37b.txt", "003_dc312c14345eaef4.txt"} {
		data, err := os.ReadFile(filepath.Join(seeds, name))
		if err != nil {
			b.Fatal(err)
		}
		src := string(data)
		b.Run(name[:3], func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, _, err := defaultExtractor.File(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkReadOnly(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(seeds, "001_3151c5fdb0f5a467.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := DecodeText("x", data); err != nil {
			b.Fatal(err)
		}
	}
}
