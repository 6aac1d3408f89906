#!/usr/bin/env python3
"""Load test for the running service (loopback only).

    python3 tools/load.py --url http://127.0.0.1:5080 --clients 64 --seconds 60 [--pid PID | --port PORT]

CLIENTS threads, each with one keep-alive connection, loop for SECONDS over a mix of requests:
tokenize/parse/compile of small and medium real programs, execute of small programs traced and
untraced, runaway programs (infinite loops with timeout_ms 200-1000, step bombs) and memory bombs
with modest limits. A 429 is counted and its Retry-After honoured by that client.

Reports requests/s overall and per kind, latency p50/p95/p99 per kind, counts by status code and
by execute "status", 5xx and connection errors, and the resident memory (VmRSS) of the service
process plus all its descendants, sampled every 0.5 s: before the load, at the peak, and after
it (once idle), with the per-process breakdown. The process is --pid, or the one listening on
--port (default: the URL's port), found through /proc/net/tcp{,6} and /proc/*/fd.

Bounded: no request starts after SECONDS; one still running is given --grace seconds, then cut
(cut requests are reported, not failures); then --idle-wait seconds for the after-sample.
Exit status 1 on any 5xx or connection error (a request that fails or hangs before the end).
"""
import argparse
import collections
import email.utils
import http.client
import json
import os
import random
import re
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback import health, require_loopback  # noqa: E402
from proctree import find_listener, process_tree, rss_of  # noqa: E402

STDLIB = "/usr/lib/python3.11"
EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "core")
MEDIUM_FILES = ["textwrap.py", "heapq.py", "shlex.py", "string.py", "queue.py", "base64.py", "fnmatch.py",
                "colorsys.py", "bisect.py", "graphlib.py", "numbers.py", "sched.py"]
SNIPPETS = [
    "x = 1 + 2\nprint(x)\n",
    "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n",
    "total = 0\nfor i in range(100):\n    total += i * i\nprint(total)\n",
    "words = 'the quick brown fox jumps over the lazy dog'.split()\ncounts = {}\nfor w in words:\n"
    "    counts[w] = counts.get(w, 0) + 1\nprint(counts)\n",
    "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint(fib(50))\n",
    "xs = [5, 3, 8, 1, 9, 2]\nys = sorted(xs)\nprint(ys, max(xs), min(xs), len(xs))\n",
    "n = 97\nprime = True\ni = 2\nwhile i * i <= n:\n    if n % i == 0:\n        prime = False\n    i += 1\nprint(prime)\n",
    "print(1 / 0)\n",
    "x = [1, 2, 3]\nprint(x[10])\n",
]
MEMORY_BOMBS = [
    "a = []\nwhile True:\n    a.append([0] * 4000)\n",
    "s = 'x'\nwhile True:\n    s += s\n",
    "x = 1\nwhile True:\n    x = x * 10**100\n",
]
STATUS_RE = re.compile(rb'"status"\s*:\s*"([a-z_]+)"')
MAX_ANSWER = 64 << 20


