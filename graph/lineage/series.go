package lineage

import (
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/sckg/sckg/extract"
)

// MinSeriesScore is the least share of text (Pair.Score) for which a
// resolution continues an earlier one. Renewals of one mandate share most
// of their words (0.6 to 0.97 in the development set: UNFICYP, UNDOF,
// UNIFIL); resolutions on different questions share Council boilerplate
// ("Decides to remain seized of the matter") and score below 0.15.
const MinSeriesScore = 0.3

// nearBest: among the earlier resolutions a text shares nearly as much
// with as with the best, the latest is its predecessor. A renewal
// continues the last one even when, by chance of wording, an older one
// scores a little higher.
const nearBest = 0.8

// maxCandidates bounds the earlier resolutions aligned with each one, the
// best by MinHash estimate (the ones it cites are aligned as well).
const maxCandidates = 6

// The signature has bands × rows minima. With bands of two, two texts
// whose 3-word shingles are a fifth shared (renewals a few years apart,
// which rewrite most of the preamble) meet in some band with probability
// 0.92, texts sharing a twentieth (Council boilerplate) with 0.15; only
// the best few that meet are aligned, so the loose bands cost estimates,
// not alignments.
const (
	bands = 63
	rows  = 2
)

var resolutionNumber = regexp.MustCompile(`^S/RES/(\d+)\(`)

type doc struct {
	k     *kept
	num   int // resolution number, 0 for a draft
	sig   []uint64
	words *textWords
	// res is the doc's place among the resolutions compared, -1 for a
	// draft.
	res int
}

// prepared keeps the paragraphs of the documents aligned last, ready for
// comparison: a paragraph's word pairs and sorted words take three times
// the memory of its numbered words, which every text keeps, so the whole
// record's are never held at once. A resolution is
// aligned with a few earlier ones, mostly of its own series, so the
// recent ones are asked for again soon.
type prepared struct {
	rooms map[*doc]*paraRoom
	order []*doc  // oldest first
	seen  gramSet // appendBigrams' scratch
	// letGo is the rooms of the texts let go while a resolution is
	// aligned, whose pairs may still read them; free, those that the
	// next texts prepared may have (reuse).
	letGo, free []*paraRoom
}

// keepPrepared is how many documents' paragraphs stay prepared, in each
// goroutine of predecessors. With 64, preparing again the texts the
// cache had dropped was a sixth of SeriesOf; 128 halves the bytes
// prepared again at no peak RSS a build could measure (the soft memory
// limit holds a 2990-text build at ~98 MB either way).
const keepPrepared = 128

// keepFree bounds the rooms a cache keeps free for the texts it prepares
// next.
const keepFree = 16

func newPrepared() *prepared {
	return &prepared{rooms: map[*doc]*paraRoom{}}
}

func (c *prepared) of(x *doc) []*para {
	if r, ok := c.rooms[x]; ok {
		return r.ptrs
	}
	if len(c.order) == keepPrepared {
		c.letGo = append(c.letGo, c.rooms[c.order[0]])
		delete(c.rooms, c.order[0])
		c.order = c.order[1:]
	}
	r := c.freeRoom(len(x.words.ids))
	paragraphs(x.k.paras, x.words, &c.seen, r)
	c.rooms[x] = r
	c.order = append(c.order, x)
	return r.ptrs
}

// freeRoom is a free room for a text of words words, when one fits it
// without holding much more than it needs (rooms would otherwise grow
// to the longest text's), or a new one.
func (c *prepared) freeRoom(words int) *paraRoom {
	for i, r := range c.free {
		if n := cap(r.grams); n >= words && n <= 2*words+1024 {
			c.free = slices.Delete(c.free, i, i+1)
			return r
		}
	}
	return &paraRoom{}
}

// reuse makes the rooms of the texts let go free, once the pairs aligned
// since the last reuse are made or dropped, and al forgets the
// paragraphs it indexed, whose room may now be another text's.
func (c *prepared) reuse(al *aligner) {
	c.free = append(c.free, c.letGo...)
	clear(c.letGo)
	c.letGo = c.letGo[:0]
	if extra := len(c.free) - keepFree; extra > 0 {
		clear(c.free[:extra])
		c.free = slices.Delete(c.free, 0, extra)
	}
	al.indexed = nil
}

