#!/usr/bin/env python3
"""Turns `lede stories --all --json` into the story benchmark's prediction format.

  stories_pred.py IMPORT_LOG STORIES_JSONL > PRED.jsonl

IMPORT_LOG is what `lede import` printed ("PATH: saved as #ID: ..." or "PATH: already saved
as #ID: ..."), which names each file's article; the prediction's ids are the file names
without .html, as the benchmark's evaluate.py wants them.
"""
import json
import os
import re
import sys

article_of = {}
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"(.*\.html?): (?:already )?saved as #(\d+)", line)
    if m:
        article_of[os.path.splitext(os.path.basename(m.group(1)))[0]] = int(m.group(2))
story_of = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        s = json.loads(line)
        for a in s["articles"]:
            story_of[a] = s["story"]
for name, article in sorted(article_of.items()):
    print(json.dumps({"id": name, "story": story_of.get(article, "a%d" % article)}))