def read_file(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class Mix:
    """The request kinds, their weights, and a pool of bodies for each."""

    def __init__(self, rng):
        core = sorted(os.path.join(EXAMPLES, n) for n in os.listdir(EXAMPLES) if n.endswith(".py")) \
            if os.path.isdir(EXAMPLES) else []
        small = [read_file(p) for p in core] + SNIPPETS
        medium = [read_file(os.path.join(STDLIB, n)) for n in MEDIUM_FILES if os.path.exists(os.path.join(STDLIB, n))]
        core_programs = [read_file(p) for p in core] or SNIPPETS
        # A medium program the compiler takes: several of the core examples one after the other.
        medium_core = ["\n".join(rng.sample(core_programs, min(8, len(core_programs)))) for _ in range(8)]
        runnable = [read_file(p) for p in core if not os.path.basename(p).startswith("err_")] + SNIPPETS

        def src(endpoint, sources):
            return [("/api/v1/" + endpoint, json.dumps({"source": s}).encode()) for s in sources]

        def execute(sources, limits_fn, trace, n=40):
            out = []
            for i in range(n):
                obj = {"source": sources[i % len(sources)], "trace": trace, "limits": limits_fn()}
                out.append(("/api/v1/execute", json.dumps(obj).encode()))
            return out

        self.kinds = [  # (kind, weight, bodies)
            ("tokenize_small", 6, src("tokenize", small)),
            ("tokenize_medium", 3, src("tokenize", medium)),
            ("parse_small", 6, src("parse", small)),
            ("parse_medium", 3, src("parse", medium)),
            ("compile_small", 6, src("compile", small)),
            ("compile_medium", 3, src("compile", medium_core + medium[:2])),
            ("execute_small", 12, execute(runnable, lambda: {"timeout_ms": 5000}, False)),
            ("execute_traced", 8, execute(runnable, lambda: {"timeout_ms": 5000}, True)),
            ("execute_loop", 4, execute(["while True:\n    pass\n"],
                                        lambda: {"timeout_ms": rng.randint(200, 1000), "max_steps": 50_000_000}, False)),
            ("execute_steps", 4, execute(["i = 0\nwhile True:\n    i += 1\n"],
                                         lambda: {"max_steps": rng.choice([100_000, 1_000_000, 5_000_000]),
                                                  "timeout_ms": 10_000}, False)),
            ("execute_memory", 4, execute(MEMORY_BOMBS, lambda: {"max_memory_bytes": rng.choice([16, 32, 64]) << 20,
                                                                  "timeout_ms": 2000}, False)),
        ]
        self.total = sum(w for _, w, _ in self.kinds)

    def pick(self, rng):
        x = rng.randrange(self.total)
        for kind, weight, bodies in self.kinds:
            if x < weight:
                path, body = bodies[rng.randrange(len(bodies))]
                return kind, path, body
            x -= weight
        raise AssertionError


# ---------------------------------------------------------------------------------------------
# Memory of the service's process tree


class Sampler:
    """Samples the tree's RSS every `interval` seconds, tagged with the current phase."""

    def __init__(self, pid, interval):
        self.pid, self.interval = pid, interval
        self.phase = "before"
        self.samples = []  # (phase, total kB, {pid: (name, kB)})
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)

    def sample(self):
        if self.pid is None:
            return None
        parts = {}
        for pid in process_tree(self.pid):
            r = rss_of(pid)
            if r is not None:
                parts[pid] = r
        s = (self.phase, sum(kb for _, kb in parts.values()), parts)
        self.samples.append(s)
        return s

    def loop(self):
        while not self.stop.wait(self.interval):
            self.sample()


# ---------------------------------------------------------------------------------------------
# Clients


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = collections.Counter()           # kind -> answers (any status)
        self.latency = collections.defaultdict(list)  # kind -> seconds, answers other than 429
        self.by_code = collections.Counter()
        self.by_kind_code = collections.defaultdict(collections.Counter)
        self.by_exec_status = collections.Counter()
        self.by_kind_exec = collections.defaultdict(collections.Counter)
        self.errors = []       # (kind, what)
        self.server_errors = []  # (kind, status, answer sample)
        self.cut = 0
        self.retry_after_waits = 0.0


def retry_after(response):
    value = response.getheader("Retry-After")
    if not value:
        return 1.0
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return 1.0


