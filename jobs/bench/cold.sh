#!/usr/bin/env bash
# cold.sh [RUNS] [--scale 1x|3x|10x|sN]: Chorus cold, RUNS times (default 3): a new JVM and an
# empty state folder each time,
#   jobs/bin/chorus run --input EXPORT --state STATE --runs RUNS_ROOT
# recorded as figure cold-SCALE. The last run's state and runs root are kept for warm.sh.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start_figure "$0" "$@"
chorus_dir="$work_dir/chorus/$scale"
for _ in $(seq 1 "$runs"); do
  run="$(next_run "cold-$scale")"
  rm -rf "$chorus_dir"
  mkdir -p "$chorus_dir"
  code=0
  "$bench_dir/measure.sh" "cold-$scale" "$run" -- "$repo_dir/jobs/bin/chorus" run --input "$export_in" \
    --state "$chorus_dir/state" --runs "$chorus_dir/runs" || code=$?
  keep_run_json "$chorus_dir/runs" "cold-$scale" "$run"
  # 3: finished and published with some files quarantined (a normal night).
  if (( code == 0 || code == 3 )); then
    build_id > "$chorus_dir/primed-by"
  fi
done
