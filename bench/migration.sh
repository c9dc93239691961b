#!/usr/bin/env bash
# Imports a generated N-entry Pocket export (default 10,000) with --no-fetch into a fresh
# library through bin/lede, R times (default 3), and prints the seconds each run took and the
# entries per second of the median run. A second import of the same file (adds nothing) is timed too.
#
#   bench/migration.sh [--n N] [--runs R]
set -euo pipefail
root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=10000
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --n) n="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        *) echo "usage: bench/migration.sh [--n N] [--runs R]" >&2; exit 2 ;;
    esac
done
work="$(mktemp -d "${TMPDIR:-/tmp}/lede-migration.XXXXXX")"
trap 'rm -rf "$work"' EXIT
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
(cd "$root" && bin/lede --db "$work/warm.db" stats >/dev/null)  # builds when needed, outside the timing
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
