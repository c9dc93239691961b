#!/usr/bin/env python3
"""Lede beside newsboat on the same N articles, measured the same way on a pseudo-terminal.

For each N: the same generated articles become one RSS feed for newsboat (loaded with
`newsboat -x reload`) and saved pages for Lede (loaded with `lede import`), made once and
kept under --work. Then, interleaved run by run (the order flips every run), each program
is started on a 120x40 pseudo-terminal and timed from its start or a key to the last byte
it writes in answer (pty_session.PtySession): first screen, the article list, a move down,
opening an article, a page down, a key typed in the search prompt (to the letter echoed, and
for Lede, which searches as you type, to the results shown) and its Enter; its peak
RSS; and the one-shot list command (`lede list -n 50` against `newsboat -x print-unread`)
as a whole process. Prints one table
per N with medians and the ratio Lede / newsboat (below 1: Lede is faster or smaller), and
writes every sample to bench/out/vs-newsboat.json.

Run through bench/vs-newsboat.sh, which builds Lede and installs newsboat when missing.
"""
import argparse
import html
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

from pty_session import PtySession

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEDE = os.path.join(ROOT, "bin", "lede")
NEWSBOAT = shutil.which("newsboat") or "/usr/bin/newsboat"
DOWN, PAGE_DOWN, HOME = b"\x1bOB", b"\x1b[6~", b"\x1b[H"  # what a terminal sends in keypad mode
QUERY = b"harbour ferry"


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def articles(n, seed=7):
    """n deterministic articles: title, link, date, paragraphs (about 1,300 words each: longer
    than a 120x40 screen, so that a page down always has somewhere to go)."""
    rnd = random.Random(seed)
    syl = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu".split()
    vocab = ["".join(rnd.choice(syl) for _ in range(rnd.randint(1, 4))) for _ in range(20000)]
    real = "council harbour ferry bike lanes election budget school river storm market rail".split()
    start = 1_420_070_400  # 2015-01-01
    for i in range(n):
        words = lambda k: " ".join(rnd.choice(real) if rnd.random() < 0.02 else rnd.choice(vocab) for _ in range(k))
        title = "Report %d: %s" % (i, words(rnd.randint(4, 9)).capitalize())
        paragraphs = [words(rnd.randint(60, 110)).capitalize() + "." for _ in range(rnd.randint(12, 18))]
        yield {"title": title, "link": "https://bench.example/%d/story" % i,
               "date": start + i * (315_360_000 // max(n, 1)), "paragraphs": paragraphs}


def rfc822(t):
    return time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(t))


def prepare(n, work):
    """Writes the feed and the pages once, loads newsboat's cache and Lede's library."""
    d = os.path.join(work, str(n))
    done = os.path.join(d, "ready")
    if os.path.exists(done):
        return d
    shutil.rmtree(d, ignore_errors=True)
    pages = os.path.join(d, "pages")
    os.makedirs(pages)
    log("n=%d: writing the feed and %d pages ..." % (n, n))
    with open(os.path.join(d, "feed.xml"), "w") as feed:
        feed.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                   "<title>Bench</title><link>https://bench.example/</link><description>bench</description>\n")
        for i, a in enumerate(articles(n)):
            body = "".join("<p>%s</p>" % html.escape(p) for p in a["paragraphs"])
            title = html.escape(a["title"])
            feed.write("<item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"
                       "<description><![CDATA[%s]]></description></item>\n"
                       % (title, a["link"], a["link"], rfc822(a["date"]), body))
            day = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(a["date"]))
            sub = os.path.join(pages, "%03d" % (i // 1000))
            if i % 1000 == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, "%d.html" % i), "w") as page:
                page.write('<!doctype html><html><head><meta charset="utf-8"><title>%s</title>'
                           '<link rel="canonical" href="%s"><meta property="article:published_time" content="%s">'
                           "</head><body><article><h1>%s</h1>%s</article></body></html>"
                           % (title, a["link"], day, title, body))
        feed.write("</channel></rss>\n")
    with open(os.path.join(d, "urls"), "w") as f:
        f.write("file://%s\n" % os.path.join(d, "feed.xml"))
    open(os.path.join(d, "config"), "w").close()
    log("n=%d: newsboat -x reload ..." % n)
    t0 = time.perf_counter()
    subprocess.run(newsboat_argv(d) + ["-x", "reload"], check=True, capture_output=True)
    log("  %.1f s" % (time.perf_counter() - t0))
    log("n=%d: lede import ..." % n)
    t0 = time.perf_counter()
    p = subprocess.run([LEDE, "--db", os.path.join(d, "lede.db"), "import", pages], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit("lede import failed: %s" % p.stderr[-2000:])
    log("  %.1f s" % (time.perf_counter() - t0))
    shutil.rmtree(pages)  # the library holds them now
    open(done, "w").close()
    return d


def newsboat_argv(d):
    return [NEWSBOAT, "-u", os.path.join(d, "urls"), "-c", os.path.join(d, "cache.db"),
            "-C", os.path.join(d, "config")]


def lede_argv(d):
    return [LEDE, "--db", os.path.join(d, "lede.db")]


def session(name, d):
    """One start of one program: every figure of the TUI table, in ms (RSS in MB)."""
    f = {}
    if name == "lede":
        s = PtySession(lede_argv(d))
        end = s.burst(b"Report ")
        f["first_screen"] = f["article_list"] = end - s.t0
    else:
        s = PtySession(newsboat_argv(d))
        end = s.burst(b"Your feeds")
        f["first_screen"] = end - s.t0
        s.key(b"\r", want=b"Articles in feed")
        f["article_list"] = time.perf_counter() - s.t0
        # the end of that burst, not the moment it was noticed to have ended
        f["article_list"] -= 0.15
    downs = [s.key(DOWN) for _ in range(10)]
    f["down"] = statistics.median([x for x in downs if x] or [float("nan")])
    f["open_article"] = s.key(b"\r") or float("nan")
    if name == "lede":
        s.key(HOME)  # Lede reopens an article where it was left; newsboat always at the top
    pages = [s.key(PAGE_DOWN) for _ in range(5)]
    f["page_down"] = statistics.median([x for x in pages if x] or [float("nan")])
    s.key(b"q")
    s.key(b"/")
    # Lede searches as each key is typed (newsboat only echoes it): the first byte of the
    # answer is the letter echoed (Lede draws it before it searches), the last byte the
    # results (Lede) or again the echo (newsboat). The quiet gap that ends the answer is long
    # enough for a search at 100,000 articles, so that results are never cut off.
    typed = [s.key_first_last(bytes([c]), quiet=0.3) for c in QUERY]
    f["search_echo"] = statistics.median([x[0] for x in typed if x[0]] or [float("nan")])
    f["search_key"] = statistics.median([x[1] for x in typed if x[1]] or [float("nan")])
    f["search"] = s.key(b"\r", quiet=0.3) or float("nan")
    f = {k: v * 1000 for k, v in f.items()}
    f["peak_rss_mb"] = s.peak_rss_kb() / 1024
    s.quit(b"Q")
    return f


def one_shot(name, d):
    argv = lede_argv(d) + ["list", "-n", "50"] if name == "lede" else newsboat_argv(d) + ["-x", "print-unread"]
    t0 = time.perf_counter()
    p = subprocess.run(argv, capture_output=True)
    t = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(argv), p.stderr[-2000:].decode(errors="replace")))
    return t * 1000


