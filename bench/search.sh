#!/usr/bin/env bash
# Search index cost, Stilas beside Pagefind (npm, pinned in package.json) on the same built site:
#   bash bench/search.sh [--pages N] [--runs R] [--pairs P] [--threads J] [--tmp DIR] [--build DIR]
#                        [--no-bytes] [--keep] [--instructions]
#       defaults: 10000 pages, 3 Pagefind runs, 3*R Stilas pairs, all cores, work folder under
#       /dev/shm (tmpfs: a slow disk would measure the disk), build folder build-bench (shared with
#       bench/run.sh)
# 1. Generates N pages (stilas_bench_generate) and, per round, alternating: a pair of Stilas
#    builds, stilas build --timings (with the index) and stilas build --no-search --timings
#    (without), each first in every other round, and Pagefind over the first build's HTML
#    (--output-subdir pagefind_idx), each timed to the ms with its peak memory (time_run() in
#    bench/lib.sh); Pagefind only in the last R rounds (it takes ~5x a Stilas build).
#    Medians of wall time, CPU time (user+sys) and peak memory (max RSS). Stilas's index cost is
#    the difference of the medians with and without the index, and the median of the differences
#    within a pair (steadier on a shared machine); its page analysis runs inside the parse phase,
#    so the "search" phase of --timings alone is not all of it: "search phase + (parse with −
#    parse without) + (render with − render without)" from --timings is the third estimate (the
#    render difference is noise unless the index is ever made beside rendering). Also as a share
#    of the full build, and as what it adds to the build without it (index cost / --no-search build).
#    The pairs' difference is also split into user time (Stilas's code) and system time (the
#    kernel's: files, page faults, zeroing fresh memory, which this VM's host makes costly).
#    Pagefind's figures are for indexing alone (the HTML is already built).
# 2. Size on disk: sok/indeks/ plus the engine's JS, against Pagefind's output folder (with and
#    without its UI bundles): bytes (du -sb), allocated KB (du -sk) and files.
# 3. Incremental: stilas build --cache DIR once, then per round (P rounds) 10 pages get a sentence
#    appended and the changed site is built back to back with the same --cache, cold (no cache)
#    and with --no-search, in an order that rotates from round to round: medians, the "search"
#    and "parse" phases, and the index's cost (median difference to the --no-search build of the
#    same round; from --timings, also the load phase's difference: blob ids key the cache).
#    Pagefind has no incremental mode: it is run again on the changed site.
# 4. Bytes fetched for typical queries, both engines in Chromium (bench/search_bytes.mjs).
# 5. With --instructions: one build with and one without the index under callgrind (valgrind),
#    the same threads: the instructions the index adds, which unlike time do not depend on what
#    the host is doing (this VM's wall and CPU times move by more than the index's cost).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
pages=10000 runs=3 pairs=0 threads=0 tmp=/dev/shm build=build-bench bytes=1 keep=0 instructions=0
while (($#)); do
  case $1 in
    --pages) pages=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --tmp) tmp=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --no-bytes) bytes=0; shift ;;
    --keep) keep=1; shift ;;
    --instructions) instructions=1; shift ;;
    *) echo "usage: bench/search.sh [--pages N] [--runs R] [--pairs P] [--threads J] [--tmp DIR] [--build DIR] [--no-bytes] [--keep] [--instructions]" >&2; exit 2 ;;
  esac
