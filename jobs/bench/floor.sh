#!/usr/bin/env bash
# floor.sh [RUNS] [--scale 1x|3x|10x|sN]: the floor, RUNS times (default 3), on the export of
# that scale (default 1x, data-samples/):
#   floor-tika-SCALE         TikaFloor.java: Tika 3.3.1 over every file, as many threads as cores
#   floor-corenlp-L-SCALE    CoreNLP's own command line (StanfordCoreNLP -props corenlp-L.properties,
#                            Chorus's pipeline for language L) over the texts in language L, a new
#                            JVM per language, -threads = cores
#   floor-SCALE              the sum of those walls, the largest of their peaks (load: the
#                            wall-weighted mean of theirs)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start_figure "$0" "$@"

classes="$work_dir/floor-classes"
mkdir -p "$classes"
javac -nowarn -d "$classes" -cp "$classpath" "$bench_dir/TikaFloor.java"
props="$repo_dir/nlp-models/src/main/resources/chorus"
heap="${FLOOR_HEAP:-4g}"
# As jobs/bin/chorus: one Tesseract thread per OCR call, the pool gives the parallelism.
export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"
out="$work_dir/floor/$scale"
shopt -s nullglob
for _ in $(seq 1 "$runs"); do
  run="$(next_run "floor-$scale")"
  rm -rf "$out"
  mkdir -p "$out"
  line="$("$bench_dir/measure.sh" "floor-tika-$scale" "$run" -- java -Xmx"$heap" -Djava.awt.headless=true \
    -cp "$classes:$classpath" TikaFloor "$export_in" "$out" "$cores" "${BENCH_OCR_LANGS:-eng}")" || true
  echo "$line"
  wall="$(cut -f3 <<< "$line")"; peak="$(cut -f4 <<< "$line")"; code="$(cut -f5 <<< "$line")"
  load_seconds="$(awk -v w="$wall" -v l="$(cut -f8 <<< "$line")" 'BEGIN { print w * l }')"
  for list in "$out"/lists/*.txt; do
    lang="$(basename "$list" .txt)"
    line="$("$bench_dir/measure.sh" "floor-corenlp-$lang-$scale" "$run" -- java -Xmx"$heap" -cp "$classpath" \
      edu.stanford.nlp.pipeline.StanfordCoreNLP -props "$props/corenlp-$lang.properties" \
      -filelist "$list" -threads "$cores" -outputFormat conll -outputDirectory "$out/nlp/$lang")" || true
    echo "$line"
    wall="$(awk -v a="$wall" -v b="$(cut -f3 <<< "$line")" 'BEGIN { printf "%.1f", a + b }')"
    load_seconds="$(awk -v s="$load_seconds" -v w="$(cut -f3 <<< "$line")" -v l="$(cut -f8 <<< "$line")" \
      'BEGIN { print s + w * l }')"
    peak="$(( peak > $(cut -f4 <<< "$line") ? peak : $(cut -f4 <<< "$line") ))"
    code="$(( code > $(cut -f5 <<< "$line") ? code : $(cut -f5 <<< "$line") ))"
  done
  "$bench_dir/measure.sh" --record "floor-$scale" "$run" "$wall" "$peak" "$code" \
    "$(awk -v s="$load_seconds" -v w="$wall" 'BEGIN { if (w > 0) printf "%.1f", s / w }')"
done
