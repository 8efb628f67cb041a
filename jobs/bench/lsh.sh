#!/usr/bin/env bash
# lsh.sh [RUNS] [--scale 1x|3x|sN]: campaign LSH compared, on the texts the floor extracted
# ($BENCH_WORK/floor/SCALE: files.tsv and text/, floor.sh writes them): Chorus's MinHash bands
# (60 x 3) against Spark MLlib's MinHashLSH (approxSimilarityJoin) with LSH_TABLES hash tables
# (default 5,10,20), on the same 5-word shingle sets, each way verified with the exact Jaccard
# similarity and grouped as DetectCampaigns does; the truth is the exact similarity of every pair.
# RUNS seeds each (default 3: 20240918, Chorus's own, then 1, 2...), after one warm-up pass.
# One JVM (LshCompare.java), Spark local[2] (LSH_MASTER) with Chorus's session settings.
#   results/lsh-SCALE.tsv       per method and seed: time, candidates, pairs, recall, groups
#   results/lsh-run-SCALE.tsv   the whole JVM (measure.sh: wall, peak RSS, load)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start_figure "$0" "$@"

texts="$work_dir/floor/$scale"
if [[ ! -f "$texts/files.tsv" ]]; then
  echo "lsh: $texts/files.tsv is missing; run jobs/bench/floor.sh 1 --scale $scale first" >&2
  exit 1
fi
classes="$work_dir/lsh-classes"
mkdir -p "$classes"
javac -nowarn -d "$classes" -cp "$classpath" "$bench_dir/LshCompare.java"
seeds="20240918"
for i in $(seq 1 $(( runs - 1 ))); do
  seeds="$seeds,$i"
done
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
run="$(next_run "lsh-run-$scale")"
# shellcheck disable=SC2046
"$bench_dir/measure.sh" "lsh-run-$scale" "$run" -- java -Xmx"${LSH_HEAP:-2g}" \
  $(cat "$repo_dir/jobs/target/classes/chorus-jvm.options") \
  -Dlsh.commit="$(git -C "$repo_dir" rev-parse --short HEAD)" -cp "$classes:$classpath" \
  LshCompare "$texts" "$results_dir/lsh-$scale.tsv" "lsh-$scale" "${LSH_MASTER:-local[2]}" \
  "${LSH_TABLES:-5,10,20}" "$seeds"
grep -v -e '^\s*at ' -e ' WARN ' "$results_dir/logs/lsh-run-$scale-$run.log" | tail -n 40