done
((pairs > 0)) || pairs=$((3 * runs))
((runs >= 1)) || { echo "bench: --runs must be at least 1" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time mangler: apt-get install time" >&2; exit 2; }
pagefind=node_modules/@pagefind/linux-x64/bin/pagefind_extended
[[ -x $pagefind ]] || { echo "bench: Pagefind mangler: npm ci (package.json pins pagefind)" >&2; exit 2; }
((!instructions)) || command -v valgrind >/dev/null || { echo "bench: valgrind mangler: apt-get install valgrind" >&2; exit 2; }

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
nice -n 10 cmake --build "$build" --target stilas stilas_bench_generate >/dev/null
work=$(mktemp -d "$tmp/stilas-search-bench.XXXXXX")
((keep)) && echo "work folder: $work" || trap 'rm -rf "$work"' EXIT
stilas=./$build/stilas

# One measured run: "wall cpu maxrss_kb" appended to $1 and "user sys" to $1.us (user: Stilas's
# code; sys: the kernel's work for it: files, page faults, zeroing fresh memory), the command's
# stderr to $2 (time_run(): seconds to the ms).
measure() {
  local log=$1 err=$2; shift 2
  time_run "$work/t" "$err" "$@" || { echo "bench: failed: $*" >&2; cat "$err" >&2; exit 1; }
  awk '{printf "%s %.3f %s\n", $1, $2 + $3, $4}' "$work/t" >> "$log"
  awk '{print $2, $3}' "$work/t" >> "$log.us"
}
# An interval for the median of the numbers on stdin, from their order statistics (no
# assumption on their distribution): ranks n/2 -+ 0.98 sqrt(n), widened to whole ranks (for 30
# pairs the 9th and 22nd). Prints its ends and how often such an interval holds the median,
# in % (the binomial sum; at least 95 from 6 numbers on, 98 for 30).
median_interval() {
  sort -n | awk '{a[NR] = $1} END {
    k = int(NR / 2 - 0.98 * sqrt(NR)); if (k < 1) k = 1
    p = 2 ^ -NR; cover = 0
    for (i = 0; i < NR + 1 - k; ++i) { if (i >= k) cover += p; p = p * (NR - i) / (i + 1) }
    print a[k], a[NR + 1 - k], 100 * cover }'
}
col() { cut -d' ' -f"$2" "$1" | median; }
# The pairs' differences, one a line: field $3 of each line of log $1 minus the same field of the
# same line of log $2 (logs of the same fields, the same rounds).
pair_diffs() { paste -d' ' "$1" "$2" | awk -v k="$3" '{print $k - $(k + NF / 2)}'; }
# Median wall and CPU ms of phase $2 in the --timings outputs $1*.
phase() { local f w=() c=(); for f in "$1"*; do read -r a b < <(awk -v p="$2" '$1 == p {print $2, $3}' "$f"); w+=("$a"); c+=("$b"); done
  printf '%s %s\n' "$(printf '%s\n' "${w[@]}" | median)" "$(printf '%s\n' "${c[@]}" | median)"; }
calc() { echo "$*" | bc -l; }
pct() { calc "100 * $1 / $2"; }   # $1 as a percentage of $2
stilas_build=("$stilas" build -q --timings -j "$threads" --source "$work/site/content" --themes themes)

./"$build"/stilas_bench_generate --pages "$pages" --out "$work/site" >/dev/null
rm -rf "$work/site/hugo"
md_mb=$(find "$work/site/content" -name '*.md' -exec cat {} + | wc -c | awk '{printf "%.0f", $1 / 1e6}')

rounds=$((pairs > runs ? pairs : runs))
for ((i = 1; i <= rounds; i++)); do
  if ((i > rounds - pairs)); then
    rm -rf "$work/out" "$work/out-nosearch"
    # The pair's order turns round every round: a build that follows another runs on memory
    # the machine has just given back, and on this VM fresh memory costs more than reused.
    if ((i % 2)); then
      measure "$work/stilas.log" "$work/timings-stilas-$i" "${stilas_build[@]}" --out "$work/out"
      measure "$work/nosearch.log" "$work/timings-nosearch-$i" "${stilas_build[@]}" --no-search --out "$work/out-nosearch"
    else
      measure "$work/nosearch.log" "$work/timings-nosearch-$i" "${stilas_build[@]}" --no-search --out "$work/out-nosearch"
      measure "$work/stilas.log" "$work/timings-stilas-$i" "${stilas_build[@]}" --out "$work/out"
    fi
  fi
  if ((i > rounds - runs)); then   # the last rounds: the last build keeps Pagefind's index
    rm -rf "$work/out/pagefind_idx"
    measure "$work/pagefind.log" "$work/pagefind-$i.err" "$pagefind" --site "$work/out" --output-subdir pagefind_idx
  fi
done

read -r search_w search_c < <(phase "$work/timings-stilas-" search)
read -r parse_w parse_c < <(phase "$work/timings-stilas-" parse)
read -r parse0_w parse0_c < <(phase "$work/timings-nosearch-" parse)
read -r render_w render_c < <(phase "$work/timings-stilas-" render)
read -r render0_w render0_c < <(phase "$work/timings-nosearch-" render)
declare -A wall cpu mem
for t in stilas nosearch pagefind; do
  wall[$t]=$(col "$work/$t.log" 1); cpu[$t]=$(col "$work/$t.log" 2); mem[$t]=$(col "$work/$t.log" 3)
