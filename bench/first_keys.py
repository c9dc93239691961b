#!/usr/bin/env python3
"""The first keys of a new reader process, for two or more builds, sessions interleaved.

    bench/first_keys.py RUNS DB LABEL=PATH/bin/lede ...

e.g. bench/first_keys.py 16 /tmp/lede-vs-newsboat/1000/lede.db before=/tmp/old/bin/lede after=bin/lede

Each session starts a build on a 120x40 pseudo-terminal over library DB (one made by
bench/vs-newsboat.sh: its titles start with "Report "), waits for the first screen, then
times, as bench/vs-newsboat.sh does (from the key's write to the last byte of the answer):
the first three down keys, Enter, five page downs, and in the search prompt the first letter
(to the letter echoed and to its results), the median letter, and Enter. The order of the
builds rotates every run. Prints medians and quartiles per build: the start-up rehearsal and
the work for quiet moments show here first.
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_session import PtySession  # noqa: E402

DOWN, PAGE_DOWN, HOME = b"\x1bOB", b"\x1b[6~", b"\x1b[H"
QUERY = b"harbour ferry"


def ms(seconds):
    return float("nan") if seconds is None else seconds * 1000


def session(lede, db):
    f = {}
    s = PtySession([lede, "--db", db])
    s.burst(b"Report ")
    for i in (1, 2, 3):
        f["down %d" % i] = ms(s.key(DOWN))
    f["open"] = ms(s.key(b"\r"))
    s.key(HOME)
    pages = [s.key(PAGE_DOWN) for _ in range(5)]
    f["page down"] = ms(statistics.median([p for p in pages if p] or [None]))
    s.key(b"q")
    s.key(b"/")
    typed = [s.key_first_last(bytes([c]), quiet=0.3) for c in QUERY]
    f["letter 1 echoed"] = ms(typed[0][0])
    f["letter 1 results"] = ms(typed[0][1])
    f["letter echoed"] = ms(statistics.median([t[0] for t in typed if t[0]] or [None]))
    f["letter results"] = ms(statistics.median([t[1] for t in typed if t[1]] or [None]))
    f["search Enter"] = ms(s.key(b"\r", quiet=0.3))
    s.quit(b"Q")
    return f


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    runs, db = int(sys.argv[1]), sys.argv[2]
    builds = [a.split("=", 1) for a in sys.argv[3:]]
    results = {label: [] for label, _ in builds}
    for r in range(runs):
        k = r % len(builds)
        for label, lede in builds[k:] + builds[:k]:
            results[label].append(session(lede, db))
    print("load average %.1f %.1f %.1f, %d runs each" % (os.getloadavg() + (runs,)))
    print("%-18s" % "ms: median (q1-q3)" + "".join("%24s" % label for label, _ in builds))
    for key in results[builds[0][0]][0]:
        cells = []
        for label, _ in builds:
            values = sorted(x[key] for x in results[label] if x[key] == x[key])
            if len(values) < 2:
                cells.append("%24s" % "-")
                continue
            q1, _, q3 = statistics.quantiles(values, n=4)
            cells.append("%24s" % ("%.2f (%.2f-%.2f)" % (statistics.median(values), q1, q3)))
        print("%-18s" % key + "".join(cells))


if __name__ == "__main__":
    main()
