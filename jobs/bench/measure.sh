#!/usr/bin/env bash
# measure.sh FIGURE RUN -- COMMAND...: runs COMMAND, recording its wall time and the peak resident
# memory of its whole process tree (Chorus forks Tika child JVMs and Tesseract): every
# $BENCH_SAMPLE_S seconds (1) the resident memory (PSS) of the process and all its descendants
# is summed and the largest sum kept. Appends one line to $BENCH_RESULTS/FIGURE.tsv (default jobs/bench/results):
#   figure  run  wall_s  peak_rss_mb  exit  commit  date  load
# and prints it. load is the mean, over the run, of the machine's 1-minute load average: on a
# shared machine it tells how many runnable processes the command competed with (itself
# included). COMMAND's output goes to $BENCH_RESULTS/logs/FIGURE-RUN.log. Exits with COMMAND's
# exit status.
# measure.sh --record FIGURE RUN WALL_S PEAK_RSS_MB EXIT LOAD appends a line computed elsewhere
# (the floor's total over its parts).
set -uo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
results="${BENCH_RESULTS:-$bench_dir/results}"
mkdir -p "$results/logs"

# Appends a result line (creating the file with its header) and prints it.
record() {
  local tsv="$results/$1.tsv" line commit
  commit="$(git -C "$bench_dir" rev-parse --short HEAD 2> /dev/null || echo unknown)"
  [[ -f "$tsv" ]] || printf 'figure\trun\twall_s\tpeak_rss_mb\texit\tcommit\tdate\tload\n' > "$tsv"
  line="$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$1" "$2" "$3" "$4" "$5" "$commit" \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$6")"
  echo "$line" >> "$tsv"
  echo "$line"
}

# Resident memory (kB) of a process and all its descendants, from one `ps` pass over /proc. Each
# process counts with its PSS (/proc/PID/smaps_rollup: shared pages divided among the processes
# sharing them), falling back to RSS where that file cannot be read: a child the JVM has just
# spawned (a worker JVM, Tesseract, a shell command of Hadoop's local file system) shares the
# JVM's pages until it execs, and summed RSS would count those pages twice. A process that has
# ended between the listing and the reading counts nothing.
tree_rss_kb() {
  local pids pid pss total=0 rss
  pids="$(ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END {
      keep[root] = 1; changed = 1
      while (changed) {
        changed = 0
        for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 }
      }
      for (p in keep) print p, rss[p] + 0
    }')"
  while read -r pid rss; do
    [[ -z "$pid" ]] && continue
    pss="$(awk '/^Pss:/ { print $2; exit }' "/proc/$pid/smaps_rollup" 2> /dev/null)"
    # Gone since `ps` listed it: a child that ran briefly (still sharing the JVM's pages when
    # listed). Counting its listed RSS would add the JVM's resident pages a second time.
    if [[ -z "$pss" && ! -d "/proc/$pid" ]]; then
      pss=0
    fi
    total=$(( total + ${pss:-$rss} ))
  done <<< "$pids"
  echo "$total"
}

if [[ "${1:-}" == --record ]]; then
  record "${2:?}" "${3:?}" "${4:?}" "${5:?}" "${6:?}" "${7:-}"
  exit 0
fi
figure="${1:?usage: measure.sh FIGURE RUN -- COMMAND...}"
run="${2:?usage: measure.sh FIGURE RUN -- COMMAND...}"
shift 2
[[ "${1:-}" == -- ]] && shift
# Once a second: reading a JVM's smaps_rollup takes its memory-map lock and some 25 ms of system
# time, and five times a second that slowed a cold run by a tenth (run 5 of cold-1x, 346.6 s).
interval="${BENCH_SAMPLE_S:-1}"
log="$results/logs/$figure-$run.log"
stamp="$(mktemp)"
trap 'rm -f "$stamp"' EXIT

# The subshell notes the moment the command ends, so that sampling latency is not timed.
start="$(date +%s.%N)"
( "$@"; code=$?; date +%s.%N > "$stamp"; exit "$code" ) > "$log" 2>&1 &
pid=$!
peak=0
load_sum=0
samples=0
while kill -0 "$pid" 2> /dev/null; do
  rss="$(tree_rss_kb "$pid")"
  (( ${rss:-0} > peak )) && peak="$rss"
  read -r load1 _ < /proc/loadavg
  load_sum="$(awk -v a="$load_sum" -v b="$load1" 'BEGIN { print a + b }')"
  samples=$(( samples + 1 ))
  sleep "$interval"
done
wait "$pid"
code=$?
end="$(cat "$stamp")"
wall="$(awk -v a="$start" -v b="${end:-$start}" 'BEGIN { printf "%.1f", b - a }')"
load="$(awk -v a="$load_sum" -v n="$samples" 'BEGIN { if (n > 0) printf "%.1f", a / n }')"
record "$figure" "$run" "$wall" "$(( peak / 1024 ))" "$code" "$load"
exit "$code"
