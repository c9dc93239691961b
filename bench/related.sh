#!/usr/bin/env bash
# Related-stories benchmark: imports BENCH_DIR/html into a fresh temporary library, runs
# related stories for every article in one JVM, scores the predictions with
# BENCH_DIR/evaluate.py and prints P@5, nDCG@10 and the time per query.
#
#   bench/related.sh /work/shared/bench/related
set -euo pipefail
bench="${1:?usage: bench/related.sh BENCH_DIR}"
bench="$(cd "$bench" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package test-compile >/dev/null
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/lede-related.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
java="java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -XX:+UseSerialGC"

start=$(date +%s.%N)
$java -jar target/lede.jar --db "$tmp/lede.db" import "$bench/html" | tail -1
end=$(date +%s.%N)
echo "import: $(echo "$end - $start" | bc) s (one JVM, extraction included)"

$java -cp target/lede.jar:target/test-classes dev.lede.bench.RelatedBench "$tmp/lede.db" "$tmp/related.tsv" 10
python3 "$bench/evaluate.py" "$tmp/related.tsv" --articles "$bench/articles.jsonl" | tee "$tmp/eval.txt"
awk '$1 == "run" { printf "P@5 %s  nDCG@10 %s\n", $2, $5 }' "$tmp/eval.txt"