done
idx_wall=$(calc "${wall[stilas]} - ${wall[nosearch]}")
idx_cpu=$(calc "${cpu[stilas]} - ${cpu[nosearch]}")
wall_diffs=$(pair_diffs "$work/stilas.log" "$work/nosearch.log" 1)
cpu_diffs=$(pair_diffs "$work/stilas.log" "$work/nosearch.log" 2)
pair_wall=$(median <<< "$wall_diffs") pair_cpu=$(median <<< "$cpu_diffs")
read -r pair_wall_lo pair_wall_hi cover < <(median_interval <<< "$wall_diffs")
read -r pair_cpu_lo pair_cpu_hi _ < <(median_interval <<< "$cpu_diffs")
pair_user=$(pair_diffs "$work/stilas.log.us" "$work/nosearch.log.us" 1 | median)
pair_sys=$(pair_diffs "$work/stilas.log.us" "$work/nosearch.log.us" 2 | median)
user0=$(col "$work/nosearch.log.us" 1) sys0=$(col "$work/nosearch.log.us" 2)
html_files=$(find "$work/out" -name '*.html' -not -path '*/pagefind_idx/*' | wc -l)

cores=$( ((threads)) && echo "$threads" || nproc)
printf '%s pages (%s HTML files), %s MB Markdown, %s Stilas pairs and %s Pagefind runs (alternating), medians; %s cores, load average now: %s\n' \
  "$pages" "$html_files" "$md_mb" "$pairs" "$runs" "$cores" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %9s %9s %9s\n' "" "wall s" "cpu s" "peak MB"
printf '%-34s %9s %9s %9.0f\n' "stilas build (with the index)" "${wall[stilas]}" "${cpu[stilas]}" "$(calc "${mem[stilas]} / 1024")"
printf '%-34s %9s %9s %9.0f\n' "stilas build --no-search" "${wall[nosearch]}" "${cpu[nosearch]}" "$(calc "${mem[nosearch]} / 1024")"
printf '%-34s %9.3f %9.3f %9.0f\n' "Stilas's index (diff. of medians)" "$idx_wall" "$idx_cpu" "$(calc "(${mem[stilas]} - ${mem[nosearch]}) / 1024")"
printf '%-34s %9.3f %9.3f\n' "Stilas's index (median pair diff.)" "$pair_wall" "$pair_cpu"
printf '%-34s %9.3f %9.3f\n' "Stilas's index (--timings)" "$(calc "($search_w + $parse_w - $parse0_w + $render_w - $render0_w) / 1000")" \
  "$(calc "($search_c + $parse_c - $parse0_c + $render_c - $render0_c) / 1000")"
printf '%-34s %9s %9s %9.0f\n' "pagefind (indexing the HTML)" "${wall[pagefind]}" "${cpu[pagefind]}" "$(calc "${mem[pagefind]} / 1024")"
printf "Stilas's index as a share of its full build (wall / cpu): %.1f %% / %.1f %% (medians), %.1f %% / %.1f %% (pairs)\n" \
  "$(pct "$idx_wall" "${wall[stilas]}")" "$(pct "$idx_cpu" "${cpu[stilas]}")" \
  "$(pct "$pair_wall" "${wall[stilas]}")" "$(pct "$pair_cpu" "${cpu[stilas]}")"
# What the index adds to the build without it (the issue's "adds under 10 %": the stricter reading).
printf "What the index adds to the build without it (wall / cpu): %.1f %% / %.1f %% (medians), %.1f %% / %.1f %% (pairs)\n" \
  "$(pct "$idx_wall" "${wall[nosearch]}")" "$(pct "$idx_cpu" "${cpu[nosearch]}")" \
  "$(pct "$pair_wall" "${wall[nosearch]}")" "$(pct "$pair_cpu" "${cpu[nosearch]}")"