def client(number, args, host, port, mix, stats, deadline, hard_deadline):
    rng = random.Random("%s/%d" % (args.seed, number))
    conn = None
    while time.monotonic() < deadline:
        kind, path, body = mix.pick(rng)
        start = time.monotonic()
        timeout = min(args.request_timeout, hard_deadline - start)
        if conn is None:
            conn = http.client.HTTPConnection(host, port, timeout=timeout)
        try:
            if conn.sock is None:
                conn.connect()
            conn.sock.settimeout(timeout)
            conn.request("POST", path, body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            sample, complete = read_answer(response)
            seconds = time.monotonic() - start
            if response.will_close or not complete:
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as e:
            if conn is not None:
                conn.close()
            conn = None
            with stats.lock:
                if isinstance(e, socket.timeout) and time.monotonic() >= hard_deadline - 0.1:
                    stats.cut += 1
                else:
                    stats.errors.append((kind, "%s: %s" % (type(e).__name__, e)))
            continue
        status = response.status
        exec_status = None
        if kind.startswith("execute") and status == 200:
            m = STATUS_RE.search(sample[:400])
            exec_status = m.group(1).decode() if m else "?"
        with stats.lock:
            stats.count[kind] += 1
            stats.by_code[status] += 1
            stats.by_kind_code[kind][status] += 1
            if status != 429:
                stats.latency[kind].append(seconds)
            if exec_status:
                stats.by_exec_status[exec_status] += 1
                stats.by_kind_exec[kind][exec_status] += 1
            if status >= 500:
                stats.server_errors.append((kind, status, sample[:300]))
        if status == 429:
            wait = min(retry_after(response), max(0.0, deadline - time.monotonic()))
            with stats.lock:
                stats.retry_after_waits += wait
            time.sleep(wait)
    if conn is not None:
        conn.close()


def read_answer(response):
    """(first 64 KiB, whether read to the end); stops after MAX_ANSWER bytes."""
    sample = bytearray()
    total = 0
    while True:
        chunk = response.read(1 << 20)
        if not chunk:
            return bytes(sample), True
        total += len(chunk)
        if len(sample) < 65536:
            sample += chunk[:65536 - len(sample)]
        if total > MAX_ANSWER:
            return bytes(sample), False


# ---------------------------------------------------------------------------------------------
# Report


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def mb(kb):
    return "%.1f MiB" % (kb / 1024.0)


def print_memory(sampler):
    if sampler.pid is None:
        print("memory:       no process found (give --pid or --port)")
        return
    by_phase = collections.defaultdict(list)
    for s in sampler.samples:
        by_phase[s[0]].append(s)
    before = by_phase["before"][-1] if by_phase["before"] else None
    during = by_phase["during"]
    peak = max(during, key=lambda s: s[1]) if during else None
    after = by_phase["after"][-1] if by_phase["after"] else None
    print("memory (VmRSS of pid %d and its descendants, %d samples every %.1fs):" % (
        sampler.pid, len(sampler.samples), sampler.interval))
    for label, s in (("before", before), ("peak", peak), ("after", after)):
        if s is None:
            print("  %-7s n/a" % label)
            continue
        parts = ", ".join("%s %d %s" % (name, pid, mb(kb)) for pid, (name, kb) in sorted(s[2].items()))
        print("  %-7s %-11s = %s" % (label, mb(s[1]), parts))
    if during:
        counts = [len(s[2]) for s in during]
        print("  processes in the tree during the load: %d to %d" % (min(counts), max(counts)))


def report(args, stats, sampler, elapsed, healthy):
    total = sum(stats.count.values())
    print()
    print("== load summary: %d clients, %.1f s of load (seed %s)" % (args.clients, elapsed, args.seed))
    print("requests:     %d answered, %.1f requests/s" % (total, total / elapsed))
    print("by status:    " + ", ".join("%s: %d" % kv for kv in sorted(stats.by_code.items())))
    print("execute status: " + ", ".join("%s: %d" % kv for kv in sorted(stats.by_exec_status.items())))
    print("%-16s %7s %7s %8s %8s %8s %8s  %s" % ("kind", "answers", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
                                               "status codes; execute status"))
    for kind in sorted(stats.count):
        lat = sorted(stats.latency[kind])
        codes = ", ".join("%s: %d" % kv for kv in sorted(stats.by_kind_code[kind].items()))
        execs = ", ".join("%s: %d" % kv for kv in sorted(stats.by_kind_exec[kind].items()))
        print("%-16s %7d %7.1f %8.0f %8.0f %8.0f %8.0f  %s%s" % (
            kind, stats.count[kind], stats.count[kind] / elapsed, percentile(lat, 50) * 1000,
            percentile(lat, 95) * 1000, percentile(lat, 99) * 1000, (lat[-1] if lat else float("nan")) * 1000,
            codes, "; " + execs if execs else ""))
    if stats.by_code.get(429):
        print("429 answers:  %d (Retry-After honoured, %.1f s waited in all)" % (stats.by_code[429], stats.retry_after_waits))
    print("5xx:          %d" % len(stats.server_errors))
    for kind, status, sample in stats.server_errors[:5]:
        print("  %s -> %d %s" % (kind, status, sample.decode("utf-8", "replace")))
    print("connection errors: %d" % len(stats.errors))
    for kind, what in stats.errors[:5]:
        print("  %s: %s" % (kind, what))
    if stats.cut:
        print("cut at the end (still running --grace s after the load stopped; not failures): %d" % stats.cut)
    print_memory(sampler)
    print("/health after: %s" % ("answers 200" if healthy else "DOES NOT ANSWER"))
    bad = stats.server_errors or stats.errors or not healthy
    print("result:       %s" % ("FAIL" if bad else "ok"))
    return 1 if bad else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:5080", help="the service (loopback only)")
    parser.add_argument("--clients", type=int, default=64, help="client threads (default 64)")
    parser.add_argument("--seconds", type=float, default=60, help="length of the load (default 60)")
    parser.add_argument("--pid", type=int, help="the service's process id (memory is summed over its tree)")
    parser.add_argument("--port", type=int, help="find the service as the process listening on this port "
                        "(default: the URL's port)")
    parser.add_argument("--interval", type=float, default=0.5, help="memory sampling period (default 0.5 s)")
    parser.add_argument("--idle-wait", type=float, default=5, help="idle seconds before the after-sample (default 5)")
    parser.add_argument("--grace", type=float, default=20, help="seconds a request may still take after the load "
                        "stops (default 20)")
    parser.add_argument("--request-timeout", type=float, default=60, help="a request longer than this is a "
                        "connection error (default 60)")
    parser.add_argument("--seed", default="1")
    args = parser.parse_args()
    host, port = require_loopback(args.url)
    if args.clients < 1 or args.seconds <= 0:
        parser.error("--clients must be >= 1 and --seconds > 0")
    if not health(host, port, 5):
        print("the service at %s does not answer /health" % args.url, file=sys.stderr)
        return 1
    pid = args.pid
    if pid is None:
        pid = find_listener(args.port or port)
        if pid is None:
            print("warning: no process found listening on port %d; memory is not measured" % (args.port or port),
                  file=sys.stderr)
    elif not os.path.exists("/proc/%d" % pid):
        parser.error("no process %d" % pid)
    mix = Mix(random.Random(args.seed))
    stats = Stats()
    sampler = Sampler(pid, args.interval)
    for _ in range(3):  # the "before" samples
        sampler.sample()
        time.sleep(args.interval)
    sampler.phase = "during"
    sampler.thread.start()
    start = time.monotonic()
    deadline = start + args.seconds
    hard_deadline = deadline + args.grace
    threads = [threading.Thread(target=client, args=(i, args, host, port, mix, stats, deadline, hard_deadline),
                                daemon=True) for i in range(args.clients)]
    for t in threads:
        t.start()
    last = start
    while any(t.is_alive() for t in threads) and time.monotonic() < hard_deadline + 2:
        time.sleep(0.2)
        now = time.monotonic()
        if now - last >= 10 and now < deadline:
            last = now
            with stats.lock:
                n = sum(stats.count.values())
                peak = max((s[1] for s in sampler.samples if s[0] == "during"), default=0)
                print("[%4.0fs] %d answers, %.0f/s, 5xx %d, errors %d, peak RSS %s" % (
                    now - start, n, n / (now - start), len(stats.server_errors), len(stats.errors), mb(peak)),
                    file=sys.stderr, flush=True)
    elapsed = time.monotonic() - start  # until the last answer (requests still running at the deadline finish)
    sampler.phase = "idle"
    time.sleep(args.idle_wait)
    sampler.phase = "after"
    sampler.sample()
    sampler.stop.set()
    return report(args, stats, sampler, max(elapsed, 1e-9), health(host, port, 5))


if __name__ == "__main__":
    sys.exit(main())
