#!/usr/bin/env python3
"""Compares a conform.py --report with the list of files known not to conform yet.

  ratchet.py REPORT.jsonl KNOWN.txt

Fails when a file outside KNOWN.txt fails (a regression). Files in KNOWN.txt that now pass are
listed so the list can be shortened: delete their lines."""
import json
import os
import sys

report, known_path = sys.argv[1], sys.argv[2]
rows = [json.loads(line) for line in open(report, encoding="utf-8")]
known = set()
if os.path.exists(known_path):
    known = {l.strip() for l in open(known_path, encoding="utf-8") if l.strip() and not l.startswith("#")}
failed = {r["file"] for r in rows if not r["pass"]}
regressions = sorted(failed - known)
fixed = sorted(known & {r["file"] for r in rows if r["pass"]})
name = os.path.basename(known_path)[:-4]
print("%s: %d passed, %d failed (%d known not done yet)" % (name, len(rows) - len(failed), len(failed), len(known & failed)))
for f in fixed:
    print("%s: now passes, remove from %s: %s" % (name, known_path, f))
for f in regressions:
    diff = next(r["diff"] for r in rows if r["file"] == f)
    print("%s: REGRESSION %s: %s" % (name, f, diff))
if not rows:
    print("%s: no files compared" % name)
sys.exit(1 if regressions or not rows else 0)
