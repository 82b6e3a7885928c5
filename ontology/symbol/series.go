package symbol

// The Security Council numbers its resolutions in one series, from
// resolution 1 of 25 January 1946 on, whatever the year: the year a
// symbol prints fixes the range its number can be in. A citation whose
// number the year cannot hold ("84 (1993)", OCR's loss of a digit of 804)
// names no resolution that exists.
//
// firstOfYear[i] is the range the number of the first resolution of year
// 1946+i lies in. For 1946-1994 each range is read from the file names of
// the development set (../shared/corpus/crunsc-dev, every third
// resolution of the period): it runs from one past the highest number of
// the years before to the lowest number of the year, so it holds the
// true first number. For 1995 on, the ranges are the Council's record as
// far as sckg's authors knew it (the last resolutions of December and the
// first of January), widened by a few numbers on each side where they
// were not sure; the years of the sanctions regimes (extract's
// regimeYears) agree with them. Where a range is wide it costs nothing:
// the misprints it is there to catch move a number by tens or hundreds.
var firstOfYear = [...]struct{ lo, hi int }{
	{1, 1},       // 1946
	{16, 18},     // 1947
	{37, 39},     // 1948
	{67, 69},     // 1949
	{79, 81},     // 1950
	{88, 90},     // 1951
	{97, 99},     // 1952 (no resolution of 1952 in the development set)
	{97, 99},     // 1953
	{103, 105},   // 1954
	{106, 108},   // 1955
	{109, 111},   // 1956
	{121, 123},   // 1957
	{127, 129},   // 1958
	{130, 132},   // 1959
	{133, 135},   // 1960
	{160, 162},   // 1961
	{169, 171},   // 1962
	{178, 180},   // 1963
	{184, 186},   // 1964
	{199, 201},   // 1965
	{220, 222},   // 1966
	{232, 234},   // 1967
	{244, 246},   // 1968
	{262, 264},   // 1969
	{274, 276},   // 1970
	{292, 294},   // 1971
	{307, 309},   // 1972
	{325, 327},   // 1973
	{343, 345},   // 1974
	{367, 369},   // 1975
	{385, 387},   // 1976
	{403, 405},   // 1977
	{421, 423},   // 1978
	{442, 444},   // 1979
	{460, 462},   // 1980
	{484, 486},   // 1981
	{499, 501},   // 1982
	{529, 531},   // 1983
	{544, 546},   // 1984
	{559, 561},   // 1985
	{580, 582},   // 1986
	{592, 594},   // 1987
	{607, 609},   // 1988
	{625, 627},   // 1989
	{646, 648},   // 1990
	{682, 684},   // 1991
	{724, 726},   // 1992
	{799, 801},   // 1993
	{892, 894},   // 1994
	{965, 975},   // 1995
	{1030, 1040}, // 1996
	{1088, 1097}, // 1997
	{1142, 1152}, // 1998
	{1215, 1226}, // 1999
	{1280, 1291}, // 2000
	{1330, 1340}, // 2001
	{1383, 1392}, // 2002
	{1450, 1460}, // 2003
	{1518, 1527}, // 2004
	{1577, 1586}, // 2005
	{1648, 1657}, // 2006
	{1735, 1744}, // 2007
	{1790, 1800}, // 2008
	{1855, 1865}, // 2009
	{1904, 1913}, // 2010
	{1963, 1972}, // 2011
	{2028, 2038}, // 2012
	{2082, 2091}, // 2013
	{2129, 2138}, // 2014
	{2192, 2201}, // 2015
	{2255, 2265}, // 2016
	{2333, 2342}, // 2017
	{2395, 2404}, // 2018
	{2448, 2457}, // 2019
	{2500, 2509}, // 2020
	{2557, 2566}, // 2021
	{2614, 2623}, // 2022
	{2668, 2676}, // 2023
	{2717, 2726}, // 2024
	{2762, 2772}, // 2025
}

// yearMargin widens every range by a few numbers more, for a slip in the
// table itself.
const yearMargin = 3

// firstYear is the year of resolution 1.
const firstYear = 1946

// ResolutionNumbers is the range of numbers the Council's resolutions of
// year can bear, ends included: from the least first number of the year
// to one short of the greatest first number of the next, each a margin
// wider. A year past the table has no upper end (to is 0); a year before
// 1946, or one that is not four digits, has no range (ok is false).
func ResolutionNumbers(year string) (from, to int, ok bool) {
	y, ok := smallNumber(year)
	if !ok || len(year) != 4 || y < firstYear {
		return 0, 0, false
	}
	from, to = numbersOf(y)
	return from, to, true
}

// numbersOf is ResolutionNumbers of a year from 1946 on.
func numbersOf(y int) (from, to int) {
	i := y - firstYear
	if i >= len(firstOfYear) {
		return firstOfYear[len(firstOfYear)-1].lo - yearMargin, 0
	}
	from = max(firstOfYear[i].lo-yearMargin, 1)
	if i+1 < len(firstOfYear) {
		to = firstOfYear[i+1].hi - 1 + yearMargin
	}
	return from, to
}

// ResolutionFitsYear reports whether a Security Council resolution
// numbered num can be of year: false only when the year is one the
// Council adopted resolutions in and the number is outside their range,
// or the year is before the first. A number or year that is not digits
// is no business of this check: it reports true.
func ResolutionFitsYear(num, year string) bool {
	n, ok := smallNumber(num)
	if !ok || len(year) != 4 {
		return true
	}
	y, ok := smallNumber(year)
	if !ok {
		return true
	}
	if y < firstYear {
		return false
	}
	from, to := numbersOf(y)
	return n >= from && (to == 0 || n <= to)
}

// smallNumber reads s, one to six ASCII digits.
func smallNumber(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// YearsOfNumber is the years whose range (ResolutionNumbers) holds a
// Council resolution numbered num, first and last: one year, or two where
// the table cannot tell a December's numbers from the next January's;
// ok is false for a number that is not digits or is past the table.
func YearsOfNumber(num string) (first, last int, ok bool) {
	n, ok := smallNumber(num)
	if !ok || n == 0 {
		return 0, 0, false
	}
	for i := range firstOfYear {
		from, to := numbersOf(firstYear + i)
		if n < from || to != 0 && n > to {
			continue
		}
		if first == 0 {
			first = firstYear + i
		}
		last = firstYear + i
	}
	return first, last, first != 0 && last < firstYear+len(firstOfYear)-1
}
