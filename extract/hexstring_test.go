package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// TestHexStringAsEncodeToString holds stringSlab.hex to hex.EncodeToString
// on digests and their prefixes, as file and buildDocument use it, and
// each string kept to its value while the block fills up and is replaced.
func TestHexStringAsEncodeToString(t *testing.T) {
	var s stringSlab
	type kept struct{ got, want string }
	var all []kept
	for range stringBlockSize / 32 {
		for _, text := range []string{"", "a", "S/RES/2531 (2020)", "安全理事会"} {
			sum := sha256.Sum256([]byte(text))
			for n := 0; n <= len(sum); n++ {
				got, want := s.hex(sum[:n]), hex.EncodeToString(sum[:n])
				if got != want {
					t.Errorf("hex(%x) = %q, want %q", sum[:n], got, want)
				}
				all = append(all, kept{got, want})
			}
		}
	}
	for _, k := range all {
		if k.got != k.want {
			t.Fatalf("a kept string became %q, want %q", k.got, k.want)
		}
	}
}
