package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// coMentionsReference is coMentions as it was before it counted pairs by
// number (issue 13): a map of pairs of keys, sorted at the end.
func coMentionsReference(d *Document) []CoMention {
	type paragraphActor struct {
		paragraph int
		actor     string
	}
	named := make([]paragraphActor, 0, len(d.Mentions))
	order := map[*Paragraph]int{}
	for _, m := range d.Mentions {
		k, seen := order[m.Paragraph]
		if !seen {
			k = len(order)
			order[m.Paragraph] = k
		}
		named = append(named, paragraphActor{k, m.Actor})
	}
	slices.SortFunc(named, func(a, b paragraphActor) int {
		if a.paragraph != b.paragraph {
			return a.paragraph - b.paragraph
		}
		return strings.Compare(a.actor, b.actor)
	})
	named = slices.Compact(named)
	counts := map[[2]string]int{}
	for len(named) > 0 {
		n := 1
		for n < len(named) && named[n].paragraph == named[0].paragraph {
			n++
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				counts[[2]string{named[i].actor, named[j].actor}]++
			}
		}
		named = named[n:]
	}
	out := make([]CoMention, 0, len(counts))
	for k, n := range counts {
		out = append(out, CoMention{k[0], k[1], n})
	}
	slices.SortFunc(out, func(a, b CoMention) int {
		if c := strings.Compare(a.A, b.A); c != 0 {
			return c
		}
		return strings.Compare(a.B, b.B)
	})
	return out
}

func coMentionsAgree(t *testing.T, name string, d *Document) {
	t.Helper()
	got, want := coMentions(d, new(arenaBuffers[CoMention])), coMentionsReference(d)
	if !reflect.DeepEqual(got, want) || (got == nil) != (want == nil) {
		t.Errorf("%s: coMentions = %v, want %v", name, got, want)
	}
}

// TestCoMentionsAsReference compares coMentions with coMentionsReference
// on every document of the seeds, the fixtures and the development set,
// and on random mentions.
func TestCoMentionsAsReference(t *testing.T) {
	docs := 0
	for _, f := range corpusFiles() {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // a directory
		}
		s, _, err := defaultExtractor.File(filepath.Base(f), string(b))
		if err != nil {
			continue
		}
		for _, d := range s.Documents {
			coMentionsAgree(t, f, d)
			docs++
		}
	}
	if docs < 100 {
		t.Errorf("only %d documents read", docs)
	}
	r := rand.New(rand.NewPCG(1, 2))
	keys := []string{"minusma", "state/FRA", "state/MLI", "au", "ecowas", "un", "state/USA", "misad"}
	for range 2000 {
		d := &Document{}
		for range r.IntN(6) {
			p := &Paragraph{}
			for range r.IntN(8) {
				d.Mentions = append(d.Mentions, &Mention{Actor: keys[r.IntN(r.IntN(len(keys))+1)], Paragraph: p})
			}
		}
		coMentionsAgree(t, "random", d)
	}
}

// TestNumberActorsPastLookThrough gives numberActors more actors than it
// looks through for ones already seen, in runs and repeated, with one
// scratch from document to document as the pool lends it: the actors
// come sorted, once each, and each mention's number is its actor's.
func TestNumberActorsPastLookThrough(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var scratch coMentionCounts
	for _, distinct := range []int{1, maxActorsLookedThrough, maxActorsLookedThrough + 1, 3 * maxActorsLookedThrough, 2, maxActorsLookedThrough + 1} {
		var ms []*Mention
		var want []string
		for range 5 * distinct {
			a := string(rune('A'+r.IntN(distinct)/26)) + string(rune('a'+r.IntN(distinct)%26))
			ms = append(ms, &Mention{Actor: a})
			want = append(want, a)
		}
		slices.Sort(want)
		want = slices.Compact(want)
		actors, number := scratch.numberActors(ms)
		if !slices.Equal(actors, want) {
			t.Errorf("%d actors: got %v, want %v", distinct, actors, want)
		}
		for i, m := range ms {
			if actors[number[i]] != m.Actor {
				t.Errorf("%d actors: mention %d of %q numbered %d (%q)", distinct, i, m.Actor, number[i], actors[number[i]])
				break
			}
		}
	}
}
