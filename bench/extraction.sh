#!/usr/bin/env bash
# Measures article extraction on a benchmark folder (html/, urls.tsv, ground-truth.json,
# evaluate.py): runs the extractor over every page in one warm JVM pinned to one core,
# writes the predictions to bench/out/extraction/ and prints precision, recall, F1 and
# pages per second.
#
# Usage: bench/extraction.sh PAGES_DIR [--no-build] [extra evaluate.py options, e.g. --worst 10]
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 1 ]; then sed -n '2,8p' "$0"; exit 2; fi
PAGES="$(cd "$1" && pwd)"
shift
BUILD=1
if [ "${1:-}" = "--no-build" ]; then BUILD=0; shift; fi
OUT="$HERE/bench/out/extraction"

cd "$HERE"
if [ "$BUILD" = 1 ]; then
    mvn -B -q -o package -DskipTests
fi
rm -rf "$OUT"
mkdir -p "$OUT"

PIN=()
if command -v taskset > /dev/null; then PIN=(taskset -c 0); fi
"${PIN[@]}" java -XX:ActiveProcessorCount=1 -Xmx512m \
    -cp "target/lede.jar:target/test-classes" dev.lede.extract.ExtractionBench "$PAGES" "$OUT"
python3 "$PAGES/evaluate.py" "$OUT" --bootstrap 0 "$@"
