#!/usr/bin/env python3
"""Start to the first list on screen of readers run in turn (the order rotates every run), on
a 120x40 pseudo-terminal, timed as bench/vs_newsboat.py times it (to the last byte of the first
burst that shows a row titled "Report "): medians and best.

    bench/first_screen.py RUNS LIBRARY 'label=path/to/bin/lede' ...
"""
import os
import signal
import statistics
import sys
import time

from pty_session import PtySession


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    runs, library = int(sys.argv[1]), sys.argv[2]
    readers = [a.split("=", 1) for a in sys.argv[3:]]
    times = {label: [] for label, _ in readers}
    for r in range(runs):
        for label, lede in readers[r % len(readers):] + readers[:r % len(readers)]:
            s = PtySession([lede, "--db", library])
            end = s.burst(b"Report ")
            times[label].append((end - s.t0) * 1000)
            time.sleep(0.05)
            s.quit(b"Q")
            try:
                os.waitpid(s.pid, 0)
                os.close(s.fd)
            except OSError:
                pass
    print("load average %.1f %.1f %.1f, %d runs each" % (os.getloadavg() + (runs,)))
    for label, _ in readers:
        print("%-12s first screen median %6.1f best %6.1f ms" % (label, statistics.median(times[label]), min(times[label])))


if __name__ == "__main__":
    main()
