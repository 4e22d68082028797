#!/usr/bin/env bash
# Side-by-side benchmark: the same generated knowledge base built by Stilas and (when installed)
# by Hugo, runs alternating, medians of wall time, CPU time and peak memory, and the ratios; then
# Stilas's phases (--timings) and the floor under any build of these pages (cmark-gfm alone
# parsing and rendering every body, plus writing the HTML).
#   bash bench/run.sh [--pages N] [--runs R] [--threads J] [--tmp DIR]
#       defaults: 10000 pages, 5 runs, all cores, outputs under /tmp (the same disk for both tools)
#   bash bench/run.sh --scale "1000 10000 100000" [--runs R] [--tmp DIR]
#       Stilas alone at each size, the sizes built round-robin: how time and memory grow with the
#       number of pages, and (one more build each, --timings) which phases grow faster.
#   bash bench/run.sh --scale "10000 100000" --memory "as-is cold warm" [--runs R] [--tmp DIR]
#       the same under each given state of the machine's free memory, all in one run: "as-is"
#       (whatever the build before left), "warm" (right after touching and freeing more than
#       any of the builds needs, so the host has backed it) and "cold" (the same, then 6 s for the
#       host to take it back): each build of every size starts from the same state.
#   bash bench/run.sh --scale "10000 100000" --instructions [--runs R] [--tmp DIR]
#       also counts each size's instructions (valgrind's callgrind, one thread; minutes at 100,000
#       pages): the work the code does, which the machine's caches and memory do not move.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
pages=10000 runs=5 threads=0 scale="" tmp=/tmp instructions=0 memory="as-is"
while (($#)); do
  case $1 in
    --pages) pages=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --tmp) tmp=$2; shift 2 ;;
    --instructions) instructions=1; shift ;;
    --memory) memory=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--pages N] [--runs R] [--threads J] [--tmp DIR] | --scale \"N1 N2 …\" [--memory \"as-is cold warm\"] [--instructions]" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time mangler: apt-get install time" >&2; exit 2; }
if ((instructions)); then
  [[ -n $scale ]] || { echo "bench: --instructions hører til --scale" >&2; exit 2; }
  command -v valgrind >/dev/null || { echo "bench: valgrind mangler: apt-get install valgrind" >&2; exit 2; }
fi

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
for m in $memory; do
  [[ $m == as-is || $m == cold || $m == warm ]] || { echo "bench: --memory tar as-is, cold og warm" >&2; exit 2; }
