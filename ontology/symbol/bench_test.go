package symbol

import "testing"

// BenchmarkParse reads symbols in the forms extraction hands Parse most:
// a resolution's in its normal form, as a citation's target holds it,
// and as texts print it.
func BenchmarkParse(b *testing.B) {
	in := []string{"S/RES/2531(2020)", "S/RES/678(1990)", "S/RES/2100 (2013)", "resolution 2531 (2020)", "S/2020/476", "S/PRST/2018/10"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range in {
			Parse(s)
		}
	}
}
