#!/usr/bin/env bash
# Times extraction of generated hostile pages (issue 16): deep nesting, huge runs of siblings,
# long words, many empty elements and more, each at N and 2N repetitions in one warm JVM
# pinned to one core. Prints CPU milliseconds per page, the 2N/N ratio (about 2 when the
# work is linear), what the default time budget does with the larger page, and the worst page.
#
# Usage: bench/hostile.sh [N] [--no-build]     (N: repetitions per shape, default 50000)
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
N=50000
BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        ''|*[!0-9]*) sed -n '2,8p' "$0"; exit 2 ;;
        *) N="$arg" ;;
    esac
done

cd "$HERE"
if [ "$BUILD" = 1 ]; then
    mvn -B -q -o package -DskipTests
    mvn -B -q -o test-compile
fi

PIN=()
if command -v taskset > /dev/null; then PIN=(taskset -c 0); fi
"${PIN[@]}" java -XX:ActiveProcessorCount=1 -Xmx1g \
    -cp "target/lede.jar:target/test-classes" dev.lede.extract.HostileBench "$N"
