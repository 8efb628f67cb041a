#!/usr/bin/env bash
# depparse.sh [RUNS]: what CoreNLP's dependency parse would cost (issue 19: "where it pays for
# itself: measure its cost"). On the English texts of the sample export (the floor's list,
# floor.sh writes it), CoreNLP's own command line runs RUNS times (default 1) each way, a new JVM
# each, -threads = cores:
#   depparse-base-en-1x   Chorus's English pipeline (corenlp-en.properties: tokenize, ssplit, pos,
#                         lemma, ner)
#   depparse-with-en-1x   the same pipeline with depparse added (english_UD, the models jar's)
# Lines go to results/depparse-*.tsv (measure.sh); the ratio of the medians is printed. The
# other languages' parsers are not measured: the sample's non-English texts are too few to time.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start_figure "$0" "${1:-1}"
list="$work_dir/floor/1x/lists/en.txt"
if [[ ! -f "$list" ]]; then
  echo "depparse: $list is missing; run jobs/bench/floor.sh 1 first (it extracts the texts)" >&2
  exit 1
fi
props="$repo_dir/nlp-models/src/main/resources/chorus/corenlp-en.properties"
with="$work_dir/depparse/corenlp-en-depparse.properties"
mkdir -p "$work_dir/depparse"
sed 's/^annotators = .*/&,depparse/' "$props" > "$with"
heap="${FLOOR_HEAP:-4g}"
for _ in $(seq 1 "$runs"); do
  for way in base with; do
    p="$props"
    [[ "$way" == with ]] && p="$with"
    out="$work_dir/depparse/$way"
    rm -rf "$out"
    mkdir -p "$out"
    "$bench_dir/measure.sh" "depparse-$way-en-1x" "$(next_run "depparse-$way-en-1x")" -- java -Xmx"$heap" -cp "$classpath" \
      edu.stanford.nlp.pipeline.StanfordCoreNLP -props "$p" -filelist "$list" -threads "$cores" \
      -outputFormat conll -outputDirectory "$out" || true
  done
done
python3 - "$results_dir" <<'PY'
import csv, statistics, sys, os
def median(name):
    path = os.path.join(sys.argv[1], name + ".tsv")
    rows = [r for r in csv.DictReader(open(path), delimiter="\t") if r["exit"] == "0"]
    return statistics.median(float(r["wall_s"]) for r in rows), len(rows)
(b, nb), (w, nw) = median("depparse-base-en-1x"), median("depparse-with-en-1x")
print(f"English pipeline {b:.1f} s ({nb} runs), with depparse {w:.1f} s ({nw} runs): {w / b:.2f} x")
PY
