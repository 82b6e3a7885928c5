#!/bin/sh
# The scale bench (issue 13): builds generated corpora of 1x and 10x the
# development set and reports each figure with its baseline measured in
# the same run, on the same machine, as a ratio. Not run in CI (it takes
# minutes); run it by hand from the repository's root:
#
#   sh internal/bench/run.sh [SIZE...]      (default: 299 2990 documents)
#
# Needs /usr/bin/time (GNU time) and rapper (Debian's raptor2-utils);
# DEV names the development texts (default ../shared/corpus/crunsc-dev).
set -eu
DEV=${DEV:-../shared/corpus/crunsc-dev}
SIZES=${*:-299 2990}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
go build -o "$work/sckg" ./cmd/sckg
go build -o "$work/baseline" ./internal/bench/baseline
go build -o "$work/corpusgen" ./internal/corpusgen

# seconds and peak resident kilobytes of a command, from GNU time. Call it
# as m=$(measure ...): set -e stops the bench at a failed assignment, with
# the command's errors shown, where set -- $(measure ...) went on without
# its figures.
measure() {
	/usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
	cat "$work/time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

for n in $SIZES; do
	corpus="$work/c$n"
	"$work/corpusgen" -n "$n" -out "$corpus" -from "$DEV"
	mb=$(du -sb "$corpus" | awk '{ printf "%.2f", $1 / 1e6 }')
	read_mbs=$("$work/baseline" read "$corpus" | awk '{ print $2 }')

	m=$(measure "$work/sckg" build "$corpus" --quiet --out "$work/g.nt")
	set -- $m
	build_s=$1 build_kb=$2
	triples=$(sed -n 's/.* \([0-9][0-9]*\) triples written.*/\1/p' "$work/err")
	"$work/sckg" build "$corpus" --quiet --out "$work/g.nq" 2>/dev/null
	quads=$(wc -l <"$work/g.nq")
	m=$(measure "$work/sckg" build "$corpus" --quiet --out "$work/g2.nt" --store "$work/db")
	set -- $m
	store_s=$1 store_kb=$2
	rm -rf "$work/db"

	extract_mbs=$(awk -v m="$mb" -v s="$build_s" 'BEGIN { printf "%.2f", m / s }')
	triples_s=$(awk -v t="$triples" -v s="$build_s" 'BEGIN { printf "%.0f", t / s }')
	load_s=$(awk -v a="$store_s" -v b="$build_s" 'BEGIN { d = a - b; if (d < 0.01) d = 0.01; print d }')
	loaded_s=$(awk -v q="$quads" -v s="$load_s" 'BEGIN { printf "%.0f", q / s }')
	cayley=$("$work/baseline" cayley "$work/g.nq" | awk '{ print $2 }')
	turtle=$("$work/baseline" turtle "$work/g.nt" | awk '{ print $2 }')
	m=$(measure rapper -q -i ntriples -o turtle "$work/g.nt")
	set -- $m
	rapper_s=$(awk -v t="$triples" -v s="$1" 'BEGIN { printf "%.0f", t / s }')

	echo "== $n documents, $mb MB, $triples triples, $quads quads (jobs: $(nproc) cores)"
	echo "build (extraction, graph, N-Triples file): $build_s s, $extract_mbs MB/s; read-only decoding $read_mbs MB/s; ratio $(ratio "$extract_mbs" "$read_mbs")"
	echo "triples written per second of the build: $triples_s"
	echo "store load (bolt, the build with --store less the build without): $loaded_s quads/s; Cayley's loader $cayley quads/s; ratio $(ratio "$loaded_s" "$cayley")"
	echo "Turtle writer: $turtle triples/s; rapper -o turtle $rapper_s triples/s; ratio $(ratio "$turtle" "$rapper_s")"
	echo "peak RSS: build $((build_kb / 1024)) MB, build with --store $((store_kb / 1024)) MB"
	echo "$n $build_kb $store_kb" >>"$work/rss"
	rm -rf "$corpus" "$work"/g*.n*
done
if [ "$(wc -l <"$work/rss")" -ge 2 ]; then
	awk 'NR == 1 { n = $1; b = $2; s = $3 } END { printf "peak RSS, %d documents against %d: build x%.2f, build with --store x%.2f\n", $1, n, $2 / b, $3 / s }' "$work/rss"
fi