done
cmake --build build-bench --target stilas stilas_bench_generate stilas_bench_cmark_limit stilas_bench_touch_memory >/dev/null
work=$(mktemp -d "$tmp/stilas-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
stilas=./build-bench/stilas

# One measured run: "wall user+sys maxrss_kb user sys" appended to $1 (seconds, to the ms).
measure() {
  local log=$1; shift
  time_run "$work/t" /dev/null "$@" || { echo "bench: failed: $*" >&2; exit 1; }
  awk '{printf "%s %.3f %s %s %s\n", $1, $2 + $3, $4, $2, $3}' "$work/t" >> "$log"
}
markdown_mb() { find "$1" -name '*.md' -exec cat {} + | wc -c | awk '{printf "%.0f", $1 / 1e6}'; }
# The Stilas command line for a site folder and an output folder.
stilas_cmd() { printf '%s\0' "$stilas" build -q -j "$threads" --source "$1/content" --themes themes --out "$2"; }

if [[ -n $scale ]]; then
  # Every size generated first, then built round-robin (each round builds every size once), so
  # that the machine's drift from minute to minute falls on every size alike.
  for n in $scale; do ./build-bench/stilas_bench_generate --pages "$n" --out "$work/site-$n" >/dev/null; done
  # The state of the free memory each build starts from (--memory): on a virtual machine whose
  # host backs memory at its first touch and takes freed memory back seconds later, a small
  # build right after a large one runs on memory the large one left backed, and the large one
  # never does. "cold" and "warm" prepare every build alike, whatever its size: more memory
  # than any of them needs (40 KB a page of the largest) touched and freed just before it
  # (warm: the host has it backed), and for cold then 6 s for the host to take it back.
  largest=0
  for n in $scale; do ((n > largest)) && largest=$n; done
  touch_mb=$((largest * 40 / 1024))
  ((touch_mb < 1024)) && touch_mb=1024
  prepare() {
    case $1 in
      warm) ./build-bench/stilas_bench_touch_memory --mb "$touch_mb" >/dev/null ;;
      cold) ./build-bench/stilas_bench_touch_memory --mb "$touch_mb" >/dev/null; sleep 6 ;;
    esac
  }
  for ((i = 1; i <= runs; i++)); do
    for mode in $memory; do
      for n in $scale; do
        rm -rf "$work/out"
        mapfile -d '' cmd < <(stilas_cmd "$work/site-$n" "$work/out")
        prepare "$mode"
        measure "$work/scale-$mode-$n.log" "${cmd[@]}"
      done
    done
  done
  for mode in $memory; do
    [[ $memory == as-is ]] || printf '\n== memory: %s ==\n' "$mode"
    printf '%8s %8s %10s %10s %10s %14s %14s %14s\n' pages "MB md" "wall s" "cpu s" "peak MB" "ms per page" \
      "cpu ms/page" "KB per page"
    for n in $scale; do
      log="$work/scale-$mode-$n.log"
      w=$(cut -d' ' -f1 "$log" | median)
      c=$(cut -d' ' -f2 "$log" | median)
      m=$(cut -d' ' -f3 "$log" | median)
      printf '%8s %8s %10s %10s %10.0f %14.3f %14.3f %14.1f\n' "$n" "$(markdown_mb "$work/site-$n/content")" "$w" "$c" \
        "$(echo "$m / 1024" | bc -l)" "$(echo "$w * 1000 / $n" | bc -l)" "$(echo "$c * 1000 / $n" | bc -l)" \
        "$(echo "$m / $n" | bc -l)"
    done
    # Growth from each size to the next, round by round: both builds of a round ran within
    # seconds of each other, so a ratio per round is steadier than the ratio of two medians when
    # the machine drifts. "exponent" is log(time ratio) / log(pages ratio): 1 is linear.
    echo
    echo "Growth, per round (median [lowest-highest] of $runs rounds):"
    prev=""
    for n in $scale; do
      if [[ -n $prev ]]; then
        printf '%8s -> %s pages (x%s):\n' "$prev" "$n" "$(echo "$n / $prev" | bc)"
        for f in 1 2 4 5 3; do
          paste -d' ' <(cut -d' ' -f"$f" "$work/scale-$mode-$prev.log") <(cut -d' ' -f"$f" "$work/scale-$mode-$n.log") |
            awk '{printf "%.4f\n", $2 / $1}' > "$work/ratio"
          r=$(median < "$work/ratio")
          printf '    %-22s x%.2f [%.2f-%.2f]  exponent %.3f\n' \
            "$(case $f in 1) echo "wall" ;; 2) echo "cpu (user + sys)" ;; 4) echo "user (Stilas's code)" ;;
               5) echo "sys (the kernel's)" ;; 3) echo "peak memory" ;; esac)" \
            "$r" "$(sort -n "$work/ratio" | head -1)" "$(sort -n "$work/ratio" | tail -1)" "$(echo "l($r) / l($n / $prev)" | bc -l)"
        done
      fi
      prev=$n
    done
  done
  # One more build of each size with --timings: which phases grow faster than the pages.
  echo
  echo "By phase (one more build of each size, --timings; wall / cpu ms):"
  for n in $scale; do
    rm -rf "$work/out"
    printf '%8s ' "$n"
    "$stilas" build -q --timings -j "$threads" --source "$work/site-$n/content" --themes themes --out "$work/out" 2>&1 |
      awk '$1 ~ /^(load|parse|link|render|search)$/ {printf "  %s %s / %s", $1, $2, $3} END {print ""}'
  done
  if ((instructions)); then
    # One build of each size on one thread (-j 1: the same work whatever the threads), counted
    # by callgrind: user-space instructions only (the kernel's page faults and writes are not in).
    echo
    echo "Instructions (callgrind, -j 1), and their growth from each size to the next:"
    prev="" prev_ir=""
    for n in $scale; do
      rm -rf "$work/out"
      valgrind --tool=callgrind --callgrind-out-file="$work/callgrind-$n.out" "$stilas" build -q -j 1 \
        --source "$work/site-$n/content" --themes themes --out "$work/out" >/dev/null 2>"$work/callgrind-$n.log"
      ir=$(awk '$2 == "Collected" {print $4}' "$work/callgrind-$n.log")
      printf '%8s pages: %s instructions, %.0f a page' "$n" "$ir" "$(echo "$ir / $n" | bc -l)"
      [[ -n $prev ]] && printf ', x%.3f for x%s the pages (exponent %.4f)' "$(echo "$ir / $prev_ir" | bc -l)" \
        "$(echo "$n / $prev" | bc)" "$(echo "l($ir / $prev_ir) / l($n / $prev)" | bc -l)"
      echo
      prev=$n prev_ir=$ir
    done
  fi
  exit 0