// Series aligns the documents of a build that are versions of one another:
// each draft with the resolution a vote says it became, and each
// resolution with its predecessor in its series. Only resolutions and
// drafts are compared, each with documents in its own language; a
// document found in several files is compared once. The pairs come sorted
// by the later document, then the earlier.
func Series(sources []*extract.Source) []*Pair {
	var texts []*Text
	for _, src := range sources {
		for _, d := range src.Documents {
			if k := keepOf(d); k != nil {
				k.full = d
				texts = append(texts, &Text{kept: k})
			}
		}
	}
	return SeriesOf(texts)
}

// A Text is a document as Series reads it, with what can be made of it
// alone, where it was read: its words, numbered, and its MinHash
// signature, on the cores that read the build's files, not one after
// another when they are all read.
type Text struct {
	kept  *kept
	sig   []uint64   // nil until signed, and for a text Series signs none of
	words *textWords // nil until read
}

// Prepare keeps of d what Series reads (Trim), numbers its words in l and
// signs it; nil for a document Series has no use for. The texts one
// SeriesOf compares are best prepared in one Lexicon: a text of another
// is read again.
func (l *Lexicon) Prepare(d *extract.Document) *Text {
	k := keepOf(d)
	if k == nil {
		return nil
	}
	k.copyStrings()
	x := &Text{kept: k}
	if len(k.paras) == 0 {
		return x // a vote's report: Series reads only its vote
	}
	// d's paragraphs are k's, in order, with the same texts and nesting.
	x.words, x.sig = readWords(l, d, k.resolutionNum() > 0)
	return x
}

// resolutionNumOf is the number of the resolution of symbol, 0 for
// none.
func resolutionNumOf(symbol string) int {
	m := resolutionNumber.FindStringSubmatch(symbol)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// SeriesOf is Series of the documents of texts, in their order.
func SeriesOf(texts []*Text) []*Pair {
	toMake := SeriesToMake(texts)
	// Most documents are the later text of one pair and the earlier of
	// the next: each is made once.
	made := map[*kept]*extract.Document{}
	document := func(k *kept) *extract.Document {
		d, ok := made[k]
		if !ok {
			d = k.document()
			made[k] = d
		}
		return d
	}
	pairs := make([]*Pair, len(toMake))
	for i, p := range toMake {
		pairs[i] = p.make(document)
	}
	return pairs
}

// A PairToMake is a pair SeriesOf keeps, aligned, whose documents and
// links are made only when asked for (Make), from what its texts keep: a
// 2990-text build's pairs held 9 MB of documents and links from the
// moment they were aligned until their quads were written (issue 13).
type PairToMake struct {
	old, new *kept // not their docs, whose words are let go once aligned
	basis    Basis
	score    float64
	links    []linkPlan
}

// Make is the pair, with documents of its own, made again from what its
// texts keep: a caller that writes a pair at a time holds a pair's
// documents only as long as it needs them.
func (p *PairToMake) Make() *Pair {
	return p.make((*kept).document)
}

// make is the pair, with the documents that document gives.
func (p *PairToMake) make(document func(*kept) *extract.Document) *Pair {
	pair := &Pair{Old: document(p.old), New: document(p.new), Basis: p.basis, Score: p.score}
	pair.linkAs(p.links)
	return pair
}

// toMake keeps of p, which align left unlinked, what makes it again.
func toMake(p *Pair, old, new *doc) *PairToMake {
	return &PairToMake{old: old.k, new: new.k, basis: p.Basis, score: p.Score, links: p.unlinked.plan()}
}

// SeriesToMake is SeriesOf with the pairs' documents and links left to be
// made, in the same order.
func SeriesToMake(texts []*Text) []*PairToMake {
	byID := map[string]*doc{}
	var ids []string
	var votes [][2]string // draft and resolution
	for _, t := range texts {
		k := t.kept
		if k.draft != "" {
			votes = append(votes, [2]string{k.draft, k.result})
		}
		if len(k.paras) == 0 { // not a resolution or draft compared
			continue
		}
		id := k.id()
		if old, ok := byID[id]; ok && len(old.k.paras) >= len(k.paras) {
			continue // the fuller copy of a text printed twice
		}
		if _, ok := byID[id]; !ok {
			ids = append(ids, id)
		}
		byID[id] = &doc{k: k, num: k.resolutionNum(), sig: t.sig, words: t.words}
	}
	lex := commonLexicon(texts)
	for _, id := range ids {
		if x := byID[id]; x.words == nil || x.words.lex != lex {
			sig := x.sig
			x.words, x.sig = readWords(lex, x.k.document(), x.num > 0 && sig == nil)
			if sig != nil {
				x.sig = sig
			}
		}
	}
	sort.Strings(ids)
	cache := newPrepared()
	al := &aligner{lex: lex}

	var pairs []*PairToMake
	seen := map[[2]string]bool{}
	for _, key := range votes {
		a, b := byID[key[0]], byID[key[1]]
		if a == nil || b == nil || seen[key] || a.k.language != b.k.language {
			continue
		}
		seen[key] = true
		p := align(al, cache.of(a), cache.of(b), nil, nil, FromDraft)
		pairs = append(pairs, toMake(p, a, b))
		cache.reuse(al)
	}

	var res []*doc
	for _, id := range ids {
		x := byID[id]
		x.res = -1
		if x.num > 0 {
			x.res = len(res)
			res = append(res, x)
		}
	}
	cands := allCandidates(res, byID)
	dropSignatures(res)
	for _, p := range predecessors(bySeries(res, cands), cands, lex) {
		if p != nil {
			pairs = append(pairs, p)
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].new.id() != pairs[j].new.id() {
			return pairs[i].new.id() < pairs[j].new.id()
		}
		return pairs[i].old.id() < pairs[j].old.id()
	})
	return pairs
}

