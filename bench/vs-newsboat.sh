#!/usr/bin/env bash
# Lede beside newsboat on the same generated articles, through a pseudo-terminal, interleaved:
# start to first screen, start to the article list, a key, opening an article, a page down,
# a search, peak RSS and the one-shot list command, at N = 1,000, 10,000 and 100,000.
# Installs newsboat (Debian package) when it is missing. Libraries are made once and kept
# under --work (default /tmp/lede-vs-newsboat).
#
#   bench/vs-newsboat.sh [--n N...] [--runs R] [--work DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if ! command -v newsboat >/dev/null 2>&1; then
    echo "installing newsboat (Debian package) ..." >&2
    sudo_if_needed=""
    [ "$(id -u)" = 0 ] || sudo_if_needed="sudo"
    $sudo_if_needed apt-get update -qq && $sudo_if_needed apt-get install -y -qq newsboat >/dev/null
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -o -DskipTests package >/dev/null
    bin/lede --help >/dev/null 2>&1 || true  # prepares bin/lede's class-data archive
fi
exec python3 bench/vs_newsboat.py "$@"
