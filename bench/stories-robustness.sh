#!/usr/bin/env bash
# Robustness of story clustering: imports the story benchmark's pages in R random orders
# (seeds 1..R), optionally mixed with unrelated pages (DISTRACTORS=DIR of .html files), and
# scores each run's incremental stories, over all topics and over two fixed halves of the
# topics (odd and even topic numbers).
#
#   bench/stories-robustness.sh [R] [RELATED_DIR] [STORIES_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
related="$(cd "${2:-$root/../shared/bench/related}" && pwd)"
stories="$(cd "${3:-$root/../shared/bench/stories}" && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package >/dev/null
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/lede-stories-robust.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
python3 - "$related/articles.jsonl" "$tmp" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for half, keep in (("odd", 1), ("even", 0)):
    with open(f"{sys.argv[2]}/{half}.jsonl", "w", encoding="utf-8") as out:
        for r in rows:
            if int(r["group"].lstrip("T")) % 2 == keep:
                out.write(json.dumps(r) + "\n")
PY
java="java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -XX:+UseSerialGC -jar ${JAR:-target/lede.jar}"
for seed in $(seq 1 "$runs"); do
    db="$tmp/lede-$seed.db"
    { ls "$related"/html/*.html; if [ -n "${DISTRACTORS:-}" ]; then ls "$DISTRACTORS"/*.html; fi; } \
        | python3 -c "import random,sys; l=sys.stdin.read().split(); random.Random($seed).shuffle(l); print('\n'.join(l))" \
        > "$tmp/order-$seed.txt"
    # Files are stored in the order given, so ids follow the shuffled order.
    xargs -a "$tmp/order-$seed.txt" $java --db "$db" import > "$tmp/import-$seed.log" 2>&1 || true
    $java --db "$db" stories --all --json -n 0 > "$tmp/stories-$seed.jsonl"
    python3 bench/stories_pred.py "$tmp/import-$seed.log" "$tmp/stories-$seed.jsonl" > "$tmp/pred-$seed.jsonl"
    all=$(python3 "$stories/evaluate.py" "$tmp/pred-$seed.jsonl" --articles "$related/articles.jsonl" | tail -1)
    odd=$(python3 "$stories/evaluate.py" "$tmp/pred-$seed.jsonl" --articles "$tmp/odd.jsonl" | tail -1)
    even=$(python3 "$stories/evaluate.py" "$tmp/pred-$seed.jsonl" --articles "$tmp/even.jsonl" | tail -1)
    f1() { echo "$1" | sed -E 's/.*B3 P ([0-9.]+) R ([0-9.]+) F1 ([0-9.]+).*V ([0-9.]+) \| ARI ([0-9.]+).*/P \1 R \2 F1 \3 V \4 ARI \5/'; }
    echo "order $seed: all: $(f1 "$all") | odd topics F1 $(f1 "$odd" | awk '{print $6}') | even topics F1 $(f1 "$even" | awk '{print $6}') | $(echo "$all" | grep -o 'merged w/ distractors [0-9]*')"
done
