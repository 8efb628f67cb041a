#!/usr/bin/env bash
# warm.sh [RUNS] [--scale 1x|3x|10x|sN]: the no-change nightly rerun, RUNS times (default 3): the
# cold command again, on the state and runs root that a cold run of this build left (cold.sh
# runs once first when there is none), recorded as figure warm-SCALE.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start_figure "$0" "$@"
chorus_dir="$work_dir/chorus/$scale"
# A state primed by another build holds another code fingerprint: the rerun would not be warm.
if [[ "$(cat "$chorus_dir/primed-by" 2> /dev/null)" != "$(build_id)" ]]; then
  echo "priming the state with a cold run (recorded as cold-$scale)"
  "$bench_dir/cold.sh" 1 --scale "$scale"
fi
for _ in $(seq 1 "$runs"); do
  run="$(next_run "warm-$scale")"
  "$bench_dir/measure.sh" "warm-$scale" "$run" -- "$repo_dir/jobs/bin/chorus" run --input "$export_in" \
    --state "$chorus_dir/state" --runs "$chorus_dir/runs" || true
  keep_run_json "$chorus_dir/runs" "warm-$scale" "$run"
done
