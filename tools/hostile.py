#!/usr/bin/env python3
"""Runs the hostile programs (examples/hostile) against a running service, several at once, and
checks that every run ends at a limit, in time, while the service keeps answering other requests
and its resident memory (the service process and all its descendants, i.e. the sandbox's worker
processes) stays under  concurrency x max_memory_bytes + baseline.

  hostile.py [--url URL] (--pid PID | --port PORT) [--concurrency N] [--memory BYTES]
             [--timeout-ms MS] [--steps N] [--rounds R] [PATH...]

A program may say what it must end with on its first lines, "# expect: STATUS|STATUS [Type]"
(e.g. "# expect: error RecursionError", "# expect: ok|error"); without one it must end at a limit.
Only loopback addresses are accepted.  Exit status 0 when every check holds.
"""
import argparse
import concurrent.futures
import json
import os
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback import require_loopback  # noqa: E402
from proctree import find_listener, tree_rss  # noqa: E402

LIMIT_STATUSES = {"memory_limit_exceeded", "time_limit_exceeded", "step_limit_exceeded", "output_limit_exceeded"}
HERE = os.path.dirname(os.path.abspath(__file__))


def expectation(source):
    """(allowed statuses, exception type or None) from a "# expect:" line; None for any limit."""
    for line in source.splitlines()[:3]:
        if line.startswith("# expect:"):
            words = line[len("# expect:"):].split()
            statuses = set(words[0].split("|"))
            return statuses, (words[1] if len(words) > 1 else None)
    return None


def post(url, payload, timeout):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, json.loads(r.read())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default="http://127.0.0.1:5080")
    ap.add_argument("--pid", type=int)
    ap.add_argument("--port", type=int)
    ap.add_argument("--concurrency", type=int, default=4, help="runs at once: the server's MaxConcurrentRuns")
    ap.add_argument("--memory", type=int, default=512 << 20, help="max_memory_bytes of each run")
    ap.add_argument("--timeout-ms", type=int, default=30000)
    ap.add_argument("--steps", type=int, default=50_000_000)
    ap.add_argument("--rounds", type=int, default=1, help="times the whole set is run")
    ap.add_argument("paths", nargs="*", default=[os.path.join(HERE, "..", "examples", "hostile")])
    args = ap.parse_args()
    _, url_port = require_loopback(args.url)
    pid = args.pid or find_listener(args.port or url_port)
    if pid is None:
        sys.exit("no process listens on port %d" % (args.port or url_port))

    files = []
    for p in args.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".py"))
        else:
            files.append(p)
    limits = {"max_memory_bytes": args.memory, "timeout_ms": args.timeout_ms, "max_steps": args.steps}

    time.sleep(2)  # let the idle workers settle
    baseline = tree_rss(pid)
    baseline_kib = sum(baseline.values())
    bound_kib = args.concurrency * args.memory // 1024 + baseline_kib
    print("baseline: %.0f MiB in %d processes; bound: %d x %d MiB + baseline = %.0f MiB"
          % (baseline_kib / 1024, len(baseline), args.concurrency, args.memory >> 20, bound_kib / 1024))

    peak = {"kib": 0, "at": None}
    done = threading.Event()

    def sample():
        while not done.is_set():
            rss = tree_rss(pid)
            total = sum(rss.values())
            if total > peak["kib"]:
                peak["kib"], peak["at"] = total, rss
            time.sleep(0.05)

    probes = {"ok": 0, "failed": 0, "slowest": 0.0}

    def probe():
        # Other requests must keep being served while the sandbox is full of bombs.
        while not done.is_set():
            t = time.time()
            try:
                status, body = post(args.url + "/api/v1/tokenize", {"source": "x = 1\n"}, 10)
                ok = status == 200 and "tokens" in body
            except Exception:
                ok = False
            probes["ok" if ok else "failed"] += 1
            probes["slowest"] = max(probes["slowest"], time.time() - t)
            time.sleep(0.2)

    def run(path):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        t = time.time()
        try:
            status, body = post(args.url + "/api/v1/execute",
                                {"source": source, "trace": False, "limits": limits}, args.timeout_ms / 1000 + 30)
            exception = (body.get("exception") or {}).get("type")
            return path, status, body.get("status"), exception, expectation(source), time.time() - t
        except Exception as e:
            return path, None, "request failed: %s" % e, None, expectation(source), time.time() - t

    threads = [threading.Thread(target=sample, daemon=True), threading.Thread(target=probe, daemon=True)]
    for th in threads:
        th.start()
    failures = []
    statuses = {}
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        for path, http, status, exception, expected, seconds in pool.map(run, files * args.rounds):
            name = os.path.basename(path)
            statuses[status] = statuses.get(status, 0) + 1
            line = "%-32s %-24s %6.2f s" % (name, status + (" " + exception if exception else ""), seconds)
            if expected is None and (http != 200 or status not in LIMIT_STATUSES):
                failures.append(line + "  (expected a limit status)")
            elif expected is not None and (http != 200 or status not in expected[0]
                                           or (status == "error" and expected[1] not in (None, exception))):
                failures.append(line + "  (expected %s%s)" % ("|".join(sorted(expected[0])), " " + expected[1] if expected[1] else ""))
            elif seconds > args.timeout_ms / 1000 + 1 + 0.5:  # the time limit plus one second, plus the request's own overhead
                failures.append(line + "  (outlasted its time limit by more than a second)")
            print(line)
    done.set()
    for th in threads:
        th.join()
    time.sleep(3)
    after_kib = sum(tree_rss(pid).values())

    print("statuses: " + ", ".join("%s %d" % kv for kv in sorted(statuses.items(), key=str)))
    print("peak resident memory: %.0f MiB (bound %.0f MiB); per process at the peak: %s"
          % (peak["kib"] / 1024, bound_kib / 1024,
             ", ".join("%d: %.0f MiB" % (p, k / 1024) for p, k in sorted((peak["at"] or {}).items()))))
    print("after: %.0f MiB" % (after_kib / 1024))
    print("other requests meanwhile: %d answered, %d failed, slowest %.2f s" % (probes["ok"], probes["failed"], probes["slowest"]))
    if peak["kib"] > bound_kib:
        failures.append("resident memory %.0f MiB passed the bound %.0f MiB" % (peak["kib"] / 1024, bound_kib / 1024))
    if probes["failed"] or probes["ok"] == 0:
        failures.append("the service did not answer other requests while the programs ran")
    for f in failures:
        print("FAIL " + f)
    print("%d passed, %d failed" % (len(files) * args.rounds - sum(1 for f in failures if f.endswith(")")), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
