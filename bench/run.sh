#!/usr/bin/env bash
# Side-by-side benchmark: the same generated knowledge base built by Stilas and (when installed)
# by Hugo, runs alternating, medians of wall time, CPU time and peak memory, and the ratios.
#   bash bench/run.sh [--pages N] [--runs R] [--threads J]     (defaults: 10000, 5, all cores)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=10000 runs=5 threads=0
while (($#)); do
  case $1 in
    --pages) pages=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--pages N] [--runs R] [--threads J]" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time mangler: apt-get install time" >&2; exit 2; }

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench --target stilas stilas_bench_generate >/dev/null
work=$(mktemp -d /tmp/stilas-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
./build-bench/stilas_bench_generate --pages "$pages" --out "$work/site"
bytes=$(find "$work/site/content" -name '*.md' -exec cat {} + | wc -c)

# One measured run: "wall user+sys maxrss_kb" appended to $1.
measure() {
  local log=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || { echo "bench: failed: $*" >&2; exit 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/t" >> "$log"
}
tools=(stilas)
command -v hugo >/dev/null && tools+=(hugo)
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/out-stilas" "$work/out-hugo"
  measure "$work/stilas.log" ./build-bench/stilas build -q -j "$threads" --source "$work/site/content" \
    --themes themes --out "$work/out-stilas"
  if [[ " ${tools[*]} " == *" hugo "* ]]; then
    measure "$work/hugo.log" hugo --quiet -s "$work/site/hugo" -d "$work/out-hugo"
  fi
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%s pages, %s MB Markdown, %s runs each (alternating), medians:\n' "$pages" "$((bytes / 1000000))" "$runs"
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
