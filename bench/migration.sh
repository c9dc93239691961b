#!/usr/bin/env bash
# Imports a generated N-entry Pocket export (default 10,000) with --no-fetch into a fresh
# library through bin/lede, R times (default 3), and prints the seconds each run took and the
# entries per second of the median run. A second import of the same file (adds nothing) is timed too.
# Then the fetch phase beside 'lede add': F generated ~10 KB pages (default 500) served on
# loopback by python3's http.server, imported from a Pocket CSV (saved, then fetched 8 at a
# time) and, into another fresh library, added with 'lede add -' (8 at a time); both timed.
#
#   bench/migration.sh [--n N] [--runs R] [--fetch F]
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=10000
runs=3
fetch=500
while [ $# -gt 0 ]; do
    case "$1" in
        --n) n="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --fetch) fetch="$2"; shift 2 ;;
        *) echo "usage: bench/migration.sh [--n N] [--runs R] [--fetch F]" >&2; exit 2 ;;
    esac
done
work="$(mktemp -d "${TMPDIR:-/tmp}/lede-migration.XXXXXX")"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
csv="$work/part_000000.csv"
# Pocket's columns, as its 2024-2025 export writes them: titles with commas and quotes, | between tags.
python3 - "$n" "$csv" <<'PY'
import csv, random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(7)
words = ["harbour", "ferry", "council", "bike", "lanes", "river", "budget", "school", "tram", "park", "library", "festival"]
tags = ["city", "transit", "culture", "politics", "longread", "tech", "science"]
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["title", "url", "time_added", "cursor", "tags", "status"])
    for i in range(n):
        title = " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 9))).capitalize()
        if i % 7 == 0:
            title += ', "quoted", and more'
        host = "site%d.example.com" % rnd.randint(1, 400)
        url = "https://%s/%d/%s-%d" % (host, 2015 + i % 10, title.split()[0].lower(), i)
        t = "|".join(sorted(rnd.sample(tags, rnd.randint(0, 3))))
        w.writerow([title, url, 1_500_000_000 + i * 3600, "c%d" % i, t, "archive" if rnd.random() < 0.4 else "unread"])
PY
"$root/bin/lede" --version >/dev/null  # builds when needed, outside the timing
times=()
for r in $(seq 1 "$runs"); do
    rm -f "$work/lede.db"*
    start=$(date +%s.%N)
    "$root/bin/lede" --db "$work/lede.db" import --no-fetch "$csv" >"$work/out.txt"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
    grep "^imported" "$work/out.txt"
done
start=$(date +%s.%N)
"$root/bin/lede" --db "$work/lede.db" import --no-fetch "$csv" | grep "^imported"
again=$(echo "$(date +%s.%N) - $start" | bc)
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "Pocket export of $n entries, --no-fetch, empty library: runs ${times[*]} s; median $median s ($(echo "$n / $median" | bc) entries/s)"
echo "the same file again (nothing new): $again s"
echo "pending articles after import: $("$root/bin/lede" --db "$work/lede.db" list is:pending -n 0 --json | grep -o '"pending": true' | wc -l)"

[ "$fetch" -gt 0 ] || exit 0
mkdir -p "$work/site"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$fetch" "$work/site" "$port" "$work/fetch.csv" "$work/urls.txt" <<'PY'
import random, sys
n, site, port, csv_path, urls_path = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
rnd = random.Random(11)
words = ("the council voted on the new riverside lanes while ferry fares rose again and the harbour "
         "office said more boats would run in summer as crowds gathered at every stop").split()
with open(csv_path, "w") as c, open(urls_path, "w") as u:
    c.write("title,url,time_added,cursor,tags,status\n")
    for i in range(n):
        paras = "".join("<p>%s.</p>" % " ".join(rnd.choice(words) for _ in range(rnd.randint(40, 90))).capitalize()
                        for _ in range(12))
        page = ("<html><head><title>Story %d</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                "<article><h1>Story %d</h1>%s</article><footer>Copyright</footer></body></html>") % (i, i, paras)
        open("%s/story-%d.html" % (site, i), "w").write(page)
        url = "http://127.0.0.1:%s/story-%d.html" % (port, i)
        c.write("Story %d,%s,%d,,,unread\n" % (i, url, 1_600_000_000 + i))
        u.write(url + "\n")
PY
(cd "$work/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
sleep 1
start=$(date +%s.%N)
"$root/bin/lede" --db "$work/import.db" import "$work/fetch.csv" >"$work/import.txt" 2>&1 || true
import_s=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
"$root/bin/lede" --db "$work/add.db" add - <"$work/urls.txt" >"$work/add.txt" 2>&1 || true
add_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "fetch phase, $fetch pages on loopback, 8 at a time: import (save + fetch) $import_s s ($(grep '^fetched' "$work/import.txt")); lede add - $add_s s ($(tail -1 "$work/add.txt"))"
