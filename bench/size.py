#!/usr/bin/env python3
"""Library size: what takes the space in a library file, as a multiple of its text.

Each argument is a library file (read as it is) or a folder of saved pages (imported with
`lede import` into a fresh library under --work); `--generate N` adds a generated library of
N articles (dev.lede.bench.LibraryGenerator). For each library it prints the file size per
character of article text (the definition bench/scale.py reports: file bytes / the sum of
article_bodies.chars, the Java length of each article's plain text) and the space of every
part of the file, from SQLite's dbstat table: pages of each table and index (overflow pages
included), grouped, with their share of the text. Sizes, unlike timings, do not depend on
the machine's load.

Run through bench/size.sh, which builds first.
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CP = os.path.join(ROOT, "target", "lede.jar") + ":" + os.path.join(ROOT, "target", "test-classes")
JAVA = ["java", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC"]

# Parts of the file, by the tables and indexes they hold (first match wins).
GROUPS = [
    ("full-text index", lambda n: n.startswith("articles_fts")),
    ("bodies (text and HTML, deflated)", lambda n: n == "article_bodies"),
    ("related: term vectors", lambda n: n.startswith("related_vectors")),
    ("related: postings", lambda n: n.startswith("related_posting")),
    ("related: document frequencies", lambda n: n.startswith("related_terms")),
    ("article rows and their indexes", lambda n: n == "articles" or n.startswith("articles_by")
     or n == "sqlite_autoindex_articles_1"),
    ("list facets and their indexes", lambda n: n.startswith("article_facets")),
    ("stories", lambda n: n.startswith("story_")),
]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def measure(db):
    c = sqlite3.connect(db)  # read-write, though it only reads: a read-only one leaves -wal and -shm files
    page_size = c.execute("PRAGMA page_size").fetchone()[0]
    pages = c.execute("PRAGMA page_count").fetchone()[0]
    free = c.execute("PRAGMA freelist_count").fetchone()[0]
    chars = c.execute("SELECT coalesce(sum(chars), 0) FROM article_bodies").fetchone()[0]
    articles = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    rows = c.execute("SELECT name, sum(pgsize), sum(payload), sum(unused) FROM dbstat GROUP BY name").fetchall()
    c.close()
    file_bytes = os.path.getsize(db)
    parts = {}
    for name, size, payload, unused in rows:
        group = next((g for g, match in GROUPS if match(name)), "everything else (%d tables and indexes)")
        p = parts.setdefault(group, {"bytes": 0, "payload": 0, "unused": 0, "tables": 0})
        p["bytes"] += size
        p["payload"] += payload
        p["unused"] += unused
        p["tables"] += 1
    other = next((g for g in parts if g.startswith("everything else")), None)
    if other:
        p = parts.pop(other)
        parts[other % p["tables"]] = p
    parts["free pages"] = {"bytes": free * page_size, "payload": 0, "unused": free * page_size, "tables": 0}
    return {"file": db, "articles": articles, "text_chars": chars, "file_bytes": file_bytes,
            "page_size": page_size, "pages": pages, "ratio": file_bytes / max(1, chars), "parts": parts}


def show(m):
    chars = max(1, m["text_chars"])
    print("%s: %d articles, %s characters of text, file %s bytes (page size %d)"
          % (m["file"], m["articles"], format(m["text_chars"], ","), format(m["file_bytes"], ","), m["page_size"]))
    print("  file size per character of text: %.2fx" % m["ratio"])
    print("  %-42s %14s %8s %10s" % ("part", "bytes", "x text", "unused"))
    for name, p in sorted(m["parts"].items(), key=lambda kv: -kv[1]["bytes"]):
        print("  %-42s %14s %7.3fx %9.0f%%" % (name, format(p["bytes"], ","), p["bytes"] / chars,
                                             100.0 * p["unused"] / max(1, p["bytes"])))
    print()


def import_pages(folder, work):
    name = os.path.basename(os.path.normpath(folder)) or "pages"
    db = os.path.join(work, "size-%s.db" % name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    log("importing %s into %s ..." % (folder, db))
    p = subprocess.run(JAVA + ["-jar", os.path.join(ROOT, "target", "lede.jar"), "--db", db, "import", folder],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit("import failed: %s" % p.stderr[-2000:])
    log("  " + (p.stdout.strip().splitlines() or [""])[-1])
    return db


def generate(n, work):
    db = os.path.join(work, "size-generated-%d.db" % n)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    log("generating %d articles into %s ..." % (n, db))
    subprocess.run(JAVA + ["-Xmx1g", "-cp", CP, "dev.lede.bench.LibraryGenerator", db, str(n)],
                   check=True, stdout=subprocess.DEVNULL)
    return db


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sources", nargs="*", help="library files, or folders of saved pages to import")
    ap.add_argument("--generate", type=int, action="append", default=[], metavar="N",
                    help="also measure a generated library of N articles")
    ap.add_argument("--work", default="/tmp/lede-bench", help="where imported and generated libraries go")
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()
    if not a.sources and not a.generate:
        ap.error("give a library file, a folder of pages or --generate N")
    os.makedirs(a.work, exist_ok=True)
    dbs = []
    for s in a.sources:
        if os.path.isdir(s):
            dbs.append(import_pages(s, a.work))
        elif os.path.isfile(s):
            dbs.append(s)
        else:
            raise SystemExit("%s is neither a library file nor a folder of pages" % s)
    dbs += [generate(n, a.work) for n in a.generate]
    results = []
    for db in dbs:
        m = measure(db)
        show(m)
        results.append(m)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