// commonLexicon is the Lexicon of the first text read in one, or a new
// one when none is.
func commonLexicon(texts []*Text) *Lexicon {
	for _, t := range texts {
		if t.words != nil {
			return t.words.lex
		}
	}
	return NewLexicon()
}

// bySeries orders the resolutions for alignment so that the documents
// aligned with one were mostly prepared a moment before, for the one
// before it: each resolution hangs under its first candidate, the one its
// signature says it shares most with (mostly the one before it in its
// series, always an earlier number), and the trees are walked depth
// first, so that a series comes in a run. Which pairs are chosen does not
// depend on the order; how often a text is prepared again does.
func bySeries(res []*doc, cands map[*doc][]*doc) []*doc {
	children := map[*doc][]*doc{}
	var roots []*doc
	for _, b := range res {
		if cs := cands[b]; len(cs) > 0 {
			children[cs[0]] = append(children[cs[0]], b)
		} else {
			roots = append(roots, b)
		}
	}
	out := make([]*doc, 0, len(res))
	var stack []*doc
	for _, r := range roots {
		stack = append(stack[:0], r)
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			out = append(out, x)
			cs := children[x]
			for i := len(cs) - 1; i >= 0; i-- { // the first child next
				stack = append(stack, cs[i])
			}
		}
	}
	return out
}

// buckets file each resolution under each of its bands: two documents
// are candidates when they share a bucket, which finds the pairs that
// share much text without comparing every document with every other.
// A bucket is a number, and its resolutions one run of members, so that
// a search for candidates looks up none of its bands again.
type buckets struct {
	of      []int32 // the bucket of band j of resolution i at i*bands+j
	start   []int32 // where each bucket's run starts in members, and the last ends
	members []*doc  // each bucket's resolutions, in the order of res
}

func bucket(res []*doc) *buckets {
	bs := &buckets{of: make([]int32, len(res)*bands)}
	sizes := bucketBands(res, bs.of)
	bs.start = make([]int32, len(sizes)+1)
	for n, size := range sizes {
		bs.start[n+1] = bs.start[n] + size
	}
	next := sizes // where each bucket's next member goes
	copy(next, bs.start)
	bs.members = make([]*doc, len(bs.of))
	for i, x := range res {
		for band := range bands {
			n := bs.of[i*bands+band]
			bs.members[next[n]] = x
			next[n]++
		}
	}
	return bs
}

// bucketBands numbers the buckets of each band of res in of (at
// i*bands+band, as buckets.of) and returns each bucket's size. The bands
// are numbered on inRuns' goroutines, each band its own: two of them, as
// inRuns hands out seriesRun bands at a time. One after another they were
// a stretch of a build with one core at work.
// A bucket's number is its band's first plus its place in the band, so
// the numbers do not depend on which goroutine numbered which band.
func bucketBands(res []*doc, of []int32) (sizes []int32) {
	bandSizes := make([][]int32, bands)
	inRuns(bands, func() func(band int) {
		numbers := make(map[[rows]uint64]int32, len(res))
		return func(band int) {
			clear(numbers)
			var sizes []int32
			for i, x := range res {
				var k [rows]uint64
				copy(k[:], x.sig[band*rows:(band+1)*rows])
				n, ok := numbers[k]
				if !ok {
					n = int32(len(sizes))
					numbers[k] = n
					sizes = append(sizes, 0)
				}
				of[i*bands+band] = n
				sizes[n]++
			}
			bandSizes[band] = sizes
		}
	})
	first := make([]int32, bands)
	for band, bs := range bandSizes {
		first[band] = int32(len(sizes))
		sizes = append(sizes, bs...)
	}
	for i := range of {
		of[i] += first[i%bands]
	}
	return sizes
}

