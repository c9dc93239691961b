#!/usr/bin/env bash
# Scale check: fills DB (default /tmp/lede-scale-N.db) with N generated articles (default
# 100000; reused when it already holds them), then measures search p50/p99, related p50 and
# the store time per saved article in one warm JVM.
#
#   bench/scale.sh [N] [DB] [SEED]
set -euo pipefail
n="${1:-100000}"
db="${2:-/tmp/lede-scale-$n.db}"
seed="${3:-1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package test-compile >/dev/null
fi
exec java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -XX:+UseSerialGC -Xmx512m \
    -cp target/lede.jar:target/test-classes dev.lede.bench.ScaleBench "$db" "$n" "$seed"
