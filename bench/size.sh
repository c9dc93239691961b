#!/usr/bin/env bash
# Library size: imports folders of saved pages into fresh libraries (or reads library files,
# or generates one with --generate N) and prints the file size per character of article
# text with what takes the space, table by table (SQLite's dbstat).
#
#   bench/size.sh [--generate N] [--work DIR] [--json FILE] [PAGES_DIR | LIBRARY_FILE]...
#   bench/size.sh ../shared/bench/related/html ../shared/bench/extraction/html --generate 10000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${SKIP_BUILD:-}" != 1 ]; then
    (cd "$root" && mvn -B -q -o -DskipTests package test-compile >/dev/null)
fi
exec python3 "$root/bench/size.py" "$@"
