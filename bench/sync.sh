#!/usr/bin/env bash
# Sync benchmark: a real FreshRSS on loopback (../shared/servers/freshrss-up.sh) subscribed to
# FEEDS generated feeds of ITEMS items each, served with their ~6 KB article pages from a
# loopback web server; then times, in a fresh library, the first `lede sync` (every item saved
# with the full text of its page) and a second sync with nothing new, each with the number of
# requests it made to the sync server.
#
#   bench/sync.sh [FEEDS] [ITEMS]        (default 20 x 100 = 2,000 items; KEEP=1 keeps the library)
set -euo pipefail
feeds="${1:-20}"; items="${2:-100}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package >/dev/null
fi
bin/lede --version >/dev/null # the class-data archive, made once after a build
tmp="$(mktemp -d "${TMPDIR:-/tmp}/lede-sync-bench.XXXXXX")"
freshrss=../shared/servers/freshrss-up.sh
site_pid=""
cleanup() {
    "$freshrss" stop "$tmp/freshrss" >/dev/null 2>&1 || true
    if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; fi
    if [ "${KEEP:-}" = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
free_port() {
    local p=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

site_port=$(free_port 18300)
python3 - "$tmp/site" "$site_port" "$feeds" "$items" <<'PY'
import os, sys
root, port, feeds, items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
base = f"http://127.0.0.1:{port}"
words = ("council river road parking shops evening ferry fares harbour lanes cyclists budget school"
         " library museum market bridge tram station housing").split()
for f in range(feeds):
    os.makedirs(f"{root}/f{f}", exist_ok=True)
    entries = []
    for i in range(items):
        link = f"{base}/f{f}/story-{i}.html"
        title = f"Story {i} of feed {f}: {words[(i + f) % len(words)]} {words[(i * 7 + f) % len(words)]}"
        paragraphs = "".join(
            "<p>" + " ".join(words[(i * p + f + k) % len(words)] for k in range(60)) + ".</p>" for p in range(1, 9))
        with open(f"{root}/f{f}/story-{i}.html", "w") as page:
            page.write(f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
                       f"<article><h1>{title}</h1>{paragraphs}</article><footer>Footer</footer></body></html>")
        entries.append(f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
                       f"<description>Summary of story {i}.</description>"
                       f"<pubDate>Sun, 29 Nov 2026 {i % 24:02d}:{i % 60:02d}:00 GMT</pubDate></item>")
    with open(f"{root}/f{f}/feed.xml", "w") as feed:
        feed.write(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed {f}</title><link>{base}/f{f}/</link>"
                   + "".join(entries) + "</channel></rss>")
PY
(cd "$tmp/site" && exec python3 -m http.server "$site_port" --bind 127.0.0.1 >/dev/null 2>&1) &
site_pid=$!

port=$(free_port 18400)
settings=$("$freshrss" start "$tmp/freshrss" "$port")
url=$(sed -n 's/^FRESHRSS_URL=//p' <<<"$settings")
user=$(sed -n 's/^FRESHRSS_USER=//p' <<<"$settings")
password=$(sed -n 's/^FRESHRSS_PASSWORD=//p' <<<"$settings")
auth=$(curl -fsS -d "Email=$user&Passwd=$password" "$url/accounts/ClientLogin" | sed -n 's/^Auth=//p')
token=$(curl -fsS -H "Authorization: GoogleLogin auth=$auth" "$url/reader/api/0/token")
for f in $(seq 0 $((feeds - 1))); do
    curl -fsS -H "Authorization: GoogleLogin auth=$auth" \
        --data-urlencode "quickadd=http://127.0.0.1:$site_port/f$f/feed.xml" --data-urlencode "T=$token" \
        "$url/reader/api/0/subscription/quickadd" >/dev/null
done
unread=$(curl -fsS -H "Authorization: GoogleLogin auth=$auth" \
    "$url/reader/api/0/stream/items/ids?output=json&s=user/-/state/com.google/reading-list&xt=user/-/state/com.google/read&n=100000" \
    | grep -o '"id"' | wc -l)
echo "FreshRSS on 127.0.0.1:$port: $feeds feeds, $unread unread items"

lede() { bin/lede --db "$tmp/lede.db" "$@"; }
LEDE_SYNC_PASSWORD="$password" lede sync add "$url" --user "$user" >/dev/null
# Wall time moves with whatever else runs on the host; the process's CPU time much less.
for run in "first sync" "no-change sync"; do
    line=$(/usr/bin/time -f '%e %U %S' -o "$tmp/time" bin/lede --db "$tmp/lede.db" sync)
    read -r wall user sys <"$tmp/time"
    printf '%-15s %6.2f s wall, %6.2f s CPU  %s\n' "$run:" "$wall" "$(echo "$user + $sys" | bc)" "$line"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
lede stats | sed -n '1,3p'
