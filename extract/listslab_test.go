package extract

import "testing"

// TestListSlabListsApart holds listSlab to lists of their own: each is
// handed out empty with room for the length asked, an append within that
// room writes no other list, and an append past it makes a list apart.
func TestListSlabListsApart(t *testing.T) {
	var s listSlab[*int]
	values := make([]int, 2*maxListInBlock)
	var lists [][]*int
	for i, n := range []int{0, 1, 3, 64, 71, 1, maxListInBlock, maxListInBlock + 1, 5, 200, 300, 2} {
		l := s.list(n)
		if len(l) != 0 || cap(l) != n {
			t.Fatalf("list %d: len %d cap %d, want 0 and %d", i, len(l), cap(l), n)
		}
		for k := range n {
			l = append(l, &values[(i+k)%len(values)])
		}
		l = append(l, &values[0]) // past its room
		lists = append(lists, l)
	}
	for i, l := range lists {
		for k, p := range l[:len(l)-1] {
			if p != &values[(i+k)%len(values)] {
				t.Fatalf("list %d: pointer %d was overwritten", i, k)
			}
		}
	}
}
