#!/usr/bin/env bash
# Times layout (article HTML to lines at 40, 80 and 200 columns) of generated hostile markup:
# long words, words of many styled pieces, deep nesting, huge flat runs, wide and tall tables,
# many links. Each shape at three sizes, doubling: the time should double too (linear).
# Prints one row per page and the worst page.
#
# Usage: bench/layout-hostile.sh [MAX_CHARS (default 1000000)] [--no-build]
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
MAX="${1:-1000000}"
cd "$HERE"
if [ "${2:-}" != "--no-build" ]; then
    mvn -B -q -o package -DskipTests
fi
java -Xmx1g -cp "target/lede.jar:target/test-classes" dev.lede.render.LayoutHostileBench "$MAX"