printf "  the pairs' median, an interval that holds it %.0f %% of the time (wall / cpu): [%.1f, %.1f] %% / [%.1f, %.1f] %% of the build without it (a run shows under 10 %% when both ends are)\n" "$cover" \
  "$(pct "$pair_wall_lo" "${wall[nosearch]}")" "$(pct "$pair_wall_hi" "${wall[nosearch]}")" \
  "$(pct "$pair_cpu_lo" "${cpu[nosearch]}")" "$(pct "$pair_cpu_hi" "${cpu[nosearch]}")"
printf "  of which user time (Stilas's code) %.3f s, %.1f %% of the build without it's %.2f s; system time (the kernel's) %.3f s, %.1f %% of its %.2f s (pairs)\n" \
  "$pair_user" "$(pct "$pair_user" "$user0")" "$user0" "$pair_sys" "$(pct "$pair_sys" "$sys0")" "$sys0"
printf "  --timings (ms, wall/cpu): search phase %s/%s; parse phase %s/%s with the index, %s/%s without; render phase %s/%s with, %s/%s without\n" \
  "$search_w" "$search_c" "$parse_w" "$parse_c" "$parse0_w" "$parse0_c" "$render_w" "$render_c" "$render0_w" "$render0_c"
if [[ $(calc "$pair_wall > 0 && $pair_cpu > 0") == 1 ]]; then
  printf "Pagefind / Stilas's index (pairs): wall %.0fx, cpu %.0fx; Pagefind / Stilas's whole build: wall %.1fx, cpu %.1fx\n" \
    "$(calc "${wall[pagefind]} / $pair_wall")" "$(calc "${cpu[pagefind]} / $pair_cpu")" \
    "$(calc "${wall[pagefind]} / ${wall[stilas]}")" "$(calc "${cpu[pagefind]} / ${cpu[stilas]}")"
else
  printf "Stilas's index cost is within the noise (pair difference <= 0); Pagefind / Stilas's whole build: wall %.1fx, cpu %.1fx\n" \
    "$(calc "${wall[pagefind]} / ${wall[stilas]}")" "$(calc "${cpu[pagefind]} / ${cpu[stilas]}")"
fi

if ((instructions)); then
  echo
  # User-space instructions only (the kernel's page faults and writes are not counted).
  ir() {
    rm -rf "$work/out-ir"
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "${stilas_build[@]}" --out "$work/out-ir" "$@" \
      >/dev/null 2>"$work/callgrind.log" ||
      { echo "bench: callgrind failed" >&2; cat "$work/callgrind.log" >&2; exit 1; }
    awk '$2 == "Collected" {print $4}' "$work/callgrind.log"
  }
  with=$(ir) without=$(ir --no-search)
  printf "Instructions (callgrind, one build each, %s threads): with the index %s, without %s; the index %s, %.2f %% of the build without it\n" \
    "$cores" "$with" "$without" "$((with - without))" "$(pct "$((with - without))" "$without")"
fi

echo
echo "Size on disk:"
size_row() { # label, then paths
  local label=$1; shift
  printf '  %-40s %10.2f MB %9.0f KB allocated %7s files\n' "$label" "$(calc "$(du -scb "$@" | tail -1 | cut -f1) / 1000000")" \
    "$(du -sck "$@" | tail -1 | cut -f1)" "$(find "$@" -type f | wc -l)"
}
size_row "Stilas: sok/indeks/ + engine JS" "$work/out/sok/indeks" "$work/out/sok/"*.js
size_row "Pagefind: pagefind_idx/ (all)" "$work/out/pagefind_idx"
[[ -d $work/out/pagefind_idx ]] || { echo "bench: Pagefind wrote no $work/out/pagefind_idx" >&2; exit 1; }
mapfile -t pf_core < <(find "$work/out/pagefind_idx" -mindepth 1 -maxdepth 1 -not -name '*ui.*' -not -name 'pagefind-highlight.js')
size_row "Pagefind: without its UI bundles" "${pf_core[@]}"
size_row "the site's HTML (for scale)" "$work/out-nosearch"

