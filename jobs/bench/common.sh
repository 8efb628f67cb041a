# Sourced by the figure scripts: paths, the build's classpath, exports by scale, the heavy lock.
# BENCH_WORK (default /tmp/chorus-bench) holds generated exports, states and run folders; nothing
# there is committed. Results (TSV lines, logs) go to jobs/bench/results/.
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$bench_dir/../.." && pwd)"
results_dir="$bench_dir/results"
work_dir="${BENCH_WORK:-/tmp/chorus-bench}"
heavy_lock="${BENCH_LOCK:-/tmp/chorus-heavy.lock}"
cores="$(nproc)"
classpath="$repo_dir/jobs/target/chorus-jobs.jar:$repo_dir/jobs/target/lib/*"
mkdir -p "$results_dir/logs" "$work_dir"

require_build() {
  if [[ ! -f "$repo_dir/jobs/target/chorus-jobs.jar" || ! -d "$repo_dir/jobs/target/lib" ]]; then
    echo "bench: build first: (cd $repo_dir && mvn -B -q -o -DskipTests package)" >&2
    exit 1
  fi
}

# Scale names: 1x = the committed sample export (430 submissions); 3x, 10x = generated exports
# of 1290 and 4300 submissions with their own seeds; sN = a generated slice of N submissions
# (for trying the scripts). Each generated submission is composed afresh from the bank, so no
# file of one export is a byte copy of another's (see RESULTS.md, "Exports").
export_submissions() {
  case "$1" in
    1x) echo 430 ;;
    3x) echo 1290 ;;
    10x) echo 4300 ;;
    s[0-9]*) echo "${1#s}" ;;
    *) echo "bench: unknown scale '$1' (1x, 3x, 10x or sN)" >&2; return 2 ;;
  esac
}

export_seed() {
  case "$1" in
    3x) echo 1003 ;;
    10x) echo 1010 ;;
    *) echo 1001 ;;
  esac
}

# Prints the export folder of a scale, generating it first (export.sh) when missing.
export_dir() {
  export_submissions "$1" > /dev/null
  if [[ "$1" == 1x ]]; then
    echo "$repo_dir/data-samples"
    return
  fi
  local dir="$work_dir/exports/$1"
  if [[ ! -f "$dir/submissions.csv" ]]; then
    "$bench_dir/export.sh" "$1" >&2
  fi
  echo "$dir"
}

# Results of slices (sN) go to results/slices/ (not committed), the others to results/.
use_scale() {
  export_submissions "$1" > /dev/null
  if [[ "$1" == s[0-9]* ]]; then
    results_dir="$bench_dir/results/slices"
  fi
  export BENCH_RESULTS="$results_dir"
  mkdir -p "$results_dir/logs"
}

# Parses the figure scripts' arguments: [RUNS] [--scale SCALE] into $runs and $scale.
parse_runs_and_scale() {
  runs=3
  scale=1x
  while (( $# > 0 )); do
    case "$1" in
      --scale) scale="${2:?--scale needs 1x, 3x, 10x or sN}"; shift 2 ;;
      [0-9]*) runs="$1"; shift ;;
      *) echo "bench: unknown argument '$1' (expected [RUNS] [--scale 1x|3x|10x|sN])" >&2; exit 2 ;;
    esac
  done
  use_scale "$scale"
}

# Identifies the build being measured (the jar's time and size): a Chorus state primed by another
# build holds another code fingerprint, so a rerun on it would not be warm.
build_id() {
  stat -c '%Y-%s' "$repo_dir/jobs/target/chorus-jobs.jar"
}

# The number of a figure's next run: runs are numbered on from those already in its TSV file, so
# that a second session adds to the first rather than repeating its numbers.
next_run() {
  local tsv="$results_dir/$1.tsv"
  if [[ -f "$tsv" ]]; then
    echo $(( $(wc -l < "$tsv") ))
  else
    echo 1
  fi
}

# Keeps a Chorus run's run.json (seconds per stage, state hits) beside the figure's results.
keep_run_json() {
  local runs_root="$1" figure="$2" run="$3"
  if [[ -f "$runs_root/latest/run.json" ]]; then
    mkdir -p "$results_dir/runs"
    cp "$runs_root/latest/run.json" "$results_dir/runs/$figure-$run.json"
  fi
}

# Re-runs the calling script holding the heavy lock (waiting for it), so that no two heavy runs
# overlap; the wait is outside every measurement. Use: hold_heavy_lock "$0" "$@". Slices (sN)
# are light and run without it.
hold_heavy_lock() {
  if [[ "${BENCH_LOCK_HELD:-0}" != 1 && "${scale:-}" != s[0-9]* ]]; then
    BENCH_LOCK_HELD=1 exec flock "$heavy_lock" "$@"
  fi
}

# The start of every figure script: start_figure "$0" "$@" parses [RUNS] [--scale SCALE], checks
# the build, takes the heavy lock and sets $export_in to the export of that scale.
start_figure() {
  parse_runs_and_scale "${@:2}"
  require_build
  hold_heavy_lock "$@"
  export_in="$(export_dir "$scale")"
}
