#!/usr/bin/env bash
# Scale suite: on a generated library of N articles (default 100,000; made once and reused
# from DB, default /tmp/lede-bench/lede-N.db) measures search, related stories, key press to
# redrawn screen (in one JVM), then through bin/lede: cold start of `lede list -n 50`, the
# reader's first frame, keys and peak RSS on a pseudo-terminal, `lede show` of a 20,000-word
# article, `lede import` of generated ~10 KB pages, and the file size. Prints one table
# (median and p99 of each) and writes bench/out/scale.json.
#
#   bench/scale.sh [--n N] [--db DB] [--seed S] [--pages P] [--runs R]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package test-compile >/dev/null
    bin/lede --help >/dev/null 2>&1 || true  # prepares bin/lede's class-data archive
fi
exec python3 bench/scale.py "$@"
