#!/usr/bin/env python3
"""Rewrites a known-failures list from a conform.py (or pyc-check.py) report: the comment lines
at its top stay, the paths become exactly the files that failed in the report.

  update-known-failures.py REPORT.jsonl conformance/known-failures/NAME.txt

Use it after a change that makes files pass (the ratchet in .ci/run lists them) or when a new
corpus starts; never to hide a regression."""
import json
import os
import sys

report, known_path = sys.argv[1], sys.argv[2]
header = []
if os.path.exists(known_path):
    for line in open(known_path, encoding="utf-8"):
        if not line.startswith("#"):
            break
        header.append(line.rstrip("\n"))
failed = sorted(json.loads(l)["file"] for l in open(report, encoding="utf-8") if not json.loads(l)["pass"])
with open(known_path, "w", encoding="utf-8") as out:
    for line in header:
        out.write(line + "\n")
    for f in failed:
        out.write(f + "\n")
print("%s: %d files" % (known_path, len(failed)))
