#!/usr/bin/env bash
# depparse-negation.sh RUN EXPORT [PROFILE]: where CoreNLP's dependency parse and the token window
# disagree on which stance cues a negator flips (issue 19: the parse's gain, beside its cost in
# depparse.sh). RUN is a blind run folder of EXPORT (a portal export with declared answers, e.g.
# ../shared/real/ai-white-paper-2020; PROFILE its consultation, default ai-white-paper-2020); only
# its fit-part respondents' English passages that carry a topic are read (DepparseNegation.java).
# One line goes to results/depparse-negation.tsv; up to 60 disagreeing cues, with their sentence,
# to $BENCH_WORK/depparse-negation/examples.tsv (real text: not committed).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_build
if [[ $# -lt 2 ]]; then
  echo "usage: $0 RUN EXPORT [PROFILE]" >&2
  exit 2
fi
out="$work_dir/depparse-negation"
mkdir -p "$out/classes"
javac -nowarn -d "$out/classes" -cp "$classpath" "$bench_dir/DepparseNegation.java"
# shellcheck disable=SC2046
java -Xmx"${FLOOR_HEAP:-4g}" $(cat "$repo_dir/jobs/target/classes/chorus-jvm.options") \
  -Dbench.commit="$(git -C "$repo_dir" rev-parse --short HEAD)" -cp "$out/classes:$classpath" \
  DepparseNegation "$1" "$2" "${3:-ai-white-paper-2020}" "$results_dir/depparse-negation.tsv" \
  depparse-negation-fit "$out/examples.tsv" 2>&1 | grep -v -e ' INFO ' -e ' WARN ' -e '^\s*at '
