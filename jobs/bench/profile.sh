#!/usr/bin/env bash
# profile.sh [--scale 1x|3x|10x|sN]: one Chorus cold run (new JVM, empty state) recorded with the
# JDK Flight Recorder (profile settings), then profile_summary.py's table of where the driver's
# CPU goes per stage, written to results/profile-SCALE.md. The recording and the run stay under
# $BENCH_WORK/profile/SCALE. Not a figure: the recorder slows the run, so it is not timed.
# The extraction workers are separate JVMs and are not in the recording; their time shows in the
# extract stage's wall time (run.json) against the floor's Tika time.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start_figure "$0" 1 "$@"
dir="$work_dir/profile/$scale"
rm -rf "$dir"
mkdir -p "$dir"
CHORUS_JAVA_OPTS="${CHORUS_JAVA_OPTS:-} -XX:StartFlightRecording=filename=$dir/run.jfr,settings=profile" \
  "$repo_dir/jobs/bin/chorus" run --input "$export_in" --state "$dir/state" --runs "$dir/runs" \
  > "$dir/console.log" 2>&1 || true
out="$results_dir/profile-$scale.md"
{
  echo "# Where the driver's CPU goes, per stage: Chorus cold, $scale export"
  echo
  echo "Commit $(git -C "$repo_dir" rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%M:%SZ); JFR execution samples of"
  echo "the driver JVM (\`profile.sh\`, \`profile_summary.py\`); shares of each stage's samples."
  echo
  python3 "$bench_dir/profile_summary.py" "$dir/run.jfr" "$dir/runs/latest/chorus.log"
} > "$out"
cat "$out"
