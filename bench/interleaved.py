#!/usr/bin/env python3
"""Whole-process times of commands run in turn (the order rotates every run): medians and
best of wall time, and the CPU time each process used (user + system, from wait4). On a
shared machine CPU and the ratios between commands hold better than wall times.

    bench/interleaved.py RUNS 'label=shell command' ...

e.g. bench/interleaved.py 20 'before=OLD/bin/lede --db DB list -n 50' 'after=bin/lede --db DB list -n 50'
"""
import os
import statistics
import sys
import time


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    runs = int(sys.argv[1])
    commands = [a.split("=", 1) for a in sys.argv[2:]]
    wall = {label: [] for label, _ in commands}
    cpu = {label: [] for label, _ in commands}
    null = os.open(os.devnull, os.O_RDWR)
    for r in range(runs):
        for label, command in commands[r % len(commands):] + commands[:r % len(commands)]:
            t0 = time.perf_counter()
            pid = os.fork()
            if pid == 0:
                os.dup2(null, 1)
                os.dup2(null, 2)
                os.execvp("bash", ["bash", "-c", command])
            _, _, usage = os.wait4(pid, 0)
            wall[label].append((time.perf_counter() - t0) * 1000)
            cpu[label].append((usage.ru_utime + usage.ru_stime) * 1000)
    print("load average %.1f %.1f %.1f, %d runs each" % (os.getloadavg() + (runs,)))
    for label, _ in commands:
        print("%-14s wall median %6.1f best %6.1f ms   CPU median %6.1f best %6.1f ms" % (
            label, statistics.median(wall[label]), min(wall[label]), statistics.median(cpu[label]), min(cpu[label])))


if __name__ == "__main__":
    main()
