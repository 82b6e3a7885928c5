package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// TestHexStringAsEncodeToString holds hexString to hex.EncodeToString on
// digests and their prefixes, as file and buildDocument use it.
func TestHexStringAsEncodeToString(t *testing.T) {
	for _, text := range []string{"", "a", "S/RES/2531 (2020)", "安全理事会"} {
		sum := sha256.Sum256([]byte(text))
		for n := 0; n <= len(sum); n++ {
			if got, want := hexString(sum[:n]), hex.EncodeToString(sum[:n]); got != want {
				t.Errorf("hexString(%x) = %q, want %q", sum[:n], got, want)
			}
		}
	}
}
