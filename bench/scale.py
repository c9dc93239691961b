#!/usr/bin/env python3
"""Scale suite: whole-process measurements through bin/lede, plus the in-process half
(dev.lede.bench.ScaleBench), printed as one table and written to bench/out/scale.json.

Run through bench/scale.sh, which builds first. Each figure is the median and the p99
(nearest rank) over repeated runs; page cache warm, JVM cold for process figures.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

from pty_session import PtySession

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEDE = os.path.join(ROOT, "bin", "lede")
CP = os.path.join(ROOT, "target", "lede.jar") + ":" + os.path.join(ROOT, "target", "test-classes")
JAVA = ["java", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC"]


def pct(samples, p):
    s = sorted(samples)
    k = max(0, min(len(s) - 1, -(-len(s) * p // 100) - 1))
    return s[int(k)]


def summary(samples, unit):
    return {"median": round(pct(samples, 50), 3), "p99": round(pct(samples, 99), 3),
            "runs": len(samples), "unit": unit}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def lede(db, *args, **kw):
    return subprocess.run([LEDE, "--db", db, *args], capture_output=True, text=True, **kw)


def timed(cmd, runs, warmup=1):
    """Wall seconds of a whole process, and its peak RSS (KB) from /usr/bin/time -v."""
    times, rss = [], []
    for i in range(warmup + runs):
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
        t = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
        if i >= warmup:
            times.append(t)
            rss.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)))
    return times, rss, p


def tui(db, runs):
    first, keys, rss = [], {"list_down": [], "reader_open": [], "reader_page_down": [],
                            "search": [], "related": []}, []
    for i in range(runs + 1):
        t = PtySession([LEDE, "--db", db])
        end = t.burst(b"unread")  # the list header: "12/1614 unread"
        if i > 0:
            first.append(end - t.t0)
        for _ in range(10):
            v = t.key(b"j")
            if v and i > 0:
                keys["list_down"].append(v)
        v = t.key(b"\r")
        if i > 0 and v:
            keys["reader_open"].append(v)
        for _ in range(5):
            v = t.key(b" ")
            if v and i > 0:
                keys["reader_page_down"].append(v)
        v = t.key(b"r", quiet=0.6)  # the list of related stories comes from the background
        if i > 0 and v:
            keys["related"].append(v)
        t.key(b"q")
        t.key(b"q")
        t.key(b"/")
        t.key(b"bike lanes")
        v = t.key(b"\r")
        if i > 0 and v:
            keys["search"].append(v)
        t.key(b"\x1b")
        rss.append(t.peak_rss_kb())
        t.quit()
    return first, keys, rss


def long_article(path, words):
    rnd = random.Random(20000)
    syl = "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru".split()
    vocab = ["".join(rnd.choice(syl) for _ in range(rnd.randint(1, 4))) for _ in range(5000)]
    out, n = ["A very long read of twenty thousand words", ""], 0
    while n < words:
        sentence = [rnd.choice(vocab) for _ in range(rnd.randint(8, 22))]
        n += len(sentence)
        out.append(" ".join(sentence).capitalize() + ".")
        if rnd.random() < 0.2:
            out.append("")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "scale.json"))
    a = ap.parse_args()
    db = a.db or "/tmp/lede-bench/lede-%d.db" % a.n
    work = os.path.dirname(os.path.abspath(db))
    os.makedirs(work, exist_ok=True)
    results, notes = {}, {}

    log("in-process: library of %d articles at %s (generated when missing)..." % (a.n, db))
    p = subprocess.run(JAVA + ["-Xmx1g", "-cp", CP, "dev.lede.bench.ScaleBench", db, str(a.n), str(a.seed)],
                       stdout=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise SystemExit("ScaleBench failed")
    for name, v in json.loads(p.stdout.strip().splitlines()[-1]).items():
        results[name] = {"median": v["median_ms"], "p99": v["p99_ms"], "runs": v["runs"], "unit": "ms"}

    # The long article for lede show, imported once.
    txt = os.path.join(work, "long-20000-words.txt")
    if not os.path.exists(txt):
        long_article(txt, 20_000)
    out = lede(db, "import", txt).stdout
    m = re.search(r"(?:saved as|already saved as) #(\d+)", out)
    long_id = m.group(1)

    subprocess.run(["sqlite3", db, "PRAGMA wal_checkpoint(TRUNCATE)"], capture_output=True)
    stats = json.loads(lede(db, "stats", "--json").stdout)
    size = os.path.getsize(db)
    results["file_bytes_per_article"] = {"value": round(size / stats["articles"]), "unit": "bytes"}
    results["file_to_text_ratio"] = {"value": round(size / stats["text_chars"], 2), "unit": "x"}
    notes["library"] = {"articles": stats["articles"], "file_bytes": size, "text_chars": stats["text_chars"]}

    log("process: lede list -n 50 ...")
    t, rss, _ = timed([LEDE, "--db", db, "list", "-n", "50"], a.runs)
    results["cold_list_50"] = summary([x * 1000 for x in t], "ms")
    results["cold_list_50_rss"] = summary([x / 1024 for x in rss], "MB")

    log("process: lede show of a 20,000-word article ...")
    t, _, _ = timed([LEDE, "--db", db, "show", long_id, "--width", "80"], a.runs)
    results["cold_show_20000_words"] = summary([x * 1000 for x in t], "ms")

    log("process: the reader on a pseudo-terminal ...")
    first, keys, rss = tui(db, max(3, a.runs // 2))
    results["tui_first_frame"] = summary([x * 1000 for x in first], "ms")
    for k, v in keys.items():
        if v:
            results["tui_process_key_" + k] = summary([x * 1000 for x in v], "ms")
    results["tui_peak_rss"] = summary([x / 1024 for x in rss], "MB")

    log("process: lede import of %d generated pages ..." % a.pages)
    pages = os.path.join(work, "pages-%d" % a.pages)
    if not os.path.isdir(pages):
        subprocess.run(JAVA + ["-cp", CP, "dev.lede.bench.LibraryGenerator", "--pages", pages, str(a.pages)],
                       check=True)
    fresh, big, cpu = [], [], []
    for i in range(3):
        target = os.path.join(work, "import-fresh.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        t, _, proc = timed([LEDE, "--db", target, "import", pages], 1, warmup=0)
        fresh.append(a.pages / t[0])
        cpu.append(int(re.search(r"Percent of CPU this job got: (\d+)%", proc.stderr).group(1)))
    for i in range(2):
        target = os.path.join(work, "import-big.db")
        shutil.copyfile(db, target)
        for suffix in ("-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        t, _, proc = timed([LEDE, "--db", target, "import", pages], 1, warmup=0)
        big.append(a.pages / t[0])

    # What placing an article in its story adds to a save at this size (issue 14): on the copy
    # the imports went into, StoryBench times the probe (on the extracting thread, outside the
    # store's lock) and the linking (under it) of 300 articles after placing 300 to warm up.
    log("in-process: story placement per saved article ...")
    p = subprocess.run(JAVA + ["-Xmx1g", "-cp", CP, "dev.lede.bench.StoryBench", target, str(a.n), "300", "300"],
                       stdout=subprocess.PIPE, text=True)
    names = {"saving: the probe": "story_probe_per_save", "saving: the linking": "story_link_per_save_under_lock",
             "story assignment under the lock": "story_assign_from_scratch",
             "related stories of the same": "story_bench_related_yardstick"}
    for line in p.stdout.splitlines():
        m = re.match(r"(.*?): median ([\d.]+) ms, p99 ([\d.]+) ms, mean ([\d.]+) ms \((\d+) articles\)", line)
        for prefix, key in names.items():
            if m and m.group(1).startswith(prefix):
                results[key] = {"median": float(m.group(2)), "p99": float(m.group(3)), "runs": int(m.group(5)),
                                "unit": "ms"}
    os.remove(os.path.join(work, "import-big.db"))
    results["import_pages_per_s_empty_library"] = summary(fresh, "articles/s")
    results["import_pages_per_s_into_library"] = summary(big, "articles/s")
    results["import_cpu_percent"] = summary(cpu, "%")

    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump({"n": a.n, "db": db, "results": results, "notes": notes,
                   "machine": {"cores": os.cpu_count()}}, f, indent=2)
    print("%-36s %12s %12s %6s  %s" % ("measure", "median", "p99", "runs", "unit"))
    for k, v in results.items():
        if "value" in v:
            print("%-36s %12s %12s %6s  %s" % (k, v["value"], "", "", v["unit"]))
        else:
            print("%-36s %12.2f %12.2f %6d  %s" % (k, v["median"], v["p99"], v["runs"], v["unit"]))
    print("written to", a.out)


if __name__ == "__main__":
    main()
