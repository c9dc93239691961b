#!/usr/bin/env bash
# Feed refresh benchmark: serves FEEDS generated RSS feeds of ITEMS items each from loopback
# (spread over 8 loopback addresses, as feeds are over sites; each item links to a ~10 KB
# page), subscribes a fresh library to them with `lede import urls`, and times through the
# real CLI (JVM start included):
# Lede runs through bin/lede (class-data sharing, as a user starts it).
#   1. the first refresh with full text (every item's page fetched, extracted and saved),
#   2. a feed-only refresh of another fresh library (items saved from the feeds' own content),
#   3. a second refresh where nothing changed (every feed answers 304).
# The no-change refresh is also timed inside the JVM (FeedRefreshBench), without start-up.
# Prints items/s, CPU use (>100% means both cores busy), and, when newsboat is installed,
# its `-x reload` times on the same feeds beside Lede's. The first refreshes also print the
# cores Lede used and the cores it wanted (bench/cores.py: CPU time plus time its threads were
# ready but waited for a core): on a machine shared with other work, CPU use says what the
# others left, the cores wanted what it would keep busy alone.
#
#   bench/feeds.sh [FEEDS] [ITEMS]      (default 200 50; SKIP_BUILD=1 to reuse the jar)
set -euo pipefail
feeds="${1:-200}"
items="${2:-50}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package test-compile >/dev/null
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/lede-feeds.XXXXXX")"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
java="java -Djava.awt.headless=true -Dfile.encoding=UTF-8"
LEDE=(bin/lede)
lede() { "${LEDE[@]}" "$@"; }

$java -cp target/lede.jar:target/test-classes dev.lede.bench.LibraryGenerator --pages "$tmp/pages" 1000
$java -Xmx1g -cp target/lede.jar:target/test-classes dev.lede.bench.FeedServer \
    "$feeds" "$items" "$tmp/pages" 8 "$tmp/urls" > "$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do [ -s "$tmp/urls" ] && break; sleep 0.1; done
[ -s "$tmp/urls" ] || { cat "$tmp/server.log"; exit 1; }
total=$((feeds * items))

# Runs a command, prints "label: S s (CPU%)" and sets $secs.
timed() {
    local label="$1"; shift
    /usr/bin/time -f "%e %P" -o "$tmp/time" "$@" > "$tmp/out" 2>&1 || true
    read -r secs cpu < "$tmp/time"
    printf '%-44s %7.2f s  CPU %5s  %s\n' "$label" "$secs" "$cpu" "$(tail -1 "$tmp/out")"
}
# As timed, then the cores the command used and wanted.
timed_cores() {
    local label="$1"; shift
    timed "$label" python3 bench/cores.py -o "$tmp/cores" "$@"
    printf '%-44s %s\n' "" "$(cat "$tmp/cores" 2>/dev/null)"
}

echo "$feeds feeds x $items items = $total items, 8 loopback hosts, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
lede --db "$tmp/full.db" import "$tmp/urls" > /dev/null
lede --db "$tmp/full.db" feed list > /dev/null
timed "lede start-up (feed list of the 200 feeds)" "${LEDE[@]}" --db "$tmp/full.db" feed list
timed_cores "lede refresh, first, full text (-j 8)" "${LEDE[@]}" --db "$tmp/full.db" refresh -j 8
full=$secs
timed "lede refresh, nothing changed (all 304)" "${LEDE[@]}" --db "$tmp/full.db" refresh -j 8
same=$secs
timed "  the same in one JVM, 3 times (no start-up)" java -cp target/lede.jar:target/test-classes \
    dev.lede.bench.FeedRefreshBench "$tmp/full.db" 8 3
lede --db "$tmp/feedonly.db" import "$tmp/urls" > /dev/null
timed_cores "lede refresh --feed-only, first" "${LEDE[@]}" --db "$tmp/feedonly.db" refresh -j 8 --feed-only
feedonly=$secs
printf 'full text: %.0f items/s; feed-only: %.0f items/s; no-change refresh: %.2f s; load average now %s\n' \
    "$(echo "$total / $full" | bc -l)" "$(echo "$total / $feedonly" | bc -l)" "$same" "$(cut -d' ' -f1-3 /proc/loadavg)"

if command -v newsboat > /dev/null; then
    mkdir -p "$tmp/nb"
    printf 'reload-threads 8\n' > "$tmp/nb/config"
    NB=(env HOME="$tmp/nb" newsboat -u "$tmp/urls" -c "$tmp/nb/cache.db" -C "$tmp/nb/config" -x reload)
    timed "newsboat -x reload, first (feed text only)" "${NB[@]}"
    timed "newsboat -x reload, nothing changed" "${NB[@]}"
    echo "newsboat: reload-threads 8; it saves the feeds' own text only, no page is fetched or extracted"
else
    echo "newsboat not installed: apt-get install newsboat to compare"
fi
