package symbol

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

// devCorpus holds every third resolution of 1946-1994, named by number
// and year.
const devCorpus = "../../../shared/corpus/crunsc-dev"

// TestFirstOfYearFromDevNames holds the table's ranges for 1946-1994 to
// what the development set's file names prove: the first resolution of a
// year comes after every resolution of the years before and is no later
// than the year's lowest number.
func TestFirstOfYearFromDevNames(t *testing.T) {
	entries, err := os.ReadDir(devCorpus)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the development corpus is missing: %v", err)
		}
		t.Skipf("no development corpus: %v", err)
	}
	name := regexp.MustCompile(`^S_RES_(\d+)_(\d{4})_`)
	lowest, highest := map[int]int{}, map[int]int{}
	for _, e := range entries {
		m := name.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		if !ResolutionFitsYear(m[1], m[2]) {
			t.Errorf("%s: resolution %d does not fit %d", e.Name(), n, y)
		}
		if l, ok := lowest[y]; !ok || n < l {
			lowest[y] = n
		}
		highest[y] = max(highest[y], n)
	}
	before := 0 // the highest number of the years before
	for y := 1946; y <= 1994; y++ {
		r := firstOfYear[y-firstYear]
		want := struct{ lo, hi int }{before + 1, 0}
		if l, ok := lowest[y]; ok {
			want.hi = l
		} else {
			want.hi = lowest[y+1] // a year the set has no resolution of
		}
		if y == 1946 {
			want = struct{ lo, hi int }{1, 1}
		}
		if r != want {
			t.Errorf("firstOfYear of %d = %v, the file names prove %v", y, r, want)
		}
		before = max(before, highest[y])
	}
}

// TestFirstOfYearOrdered: each year's range is after the last's, and the
// years of the sanctions regimes (read by extract) fit theirs.
func TestFirstOfYearOrdered(t *testing.T) {
	for i := 1; i < len(firstOfYear); i++ {
		if a, b := firstOfYear[i-1], firstOfYear[i]; a.lo > a.hi || b.lo < a.lo || b.hi < a.hi {
			t.Errorf("firstOfYear of %d = %v after %v", firstYear+i, b, a)
		}
	}
	for num, year := range map[string]string{
		"751": "1992", "1267": "1999", "1373": "2001", "1518": "2003", "1521": "2003",
		"1533": "2004", "1540": "2004", "1572": "2004", "1591": "2005", "1636": "2005",
		"1718": "2006", "1737": "2006", "1970": "2011", "1988": "2011", "1989": "2011",
		"2048": "2012", "2127": "2013", "2140": "2014", "2206": "2015", "2231": "2015",
		"2253": "2015", "2374": "2017", "2653": "2022",
		// and the resolutions the seeds cite
		"2100": "2013", "2164": "2014", "2227": "2015", "2295": "2016", "2364": "2017",
		"2423": "2018", "2480": "2019", "2531": "2020", "2584": "2021", "2250": "2015",
		"2419": "2018", "2535": "2020", "1325": "2000",
	} {
		if !ResolutionFitsYear(num, year) {
			from, to, _ := ResolutionNumbers(year)
			t.Errorf("resolution %s (%s) does not fit %d-%d", num, year, from, to)
		}
	}
}

func TestResolutionFitsYear(t *testing.T) {
	for _, c := range []struct {
		num, year string
		fits      bool
	}{
		{"804", "1993", true},
		{"84", "1993", false},   // a digit lost
		{"20", "1982", false},   // 520 (1982)
		{"8040", "1993", false}, // a digit more
		{"242", "1976", false},  // the year of another citation
		{"1", "1946", true},
		{"15", "1946", true},
		{"3000", "2031", true}, // past the table: no upper end
		{"100", "2031", false},
		{"5", "1945", false},
		{"242", "XXII", true}, // a session, not a year: no business of this check
		{"70/1", "2015", true},
	} {
		if got := ResolutionFitsYear(c.num, c.year); got != c.fits {
			t.Errorf("ResolutionFitsYear(%q, %q) = %v, want %v", c.num, c.year, got, c.fits)
		}
	}
}

func TestYearsOfNumber(t *testing.T) {
	for _, c := range []struct {
		num         string
		first, last int
		ok          bool
	}{
		{"84", 1950, 1950, true},
		{"804", 1993, 1993, true},
		{"2242", 2015, 2015, true},
		{"1", 1946, 1946, true},
		{"800", 1992, 1993, true}, // the table cannot tell
		{"9999", 0, 0, false},
		{"0", 0, 0, false},
		{"7a", 0, 0, false},
	} {
		first, last, ok := YearsOfNumber(c.num)
		if ok != c.ok || ok && (first != c.first || last != c.last) {
			t.Errorf("YearsOfNumber(%q) = %d, %d, %v; want %d, %d, %v", c.num, first, last, ok, c.first, c.last, c.ok)
		}
	}
}