// sharing is the resolutions in the bucket of band of resolution i,
// itself among them.
func (bs *buckets) sharing(i, band int) []*doc {
	n := bs.of[i*bands+band]
	return bs.members[bs.start[n]:bs.start[n+1]]
}

// allCandidates are the candidates of each of res, found on up to
// maxSeriesWorkers cores, each search its own; with a few thousand
// resolutions, bands that Council boilerplate fills make the searches
// meet most of the record.
func allCandidates(res []*doc, byID map[string]*doc) map[*doc][]*doc {
	bs := bucket(res)
	found := make([][]*doc, len(res))
	inRuns(len(res), func() func(i int) {
		s := &search{bs: bs, byID: byID, metBy: make([]int32, len(res))}
		return func(i int) { found[i] = s.candidates(res[i]) }
	})
	cands := make(map[*doc][]*doc, len(res))
	for i, b := range res {
		cands[b] = found[i]
	}
	return cands
}

// dropSignatures lets the signatures of res go once their candidates are
// found, which is all they serve: 1 KB a resolution, some 3 MB of a
// 2990-text build's heap while its pairs are aligned (issue 13). The
// texts keep theirs, for a caller that compares them again.
func dropSignatures(res []*doc) {
	for _, x := range res {
		x.sig = nil
	}
}

// A search finds candidates, one resolution after another.
type search struct {
	bs   *buckets
	byID map[string]*doc
	// metBy is, by resolution, the last whose search met it, numbered
	// from 1: a band that Council boilerplate fills holds a share of the
	// whole record, and a set of its own for each search cost a map
	// write for each.
	metBy []int32
	found []estimated // candidates' scratch
}

// candidates are the earlier resolutions b may continue: those that share
// a bucket with b, the best few by MinHash estimate, and those b cites.
func (s *search) candidates(b *doc) []*doc {
	found := s.found[:0]
	search := int32(b.res + 1)
	for band := range bands {
		for _, a := range s.bs.sharing(b.res, band) {
			if a.num >= b.num || s.metBy[a.res] == search || a.k.language != b.k.language {
				continue
			}
			s.metBy[a.res] = search
			if otherMatter(a.k, b.k) {
				continue
			}
			found = append(found, estimated{a, estimate(a.sig, b.sig)})
		}
	}
	// Those whose estimate is near the best's come first, the latest
	// first: predecessor keeps the latest of the texts scoring near the
	// best, and a mandate renewed in the same words for years has more
	// old renewals estimated a little above the last one than
	// maxCandidates (UNDOF's of 1978–1988 left out its renewal of May
	// 1989 from the candidates of November's).
	top := 0.0
	for _, f := range found {
		top = max(top, f.j)
	}
	sort.Slice(found, func(i, j int) bool {
		if ni, nj := found[i].j >= nearBest*top, found[j].j >= nearBest*top; ni != nj {
			return ni
		} else if ni && found[i].x.num != found[j].x.num {
			return found[i].x.num > found[j].x.num
		}
		if found[i].j != found[j].j {
			return found[i].j > found[j].j
		}
		return found[i].x.num > found[j].x.num
	})
	var out []*doc
	for i, f := range found {
		if i == maxCandidates {
			break
		}
		out = append(out, f.x)
	}
	for _, target := range b.k.cites {
		a := s.byID[target]
		if a != nil && a.num > 0 && a.num < b.num && a.k.language == b.k.language && !slices.Contains(out, a) && !otherMatter(a.k, b.k) {
			out = append(out, a)
		}
	}
	clear(found)
	s.found = found[:0]
	return out
}

// estimated is a resolution a search met, with the share of text its
// signature estimates it shares with the one searched for.
type estimated struct {
	x *doc
	j float64
}

