#!/usr/bin/env python3
"""Checks the service's .pyc files against CPython 3.11, file by file.

  pyc-check.py [--url URL] [--run] [--report FILE] [--max-files N] PATH...

For every .py file under PATH: asks the service for its .pyc (POST /api/v1/compile with
"format": "pyc" and the filename "<string>", as conform.py sends), then checks in this python3
(3.11) that the header is a checked hash-based one whose hash is importlib.util.source_hash of
the source sent, and that marshal.loads(body[16:]) == compile(source, "<string>", "exec"), field
by field through every nested code object (co_linetable and co_exceptiontable included). With
--run, also that `python3 FILE.pyc` prints what `python3 FILE.py` prints (stdout and exit code).
Files CPython itself cannot compile are skipped. Ends with `N passed, M failed`; --report writes
a JSON line per file ({"file", "pass", "diff", "rejected"}) for .ci/ratchet.py, "rejected"
marking a failure where the service's compiler refused the file."""
import argparse
import importlib.util
import io
import json
import marshal
import os
import subprocess
import sys
import tempfile
import tokenize
import urllib.error
import urllib.request

FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
          "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename", "co_name",
          "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable")


def py_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(".py"):
                        yield os.path.join(root, f)
        else:
            yield p


def read_source(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.decode(tokenize.detect_encoding(io.BytesIO(data).readline)[0])


def code_diff(ours, theirs, path):
    """The first difference between two code objects, as (where, expected, got), or None."""
    for field in FIELDS:
        a, b = getattr(theirs, field), getattr(ours, field)
        if a != b:
            return ("%s.%s" % (path, field), repr(a), repr(b))
    if len(ours.co_consts) != len(theirs.co_consts):
        return ("%s.co_consts" % path, repr(theirs.co_consts), repr(ours.co_consts))
    for i, (a, b) in enumerate(zip(theirs.co_consts, ours.co_consts)):
        if hasattr(a, "co_code") and hasattr(b, "co_code"):
            d = code_diff(b, a, "%s.%s" % (path, a.co_name))
            if d:
                return d
        elif type(a) is not type(b) or (a != b and not (a != a and b != b)):
            return ("%s.co_consts[%d]" % (path, i), repr(a), repr(b))
    if ours != theirs:
        return (path, "equal code objects", "code objects that compare unequal")
    return None


def post(url, payload, timeout):
    request = urllib.request.Request(url, json.dumps(payload).encode(), {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.headers.get_content_type(), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_content_type(), e.read()


def run(args, cwd, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run([sys.executable] + args, cwd=cwd, capture_output=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired:
        return "timeout", b""


def check(path, source, url, with_run, timeout):
    """(diff or None, rejected) for one file; None when CPython cannot compile it (skipped)."""
    try:
        expected = compile(source, "<string>", "exec")
    except (SyntaxError, ValueError):
        return None
    try:
        status, media, body = post(url, {"source": source, "filename": "<string>", "format": "pyc"}, timeout)
    except Exception as e:  # connection refused, timeout
        return ("$", "HTTP 200", "<%s: %s>" % (type(e).__name__, e)), False
    if status == 200 and media == "application/json":
        error = json.loads(body).get("error") or {}
        return ("compile", "a .pyc", "%s: %s" % (error.get("type"), error.get("msg"))), True
    if status != 200 or media != "application/x-python-code":
        return ("$", "HTTP 200 application/x-python-code", "HTTP %s %s %s" % (status, media, body[:300])), False
    if body[:4] != importlib.util.MAGIC_NUMBER:
        return ("magic", repr(importlib.util.MAGIC_NUMBER), repr(body[:4])), False
    if body[4:8] != b"\x03\x00\x00\x00":
        return ("flags", "3 (checked hash-based)", repr(body[4:8])), False
    source_hash = importlib.util.source_hash(source.encode("utf-8"))
    if body[8:16] != source_hash:
        return ("source hash", source_hash.hex(), body[8:16].hex()), False
    try:
        ours = marshal.loads(body[16:])
    except Exception as e:
        return ("marshal.loads", "a code object", "%s: %s" % (type(e).__name__, e)), False
    diff = code_diff(ours, expected, "<module>")
    if diff or not with_run:
        return diff, False
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "prog.py"), "w", encoding="utf-8") as f:
            f.write(source)
        with open(os.path.join(tmp, "prog.pyc"), "wb") as f:
            f.write(body)
        want = run(["prog.py"], tmp, timeout)
        got = run(["prog.pyc"], tmp, timeout)
    if want != got:
        return ("python3 prog.pyc", repr(want)[:500], repr(got)[:500]), False
    return None, False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default="http://127.0.0.1:5080")
    ap.add_argument("--run", action="store_true", help="also run each .pyc and compare its output with the source's")
    ap.add_argument("--report", help="write a JSON line per file here (for .ci/ratchet.py)")
    ap.add_argument("--max-files", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds for one request or run")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("pyc-check.py needs CPython 3.11 (it loads 3.11 .pyc files)")

    files = list(py_files(args.paths))
    if args.max_files:
        files = files[:args.max_files]
    endpoint = args.url.rstrip("/") + "/api/v1/compile"
    passed = failed = rejected = skipped = 0
    report = open(args.report, "w", encoding="utf-8") if args.report else None
    for path in files:
        try:
            source = read_source(path)
        except (SyntaxError, UnicodeDecodeError, LookupError):
            continue
        outcome = check(path, source, endpoint, args.run, args.timeout)
        if outcome is None:
            skipped += 1
            continue
        diff, refused = outcome
        if diff:
            failed += 1
            rejected += refused
            print("FAIL %s: %s expected %s got %s" % (path, diff[0], str(diff[1])[:200], str(diff[2])[:200]))
        else:
            passed += 1
        if report:
            report.write(json.dumps({"file": path, "pass": not diff, "rejected": refused,
                                     "diff": diff and [diff[0], str(diff[1])[:500], str(diff[2])[:500]]}) + "\n")
    if report:
        report.close()
    if skipped:
        print("(%d files CPython itself does not compile: skipped)" % skipped)
    if rejected:
        print("(%d of the failures are files the service's compiler rejects)" % rejected)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