ROWS = [("first_screen", "start to first screen", "ms"), ("article_list", "start to the article list", "ms"),
        ("down", "down key to redrawn screen", "ms"), ("open_article", "open an article", "ms"),
        ("page_down", "page down in the article", "ms"),
        ("search_echo", "search prompt: the letter echoed", "ms"),
        # newsboat searches on Enter only: the results of a typed key are Lede's alone
        ("search_key", "search prompt: a typed key's results (Lede)", "ms"),
        ("search", "search to results (Enter)", "ms"),
        ("peak_rss_mb", "reader peak RSS", "MB"), ("one_shot", "lede list -n 50 / newsboat -x print-unread", "ms")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default="/tmp/lede-vs-newsboat")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "vs-newsboat.json"))
    ap.add_argument("--prepare-only", action="store_true", help="make the libraries, measure nothing")
    a = ap.parse_args()
    if a.prepare_only:
        for n in a.n:
            prepare(n, a.work)
        return
    report = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "load": os.getloadavg(),
              "cores": os.cpu_count(), "sizes": {}}
    for n in a.n:
        d = prepare(n, a.work)
        # Opens the library once outside the timings: a library made by an older Lede is
        # migrated here, not in the first measured start.
        subprocess.run(lede_argv(d) + ["stats"], capture_output=True, check=True)
        samples = {p: {k: [] for k, _, _ in ROWS} for p in ("lede", "newsboat")}
        for name in ("lede", "newsboat"):  # one unmeasured start each: page cache warm for both
            session(name, d)
        for r in range(a.runs):
            order = ("lede", "newsboat") if r % 2 == 0 else ("newsboat", "lede")
            for name in order:
                for k, v in session(name, d).items():
                    samples[name][k].append(v)
                samples[name]["one_shot"].append(one_shot(name, d))
            log("n=%d: run %d/%d done" % (n, r + 1, a.runs))
        report["sizes"][n] = samples
        print("\nN = %d articles (%d interleaved runs, medians)" % (n, a.runs))
        print("| %-44s | %10s | %10s | %13s |" % ("measure", "Lede", "newsboat", "Lede/newsboat"))
        print("|%s|%s|%s|%s|" % ("-" * 46, "-" * 12, "-" * 12, "-" * 15))
        for k, label, unit in ROWS:
            mine = statistics.median(samples["lede"][k])
            if k == "search_key":  # newsboat has no results to show here, only the echo
                print("| %-44s | %7.1f %-2s | %10s | %13s |" % (label, mine, unit, "-", "-"))
                continue
            theirs = statistics.median(samples["newsboat"][k])
            ratio = mine / theirs if theirs else float("nan")
            print("| %-44s | %7.1f %-2s | %7.1f %-2s | %12.2fx |" % (label, mine, unit, theirs, unit, ratio))
        sys.stdout.flush()
    report["load_after"] = os.getloadavg()
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump(report, f, indent=1)
    print("\nmachine: %d cores, load average %.2f before, %.2f after; samples in %s"
          % (report["cores"], report["load"][0], report["load_after"][0], a.out))


if __name__ == "__main__":
    main()
