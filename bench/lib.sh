# Shell helpers shared by bench/run.sh and bench/search.sh (sourced by both).

# time_run OUT ERR COMMAND...: runs COMMAND (its output dropped, its errors to ERR) and writes
# "wall user sys peak_kb" to OUT. Times in milliseconds from bash's `time` (GNU time prints
# hundredths: a 10 ms step, 1.3 % of a 10,000-page build, was the finest difference it could
# show); the peak memory (max RSS) from GNU time. Fails when COMMAND does.
time_run() {
  local out=$1 err=$2; shift 2
  local TIMEFORMAT='%3R %3U %3S'
  { time /usr/bin/time -f "%M" -o "$out.peak" "$@" >/dev/null 2>"$err"; } 2>"$out.times" || return 1
  paste -d' ' "$out.times" "$out.peak" > "$out"
}

# The median of the numbers on stdin, one a line.
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