fi

./build-bench/stilas_bench_generate --pages "$pages" --out "$work/site" >/dev/null
tools=(stilas)
command -v hugo >/dev/null && tools+=(hugo)
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/out-stilas" "$work/out-hugo"
  mapfile -d '' cmd < <(stilas_cmd "$work/site" "$work/out-stilas")
  measure "$work/stilas.log" "${cmd[@]}"
  if [[ " ${tools[*]} " == *" hugo "* ]]; then
    measure "$work/hugo.log" hugo --quiet -s "$work/site/hugo" -d "$work/out-hugo"
  fi
done

printf '%s pages, %s MB Markdown, %s runs each (alternating), medians:\n' "$pages" "$(markdown_mb "$work/site/content")" "$runs"
printf '%-8s %10s %10s %12s\n' tool "wall s" "cpu s" "peak MB"
declare -A wall cpu mem
for t in "${tools[@]}"; do
  wall[$t]=$(cut -d' ' -f1 "$work/$t.log" | median)
  cpu[$t]=$(cut -d' ' -f2 "$work/$t.log" | median)
  mem[$t]=$(cut -d' ' -f3 "$work/$t.log" | median)
  printf '%-8s %10s %10s %12.0f\n' "$t" "${wall[$t]}" "${cpu[$t]}" "$(echo "${mem[$t]} / 1024" | bc -l)"
done
if [[ -n ${wall[hugo]:-} ]]; then
  printf 'Hugo/Stilas: wall %.1fx, cpu %.1fx, memory %.1fx\n' \
    "$(echo "${wall[hugo]} / ${wall[stilas]}" | bc -l)" "$(echo "${cpu[hugo]} / ${cpu[stilas]}" | bc -l)" \
    "$(echo "${mem[hugo]} / ${mem[stilas]}" | bc -l)"
fi

echo
echo "Stilas by phase (one more run, --timings):"
rm -rf "$work/out-stilas"
"$stilas" build -q --timings -j "$threads" --source "$work/site/content" --themes themes --out "$work/out-stilas"

rm -rf "$work/limit"
read -r _ cmark_cpu write_s < <(./build-bench/stilas_bench_cmark_limit --content "$work/site/content" --out "$work/limit" | grep '^limit')
cores=$([[ $threads == 0 ]] && nproc || echo "$threads")
floor=$(echo "$cmark_cpu / $cores + $write_s" | bc -l)
echo
printf 'Floor: cmark-gfm parses and renders the bodies in %.2f s CPU (%.2f s on %s cores), writing the HTML takes %.2f s: %.2f s.\n' \
  "$cmark_cpu" "$(echo "$cmark_cpu / $cores" | bc -l)" "$cores" "$write_s" "$floor"
printf 'Stilas takes %.1fx the floor.\n' "$(echo "${wall[stilas]} / $floor" | bc -l)"