echo
echo "Incremental (--cache; per round 10 pages changed, then back to back: with --cache, cold (no cache), --no-search):"
rm -rf "$work/out-inc" "$work/cache"
measure "$work/inc-first.log" "$work/timings-inc-first" "${stilas_build[@]}" --cache "$work/cache" --out "$work/out-inc"
mapfile -t all_pages < <(cd "$work/site/content" && find . -name '*.md' -not -path './_*' | sort)
for ((i = 1; i <= pairs; i++)); do
  for ((k = 0; k < 10; k++)); do
    printf '\nEndret i måling %s: kulturskolen og kommunen samarbeider om dialogkonferansen.\n' "$i" \
      >> "$work/site/content/${all_pages[(i * 997 + k * 131) % ${#all_pages[@]}]}"
  done
  # All three into a fresh folder (replacing a built site also deletes the old one, which is
  # not the index's cost).
  rm -rf "$work/out-inc" "$work/out-cold" "$work/out-ns"
  # The three builds in a rotating order, so that none is always the first after the edit.
  for ((k = 0; k < 3; k++)); do
    case $(((i + k) % 3)) in
      0) measure "$work/inc.log" "$work/timings-inc-$i" "${stilas_build[@]}" --cache "$work/cache" --out "$work/out-inc" ;;
      1) measure "$work/cold.log" "$work/timings-cold-$i" "${stilas_build[@]}" --out "$work/out-cold" ;;
      2) measure "$work/ns.log" "$work/timings-ns-$i" "${stilas_build[@]}" --no-search --out "$work/out-ns" ;;
    esac
  done
done
measure "$work/pagefind-inc.log" "$work/pagefind-inc.err" "$pagefind" --site "$work/out-inc" --output-subdir pagefind_idx
row() { # label, log, timings prefix (or ""), log of the --no-search builds of the same rounds
  local w c sw="" pw="" dw="" dc=""
  w=$(col "$2" 1) c=$(col "$2" 2)
  [[ -n $3 ]] && { sw=$(phase "$3" search | tr ' ' /); pw=$(phase "$3" parse | tr ' ' /); }
  if [[ -n ${4:-} ]]; then
    dw=$(pair_diffs "$2" "$4" 1 | median) dc=$(pair_diffs "$2" "$4" 2 | median)
    dw=$(printf '%.3f/%.3f' "$dw" "$dc")
  fi
  printf '%-36s %8s %8s %12s %12s %14s\n' "$1" "$w" "$c" "$sw" "$pw" "$dw"
}
printf '%-36s %8s %8s %12s %12s %14s\n' "" "wall s" "cpu s" "search ms" "parse ms" "index s (pair)"
row "first build, empty --cache" "$work/inc-first.log" "$work/timings-inc-first"
row "10 pages changed, --cache" "$work/inc.log" "$work/timings-inc-" "$work/ns.log"
row "the same content, cold (no cache)" "$work/cold.log" "$work/timings-cold-" "$work/ns.log"
row "the same content, --no-search" "$work/ns.log" "$work/timings-ns-"
read -r a b < <(phase "$work/timings-inc-" search); read -r c d < <(phase "$work/timings-inc-" parse)
read -r e f < <(phase "$work/timings-cold-" search); read -r g h < <(phase "$work/timings-cold-" parse)
read -r x y < <(phase "$work/timings-ns-" parse)
read -r ri rj < <(phase "$work/timings-inc-" render); read -r rc rd < <(phase "$work/timings-cold-" render)
read -r rx ry < <(phase "$work/timings-ns-" render)
# The load phase too: a --cache build makes git blob ids (SHA-1 of every file), its cache keys.
read -r li lj < <(phase "$work/timings-inc-" load); read -r lc ld < <(phase "$work/timings-cold-" load)
read -r lx ly < <(phase "$work/timings-ns-" load)
printf "  index from --timings (load + parse + render + search phases − load + parse + render phases of --no-search), wall/cpu ms: cold %.0f/%.0f, with --cache %.0f/%.0f\n" \
  "$(calc "$e + $g - $x + $rc - $rx + $lc - $lx")" "$(calc "$f + $h - $y + $rd - $ry + $ld - $ly")" \
  "$(calc "$a + $c - $x + $ri - $rx + $li - $lx")" "$(calc "$b + $d - $y + $rj - $ry + $lj - $ly")"
read -r pw pc pm < "$work/pagefind-inc.log"
printf 'Pagefind on the changed site (no incremental mode, one run): wall %s s, cpu %s s, peak %.0f MB\n' "$pw" "$pc" "$(calc "$pm / 1024")"

if ((bytes)); then
  echo
  node bench/search_bytes.mjs --site "$work/out" --json "$work/bytes.json"
fi
