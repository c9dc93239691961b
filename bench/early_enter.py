#!/usr/bin/env python3
"""Enter pressed soon after a new reader's first screen, while its start-up rehearsal runs,
for two or more builds, sessions interleaved.

    bench/early_enter.py RUNS DB LABEL=PATH/bin/lede ...

e.g. bench/early_enter.py 5 /tmp/lede-vs-newsboat/100000/lede.db before=/tmp/old/bin/lede after=bin/lede

Each session starts a build on a 120x40 pseudo-terminal over library DB (one made by
bench/vs-newsboat.sh: its titles start with "Report "), waits for the first screen's last
byte, waits DELAY more, and times Enter (from its write to the last byte of the article
drawn), for each DELAY of 0, 50, 100 and 200 ms. A key the rehearsal holds up (it reads the
library under the store's lock) shows here, in the maxima first. Prints per build and delay
the median, the upper quartile and the maximum.
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_session import PtySession  # noqa: E402

DELAYS = (0.0, 0.05, 0.1, 0.2)


def enter_after(lede, db, delay):
    s = PtySession([lede, "--db", db])
    s.burst(b"Report ", quiet=0.01)
    time.sleep(delay)
    t = s.key(b"\r")
    s.quit(b"Q")
    return float("nan") if t is None else t * 1000


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    runs, db = int(sys.argv[1]), sys.argv[2]
    builds = [a.split("=", 1) for a in sys.argv[3:]]
    results = {(label, d): [] for label, _ in builds for d in DELAYS}
    for r in range(runs):
        k = r % len(builds)
        for d in DELAYS:
            for label, lede in builds[k:] + builds[:k]:
                results[(label, d)].append(enter_after(lede, db, d))
    print("load average %.1f %.1f %.1f, %d runs each" % (os.getloadavg() + (runs,)))
    print("%-26s" % "Enter, ms: median / q3 / max" + "".join("%24s" % label for label, _ in builds))
    for d in DELAYS:
        cells = []
        for label, _ in builds:
            values = sorted(x for x in results[(label, d)] if x == x)
            if len(values) < 2:
                cells.append("%24s" % "-")
                continue
            q3 = statistics.quantiles(values, n=4)[2]
            cells.append("%24s" % ("%.1f / %.1f / %.1f" % (statistics.median(values), q3, values[-1])))
        print("%-26s" % ("%d ms after the first screen" % (d * 1000)) + "".join(cells))


if __name__ == "__main__":
    main()
