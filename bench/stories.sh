#!/usr/bin/env bash
# Story-clustering benchmark: imports RELATED_DIR/html into a fresh temporary library with
# `lede import` (stories are assigned as each article is saved), prints `lede stories --all
# --json` in the evaluator's format and scores it with STORIES_DIR/evaluate.py; then draws the
# stories again with `lede stories --rebuild` and scores that too.
#
# With SCALE_DB=FILE it then times what story assignment adds to each save in a library of
# 100,000 articles (dev.lede.bench.StoryBench; FILE is generated first when it holds fewer,
# which takes a long while), next to a related-stories lookup of the same articles.
#
#   bench/stories.sh [RELATED_DIR] [STORIES_DIR]     (defaults: ../shared/bench/related, ../shared/bench/stories)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
related="$(cd "${1:-$root/../shared/bench/related}" && pwd)"
stories="$(cd "${2:-$root/../shared/bench/stories}" && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package test-compile >/dev/null
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/lede-stories.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
lede="java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -XX:+UseSerialGC -jar target/lede.jar --db $tmp/lede.db"

$lede import "$related/html" > "$tmp/import.log"
tail -1 "$tmp/import.log"
$lede stories --all --json -n 0 > "$tmp/stories.jsonl"
python3 bench/stories_pred.py "$tmp/import.log" "$tmp/stories.jsonl" > "$tmp/pred.jsonl"
echo "== incremental (assigned at each save, in import order)"
python3 "$stories/evaluate.py" "$tmp/pred.jsonl" --articles "$related/articles.jsonl" | tail -4
if [ -n "${KEEP_PRED:-}" ]; then cp "$tmp/pred.jsonl" "$KEEP_PRED"; fi

$lede stories --rebuild --all --json -n 0 2>/dev/null > "$tmp/rebuilt.jsonl"
python3 bench/stories_pred.py "$tmp/import.log" "$tmp/rebuilt.jsonl" > "$tmp/pred-rebuilt.jsonl"
echo "== lede stories --rebuild"
python3 "$stories/evaluate.py" "$tmp/pred-rebuilt.jsonl" --articles "$related/articles.jsonl" | tail -4

if [ -n "${SCALE_DB:-}" ]; then
    echo "== story assignment at 100,000 articles ($SCALE_DB)"
    java -Xmx1g -cp target/lede.jar:target/test-classes dev.lede.bench.StoryBench "$SCALE_DB" 100000 300 300
fi
