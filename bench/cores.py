#!/usr/bin/env python3
"""Cores a command used and cores it wanted, on a machine shared with other work (Linux).

    bench/cores.py [-o FILE] COMMAND [ARG]...

Runs COMMAND (output passed through), reads every thread's /proc/PID/task/TID/schedstat
every 0.2 s (time on a core, time runnable but waiting for one) and prints on stderr (or
in FILE):

    cores: used 0.61, wanted 1.76 (running or runnable), waited 0.71 s per CPU second

"used" is CPU time over wall time, what /usr/bin/time's %P says (divided by 100); it is
capped by what the other processes leave. "wanted" adds the time threads were ready to run
but waited for a core: the cores the command would keep busy on an idle machine, as long as
that is at most the machine's. A command that waits on locks, the network or the disk wants
fewer cores than it has threads. Only the process COMMAND becomes is watched (bin/lede
execs java), not its children.
"""
import glob
import subprocess
import sys
import time


def read(pid, last):
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(task + "/schedstat") as f:
                run, wait, _ = f.read().split()
            last[task] = (int(run), int(wait))
        except (OSError, ValueError):
            pass  # the thread ended between listing and reading: its last reading stands


def main():
    args = sys.argv[1:]
    out = None
    if args[:1] == ["-o"] and len(args) > 1:
        out, args = args[1], args[2:]
    if not args:
        sys.exit(__doc__)
    start = time.monotonic()
    process = subprocess.Popen(args)
    last = {}
    while process.poll() is None:
        read(process.pid, last)
        time.sleep(0.2)
    wall = time.monotonic() - start
    run = sum(r for r, _ in last.values()) / 1e9
    wait = sum(w for _, w in last.values()) / 1e9
    line = (f"cores: used {run / wall:.2f}, wanted {(run + wait) / wall:.2f} (running or runnable), "
            f"waited {wait / run if run else 0:.2f} s per CPU second")
    if out:
        with open(out, "w") as f:
            print(line, file=f)
    else:
        print(line, file=sys.stderr)
    sys.exit(process.returncode)


if __name__ == "__main__":
    main()