// enough tells whether a pair shares enough text for the later document to
// continue the earlier: MinSeriesScore, or half that when the later text
// cites the earlier, as renewals cite the resolutions they renew (UNIFIL's
// of 1980–1982 rewrote their preambles each time, sharing 0.16 to 0.35).
func enough(p *Pair, old, new *doc) bool {
	if p.Score >= MinSeriesScore {
		return true
	}
	if p.Score < MinSeriesScore/2 {
		return false
	}
	for _, target := range new.k.cites {
		if target == old.k.symbol {
			return true
		}
	}
	return false
}

// seriesRun is how many resolutions, one after another in the order of
// bySeries, a goroutine of predecessors takes at a time: a run mostly
// holds whole series, whose texts its cache then prepares once.
const seriesRun = 32

// maxSeriesWorkers bounds the goroutines of predecessors: each holds a
// cache of keepPrepared documents, and a build's memory must not grow
// with the cores of the machine.
const maxSeriesWorkers = 4

// predecessors finds the predecessor of each of res (nil for none), on
// up to maxSeriesWorkers cores: each resolution's alignments with its
// candidates are its own, and they were most of the time of a build's
// lineage. Each goroutine has its own cache and aligner, and takes runs
// of res in turn. Runs cut series, whose texts both sides of a cut then
// prepare: 8 % more preparations than one goroutine on 2990 texts, where
// the cache's misses alone prepare each text 2.8 times.
func predecessors(res []*doc, cands map[*doc][]*doc, lex *Lexicon) []*PairToMake {
	out := make([]*PairToMake, len(res))
	inRuns(len(res), func() func(i int) {
		cache := newPrepared()
		al := &aligner{lex: lex}
		return func(i int) {
			out[i] = predecessor(res[i], cands[res[i]], cache, al)
			cache.reuse(al)
		}
	})
	return out
}

// inRuns calls work(i) for each i below n on up to maxSeriesWorkers
// goroutines, each with a work of its own (its cache, its scratch), made
// by newWork; a goroutine takes seriesRun consecutive indexes at a time,
// so that it mostly sees whole series.
func inRuns(n int, newWork func() func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), maxSeriesWorkers, n/seriesRun+1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work := newWork()
			for {
				start := int(next.Add(seriesRun)) - seriesRun
				if start >= n {
					return
				}
				for i := start; i < min(start+seriesRun, n); i++ {
					work(i)
				}
			}
		}()
	}
	wg.Wait()
}

// predecessor aligns b with each candidate and keeps the latest of those
// that share nearly as much text with b as the best does, if the best
// shares enough.
func predecessor(b *doc, cands []*doc, cache *prepared, al *aligner) *PairToMake {
	var aligned []*Pair
	best := 0.0
	for _, a := range cands {
		p := align(al, cache.of(a), cache.of(b), nil, nil, InSeries)
		aligned = append(aligned, p)
		best = max(best, p.Score)
	}
	var pick *Pair
	var picked *doc
	for i, p := range aligned {
		if !enough(p, cands[i], b) {
			continue
		}
		if p.Score >= nearBest*best && (picked == nil || cands[i].num > picked.num) {
			pick, picked = p, cands[i]
		}
	}
	if pick == nil {
		return nil
	}
	return toMake(pick, picked, b)
}

// signature is the MinHash signature of the word 3-grams of a document's
// leaf paragraphs (readWords' leaf keys), one minimum per hash function
// (bands × rows of them); heads are the wordHead of each of leaves' keys.
// sc is scratch for the 3-grams' hashes.
func signature(leaves [][]string, heads [][]uint64, sc *shingleScratch) []uint64 {
	sc.shingles = appendShingles(sc.shingles[:0], leaves, heads)
	sc.shingles = distinctShingles(sc.shingles, &sc.seen)
	sig := new([bands * rows]uint64)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	lowerMinima(sig, sc.shingles)
	return sig[:]
}

// shingleScratch is what signature reuses from one text to the next.
type shingleScratch struct {
	shingles []uint64 // the hashes of a text's word 3-grams
	seen     gramSet  // distinctShingles' set
}

// appendShingles appends the hash of each word 3-gram of each of leaves
// (of its one or two words when it has fewer): FNV-1a of the three keys,
// each followed by a zero byte. heads are the hashes of each key so
// (wordHead), the start of each 3-gram's hash: FNV-1a's state after a
// word depends on the state before it, so only a 3-gram's first word
// can be hashed once and for all, the two after it in turn.
func appendShingles(dst []uint64, leaves [][]string, heads [][]uint64) []uint64 {
	for l, keys := range leaves {
		hs := heads[l][:len(keys)]
		for i := 0; i+2 < len(keys) || i == 0 && len(keys) > 0; i++ {
			x := hs[i]
			for k := i + 1; k < i+3 && k < len(keys); k++ {
				x = hashByte(hashString(x, keys[k]), 0)
			}
			dst = append(dst, x)
		}
	}
	return dst
}

