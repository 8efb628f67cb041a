#!/usr/bin/env bash
# Long fuzz run of the property tests (jobs/src/test/java/eu/chorus/fuzz): metadata CSV parsing,
# passage splitting and CSV writing with many more generated inputs than the test suite's 300.
# Usage: jobs/fuzz/run.sh [tries per property, default 100000]
# A failure prints the shrunk input and the seed; jqwik replays it first on the next run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tries="${1:-100000}"
cd "$root"
exec mvn -B -q -o test -pl jobs -Dtest='*FuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Djqwik.tries.default="$tries"
