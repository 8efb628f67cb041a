#!/usr/bin/env bash
# export.sh SCALE [--force]: generates the 3x, 10x or sN export under $BENCH_WORK/exports/SCALE
# with the sample-export generator (data-samples/generator), recording how long it took and its
# size in results/exports.tsv. 1x is the committed data-samples/ and needs nothing.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
scale="${1:?usage: export.sh 3x|10x|sN [--force]}"
submissions="$(export_submissions "$scale")"
use_scale "$scale"
[[ "$scale" == 1x ]] && { echo "1x is data-samples/: nothing to generate"; exit 0; }
out="$work_dir/exports/$scale"
if [[ -f "$out/submissions.csv" && "${2:-}" != --force ]]; then
  echo "$out exists (--force regenerates it)"
  exit 0
fi
hold_heavy_lock "$0" "$@"
generator="$repo_dir/data-samples/generator"
if [[ ! -d "$generator/target/classes" ]]; then
  echo "bench: build first: (cd $repo_dir && mvn -B -q -o -DskipTests package)" >&2
  exit 1
fi
cp_file="$work_dir/generator.classpath"
mvn -B -q -o -f "$generator/pom.xml" dependency:build-classpath -Dstyle.color=never -Dmdep.outputFile="$cp_file" > "$results_dir/logs/export-classpath.log" 2>&1
rm -rf "$out"
mkdir -p "$(dirname "$out")"
seed="$(export_seed "$scale")"
start="$(date +%s.%N)"
java -Djava.awt.headless=true \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "$generator/target/classes:$(cat "$cp_file")" eu.chorus.samples.GenerateSampleExport "$out" \
  --submissions "$submissions" --seed "$seed" --bank "$generator/src/main/resources/bank" \
  > "$results_dir/logs/export-$scale.log" 2>&1
end="$(date +%s.%N)"
seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"
mb="$(du -sm "$out" | cut -f1)"
files="$(find "$out/files" -type f | wc -l)"
tsv="$results_dir/exports.tsv"
[[ -f "$tsv" ]] || printf 'scale\tsubmissions\tseed\tfiles\tsize_mb\tgenerate_s\tdate\n' > "$tsv"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scale" "$submissions" "$seed" "$files" "$mb" "$seconds" \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$tsv"
echo "$scale: $submissions submissions, $files files, $mb MB, generated in $seconds s -> $out"