// wordHead is the hash of a 3-gram's first word, key, as appendShingles
// hashes it.
func wordHead(key string) uint64 {
	return hashByte(hashString(fnvOffset, key), 0)
}

// distinctShingles keeps each hash of shingles once, in place: a
// resolution repeats about one 3-gram in seven ("the Security Council",
// "of the Secretary-General"), and each costs lowerMinima 126 mixes, a
// minimum the same for a hash met once or twice. A hash the set cannot
// hold (gramSet keeps g+1, so not ^0) is always kept: keeping a
// repeated hash only costs its mixes again.
func distinctShingles(shingles []uint64, seen *gramSet) []uint64 {
	seen.reset(len(shingles))
	out := shingles[:0]
	for _, x := range shingles {
		if x == ^uint64(0) || seen.add(x) {
			out = append(out, x)
		}
	}
	return out
}

// lowerMinima lowers each hash function's minimum in sig to the least of
// its hashes of shingles. The functions are 126 mixes of each shingle,
// most of a build's preparation of texts: eight functions at a time in
// the processor's AVX-512 registers where it has them, or else
// lowerMinimaGeneric.
// A minimum does not depend on the order its hashes come in, so either
// is the minimum of each shingle in turn.
func lowerMinima(sig *[bands * rows]uint64, shingles []uint64) {
	if hasAVX512 && len(shingles) > 0 {
		var padded [paddedFunctions]uint64
		copy(padded[:], sig[:])
		lowerMinimaAVX512(&padded, &paddedSeeds, shingles)
		copy(sig[:], padded[:])
		return
	}
	lowerMinimaGeneric(sig, shingles)
}

// paddedFunctions is the hash functions rounded up to eight, the lanes of
// an AVX-512 register: with AVX-512 (minima_amd64.s), eight functions mix
// a shingle at once, and signing 902 texts took 0.36x the CPU of the
// generic loop (VPMULLQ does eight of the multiplications that bound it).
const paddedFunctions = (bands*rows + 7) / 8 * 8

// paddedSeeds are seeds, padded to paddedFunctions.
var paddedSeeds = func() (out [paddedFunctions]uint64) {
	copy(out[:], seeds[:])
	return out
}()

// lowerMinimaGeneric is lowerMinima on any processor: eight shingles go
// through the functions at once (then four, then one), so that each
// minimum is read and written once for the eight, the eight mixes are
// independent work the processor overlaps, and min has no branch to
// mispredict where a minimum falls at random early in a text. Eight at a
// time took 0.8x the CPU of four on 902 texts; twelve, which spills
// registers, no less than eight.
func lowerMinimaGeneric(sig *[bands * rows]uint64, shingles []uint64) {
	for len(shingles) >= 8 {
		a, b, c, d := shingles[0], shingles[1], shingles[2], shingles[3]
		e, g, h, k := shingles[4], shingles[5], shingles[6], shingles[7]
		for f := range sig {
			s := seeds[f]
			sig[f] = min(sig[f], mix(a^s), mix(b^s), mix(c^s), mix(d^s), mix(e^s), mix(g^s), mix(h^s), mix(k^s))
		}
		shingles = shingles[8:]
	}
	for len(shingles) >= 4 {
		a, b, c, d := shingles[0], shingles[1], shingles[2], shingles[3]
		for f := range sig {
			s := seeds[f]
			sig[f] = min(sig[f], mix(a^s), mix(b^s), mix(c^s), mix(d^s))
		}
		shingles = shingles[4:]
	}
	for _, x := range shingles {
		for f := range sig {
			sig[f] = min(sig[f], mix(x^seeds[f]))
		}
	}
}

// estimate is the share of equal minima: an estimate of the Jaccard
// similarity of the two shingle sets.
func estimate(a, b []uint64) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// seeds make bands × rows hash functions of one: fixed, so that the same
// build always gives the same candidates.
var seeds = func() *[bands * rows]uint64 {
	out := new([bands * rows]uint64)
	x := uint64(0x5ccc_1234_abcd_9876)
	for i := range out {
		x = mix(x + 0x9e3779b97f4a7c15)
		out[i] = x
	}
	return out
}()

// mix is SplitMix64's finaliser: a cheap, well-spread hash of a word.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
